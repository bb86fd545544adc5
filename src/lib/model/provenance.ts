/**
 * Provenance derived from the facts: which source documents list a code, which do not, and the
 * differences between editions across the whole catalog. The code pages and `/{lang}/sources/`
 * both read it from here, so the sources page is generated from the same facts, never written twice.
 */
import type { CodeEntry } from './catalog.ts';
import { SOURCE_CATALOGS, SOURCE_IDS, SOURCE_IS_CURRENT, type SourceId } from './vocabulary.ts';
import type { Change, Ref } from './schema.ts';

/** The platform's documents that do not list this code, in SOURCE_IDS order. */
export function sourcesNotListing(entry: CodeEntry): SourceId[] {
  return SOURCE_IDS.filter((id) => SOURCE_CATALOGS[id].includes(entry.facts.catalog) && !entry.facts.editions.includes(id));
}

/** The documents that list this code, in SOURCE_IDS order (not the order the data happens to use). */
export function sourcesListing(entry: CodeEntry): SourceId[] {
  return SOURCE_IDS.filter((id) => entry.facts.editions.includes(id));
}

/** How many codes each document lists. */
export function codeCountBySource(codes: readonly CodeEntry[]): Record<SourceId, number> {
  const counts = Object.fromEntries(SOURCE_IDS.map((id) => [id, 0])) as Record<SourceId, number>;
  for (const entry of codes) for (const id of entry.facts.editions) counts[id] += 1;
  return counts;
}

/** A change with the code it belongs to. */
export interface CodeChange extends Change {
  entry: CodeEntry;
}

/** Every recorded change, code by code in catalog order. */
export function allChanges(codes: readonly CodeEntry[]): CodeChange[] {
  return codes.flatMap((entry) => entry.facts.changes.map((change) => ({ ...change, entry })));
}

/**
 * Codes of platforms that have older editions, split by where they appear: only in older
 * editions (legacy), only in current ones (added since), or in some older ones but not all.
 */
export function editionCoverage(codes: readonly CodeEntry[]): { onlyOlder: CodeEntry[]; onlyCurrent: CodeEntry[] } {
  const catalogsWithOlder = new Set(SOURCE_IDS.filter((id) => !SOURCE_IS_CURRENT[id]).flatMap((id) => SOURCE_CATALOGS[id]));
  const versioned = codes.filter((entry) => catalogsWithOlder.has(entry.facts.catalog));
  return {
    onlyOlder: versioned.filter((entry) => entry.facts.editions.every((id) => !SOURCE_IS_CURRENT[id])),
    onlyCurrent: versioned.filter((entry) => entry.facts.editions.every((id) => SOURCE_IS_CURRENT[id])),
  };
}

/** A public source with the code it supports. */
export interface CodeRef extends Ref {
  entry: CodeEntry;
}

/** Every public source beyond the five documents, code by code in catalog order. */
export function allRefs(codes: readonly CodeEntry[]): CodeRef[] {
  return codes.flatMap((entry) => entry.facts.refs.map((ref) => ({ ...ref, entry })));
}

/** A short label for a repository file URL (`openyuanrong/runtime: api/python/yr/apis.py`); other URLs stay as they are. */
export function refLabel(url: string): string {
  const match = /^https:\/\/github\.com\/([^/]+\/[^/]+)\/blob\/[0-9a-f]+\/(.+)$/.exec(url);
  return match ? `${match[1]}: ${match[2]}` : url;
}
