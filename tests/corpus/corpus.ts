/**
 * The search corpora: strings people pasted, logged or asked in public, each with its source and the
 * answer that must come first. `real-world.yaml` is the tuning corpus (the search must meet its bars);
 * `retired-N.yaml` are earlier held-out sets, tuned on since they were measured (each keeps a floor);
 * `held-out.yaml` holds strings the rules have never been tuned on, whose figure is reported;
 * `other-platforms.yaml` holds other platforms' errors, which must be answered with the SCF code of the
 * same failure and the other platform's name.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

/** The corpora, by file name without `.yaml`. */
export type CorpusName = 'real-world' | 'retired-1' | 'retired-2' | 'retired-3' | 'held-out' | 'other-platforms';

/** One corpus entry as written in the file. */
export interface CorpusEntry {
  query: string;
  lang: 'en' | 'zh' | 'any';
  /** A code (`433`, `FailedOperation.UpdateFunctionCode`) or a concept page (`concept:timeouts`). */
  top: string;
  /** Other answers that are also right in the top 3. */
  also?: string[];
  kind: string;
  /** The kind of string, in the held-out corpus (envelope, api-error, trace, …). */
  kind7?: string;
  /** In the other-platforms corpus: whose error it is; the answer must say so (`aws-lambda`). */
  platform?: string;
  /**
   * In a tuning corpus: another platform that prints the very same words (`aws-lambda` for `Task timed
   * out after 30.00 seconds`), so the answer may carry that platform's label.
   */
  sharedWith?: string;
  source: string;
  constructed: boolean;
}

const TOP = /^(?:\d+|[A-Z][A-Za-z0-9]*(?:\.[A-Za-z0-9]+)*|concept:[a-z-]+)$/;

/** Every entry of a corpus, checked for the fields the tests rely on; a bad entry fails with its index. */
export function readCorpus(name: CorpusName = 'real-world'): CorpusEntry[] {
  const file = `tests/corpus/${name}.yaml`;
  const entries = parse(readFileSync(join(import.meta.dirname, `${name}.yaml`), 'utf8')) as CorpusEntry[];
  entries.forEach((entry, index) => {
    entry.top = String(entry.top);
    if (typeof entry.query !== 'string' || !TOP.test(entry.top) || !['en', 'zh', 'any'].includes(entry.lang) || !/^https?:\/\//.test(entry.source)) {
      throw new Error(`${file} › [${index}]: needs query, lang (en|zh|any), top (a code or concept:{slug}) and an http(s) source`);
    }
  });
  return entries;
}

/** The entries typed into one site language (`any` runs in both). */
export function corpusFor(lang: 'en' | 'zh', name: CorpusName = 'real-world'): CorpusEntry[] {
  return readCorpus(name).filter((entry) => entry.lang === 'any' || entry.lang === lang);
}

/** The answer a result URL stands for: a code (`/codes/433/`) or a concept page (`concept:timeouts`). */
export function answerOf(url: string | null | undefined): string {
  const path = url ?? '';
  const code = /\/codes\/([^/]+)\/$/.exec(path)?.[1];
  if (code) return decodeURIComponent(code);
  const concept = /\/concepts\/([^/]+)\/$/.exec(path)?.[1];
  return concept ? `concept:${concept}` : path;
}
