/**
 * Suggestions for a code that does not exist (the 404 page): the nearest codes by number for a
 * number, the closest names by edit distance for a word.
 */
import { normalizeName, type LookupEntry } from './lookup.ts';

const SUGGESTIONS = 5;

/** Levenshtein distance, two rows at a time. */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length]!;
}

/** The codes to offer for a missing `segment` of `/codes/{segment}/`, best first. */
export function suggestCodes(entries: readonly LookupEntry[], segment: string): LookupEntry[] {
  const wanted = segment.trim();
  if (/^\d+$/.test(wanted)) {
    const target = Number(wanted);
    return entries
      .filter((entry) => /^\d+$/.test(entry.code))
      .sort((a, b) => Math.abs(Number(a.code) - target) - Math.abs(Number(b.code) - target) || Number(a.code) - Number(b.code))
      .slice(0, SUGGESTIONS);
  }
  const key = normalizeName(wanted);
  if (!key) return [];
  const scored = entries.flatMap((entry) =>
    // A dotted API code is its own name (`ResourceNotFound.Function`).
    [/^\d+$/.test(entry.code) ? undefined : entry.code, entry.name, ...(entry.olderNames ?? []), entry.title]
      .filter((name): name is string => Boolean(name))
      .map((name) => ({ entry, distance: editDistance(key, normalizeName(name)) })),
  );
  const best = new Map<string, { entry: LookupEntry; distance: number }>();
  for (const item of scored.sort((a, b) => a.distance - b.distance)) if (!best.has(item.entry.code)) best.set(item.entry.code, item);
  return [...best.values()].slice(0, SUGGESTIONS).map((item) => item.entry);
}
