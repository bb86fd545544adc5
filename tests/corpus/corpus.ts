/**
 * The real-world search corpus (tests/corpus/real-world.yaml): strings people pasted, logged or asked
 * in public, each with its source and the code that must come first. Read by the corpus browser test.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

/** One corpus entry as written in the file. */
export interface CorpusEntry {
  query: string;
  lang: 'en' | 'zh' | 'any';
  top: string;
  kind: string;
  source: string;
  constructed: boolean;
}

/** Every entry, checked for the fields the test relies on; a bad entry fails loudly with its index. */
export function readCorpus(): CorpusEntry[] {
  const entries = parse(readFileSync(join(import.meta.dirname, 'real-world.yaml'), 'utf8')) as CorpusEntry[];
  entries.forEach((entry, index) => {
    if (typeof entry.query !== 'string' || !/^\d+$/.test(String(entry.top)) || !['en', 'zh', 'any'].includes(entry.lang) || !/^https:\/\//.test(entry.source)) {
      throw new Error(`tests/corpus/real-world.yaml › [${index}]: needs query, lang (en|zh|any), top (a code) and an https source`);
    }
  });
  return entries;
}

/** The entries typed into one site language (`any` runs in both). */
export function corpusFor(lang: 'en' | 'zh'): CorpusEntry[] {
  return readCorpus().filter((entry) => entry.lang === 'any' || entry.lang === lang);
}
