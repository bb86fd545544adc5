/**
 * How much of one group the navigation column lists. Every code of a group up to the limit (the
 * real catalogs stay far below it); past it, the column would grow with the catalog on every page
 * and the site with its square, so a large group shows a window around the current code and a link
 * to the whole group on the catalog page.
 */

/** Codes a group lists in full; larger groups are windowed. */
export const NAV_GROUP_LIMIT = 40;
/**
 * Codes the whole column lists. The groups the page is not in are listed in order while they fit;
 * a group past this total shows only its link, so a catalog of many mid-sized groups (the SCF API's
 * 382 codes) keeps each page inside its byte budget. The smaller catalogs list every group.
 */
export const NAV_TOTAL_LIMIT = 60;

export interface NavWindow<T> {
  /** The codes to list, in catalog order. */
  shown: T[];
  /** How many of the group's codes are not listed (0 when the group is listed in full). */
  omitted: number;
}

/**
 * The part of a group the column lists: all of it when it has at most `limit` codes; otherwise
 * `limit` codes around the current one (`currentIndex`, -1 when the page is not in this group,
 * which lists none: the group's link then leads to the catalog page).
 */
export function navWindow<T>(codes: readonly T[], currentIndex: number, limit = NAV_GROUP_LIMIT): NavWindow<T> {
  if (codes.length <= limit) return { shown: [...codes], omitted: 0 };
  if (currentIndex < 0) return { shown: [], omitted: codes.length };
  const start = Math.min(Math.max(0, currentIndex - Math.floor(limit / 2)), codes.length - limit);
  return { shown: codes.slice(start, start + limit), omitted: codes.length - limit };
}

/** One group of the column: its codes to list and how many are left to the catalog page's link. */
export interface NavGroup<G, T> extends NavWindow<T> {
  group: G;
}

/**
 * The whole column: the page's group windowed around the current code, then every other group in
 * order, in full while the column stays within `total` codes, else only its link.
 */
export function navColumn<G, T>(
  sections: ReadonlyArray<{ group: G; codes: readonly T[] }>,
  currentGroup: G | undefined,
  currentIndex: number,
  { limit = NAV_GROUP_LIMIT, total = NAV_TOTAL_LIMIT } = {},
): NavGroup<G, T>[] {
  const current = sections.find((section) => section.group === currentGroup);
  let used = current ? navWindow(current.codes, currentIndex, limit).shown.length : 0;
  return sections.map(({ group, codes }) => {
    if (group === currentGroup) return { group, ...navWindow(codes, currentIndex, limit) };
    const window = navWindow(codes, -1, limit);
    if (used + window.shown.length > total) return { group, shown: [], omitted: codes.length };
    used += window.shown.length;
    return { group, ...window };
  });
}
