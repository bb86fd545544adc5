/**
 * Everyday words: phrases people use for an error ("内存超了", "function keeps timing out") mapped
 * to the codes they usually mean. The table lives in `content/phrases.yaml`; this module matches it.
 */
import { stripFiller } from './query-clean.ts';
import { messageScript } from './upstream.ts';

/** One phrase as the lookup ships it. */
export interface PhraseEntry {
  /** The phrase as people write it. */
  text: string;
  /** Codes it points at, most likely first. */
  codes: string[];
}

/**
 * Phrases as the lookup file ships them, grouped by their codes (the codes joined by spaces, then the
 * phrases that point at them): a code list written once per group instead of once per phrase saves
 * about 750 B gzip in every language's lookup.
 */
export type PhraseGroups = Record<string, string[]>;

/** Groups phrases by their codes, keeping the order of the groups' first phrases and of the phrases in each. */
export function groupPhrases(phrases: readonly PhraseEntry[]): PhraseGroups {
  const groups: PhraseGroups = {};
  for (const { text, codes } of phrases) (groups[codes.join(' ')] ??= []).push(text);
  return groups;
}

/**
 * Splits grouped phrases into those without Chinese characters and those with them: the English lookup
 * keeps the first and ships the second apart (`/phrases/han.json`), which only a query holding Chinese
 * characters can match.
 */
export function splitHanPhrases(groups: PhraseGroups): { latin: PhraseGroups; han: PhraseGroups } {
  const latin: PhraseGroups = {};
  const han: PhraseGroups = {};
  for (const [codes, texts] of Object.entries(groups)) {
    for (const text of texts) ((messageScript(text) === 'zh' ? han : latin)[codes] ??= []).push(text);
  }
  return { latin, han };
}

/** Grouped phrases with more groups merged in: each group's phrases after those it already has. */
export function mergePhraseGroups(groups: PhraseGroups, more: PhraseGroups): PhraseGroups {
  const merged: PhraseGroups = Object.fromEntries(Object.entries(groups).map(([codes, texts]) => [codes, [...texts]]));
  for (const [codes, texts] of Object.entries(more)) (merged[codes] ??= []).push(...texts);
  return merged;
}

/** The phrases of grouped phrases, one entry each. */
export function ungroupPhrases(groups: PhraseGroups): PhraseEntry[] {
  return Object.entries(groups).flatMap(([codes, texts]) => texts.map((text) => ({ text, codes: codes.split(' ') })));
}

/**
 * Lower-case, punctuation to spaces, Chinese runs without spaces, one space where Chinese meets
 * Latin letters or digits: `"内存 超了!"` → `内存超了`, `Python版本` and `python 版本` → `python 版本`.
 */
export function phraseKey(text: string): string {
  return text
    .toLowerCase()
    // 秘钥 is how many people write 密钥 (a key): the same word to the reader.
    .replace(/秘钥/g, '密钥')
    .replace(/[^a-z0-9\u3400-\u9fff]+/g, ' ')
    .replace(/(?<=[\u3400-\u9fff]) (?=[\u3400-\u9fff])/g, '')
    .replace(/(?<=[a-z0-9])(?=[\u3400-\u9fff])|(?<=[\u3400-\u9fff])(?=[a-z0-9])/g, ' ')
    .trim();
}

/** A phrase hit: the phrase, its codes and how much of the query it explains (0–1). */
export interface PhraseHit {
  phrase: PhraseEntry;
  coverage: number;
}

/** A gap in a phrase (`not authorized to perform operation … has no permission`): anything, up to this many characters. */
const GAP = 160;

/**
 * Builds a matcher: which phrases occur in a query (whole words for Latin text), best first. A phrase
 * written with `…` matches its parts in order with anything between them, as a message with a
 * variable middle prints them.
 */
