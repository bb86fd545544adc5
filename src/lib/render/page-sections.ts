/**
 * The sections of a code page, in reading order, for its "on this page" list. Section ids are the
 * same in both languages (a contract: the language switch keeps `#fix`), and each has the UI string
 * key of its heading. A new section is one line here.
 */
import type { UiKey } from '../../i18n/en.ts';

/** One section of a code page: its element id and the key of its heading. */
export interface PageSection {
  id: string;
  label: UiKey;
}

/** Every section a code page can have; `optional` ones appear only when the page has them. */
const CODE_PAGE_SECTIONS: ReadonlyArray<PageSection & { optional: boolean }> = [
  { id: 'facts', label: 'facts', optional: false },
  { id: 'meaning', label: 'meaning', optional: false },
  { id: 'fix', label: 'fix', optional: false },
  { id: 'notes', label: 'notes', optional: true },
  { id: 'seen-as', label: 'seenAsHeading', optional: true },
  { id: 'upstream', label: 'upstreamHeading', optional: true },
  { id: 'related', label: 'related', optional: true },
  { id: 'other-platforms', label: 'equivalentsHeading', optional: true },
  { id: 'sources', label: 'sources', optional: false },
];

/** The sections of one code page in order; `has` says whether an optional section is present. */
export function codePageSections(has: (id: string) => boolean): PageSection[] {
  return CODE_PAGE_SECTIONS.filter((section) => !section.optional || has(section.id)).map(({ id, label }) => ({ id, label }));
}
