/**
 * Exact lookup: answers codes, status names (any case or spacing), older names and REST messages
 * at once, and finds the code inside a pasted response or log line. Pagefind handles words; this
 * handles identifiers, which Pagefind matches only by prefix and knows nothing of the old names.
 * Shared by the build (which writes the data file) and the browser (which queries it).
 */
import type { CatalogId } from './catalogs.ts';

/** One code as the lookup sees it. */
export interface LookupEntry {
  code: string;
  catalog: CatalogId;
  /** Exact platform name or REST message. */
  name?: string;
  olderNames: string[];
  /** Full messages; `xxx` marks a variable part. */
  messages: string[];
  /** Short title in the page's language. */
  title: string;
}

/** The per-language data file: catalog labels and entries. */
export interface LookupData {
  catalogs: Record<CatalogId, string>;
  entries: LookupEntry[];
}

/** Why a code matched, strongest first. */
export type LookupReason = 'code' | 'name' | 'older-name' | 'in-text' | 'code-prefix';

/** A matched code and why it matched. */
export interface LookupHit {
  entry: LookupEntry;
  reason: LookupReason;
}

/** Names shorter than this are too common to be spotted inside pasted text (`Success`). */
const MIN_IN_TEXT_NAME = 8;
/** How many codes a number prefix lists. */
const MAX_PREFIX_HITS = 8;
/** Text before a bare number that makes it a port, not a code (`port 9000`, `端口 9000`). */
const PORT_BEFORE = /(?:port|端口)\s*[:=]?\s*$/i;
/** Text after a bare number that makes it a quantity, not a code (`128 MB`, `3 seconds`). */
const UNIT_AFTER = /^\s*(?:[kmgt]i?b\b|ms\b|s\b|secs?\b|seconds?\b|minutes?\b|%|秒|分钟)/i;

/** Lower-cases and drops everything but letters, digits and CJK, so `Handler Not Found` = `handlernotfound`. */
export function normalizeName(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9\u3400-\u9fff]+/g, '');
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A message like `Function [ xxx ] concurrency exceeded reserved quota xxx MB` as a tolerant pattern. */
function messagePattern(message: string): RegExp {
  const parts = message.split(/xxx/i).map((part) => escapeRegExp(part.trim()).replace(/\s+/g, '\\s*'));
  return new RegExp(parts.join('\\s*.+?\\s*'), 'i');
}

/** Builds a query function over the lookup data; all indexes are made once. */
export function createLookup(data: LookupData): (query: string) => LookupHit[] {
  const byCode = new Map(data.entries.map((entry) => [entry.code, entry]));
  const byName = new Map<string, LookupHit[]>();
  const addName = (name: string, hit: LookupHit) => {
    const key = normalizeName(name);
    if (key) byName.set(key, [...(byName.get(key) ?? []), hit]);
  };
  const inText: Array<{ entry: LookupEntry; pattern: RegExp; weight: number }> = [];
  for (const entry of data.entries) {
    if (entry.name) addName(entry.name, { entry, reason: 'name' });
    for (const older of entry.olderNames) addName(older, { entry, reason: 'older-name' });
    for (const message of entry.messages) inText.push({ entry, pattern: messagePattern(message), weight: 1000 + message.length });
    for (const name of [entry.name, ...entry.olderNames]) {
      if (name && normalizeName(name).length >= MIN_IN_TEXT_NAME) {
        const pattern = new RegExp(`(^|[^A-Za-z0-9])${escapeRegExp(name).replace(/\s+/g, '\\s+')}($|[^A-Za-z0-9])`, 'i');
        inText.push({ entry, pattern, weight: name.length });
      }
    }
  }
  const codesInOrder = [...byCode.keys()];

  return (query: string): LookupHit[] => {
    const text = query.trim();
    if (!text) return [];
    if (/^\d+$/.test(text)) {
      const exact = byCode.get(text);
      const prefixed = codesInOrder
        .filter((code) => code !== text && code.startsWith(text))
        .slice(0, MAX_PREFIX_HITS)
        .map((code): LookupHit => ({ entry: byCode.get(code)!, reason: 'code-prefix' }));
      return exact ? [{ entry: exact, reason: 'code' }, ...prefixed] : prefixed;
    }
    const named = byName.get(normalizeName(text));
    if (named) return named;
    return findInText(text);
  };

  /** Codes mentioned in a pasted response or log line: explicit code fields, messages, names, bare numbers. */
  function findInText(text: string): LookupHit[] {
    const found = new Map<string, number>();
    const note = (code: string, score: number) => {
      if (byCode.has(code) && score > (found.get(code) ?? -1)) found.set(code, score);
    };
    for (const match of text.matchAll(/(?:err(?:or)?_?code|status_?code|code|status)["'\s]*[:=]\s*["']?(\d{3,6})\b/gi)) {
      note(match[1]!, 10_000);
    }
    for (const { entry, pattern, weight } of inText) if (pattern.test(text)) note(entry.code, weight);
    for (const match of text.matchAll(/(?<![\d.])(\d{3,6})(?![\d.])/g)) {
      const before = text.slice(0, match.index);
      const after = text.slice(match.index + match[0].length);
      if (!PORT_BEFORE.test(before) && !UNIT_AFTER.test(after)) note(match[1]!, 1);
    }
    return [...found]
      .sort((a, b) => b[1] - a[1])
      .map(([code]) => ({ entry: byCode.get(code)!, reason: 'in-text' as const }));
  }
}
