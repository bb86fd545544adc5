/**
 * Markdown twins: every page as plain Markdown, for terminals, AI assistants and anything that
 * reads text rather than HTML. The prose is the same MDX the HTML is rendered from: the content tags
 * become Markdown headings and links (absolute, so a copied page still works elsewhere), and the
 * facts are laid out as lists. Pure functions: the data layer (src/data/markdown.ts) passes in the
 * page's strings in its language.
 */

/** What the conversion needs from the site: absolute URLs and the names and headings in one language. */
export interface MarkdownContext {
  /** The absolute URL of a site path (`/en/codes/435/` → `https://…/en/codes/435/`). */
  url(path: string): string;
  /** A code's display name (`435 FunctionNotFound`), or undefined when it does not exist. */
  displayName(code: string): string | undefined;
  /** The site path of a code's page and of a concept page. */
  codePath(code: string): string;
  conceptPath(slug: string): string;
  /** The headings of the fixed sections (`What it means`, …). */
  section(id: 'meaning' | 'fix' | 'notes'): string;
  /** The heading of an SCF API family on the api-errors concept page. */
  family?(group: string): string;
}

/** Converts an MDX body (code page or concept page) to Markdown. */
export function mdxToMarkdown(body: string, context: MarkdownContext): string {
  return body
    .replace(/<(Meaning|Fix|Notes)>/g, (_, tag: string) => `## ${context.section(tag.toLowerCase() as 'meaning' | 'fix' | 'notes')}`)
    .replace(/<\/(Meaning|Fix|Notes)>/g, '')
    .replace(/<CodeLink\s+code="([^"]+)"\s*\/>/g, (_, code: string) => `[${context.displayName(code) ?? code}](${context.url(context.codePath(code))})`)
    .replace(/<ConceptLink\s+slug="([^"]+)">([\s\S]*?)<\/ConceptLink>/g, (_, slug: string, text: string) => `[${text}](${context.url(context.conceptPath(slug))})`)
    .replace(/<Family\s+group="([^"]+)">/g, (_, group: string) => `## ${context.family?.(group) ?? group}`)
    .replace(/<\/Family>/g, '')
    .replace(/<HandlerDiagram\s*\/>/g, '')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** A Markdown link; brackets in the text are escaped so they cannot end it. */
export function link(text: string, url: string): string {
  return `[${text.replace(/([[\]])/g, '\\$1')}](${url})`;
}

/** Inline code that holds any text: a run of backticks longer than any inside it. */
export function inlineCode(text: string): string {
  const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  const pad = text.startsWith('`') || text.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${text.replace(/\n/g, ' ')}${pad}${fence}`;
}

/** One labelled fact of a page's facts list: `- **Label**: value`. */
export interface Fact {
  label: string;
  value: string;
}

/** A code page's twin: its parts in reading order, every text already in the page's language. */
export interface CodeTwin {
  heading: string;
  title: string;
  summary: string;
  facts: Fact[];
  /** The MDX body already converted (meaning, fix, notes). */
  body: string;
  /** Further sections: a heading and its Markdown (seen as, upstream, other platforms, related, sources). */
  sections: Array<{ heading: string; markdown: string }>;
  /** The page's canonical URL. */
  canonical: string;
  canonicalLabel: string;
  /** Between a label and its value in the page's language (`: ` or `：`). */
  separator: string;
}

/** Lays a code page's twin out as Markdown. */
export function codeTwinMarkdown(twin: CodeTwin): string {
  const parts = [
    `# ${twin.heading} · ${twin.title}`,
    `> ${twin.summary}`,
    twin.facts.map((fact) => `- **${fact.label}**${twin.separator}${fact.value}`).join('\n'),
    twin.body,
    ...twin.sections.filter((section) => section.markdown.trim()).map((section) => `## ${section.heading}\n\n${section.markdown.trim()}`),
    `${twin.canonicalLabel}${twin.separator}${twin.canonical}`,
  ];
  return `${parts.filter(Boolean).join('\n\n')}\n`;
}
