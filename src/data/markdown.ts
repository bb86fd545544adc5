/**
 * The Markdown twins of the pages, built from the same site model and MDX as the HTML: code pages,
 * concept pages, catalog pages, the sources page, the equivalents matrix, and the llms.txt files
 * that list them. The layouts are src/lib/render/markdown.ts and equivalents.ts; this module fills
 * them in one language.
 */
import { useTranslations } from '../i18n/index.ts';
import { displayName, crossesPlatform, type CodeEntry } from '../lib/model/catalog.ts';
import { codeFamily } from '../lib/model/codes.ts';
import type { Lang } from '../lib/model/langs.ts';
import { sourcesListing, sourcesNotListing } from '../lib/model/provenance.ts';
import { CATALOG_IDS, CATALOG_PLATFORM, type CatalogId } from '../lib/model/vocabulary.ts';
import { codeTwinMarkdown, inlineCode, link, mdxToMarkdown, type Fact, type MarkdownContext } from '../lib/render/markdown.ts';
import { retryKey } from '../lib/render/retry-labels.ts';
import { codeSectionMarkdown, matrixMarkdown, rowsForCode, type EquivalentsMarkdownContext } from '../lib/render/equivalents.ts';
import { catalogPath, codePath, conceptPath, equivalentsPath, sourcesPath, withBase } from '../lib/site/paths.ts';
import { getSite } from './site.ts';

/** The path of a page's Markdown twin: `/en/codes/437/` → `/en/codes/437.md`. */
export function twinPath(pagePath: string): string {
  return `${pagePath.replace(/\/$/, '')}.md`;
}

/** The absolute URL of a site path under the deploy base and the configured site. */
function absolute(path: string): string {
  return new URL(withBase(import.meta.env.BASE_URL, path), import.meta.env.SITE).href;
}

async function context(lang: Lang): Promise<MarkdownContext> {
  const t = useTranslations(lang);
  const { catalog } = await getSite();
  return {
    url: absolute,
    displayName: (code) => {
      const entry = catalog.get(code);
      return entry && displayName(entry);
    },
    codePath: (code) => codePath(lang, code),
    conceptPath: (slug) => conceptPath(lang, slug),
    section: (id) => t(id),
    family: (group) => t(`group.${group}` as Parameters<typeof t>[0]),
  };
}

/** What the equivalents' Markdown needs in one language: strings and absolute URLs. */
function equivalentsContext(lang: Lang): EquivalentsMarkdownContext {
  return {
    lang,
    t: useTranslations(lang),
    codeUrl: (code) => absolute(codePath(lang, code)),
    matrixUrl: (row) => `${absolute(equivalentsPath(lang))}${row ? `#${row}` : ''}`,
  };
}

