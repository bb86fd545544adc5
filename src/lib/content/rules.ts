/**
 * Content checks that a per-file schema cannot express. Stages, in order:
 *   1. facts: every code is a number (or, in the SCF API catalog, a dotted API code), its group belongs
 *      to its catalog, named catalogs give a name,
 *      related codes exist and are not the code itself; provenance holds together (the editions
 *      are the platform's own documents, `legacy` agrees with them, each change compares two
 *      documents that list the code, each public source is on an allowed origin);
 *   2. pages: every code has a page in every language, every page has facts (its file name is a code);
 *   3. bodies: the fixed sections are there, the fix is a numbered list, `<CodeLink>` and
 *      `<ConceptLink>` point at things that exist, and nothing unsafe (scripts, handlers,
 *      `javascript:` URLs, frames, `set:html`, imports) is in the MDX;
 *   4. sources: `content/sources.yaml` describes exactly the documents the facts may cite;
 *   5. vocabulary: every seen-as string and everyday phrase points at a code that exists, and every
 *      seen-as template uses only known placeholders.
 * Each problem names the file and the field, so a failed build says where to look.
 */
import {
  CONCEPT_SLUGS,
  GROUPS_BY_CATALOG,
  SOURCE_IDS,
  SOURCE_IS_CURRENT,
  SOURCE_CATALOGS,
  type CatalogId,
} from '../model/vocabulary.ts';
import { ALLOWED_EXTERNAL_ORIGINS } from './external-links.ts';
import { isCodeString, isNumericCode } from '../model/codes.ts';
import { LANGS, type Lang } from '../model/langs.ts';
import { templateProblem } from '../search/message-template.ts';
import type { CodeFacts, Phrase, SeenAsItem, VendorSentenceData } from '../model/schema.ts';

/** One thing wrong with the content. */
export interface Problem {
  /** Path of the file, relative to the project root. */
  file: string;
  /** The field (or `line N` of the file) that is wrong. */
  field: string;
  message: string;
}

/** A facts entry as loaded: the code, the file it came from and its validated data. */
export interface FactsRecord {
  code: string;
  file: string;
  data: CodeFacts;
}

/** A per-language page as loaded: language, code (its file name), file and MDX body. */
export interface DocRecord {
  lang: Lang;
  code: string;
  file: string;
  body: string;
  /** Line of the file on which the body starts (after the front matter), for messages. */
  bodyLine: number;
}

/** One seen-as string as loaded: file, the code it is listed under, its position and data. */
export interface SeenAsRecord {
  file: string;
  code: string;
  index: number;
  data: SeenAsItem;
}

/** One everyday phrase as loaded: file, position and data. */
export interface PhraseRecord {
  file: string;
  index: number;
  data: Phrase;
}

/** One fingerprint of `content/vendor-wording.yaml`, with its position. */
export interface VendorWordingRecord {
  file: string;
  index: number;
  data: VendorSentenceData;
}

/** The vocabulary files' contents (each may be empty). */
export interface Vocabulary {
  seenAs: readonly SeenAsRecord[];
  phrases: readonly PhraseRecord[];
  vendorWording?: readonly VendorWordingRecord[];
}

/** Catalogs whose codes have no platform name (the code is the identifier). */
const UNNAMED_CATALOGS: readonly CatalogId[] = ['yr-sdk', 'scf-api'];
/** Catalogs whose codes are dotted API names (`ResourceNotFound.Function`) rather than numbers. */
const NAMED_CODE_CATALOGS: readonly CatalogId[] = ['scf-api'];

/** Patterns that must never reach a page, with what to tell the author. */
const UNSAFE_PATTERNS: ReadonlyArray<[RegExp, string]> = [
  [/<\s*script\b/i, 'raw <script> is not allowed'],
  [/<\s*iframe\b/i, '<iframe> is not allowed'],
  [/\son[a-z]+\s*=/i, 'inline event handlers (on*=) are not allowed'],
  [/javascript\s*:/i, 'javascript: URLs are not allowed'],
  [/set:html/i, 'set:html is not allowed'],
  [/^\s*(import|export)\s/, 'imports and exports are not allowed in content'],
];

