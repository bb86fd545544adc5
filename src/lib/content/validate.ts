/**
 * The whole content validation without Astro: catalog YAML, front matter against the schemas,
 * then the cross-file rules. The build gets the same verdicts from Astro's loaders plus
 * `checkContent`; this path lets unit tests feed broken fixtures and read the exact messages.
 */
import { parse } from 'yaml';
import { parseCatalogFiles, type CatalogFile } from './catalog-files.ts';
import { checkContent, checkSources, type DocRecord, type FactsRecord, type Problem } from './rules.ts';
import { parsePhrasesFile, parseSeenAsFile, parseVendorWordingFile, type VocabularyFile } from './real-world-files.ts';
import { isLang } from '../model/langs.ts';
import { codeDocSchema, codeFactsSchema, sourceDocSchema } from '../model/schema.ts';

/** A code page file: path like `content/codes/en/437.mdx` and its text. */
export interface DocFile {
  file: string;
  text: string;
}

interface Issue {
  path: PropertyKey[];
  message: string;
}

function issuesToProblems(file: string, prefix: string, issues: readonly Issue[]): Problem[] {
  return issues.map((issue) => ({
    file,
    field: [prefix, ...issue.path.map(String)].filter(Boolean).join('.') || '(root)',
    message: issue.message,
  }));
}

/** Splits `---` front matter from an MDX body; `bodyLine` is the file line the body starts on. */
export function splitFrontMatter(text: string): { data: unknown; body: string; bodyLine: number } {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(text);
  if (!match) return { data: undefined, body: text, bodyLine: 1 };
  return { data: parse(match[1]!), body: text.slice(match[0].length), bodyLine: match[0].split('\n').length };
}

/** Validates `content/sources.yaml`: a map of source id to its description. */
export function validateSources({ file, text }: CatalogFile): Problem[] {
  let parsed: unknown;
  try {
    parsed = parse(text);
  } catch (error) {
    return [{ file, field: 'yaml', message: (error as Error).message.split('\n')[0]! }];
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
    return [{ file, field: 'yaml', message: 'the sources file must be a map keyed by source id' }];
  }
  const problems = Object.entries(parsed).flatMap(([id, value]) => {
    const result = sourceDocSchema.safeParse(value);
    return result.success ? [] : issuesToProblems(file, id, result.error.issues);
  });
  return [...problems, ...checkSources(file, Object.keys(parsed))];
}

/** The files beside the catalogs and pages, each optional: the source documents and the vocabulary. */
export interface ExtraFiles {
  /** `content/sources.yaml`. */
  sources?: CatalogFile;
  /** `content/seen-as.yaml`. */
  seenAs?: VocabularyFile;
  /** `content/phrases.yaml`. */
  phrases?: VocabularyFile;
  /** `content/vendor-wording.yaml`. */
  vendorWording?: VocabularyFile;
  /** The file names under `content/reviews/`, to check each code's `checked.review` against. */
  reviews?: readonly string[];
}

/** Validates catalog files, code pages, the sources file and the vocabulary; returns every problem, each naming file and field. */
export function validateContent(catalogFiles: readonly CatalogFile[], docFiles: readonly DocFile[], extra: ExtraFiles = {}): Problem[] {
  const { entries, problems } = parseCatalogFiles(catalogFiles);
  if (extra.sources) problems.push(...validateSources(extra.sources));
  const facts: FactsRecord[] = [];
  for (const entry of entries) {
    const result = codeFactsSchema.safeParse(entry.data);
    if (result.success) facts.push({ code: entry.code, file: entry.file, data: result.data });
    else problems.push(...issuesToProblems(entry.file, `"${entry.code}"`, result.error.issues));
  }
  const docs: DocRecord[] = [];
  for (const { file, text } of docFiles) {
    const match = /([^/\\]+)[/\\]([^/\\]+)\.mdx$/.exec(file);
    const lang = match?.[1];
    if (!match || !isLang(lang)) {
      problems.push({ file, field: 'path', message: 'code pages live at content/codes/{en|zh}/{code}.mdx' });
      continue;
    }
    const { data, body, bodyLine } = splitFrontMatter(text);
    const result = codeDocSchema.safeParse(data);
    if (!result.success) problems.push(...issuesToProblems(file, 'frontmatter', result.error.issues));
    docs.push({ lang, code: match[2]!, file, body, bodyLine });
  }
  const seenAs = extra.seenAs ? parseSeenAsFile(extra.seenAs) : { records: [], problems: [] };
  const phrases = extra.phrases ? parsePhrasesFile(extra.phrases) : { records: [], problems: [] };
  const vendorWording = extra.vendorWording ? parseVendorWordingFile(extra.vendorWording) : { records: [], problems: [] };
  problems.push(...seenAs.problems, ...phrases.problems, ...vendorWording.problems);
  return [...problems, ...checkContent(facts, docs, { seenAs: seenAs.records, phrases: phrases.records, vendorWording: vendorWording.records }, extra.reviews)];
}