export function createPhraseMatcher(phrases: readonly PhraseEntry[]): (query: string) => PhraseHit[] {
  const keyed = phrases
    .map((phrase) => ({ phrase, parts: phrase.text.split('…').map(phraseKey).filter(Boolean) }))
    .filter(({ parts }) => parts.length > 0)
    .map(({ phrase, parts }) => ({ phrase, parts, length: parts.reduce((sum, part) => sum + part.length, 0) }));
  return (query: string) => {
    // Match against the whole query (a phrase may contain filler, as 内存超了 contains 了), but
    // measure coverage against the query without filler, which is what the phrase has to explain.
    const text = phraseKey(query);
    const meaningful = Math.max(1, phraseKey(stripFiller(query)).length);
    if (!text) return [];
    const found = keyed.flatMap(({ phrase, parts, length }) => {
      const spans = spansOf(text, parts);
      if (spans.length > 0) return [{ phrase, length, spans }];
      // A query that stops inside a phrase's last word (typed so far, or cut off: `function not foun`).
      const cut = parts.length === 1 ? cutShortAt(text, parts[0]!) : undefined;
      return cut === undefined ? [] : [{ phrase, length: text.length - cut, spans: [[cut, text.length] as [number, number]] }];
    });
    // A phrase inside a longer one that matched says nothing of its own: 执行超时时间 (the setting)
    // is not also an execution timeout, nor "has no permission" inside CAM's refusal a second hint.
    const inside = (short: (typeof found)[number]) =>
      short.spans.every(([from, to]) => found.some((long) => long.length > short.length && long.spans.some(([start, end]) => start <= from && to <= end)));
    return found
      .filter((hit) => !inside(hit))
      .map(({ phrase, length }) => ({ phrase, coverage: Math.min(1, length / meaningful) }))
      .sort((a, b) => b.coverage - a.coverage);
  };
}

/**
 * Where `text` ends with the start of a Latin phrase of two words or more, cut inside its last word
 * after three letters of it at least, at a word's start; undefined otherwise.
 */
function cutShortAt(text: string, key: string): number | undefined {
  const lastSpace = key.lastIndexOf(' ');
  if (lastSpace < 0 || !/[a-z]$/.test(key)) return undefined;
  for (let kept = key.length - 1; kept >= lastSpace + 4; kept--) {
    const start = key.slice(0, kept);
    if (!text.endsWith(start)) continue;
    const at = text.length - kept;
    return at === 0 || !/[a-z0-9]/.test(text[at - 1]!) ? at : undefined;
  }
  return undefined;
}

/** The spans `[start, end)` where the parts occur in order, each within GAP of the one before. */
function spansOf(text: string, parts: readonly string[]): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  for (const first of occurrences(text, parts[0]!)) {
    let end = first + parts[0]!.length;
    for (const part of parts.slice(1)) {
      const next = occurrences(text, part).find((at) => at >= end && at - end <= GAP);
      if (next === undefined) {
        end = -1;
        break;
      }
      end = next + part.length;
    }
    if (end >= 0) spans.push([first, end]);
  }
  return spans;
}

/** Where `key` starts in `text`; a key with Latin letters or digits at an edge only where it stands as a whole word. */
function occurrences(text: string, key: string): number[] {
  const latinEdge = /^[a-z0-9]|[a-z0-9]$/.test(key);
  return startsOf(text, key).filter((from) => !latinEdge || standsAlone(text, from, key.length + inflection(text, from + key.length, key)));
}

/**
 * The length of an English ending after a phrase's last word, so that the phrase reads its plural and
 * its verb forms (`response format` in "response formatting errors", `timeout` in "backend timeouts",
 * `exceed` in "exceeded"): -s, -es, -d, -ed, -ing, with the last consonant doubled (`formatting`,
 * `stopped`). Zero when none follows, and for a last word under four letters, where an ending makes
 * another word (`not` → `notes`, `set` → `sets`).
 */
function inflection(text: string, at: number, key: string): number {
  const word = /[a-z]+$/.exec(key)?.[0] ?? '';
  if (word.length < 4) return 0;
  const rest = text.slice(at);
  const plain = /^(?:e?s|e?d|ing)(?![a-z0-9])/.exec(rest);
  if (plain) return plain[0].length;
  const last = word.at(-1)!;
  const doubled = rest[0] === last && !/[aeiouy]/.test(last) ? /^(?:ing|ed)(?![a-z0-9])/.exec(rest.slice(1)) : null;
  return doubled ? doubled[0].length + 1 : 0;
}

/** Every index where `key` starts in `text`. */
function startsOf(text: string, key: string): number[] {
  const at: number[] = [];
  for (let from = text.indexOf(key); from >= 0; from = text.indexOf(key, from + 1)) at.push(from);
  return at;
}

/** Whether the `length` characters at `from` have no word character (`wordChar`) either side. */
function standsAlone(text: string, from: number, length: number, wordChar: RegExp = /[a-z0-9]/): boolean {
  return !wordChar.test(text[from - 1] ?? ' ') && !wordChar.test(text[from + length] ?? ' ');
}

/**
 * Whether `key` occurs in lower-case `text` as a whole word: the characters either side are not word
 * characters (`wordChar`: letters and digits by default). Also used for identifiers (recall.ts).
 */
export function wholeWordIn(text: string, key: string, wordChar: RegExp = /[a-z0-9]/): boolean {
  return startsOf(text, key).some((from) => standsAlone(text, from, key.length, wordChar));
}