/** Renders problems one per line, `file › field: message`. */
export function formatProblems(problems: readonly Problem[]): string {
  return problems.map((p) => `${p.file} › ${p.field}: ${p.message}`).join('\n');
}

/**
 * Runs every cross-file check and returns the problems found (empty when the content is sound).
 * `reviews`, when given, are the file names under `content/reviews/`: each code's `checked.review`
 * must be one of them, so a check date always leads to the findings behind it.
 */
export function checkContent(
  facts: readonly FactsRecord[],
  docs: readonly DocRecord[],
  vocabulary: Vocabulary = { seenAs: [], phrases: [] },
  reviews?: readonly string[],
): Problem[] {
  const known = new Set(facts.map((f) => f.code));
  const reviewFiles = reviews && new Set(reviews);
  return [
    ...(reviewFiles
      ? facts
          .filter(({ data }) => data.checked && !reviewFiles.has(data.checked.review))
          .map(({ code, file, data }) => ({ file, field: `"${code}".checked.review`, message: `content/reviews/${data.checked.review} does not exist` }))
      : []),
    ...checkFacts(facts, known),
    ...checkPages(facts, docs, known),
    ...docs.flatMap((d) => checkBody(d, known)),
    ...checkVocabulary(vocabulary, known),
  ];
}

function checkVocabulary({ seenAs, phrases, vendorWording = [] }: Vocabulary, known: ReadonlySet<string>): Problem[] {
  const problems: Problem[] = [];
  for (const { file, index, data } of vendorWording) {
    for (const code of data.c) if (!known.has(code)) problems.push({ file, field: `[${index}].c`, message: `code ${code} does not exist in content/catalogs/*.yaml` });
  }
  for (const { file, code, index, data } of seenAs) {
    const field = `"${code}"[${index}]`;
    if (!known.has(code)) problems.push({ file, field, message: `code ${code} does not exist in content/catalogs/*.yaml` });
    const problem = templateProblem(data.text);
    if (problem) problems.push({ file, field: `${field}.text`, message: problem });
  }
  for (const { file, index, data } of phrases) {
    for (const code of data.codes) {
      const concept = /^concept:(.+)$/.exec(code)?.[1];
      if (concept !== undefined) {
        if (!(CONCEPT_SLUGS as readonly string[]).includes(concept)) problems.push({ file, field: `[${index}].codes`, message: `concept page ${concept} does not exist (${CONCEPT_SLUGS.join(', ')})` });
      } else if (!known.has(code)) problems.push({ file, field: `[${index}].codes`, message: `code ${code} does not exist in content/catalogs/*.yaml` });
    }
  }
  return problems;
}

function checkFacts(facts: readonly FactsRecord[], known: ReadonlySet<string>): Problem[] {
  const problems: Problem[] = [];
  for (const { code, file, data } of facts) {
    const at = (field: string, message: string) => problems.push({ file, field: `"${code}".${field}`, message });
    if (!isCodeString(code)) at('code', `"${code}" is not a code: a number, or a dotted API code such as ResourceNotFound.Function`);
    else if (NAMED_CODE_CATALOGS.includes(data.catalog) === isNumericCode(code)) {
      at('code', NAMED_CODE_CATALOGS.includes(data.catalog) ? `codes of catalog "${data.catalog}" are API error codes, not numbers` : `codes of catalog "${data.catalog}" are numbers`);
    }
    if (!(GROUPS_BY_CATALOG[data.catalog] as readonly string[]).includes(data.group)) {
      at('group', `group "${data.group}" does not belong to catalog "${data.catalog}"`);
    }
    if (!UNNAMED_CATALOGS.includes(data.catalog) && !data.name) {
      at('name', `codes of catalog "${data.catalog}" need the platform's exact name`);
    }
    for (const related of data.related) {
      if (String(related) === code) at('related', 'a code cannot be related to itself');
      else if (!known.has(String(related))) at('related', `related code ${related} does not exist`);
    }
    checkProvenance(data, at);
  }
  return problems;
}

