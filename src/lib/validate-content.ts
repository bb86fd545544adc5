/**
 * The whole content validation without Astro: catalog YAML, front matter against the schemas,
 * then the cross-file rules. The build gets the same verdicts from Astro's loaders plus
 * `checkContent`; this path lets unit tests feed broken fixtures and read the exact messages.
 */
import { parse } from 'yaml';
import { parseCatalogFiles, type CatalogFile } from './catalog-files.ts';
import { checkContent, type DocRecord, type FactsRecord, type Problem } from './content-rules.ts';
import { parsePhrasesFile, parseSeenAsFile, type VocabularyFile } from './vocabulary-files.ts';
import { isLang } from './langs.ts';
import { codeDocSchema, codeFactsSchema } from './schema.ts';

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

/** The vocabulary files, each optional: `content/seen-as.yaml` and `content/phrases.yaml`. */
export interface VocabularyFiles {
  seenAs?: VocabularyFile;
  phrases?: VocabularyFile;
}

/** Validates catalog files, code pages and vocabulary; returns every problem, each naming file and field. */
export function validateContent(catalogFiles: readonly CatalogFile[], docFiles: readonly DocFile[], vocabularyFiles: VocabularyFiles = {}): Problem[] {
  const { entries, problems } = parseCatalogFiles(catalogFiles);
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
  const seenAs = vocabularyFiles.seenAs ? parseSeenAsFile(vocabularyFiles.seenAs) : { records: [], problems: [] };
  const phrases = vocabularyFiles.phrases ? parsePhrasesFile(vocabularyFiles.phrases) : { records: [], problems: [] };
  problems.push(...seenAs.problems, ...phrases.problems);
  return [...problems, ...checkContent(facts, docs, { seenAs: seenAs.records, phrases: phrases.records })];
}
