/**
 * Reads the two vocabulary files: `content/seen-as.yaml` (a map from code to the real strings it
 * shows up as) and `content/phrases.yaml` (a list of everyday phrases). Each item is checked against
 * its schema here; whether the codes exist is a cross-file rule in `rules.ts`.
 */
import { parse } from 'yaml';
import type { PhraseRecord, Problem, SeenAsRecord } from './rules.ts';
import { phraseSchema, seenAsItemSchema } from '../model/schema.ts';

/** A vocabulary file's path (relative to the project root) and text. */
export interface VocabularyFile {
  file: string;
  text: string;
}

interface Issue {
  path: PropertyKey[];
  message: string;
}

function issueField(prefix: string, issue: Issue): string {
  return [prefix, ...issue.path.map(String)].join('.');
}

function parseYaml(file: VocabularyFile, problems: Problem[]): unknown {
  try {
    return parse(file.text);
  } catch (error) {
    problems.push({ file: file.file, field: 'yaml', message: (error as Error).message.split('\n')[0]! });
    return undefined;
  }
}

/** Parses `content/seen-as.yaml`: every item validated, with its code and position for messages. */
export function parseSeenAsFile(input: VocabularyFile): { records: SeenAsRecord[]; problems: Problem[] } {
  const problems: Problem[] = [];
  const records: SeenAsRecord[] = [];
  const parsed = parseYaml(input, problems);
  if (parsed === undefined || parsed === null) return { records, problems };
  if (typeof parsed !== 'object' || Array.isArray(parsed)) {
    problems.push({ file: input.file, field: 'yaml', message: 'the file must be a map from code to a list of strings' });
    return { records, problems };
  }
  for (const [code, items] of Object.entries(parsed)) {
    if (!Array.isArray(items)) {
      problems.push({ file: input.file, field: `"${code}"`, message: 'each code must map to a list of strings' });
      continue;
    }
    items.forEach((item: unknown, index) => {
      const result = seenAsItemSchema.safeParse(item);
      if (result.success) records.push({ file: input.file, code, index, data: result.data });
      else for (const issue of result.error.issues) problems.push({ file: input.file, field: issueField(`"${code}"[${index}]`, issue), message: issue.message });
    });
  }
  return { records, problems };
}

/** Parses `content/phrases.yaml`: every phrase validated, with its position for messages. */
export function parsePhrasesFile(input: VocabularyFile): { records: PhraseRecord[]; problems: Problem[] } {
  const problems: Problem[] = [];
  const records: PhraseRecord[] = [];
  const parsed = parseYaml(input, problems);
  if (parsed === undefined || parsed === null) return { records, problems };
  if (!Array.isArray(parsed)) {
    problems.push({ file: input.file, field: 'yaml', message: 'the file must be a list of phrases' });
    return { records, problems };
  }
  parsed.forEach((item: unknown, index) => {
    const result = phraseSchema.safeParse(item);
    if (result.success) records.push({ file: input.file, index, data: result.data });
    else for (const issue of result.error.issues) problems.push({ file: input.file, field: issueField(`[${index}]`, issue), message: issue.message });
  });
  return { records, problems };
}