function checkProvenance(data: CodeFacts, at: (field: string, message: string) => void): void {
  for (const source of data.editions) {
    if (!SOURCE_CATALOGS[source].includes(data.catalog)) at('editions', `source "${source}" does not describe catalog "${data.catalog}"`);
  }
  if (new Set(data.editions).size !== data.editions.length) at('editions', 'a source is listed twice');
  const inCurrent = data.editions.some((source) => SOURCE_IS_CURRENT[source] && SOURCE_CATALOGS[source].includes(data.catalog));
  if (data.legacy && inCurrent) at('legacy', 'a current edition lists this code, so it is not legacy');
  if (!data.legacy && !inCurrent) at('legacy', 'no current edition lists this code: set legacy: true');
  data.changes.forEach((change, index) => {
    const field = `changes.${index}`;
    if (change.from === change.to) at(field, 'a change compares two different sources');
    for (const source of [change.from, change.to]) {
      if (!data.editions.includes(source)) at(field, `source "${source}" does not list this code (see editions)`);
    }
  });
  data.refs.forEach((ref, index) => {
    const origin = new URL(ref.url).origin;
    if (!ALLOWED_EXTERNAL_ORIGINS.includes(origin)) {
      at(`refs.${index}.url`, `${origin} is not an allowed origin (src/lib/content/external-links.ts)`);
    }
  });
}

/** Checks that the sources file describes every source id the facts may cite, and no other. */
export function checkSources(file: string, ids: readonly string[]): Problem[] {
  const problems: Problem[] = [];
  for (const id of SOURCE_IDS) {
    if (!ids.includes(id)) problems.push({ file, field: id, message: `source "${id}" is not described` });
  }
  for (const id of ids) {
    if (!(SOURCE_IDS as readonly string[]).includes(id)) {
      problems.push({ file, field: id, message: `unknown source id; expected one of ${SOURCE_IDS.join(', ')}` });
    }
  }
  return problems;
}

function checkPages(facts: readonly FactsRecord[], docs: readonly DocRecord[], known: ReadonlySet<string>): Problem[] {
  const problems: Problem[] = [];
  const present = new Set(docs.map((d) => `${d.lang}/${d.code}`));
  for (const { code, file } of facts) {
    for (const lang of LANGS) {
      if (!present.has(`${lang}/${code}`)) {
        problems.push({ file, field: `"${code}"`, message: `no ${lang} page: add content/codes/${lang}/${code}.mdx` });
      }
    }
  }
  for (const doc of docs) {
    if (!isCodeString(doc.code)) {
      problems.push({ file: doc.file, field: 'file name', message: `the file name must be the code, got "${doc.code}"` });
    } else if (!known.has(doc.code)) {
      problems.push({ file: doc.file, field: 'file name', message: `code ${doc.code} has no facts entry in content/catalogs/*.yaml` });
    }
  }
  return problems;
}

function checkBody(doc: DocRecord, known: ReadonlySet<string>): Problem[] {
  const problems: Problem[] = [];
  const at = (field: string, message: string) => problems.push({ file: doc.file, field, message });
  const body = doc.body;
  for (const section of ['Meaning', 'Fix'] as const) {
    if (!new RegExp(`<${section}>[\\s\\S]*?</${section}>`).test(body)) at(`body <${section}>`, `the <${section}> section is missing`);
  }
  const fix = /<Fix>([\s\S]*?)<\/Fix>/.exec(body)?.[1];
  if (fix !== undefined && !/^\s*1\.\s+\S/m.test(fix)) at('body <Fix>', 'the fix must be a numbered list (1. 2. 3.)');
  body.split('\n').forEach((line, index) => {
    const where = `line ${doc.bodyLine + index}`;
    for (const [pattern, message] of UNSAFE_PATTERNS) if (pattern.test(line)) at(where, message);
    for (const match of line.matchAll(/<CodeLink\s+code="([^"]*)"/g)) {
      if (!known.has(match[1]!)) at(where, `<CodeLink code="${match[1]}"> points at a code that does not exist`);
    }
    for (const match of line.matchAll(/<ConceptLink\s+slug="([^"]*)"/g)) {
      if (!(CONCEPT_SLUGS as readonly string[]).includes(match[1]!)) at(where, `<ConceptLink slug="${match[1]}"> points at a concept that does not exist`);
    }
  });
  return problems;
}
