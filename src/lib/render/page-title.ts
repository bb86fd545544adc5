/**
 * `<title>` text: the parts joined with " · ", dropping trailing parts (and then the middle ones)
 * until it fits, because search engines cut long titles and the code and its name matter most.
 */
export const TITLE_MAX = 70;

/** Joins `first` with as many of `rest` as fit in TITLE_MAX characters, preferring earlier parts. */
export function pageTitle(first: string, ...rest: string[]): string {
  for (let keep = rest.length; keep > 0; keep -= 1) {
    for (let start = 0; start + keep <= rest.length; start += 1) {
      const title = [first, ...rest.slice(start, start + keep)].join(' · ');
      if (title.length <= TITLE_MAX) return title;
    }
  }
  return first;
}
