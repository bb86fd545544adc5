/**
 * The vendors' own wording of each code. People copy a sentence from the status-code table they read
 * (`Function metadata does not exist. Check whether the function has been deployed.`) into the search
 * box. The site's pages explain every code in their own words, so such a sentence finds nothing on
 * them. The tables' sentences are not republished either: each ships only as a fingerprint, the
 * hashed words it is made of (scripts/vendor-wording.mjs builds them from the source documents into
 * content/vendor-wording.json). A query that holds nearly every word of a sentence, close together,
 * names that sentence's code.
 */
import { stemsOf } from './recall.ts';
import type { UpstreamHit } from './upstream.ts';

/** Words too common in the tables to tell one sentence from another. */
const GLUE = new Set(
  'the and are was were has have had for with does did can you your please this that its not any all from into will when which then than there their been more such etc'.split(' '),
);

/**
 * The words of a text in order, as the fingerprints count them: the stems of Latin words of three
 * letters or more (glue words left out), and each pair of neighbouring Chinese characters. Numbers
 * are left out: a copy may carry another limit than the table's.
 */
export function wordingTokens(text: string): string[] {
  const tokens: string[] = [];
  for (const part of text.toLowerCase().match(/[\u3400-\u9fff]+|[a-z][a-z0-9]*/g) ?? []) {
    if (/^[\u3400-\u9fff]/.test(part)) {
      if (part.length === 1) tokens.push(part);
      for (let i = 0; i + 1 < part.length; i++) tokens.push(part.slice(i, i + 2));
    } else if (part.length >= 3 && !GLUE.has(part)) tokens.push(stemsOf(part)[0]!);
  }
  return tokens;
}

/** How many bits of a word's hash a fingerprint keeps: few enough to ship small, enough for sentences of four words and more. */
const HASH_BITS = 12;
const DIGITS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/** A word's hash, FNV-1a cut to HASH_BITS, so the build and the browser agree without sharing a table. */
export function wordingHash(token: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < token.length; i++) {
    hash ^= token.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0) & ((1 << HASH_BITS) - 1);
}

/** A sentence's fingerprint: the sorted distinct hashes of its words, two URL-safe characters each. */
export function wordingFingerprint(text: string): string {
  return encodeHashes(wordingTokens(text).map(wordingHash));
}

/** Hashes as a fingerprint: distinct, sorted, two URL-safe characters each. */
export function encodeHashes(hashes: readonly number[]): string {
  return [...new Set(hashes)]
    .sort((a, b) => a - b)
    .map((hash) => DIGITS[hash >> 6]! + DIGITS[hash & 63]!)
    .join('');
}

/**
 * How many of a long sentence's words its fingerprint keeps: the rarest, which a copy holds as surely
 * as the rest, so a long Chinese sentence (a word per pair of characters) ships small.
 */
export const MAX_SENTENCE_WORDS = 8;

/** The hashes of a fingerprint; throws on a string that is not one (the content check reports it). */
export function fingerprintHashes(fingerprint: string): number[] {
  if (fingerprint.length % 2 !== 0 || /[^A-Za-z0-9_-]/.test(fingerprint)) throw new Error(`not a fingerprint: ${fingerprint.slice(0, 20)}`);
  const hashes: number[] = [];
  for (let i = 0; i < fingerprint.length; i += 2) hashes.push(DIGITS.indexOf(fingerprint[i]!) * 64 + DIGITS.indexOf(fingerprint[i + 1]!));
  return hashes;
}

/** One sentence as a file ships it: its codes, its fingerprint, and the source document it is from. */
export interface VendorSentence {
  /** The codes whose row holds the sentence. */
  c: string[];
  /** The fingerprint (wordingFingerprint). */
  h: string;
  /** The source document's id (content/sources.yaml). */
  s: string;
  /** How many distinct words the sentence has, when the fingerprint keeps only its rarest. */
  n?: number;
}

/** Words a sentence needs to be told apart from everyday text, and how rare they must be together. */
export const MIN_SENTENCE_WORDS = 3;
const MIN_SENTENCE_WEIGHT = 7;
/** The share of a sentence's words a query must hold. */
const MIN_COVERED = 0.8;
/** How far apart, in words, the held words may lie: a sentence copied stays together, a long log's words are scattered. */
const SPREAD = 2;
/** Words a code's matched sentences must hold together: one short sentence (`Internal server error.`) is everyday text. */
const MIN_CODE_WORDS = 4;
/** The weight of matched sentences from which a code's match says as much as a whole message. */
const TELLING_WEIGHT = 12;