/** The facts of a code as a list, in the order the facts panel shows them. */
function facts(lang: Lang, entry: CodeEntry, conceptTitles: Map<string, string>): Fact[] {
  const t = useTranslations(lang);
  const { facts: f } = entry;
  const list: Fact[] = [{ label: t('filterCatalog'), value: t(`catalog.${f.catalog}`) }];
  const family = codeFamily(entry.code);
  if (family) list.push({ label: t('factFamily'), value: `${inlineCode(family)}${t('listSeparator')}${link(t('factFamilyLink', { family }), `${absolute(conceptPath(lang, 'api-errors'))}#${f.group}`)}` });
  else list.push({ label: t('factGroup'), value: t(`group.${f.group}`) });
  if (f.name) list.push({ label: f.catalog === 'yr-rest' ? t('factReferenceName') : t('factName'), value: inlineCode(f.name) });
  if (f.message) list.push({ label: t('factReturnedMessage'), value: `${inlineCode(f.message.text)} (${link(t('factSourceLink'), f.message.source)})` });
  for (const language of ['zh', 'en'] as const) {
    const text = f.descriptions?.[language];
    if (text) list.push({ label: `${t('factDescriptions')} (${language})`, value: text });
  }
  if (f.actions.length > 0) list.push({ label: t('factActions'), value: f.actions.map(inlineCode).join(t('listSeparator')) });
  if (f.olderNames.length > 0) list.push({ label: t('factOlderNames'), value: f.olderNames.map(inlineCode).join(t('listSeparator')) });
  list.push({ label: t('factRetry'), value: t(retryKey(f.retry)) });
  if (f.catalog === 'scf') list.push({ label: t('factRecycles'), value: t(`recycling.${f.recycling}`) });
  for (const limit of f.limits) list.push({ label: t(`limit.${limit.kind}`), value: limit.unit ? t(`unit.${limit.unit}`, { n: limit.value }) : String(limit.value) });
  if (f.concepts.length > 0) {
    list.push({ label: t('factConcepts'), value: f.concepts.map((slug) => link(conceptTitles.get(slug) ?? slug, absolute(conceptPath(lang, slug)))).join(t('listSeparator')) });
  }
  return list;
}

/** The Markdown twin of one code page. */
export async function codeTwin(lang: Lang, code: string): Promise<string> {
  const t = useTranslations(lang);
  const site = await getSite();
  const entry = site.catalog.get(code)!;
  const doc = site.doc(lang, code);
  const ctx = await context(lang);
  const conceptTitles = new Map(site.concepts(lang).map((concept) => [concept.id.split('/')[1]!, concept.data.title]));
  const source = (id: string) => site.sources.find((candidate) => candidate.id === id)!;
  const seenAs = site.seenAs(code).map((item) => {
    const meta = t('seenAsMeta', { kind: t(`seenAsKind.${item.kind}`), by: t(`seenAsBy.${item.by}`) });
    return `- ${inlineCode(item.text)}\n  ${meta}${link(item.source.replace(/^https:\/\//, ''), item.source)}${item.note ? `\n  ${item.note[lang]}` : ''}`;
  });
  const upstream = site.upstream(code).map((item) => `- ${inlineCode(item.text)} (${link(`${item.repo}/${item.path}`, item.source)})`);
  const related = site.catalog.related(code).map((other) => {
    const platform = crossesPlatform(entry, other) ? ` (${t('otherPlatform')}${t('labelSeparator')}${t(`platform.${CATALOG_PLATFORM[other.facts.catalog]}`)})` : '';
    return `- ${link(displayName(other), absolute(codePath(lang, other.code)))}: ${site.doc(lang, other.code).data.title}${platform}`;
  });
  const listed = sourcesListing(entry).map((id) => {
    const doc = source(id);
    return `- ${doc.url ? link(doc.title[lang], doc.url) : doc.title[lang]}${doc.date ? ` (${doc.date})` : ''}`;
  });
  const notListed = sourcesNotListing(entry).map((id) => `- ${source(id).title[lang]}`);
  const changes = entry.facts.changes.map((change) => `- **${t(`change.${change.kind}`)}** (${t('changeBetween', { from: source(change.from).short[lang], to: source(change.to).short[lang] })}): ${change.text[lang]}`);
  const refs = entry.facts.refs.map((ref) => `- ${link(ref.url.replace(/^https:\/\//, ''), ref.url)}: ${ref.about[lang]}`);
  const sources = [
    `**${t('sourcesListedIn')}**\n\n${listed.join('\n')}`,
    notListed.length ? `**${t('sourcesNotListedIn')}**\n\n${notListed.join('\n')}` : '',
    changes.length ? `**${t('sourcesChanges')}**\n\n${changes.join('\n')}` : '',
    refs.length ? `**${t('sourcesRefs')}**\n\n${refs.join('\n')}` : '',
    entry.facts.checked ? t('sourcesChecked', { date: entry.facts.checked.date }) : '',
  ].filter(Boolean);
  return codeTwinMarkdown({
    heading: displayName(entry),
    title: doc.data.title,
    summary: doc.data.summary,
    facts: facts(lang, entry, conceptTitles),
    body: mdxToMarkdown(doc.body ?? '', ctx),
    sections: [
      { heading: t('seenAsHeading'), markdown: seenAs.join('\n') },
      { heading: t('upstreamHeading'), markdown: upstream.join('\n') },
      { heading: t('related'), markdown: related.join('\n') },
      { heading: t('equivalentsHeading'), markdown: codeSectionMarkdown(site.equivalents, rowsForCode(site.equivalents, code, entry.facts.catalog), equivalentsContext(lang)) },
      { heading: t('sources'), markdown: sources.join('\n\n') },
    ],
    canonical: absolute(codePath(lang, code)),
    canonicalLabel: t('twinCanonical'),
    separator: t('labelSeparator'),
  });
}

/** The Markdown twin of a concept page. */
export async function conceptTwin(lang: Lang, slug: string): Promise<string> {
  const t = useTranslations(lang);
  const site = await getSite();
  const concept = site.concepts(lang).find((candidate) => candidate.id === `${lang}/${slug}`)!;
  const body = mdxToMarkdown(concept.body ?? '', await context(lang));
  const dependents = site.catalog.codes
    .filter((entry) => (entry.facts.concepts as string[]).includes(slug))
    .map((entry) => `- ${link(displayName(entry), absolute(codePath(lang, entry.code)))}: ${site.doc(lang, entry.code).data.title}`);
  const parts = [`# ${concept.data.title}`, `> ${concept.data.summary}`, body, dependents.length ? `## ${t('related')}\n\n${dependents.join('\n')}` : '', `${t('twinCanonical')}${t('labelSeparator')}${absolute(conceptPath(lang, slug))}`];
  return `${parts.filter(Boolean).join('\n\n')}\n`;
}

/** The Markdown twin of a catalog page: every code with its title and link, by group. */
export async function catalogTwin(lang: Lang, catalog: CatalogId): Promise<string> {
  const t = useTranslations(lang);
  const site = await getSite();
  const groups = site.catalog.sections(catalog).map(({ group, codes }) => {
    const rows = codes.map((entry) => `- ${link(displayName(entry), absolute(codePath(lang, entry.code)))}: ${site.doc(lang, entry.code).data.title}`);
    return `## ${t(`group.${group}`)}\n\n${rows.join('\n')}`;
  });
  const parts = [`# ${t(`catalog.${catalog}`)}`, `> ${t(`catalogIntro.${catalog}`)}`, ...groups, `${t('twinCanonical')}${t('labelSeparator')}${absolute(catalogPath(lang, catalog))}`];
  return `${parts.join('\n\n')}\n`;
}

/** The Markdown twin of the sources page: every source document, its address, date and what it covers. */
export async function sourcesTwin(lang: Lang): Promise<string> {
  const t = useTranslations(lang);
  const site = await getSite();
  const docs = site.sources.map((doc) => {
    const count = site.catalog.codes.filter((entry) => entry.facts.editions.includes(doc.id)).length;
    return `## ${doc.title[lang]}\n\n- ${doc.url ? link(doc.url, doc.url) : t('sourcesNoDate')}\n- ${doc.date ? t('sourcesDated', { date: doc.date }) : t('sourcesNoDate')}\n- ${t('codeCount', { n: count })}\n\n${doc.covers[lang]}`;
  });
  const parts = [`# ${t('sourcesPageTitle')}`, ...docs, `${t('twinCanonical')}${t('labelSeparator')}${absolute(sourcesPath(lang))}`];
  return `${parts.join('\n\n')}\n`;
}

/** The Markdown twin of the equivalents matrix: every failure with every platform's error or none. */
export async function equivalentsTwin(lang: Lang): Promise<string> {
  const site = await getSite();
  return matrixMarkdown(site.equivalents, equivalentsContext(lang));
}

/** Every catalog that has codes, in order. */
export async function catalogsWithCodes(): Promise<CatalogId[]> {
  const site = await getSite();
  return CATALOG_IDS.filter((id) => site.catalog.sections(id).length > 0);
}

/** One line of an llms.txt section: `- [title](url): description`. */
function entry(title: string, path: string, description: string): string {
  return `- ${link(title, absolute(path))}: ${description}`;
}

/**
 * `/{lang}/llms.txt` in the llms.txt format: an H1, a one-paragraph summary in a blockquote, then
 * sections of links to the Markdown twins, each with one line on what it holds.
 */
export async function llmsText(lang: Lang): Promise<string> {
  const t = useTranslations(lang);
  const site = await getSite();
  const catalogs = await catalogsWithCodes();
  const sections = [
    `## ${t('llmsCatalogs')}`,
    catalogs.map((id) => entry(t(`catalog.${id}`), twinPath(catalogPath(lang, id)), t(`catalogIntro.${id}`))).join('\n'),
    `## ${t('concepts')}`,
    site.concepts(lang).map((concept) => entry(concept.data.title, twinPath(conceptPath(lang, concept.id.split('/')[1]!)), concept.data.summary)).join('\n'),
    ...catalogs.flatMap((id) => [
      `## ${t('llmsCodesOf', { catalog: t(`catalog.${id}`) })}`,
      site.catalog.sections(id).flatMap(({ codes }) => codes.map((code) => entry(`${displayName(code)}: ${site.doc(lang, code.code).data.title}`, twinPath(codePath(lang, code.code)), site.doc(lang, code.code).data.summary))).join('\n'),
    ]),
    '## Optional',
    [
      entry(t('sourcesPageTitle'), twinPath(sourcesPath(lang)), t('llmsSources')),
      ...(site.equivalents.rows.length > 0 ? [entry(t('equivalentsPageTitle'), twinPath(equivalentsPath(lang)), t('equivalentsSummary'))] : []),
      entry('llms-full.txt', `/${lang}/llms-full.txt`, t('llmsFull')),
    ].join('\n'),
  ];
  return `# ${t('siteName')}\n\n> ${t('llmsSummary')}\n\n${t('llmsDetails')}\n\n${sections.join('\n\n')}\n`;
}

/** `/{lang}/llms-full.txt`: every code page's Markdown twin in one file, in catalog order. */
export async function llmsFull(lang: Lang): Promise<string> {
  const t = useTranslations(lang);
  const site = await getSite();
  const pages = await Promise.all(site.catalog.codes.map(({ code }) => codeTwin(lang, code)));
  return `# ${t('siteName')}\n\n> ${t('llmsSummary')}\n\n${pages.join('\n---\n\n')}`;
}

/** `/llms.txt`: the site in both languages, pointing to each language's files. */
export async function llmsRoot(): Promise<string> {
  const en = useTranslations('en');
  const zh = useTranslations('zh');
  const lines = (lang: Lang) => {
    const t = useTranslations(lang);
    return [entry('llms.txt', `/${lang}/llms.txt`, t('llmsIndex')), entry('llms-full.txt', `/${lang}/llms-full.txt`, t('llmsFull'))].join('\n');
  };
  return `# ${en('siteName')}\n\n> ${en('llmsSummary')} ${zh('llmsSummary')}\n\n## English\n\n${lines('en')}\n\n## 中文\n\n${lines('zh')}\n`;
}
