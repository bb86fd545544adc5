/**
 * Messages quoted from memory. People ask about an error by quoting it inside a question ("What
 * should I do if the error "Resource limit exceeded for function" is reported?"), with `xxx` for the
 * parts they left out, and with the words not quite as printed (`exceeded` for `exceed`, a dropped
 * `this`). A quoted or typed piece matches a known message when its words occur in the message in
 * order, compared by their stems, with at most one word of the message skipped between two of them.
 */
import { wholeWordIn } from './phrases.ts';

/** Quoted parts of a question, 12 characters or more: the message it asks about. */
export function quotedParts(text: string): string[] {
  const closed = [...text.matchAll(/["“”「」『』]([^"“”「」『』]{12,})["“”「」『』]/g)].map((match) => match[1]!.trim());
  // A paste cut off inside a quoted value (`"errorMessage":"Task timed ou`) still quotes its start.
  const open = /["“「『]([^"“”「」『』\n]{12,})$/.exec(text.trim());
  return open && (text.match(/["“”「」『』]/g) ?? []).length % 2 === 1 ? [...closed, open[1]!.trim()] : closed;
}

/** A word without the endings its inflections add: `exceeded`, `exceeds` → `exceed`; `authorized` → `authoriz`. */
function stem(word: string): string {
  // `-ed` after a consonant is an ending (`reported`, `exceeded`); after an `e` it is part of the word (`exceed`).
  if (word.length > 5 && /[^e]ed$/.test(word)) return word.slice(0, -2);
  return word.replace(/^(\w{3,}?)(?:ing|es|e|s)$/, '$1');
}

/** The stems of a text's Latin words, in order, lower case. */
export function stemsOf(text: string): string[] {
  return (text.toLowerCase().match(/[a-z][a-z0-9]*/g) ?? []).map(stem);
}

/** Words a typed piece needs to stand for a message, not a phrase. */
const MIN_WORDS = 4;
/** Words of the message that may sit between two typed words (`perform [this] operation`). */
const MAX_GAP = 1;

/**
 * Whether a typed piece (already reduced to stems by `stemsOf`) occurs in a message's stems: its
 * words in order, `xxx` standing for any words, at most one other word between two typed words.
 */
export function recalledIn(piece: readonly string[], message: readonly string[]): boolean {
  const words = trimPlaceholders(piece);
  if (words.filter((word) => !isPlaceholder(word)).length < MIN_WORDS) return false;
  for (let start = 0; start < message.length; start++) {
    if (message[start] !== words[0]) continue;
    if (followsFrom(words, 1, message, start + 1)) return true;
  }
  return false;
}

function isPlaceholder(word: string): boolean {
  return /^x{3,}$/.test(word);
}

/** A piece without the `xxx` at its ends, which stand for whatever surrounds the message. */
function trimPlaceholders(words: readonly string[]): string[] {
  let from = 0;
  let to = words.length;
  while (from < to && isPlaceholder(words[from]!)) from++;
  while (to > from && isPlaceholder(words[to - 1]!)) to--;
  return words.slice(from, to);
}

/** Whether `words[index…]` follow in `message` from `at`, each within the allowed gap (any gap after `xxx`). */
function followsFrom(words: readonly string[], index: number, message: readonly string[], at: number): boolean {
  if (index === words.length) return true;
  const word = words[index]!;
  if (isPlaceholder(word)) {
    for (let next = at; next <= message.length; next++) if (followsFrom(words, index + 1, message, next)) return true;
    return false;
  }
  for (let next = at; next <= Math.min(at + MAX_GAP, message.length - 1); next++) {
    if (message[next] === word && followsFrom(words, index + 1, message, next + 1)) return true;
  }
  return false;
}

/**
 * Identifiers a question names: a setting or field in camelCase or snake_case (`recoverRetryTimes`,
 * `groupName`, `max_instance`), eight characters or more, lower case. A message that prints the same
 * identifier is about that setting. Names in capitals are statuses (statuses.ts), not settings.
 */
export function identifiersOf(text: string): string[] {
  const found = text.match(/(?<![A-Za-z0-9_])(?:[a-z][a-z0-9]*(?:[A-Z][a-z0-9]+)+|[a-z][a-z0-9]*(?:_[a-z0-9]+)+)(?![A-Za-z0-9_])/g) ?? [];
  return [...new Set(found.filter((word) => word.length >= 8).map((word) => word.toLowerCase()))];
}

/** Whether a message (its lower-case skeleton) holds an identifier as a whole word (`_` joins words). */
export function namesIdentifier(skeleton: string, identifier: string): boolean {
  return wholeWordIn(skeleton, identifier, /[a-z0-9_]/);
}
