/** The search UI strings as a page carries them: in a form's `data-strings` attribute. */
import { withCount, type SearchStrings } from '../../lib/search/strings.ts';

/** Parses the form's strings; `count` formats "N results" in the page's language. */
export function readStrings(form: HTMLElement): SearchStrings & { count(n: number): string } {
  return withCount(JSON.parse(form.dataset.strings ?? '{}') as SearchStrings);
}
