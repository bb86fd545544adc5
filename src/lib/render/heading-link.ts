/**
 * Section headings with a permalink, defined once for every path that renders a heading: the code
 * pages' sections (rendered as strings during content sync), the Astro components and the concept
 * pages' Markdown headings. The "#" is named by aria-labelledby: the page's hidden "Link to this
 * section" text (BaseLayout) followed by the heading, so no heading text is written twice.
 */

/** The id of the hidden text every permalink's accessible name starts with (one per page). */
export const PERMALINK_LABEL_ID = 'permalink-label';

const attribute = (value: string): string => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;');

/** The "#" link to `#target`, named by the page's label and the heading `headingId`. */
export function permalinkHtml(target: string, headingId: string): string {
  return `<a class="permalink" href="#${attribute(target)}" aria-labelledby="${PERMALINK_LABEL_ID} ${attribute(headingId)}">#</a>`;
}

/**
 * A heading and its permalink in one row. `inner` is the heading's HTML, already escaped; `target`
 * is the id the link points at (the section's, when the section rather than the heading has the
 * page's public anchor, as `#fix` has), the heading's own id by default.
 */
export function headingRowHtml(level: 2 | 3, headingId: string, inner: string, target: string = headingId, headingClass = ''): string {
  const classes = headingClass ? ` class="${attribute(headingClass)}"` : '';
  return `<div class="heading-row"><h${level} id="${attribute(headingId)}"${classes}>${inner}</h${level}>${permalinkHtml(target, headingId)}</div>`;
}
