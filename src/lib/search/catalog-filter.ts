/** The catalog page's filter rule, kept pure so it is tested without a browser. */

/** Lower-cases and folds whitespace, so `Handler  not found` and `handler not found` agree. */
function fold(text: string): string {
  return text.toLowerCase().replace(/\s+/g, ' ').trim();
}

/**
 * Whether a row matches: every word of the query appears in the row's text (in any order), and the
 * row's retry value is the chosen one (or none is chosen).
 */
export function rowMatches(rowText: string, rowRetry: string, query: string, retry: string): boolean {
  if (retry && rowRetry !== retry) return false;
  const text = fold(rowText);
  return fold(query)
    .split(' ')
    .filter(Boolean)
    .every((word) => text.includes(word));
}