/**
 * The codes whose table sentences a query copies: each sentence of which the query holds most words,
 * close together; a code's weight is the words of all its matched sentences. Most weight first.
 */
export function matchVendorWording(query: string, sentences: readonly VendorSentence[]): Array<UpstreamHit & { source: string }> {
  const positions = new Map<number, number[]>();
  wordingTokens(query).forEach((token, index) => {
    const hash = wordingHash(token);
    positions.set(hash, [...(positions.get(hash) ?? []), index]);
  });
  const weight = new Map<string, { weight: number; words: number; source: string }>();
  const { telling, rarity } = indexOf(sentences);
  for (const { sentence, hashes, total } of telling) {
    // Words every row uses (check, function, try again) say little: the words a query leaves out count
    // by how rare they are, so `check the function logs and try again` is no copy of `Check the function
    // version and try again`.
    const inQuery = hashes.filter((hash) => positions.has(hash));
    const heldWeight = inQuery.reduce((sum, hash) => sum + rarity.get(hash)!, 0);
    const needed = Math.ceil(hashes.length * MIN_COVERED);
    if (heldWeight < total * MIN_COVERED || inQuery.length < needed) continue;
    const held = heldTogether(hashes, positions, needed, (sentence.n ?? hashes.length) * SPREAD);
    if (held === 0) continue;
    for (const code of sentence.c) {
      const previous = weight.get(code);
      weight.set(code, { weight: (previous?.weight ?? 0) + heldWeight, words: (previous?.words ?? 0) + held, source: previous?.source ?? sentence.s });
    }
  }
  return [...weight]
    .filter(([, { words }]) => words >= MIN_CODE_WORDS)
    .sort((a, b) => b[1].weight - a[1].weight)
    .map(([code, { weight: held, source }]) => ({ code, template: source, reason: held >= TELLING_WEIGHT ? ('message' as const) : ('message-part' as const), specificity: Math.round(held * 2), source }));
}

/** A sentence as matching needs it: its hashes and their total weight. */
interface IndexedSentence {
  sentence: VendorSentence;
  hashes: number[];
  total: number;
}

/**
 * Each loaded file, computed once per file: how rare each hash is among its sentences, and the
 * sentences that say enough to be told apart (words enough, and rare enough together).
 */
const indexes = new WeakMap<readonly VendorSentence[], { telling: IndexedSentence[]; rarity: Map<number, number> }>();
function indexOf(sentences: readonly VendorSentence[]) {
  let index = indexes.get(sentences);
  if (!index) {
    const hashes = sentences.map((sentence) => fingerprintHashes(sentence.h));
    const count = new Map<number, number>();
    for (const list of hashes) for (const hash of list) count.set(hash, (count.get(hash) ?? 0) + 1);
    const rarity = new Map([...count].map(([hash, n]) => [hash, Math.log((sentences.length + 1) / n)]));
    const telling = sentences
      .map((sentence, at) => ({ sentence, hashes: hashes[at]!, total: hashes[at]!.reduce((sum, hash) => sum + rarity.get(hash)!, 0) }))
      .filter(({ hashes: list, total }) => list.length >= MIN_SENTENCE_WORDS && total >= MIN_SENTENCE_WEIGHT);
    indexes.set(sentences, (index = { telling, rarity }));
  }
  return index;
}

/**
 * How many of a sentence's words the query holds within one stretch of `span` words, when that is at
 * least `needed`; 0 otherwise. The narrowest window over the query's positions of the sentence's words.
 */
function heldTogether(hashes: readonly number[], positions: ReadonlyMap<number, number[]>, needed: number, span: number): number {
  const hits = hashes.flatMap((hash, word) => (positions.get(hash) ?? []).map((at) => ({ at, word }))).sort((a, b) => a.at - b.at);
  const inWindow = new Map<number, number>();
  let best = 0;
  let from = 0;
  for (const hit of hits) {
    inWindow.set(hit.word, (inWindow.get(hit.word) ?? 0) + 1);
    while (hit.at - hits[from]!.at > span) {
      const word = hits[from]!.word;
      const left = inWindow.get(word)! - 1;
      if (left === 0) inWindow.delete(word);
      else inWindow.set(word, left);
      from++;
    }
    best = Math.max(best, inWindow.size);
  }
  return best >= needed ? best : 0;
}
