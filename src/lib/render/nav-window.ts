/**
 * How much of one group the navigation column lists. Every code of a group up to the limit (the
 * real catalogs stay far below it); past it, the column would grow with the catalog on every page
 * and the site with its square, so a large group shows a window around the current code and a link
 * to the whole group on the catalog page.
 */

/** Codes a group lists in full; larger groups are windowed. */
export const NAV_GROUP_LIMIT = 60;

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
