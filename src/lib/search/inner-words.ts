/**
 * The inner error of an envelope told in words the data has no message for (`{"code":
 * "FUNCTIONS_EXECUTE_FAIL","message":"进程在完成请求前退出"}`, `errMsg: Response size exceeds maximum
 * response 1MB limit`). The envelope says an invocation failed, so the invocation statuses are the
 * candidates: the one whose title and recorded messages share the most telling words with the inner
 * error is a better first guess than the wrapper's generic meaning, which stands for an inner error
 * that is missing.
 */
import { stemsOf } from './recall.ts';

/** What the guess reads of a code: its id, title, name and recorded messages. */
export interface WordsEntry {
  code: string;
  title: string;
  name?: string;
  seenAs?: ReadonlyArray<{ text: string }>;
}

/** The guess and the words it shares with the inner error. */
export interface InnerGuess {
  code: string;
  shared: string[];
}

/** Telling words an inner error must share with a code: one shared word is a coincidence. */
const MIN_SHARED = 2;
/** How much more the best code must score than the next, so that a tie names neither. */
const MARGIN = 1.2;
/**
 * Words every invocation status uses; they tell none apart. So do a wrapper's own field names (the stems
 * of `errCode`, `errMsg`), which a nested envelope's inner error still carries (`errCode: -1 unknown error
 * | errMsg: parameter should be string…`) and a seen-as envelope of one status holds too.
 */
const COMMON = new Set(['function', 'error', 'fail', 'failed', 'the', 'and', 'for', 'not', 'was', 'has', 'are', 'with', 'when', 'this', 'that', 'code', 'message', 'errcod', 'errmsg']);

/** The telling words of a text: Latin stems of three letters or more, and pairs of Chinese characters. */
function wordsOf(text: string): Set<string> {
  const words = new Set(stemsOf(text).filter((stem) => stem.length >= 3 && !COMMON.has(stem) && !/\d/.test(stem)));
  for (const run of text.match(/[\u3400-\u9fff]+/g) ?? []) {
    for (let at = 0; at + 1 < run.length; at++) words.add(run.slice(at, at + 2));
  }
  return words;
}

/**
 * Builds the guess over a catalog's entries once: each entry's words, and how rare each word is
 * among them (a word in every title tells nothing).
 */
export function createInnerGuess(entries: readonly WordsEntry[]): (inner: string) => InnerGuess | undefined {
  const documents = entries.map((entry) => ({
    code: entry.code,
    words: wordsOf([entry.title, entry.name ?? '', ...(entry.seenAs ?? []).map((seen) => seen.text)].join(' \n ')),
  }));
  const count = new Map<string, number>();
  for (const { words } of documents) for (const word of words) count.set(word, (count.get(word) ?? 0) + 1);
  const weight = (word: string) => Math.log(1 + documents.length / (count.get(word) ?? documents.length));
  return (inner) => {
    const asked = wordsOf(inner);
    if (asked.size === 0) return undefined;
    const scored = documents
      .map(({ code, words }) => {
        const shared = [...asked].filter((word) => words.has(word));
        return { code, shared, score: shared.reduce((sum, word) => sum + weight(word), 0) };
      })
      .filter(({ shared }) => shared.length >= MIN_SHARED)
      .sort((a, b) => b.score - a.score);
    const [best, next] = scored;
    if (!best || (next && best.score < next.score * MARGIN)) return undefined;
    return { code: best.code, shared: best.shared };
  };
}
