/**
 * Reads a page's Markdown twin (the site's `/{lang}/codes/{code}.md`, laid out by
 * src/lib/render/markdown.ts) back into its parts, so the command line shows the meaning and the fix
 * steps from the same text the site publishes rather than from a copy of the content.
 */

/** A twin's parts: the heading line, the summary, the facts list, the sections by heading and the canonical URL. */
export interface TwinParts {
  /** `433 TimeLimitReached` for a code page, the page title for a concept page. */
  heading: string;
  /** The title after ` · ` on a code page; empty on a concept page. */
  title: string;
  summary: string;
  /** The facts list, one Markdown item each (`**Retry**: No: …`). */
  facts: string[];
  /** Text between the summary (or facts) and the first section. */
  intro: string;
  sections: Array<{ heading: string; markdown: string }>;
  /** The page's URL on the site (the twin's last line). */
  url: string;
}

/** Splits Markdown into blocks at `## ` headings outside code fences. */
function splitSections(lines: readonly string[]): { before: string[]; sections: Array<{ heading: string; lines: string[] }> } {
  const before: string[] = [];
  const sections: Array<{ heading: string; lines: string[] }> = [];
  let fence = '';
  for (const line of lines) {
    const opener = /^\s*(`{3,}|~{3,})/.exec(line)?.[1];
    if (opener && (!fence || opener.startsWith(fence))) fence = fence ? '' : opener;
    if (!fence && !opener && line.startsWith('## ')) {
      sections.push({ heading: line.slice(3).trim(), lines: [] });
      continue;
    }
    (sections.at(-1)?.lines ?? before).push(line);
  }
  return { before, sections };
}

/** Parses a twin (a code page's or a concept page's). */
export function parseTwin(markdown: string): TwinParts {
  const lines = markdown.replace(/\r\n/g, '\n').trimEnd().split('\n');
  // The last line is `{label}{separator}{url}`.
  const last = lines.at(-1) ?? '';
  const url = /(https?:\/\/\S+)\s*$/.exec(last)?.[1] ?? '';
  if (url) lines.pop();
  const first = lines.shift() ?? '';
  const headingLine = first.replace(/^#\s+/, '');
  const dot = headingLine.indexOf(' · ');
  const heading = dot >= 0 ? headingLine.slice(0, dot) : headingLine;
  const title = dot >= 0 ? headingLine.slice(dot + 3) : '';
  const { before, sections } = splitSections(lines);
  const summaryLines: string[] = [];
  const facts: string[] = [];
  const intro: string[] = [];
  for (const line of before) {
    if (line.startsWith('> ') && facts.length === 0 && intro.length === 0) summaryLines.push(line.slice(2));
    else if (line.startsWith('- **') && intro.length === 0) facts.push(line.slice(2));
    else if (/^\s+\S/.test(line) && facts.length > 0 && intro.length === 0) facts[facts.length - 1] += ` ${line.trim()}`;
    else if (line.trim() || intro.length > 0) intro.push(line);
  }
  return {
    heading,
    title,
    summary: summaryLines.join(' ').trim(),
    facts,
    intro: intro.join('\n').trim(),
    sections: sections.map((section) => ({ heading: section.heading, markdown: section.lines.join('\n').trim() })),
    url,
  };
}

/** One section's Markdown by its heading, or an empty string. */
export function sectionOf(parts: TwinParts, heading: string): string {
  return parts.sections.find((section) => section.heading === heading)?.markdown ?? '';
}

/**
 * The steps of a fix section: each numbered item with what is indented under it (a code block, a
 * continuation), without its number; a paragraph outside the list is a step of its own.
 */
export function stepsOf(markdown: string): string[] {
  const lines = markdown.split('\n');
  const steps: string[][] = [];
  let fence = '';
  let blank = true;
  for (const line of lines) {
    const opener = /^\s*(`{3,}|~{3,})/.exec(line)?.[1];
    const item = !fence && /^(\d+)\.\s+/.exec(line);
    if (item) {
      steps.push([line.slice(item[0].length)]);
    } else if (!fence && !opener && blank && /^\S/.test(line)) {
      // A paragraph of its own (before or after the list) is a step of its own.
      steps.push([line]);
    } else if (steps.length > 0) {
      // Items are indented by three spaces under their number.
      steps[steps.length - 1]!.push(line.replace(/^ {3}/, ''));
    }
    if (opener && (!fence || opener.startsWith(fence))) fence = fence ? '' : opener;
    blank = !line.trim();
  }
  return steps.map((step) => step.join('\n').trim()).filter(Boolean);
}
