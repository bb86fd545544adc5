/**
 * Everyday words: phrases people use for an error ("内存超了", "function keeps timing out") mapped
 * to the codes they usually mean. The table lives in `content/phrases.yaml`; this module matches it.
 */
import { stripFiller } from './query-clean.ts';

/** One phrase as the lookup ships it. */
export interface PhraseEntry {
  /** The phrase as people write it. */
  text: string;
  /** Codes it points at, most likely first. */
  codes: string[];
}

/** Lower-case, punctuation to spaces, Chinese runs without spaces: `"内存 超了!"` → `内存超了`. */
export function phraseKey(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9\u3400-\u9fff]+/g, ' ')
    .replace(/(?<=[\u3400-\u9fff]) (?=[\u3400-\u9fff])/g, '')
    .trim();
}

/** A phrase hit: the phrase, its codes and how much of the query it explains (0–1). */
export interface PhraseHit {
  phrase: PhraseEntry;
  coverage: number;
}

/** Builds a matcher: which phrases occur in a query (whole words for Latin text), best first. */
export function createPhraseMatcher(phrases: readonly PhraseEntry[]): (query: string) => PhraseHit[] {
  const keyed = phrases.map((phrase) => ({ phrase, key: phraseKey(phrase.text) })).filter(({ key }) => key.length > 0);
  return (query: string) => {
    // Match against the whole query (a phrase may contain filler, as 内存超了 contains 了), but
    // measure coverage against the query without filler, which is what the phrase has to explain.
    const text = phraseKey(query);
    const meaningful = Math.max(1, phraseKey(stripFiller(query)).length);
    if (!text) return [];
    const found: Array<{ phrase: PhraseEntry; key: string; at: number[] }> = [];
    for (const { phrase, key } of keyed) {
      const latinEdges = /^[a-z0-9]/.test(key) || /[a-z0-9]$/.test(key);
      const at = occurrences(text, key, latinEdges ? /[a-z0-9]/ : undefined);
      if (at.length > 0) found.push({ phrase, key, at });
    }
    // A phrase inside a longer one that matched says nothing of its own: 执行超时时间 (the setting)
    // is not also an execution timeout, nor "cold start time" a cold start plus a timeout.
    const inside = (short: (typeof found)[number]) =>
      short.at.every((start) => found.some((long) => long.key.length > short.key.length && long.at.some((from) => from <= start && start + short.key.length <= from + long.key.length)));
    return found
      .filter((hit) => !inside(hit))
      .map(({ phrase, key }) => ({ phrase, coverage: Math.min(1, key.length / meaningful) }))
      .sort((a, b) => b.coverage - a.coverage);
  };
}

/** Where `key` starts in `text`; with `wordChar`, only where it stands as a whole word. */
function occurrences(text: string, key: string, wordChar?: RegExp): number[] {
  const at: number[] = [];
  for (let from = text.indexOf(key); from >= 0; from = text.indexOf(key, from + 1)) {
    if (wordChar && (wordChar.test(text[from - 1] ?? ' ') || wordChar.test(text[from + key.length] ?? ' '))) continue;
    at.push(from);
  }
  return at;
}

/**
 * Whether `key` occurs in lower-case `text` as a whole word: the characters either side are not word
 * characters (`wordChar`: letters and digits by default). Also used for identifiers (recall.ts).
 */
export function wholeWordIn(text: string, key: string, wordChar: RegExp = /[a-z0-9]/): boolean {
  let from = text.indexOf(key);
  while (from >= 0) {
    const before = text[from - 1] ?? ' ';
    const after = text[from + key.length] ?? ' ';
    if (!wordChar.test(before) && !wordChar.test(after)) return true;
    from = text.indexOf(key, from + 1);
  }
  return false;
}
