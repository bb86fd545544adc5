/**
 * The catalog as the pages see it: codes in order, grouped, with neighbours and related codes.
 * Everything is computed once per build in linear time (maps, one sort), so adding codes adds work
 * per code, never per pair of codes.
 */
import { CATALOG_IDS, CATALOG_PLATFORM, GROUPS_BY_CATALOG, type CatalogId, type GroupId } from './vocabulary.ts';
import type { CodeFacts } from './schema.ts';
import { compareCodes } from './codes.ts';

/** One code with its language-neutral facts. */
export interface CodeEntry {
  code: string;
  facts: CodeFacts;
}

/** Codes of one group, in code order. */
export interface GroupSection {
  group: GroupId;
  codes: CodeEntry[];
}

/** The whole catalog, ready for pages. */
export interface Catalog {
  /** Every code, by catalog (in CATALOG_IDS order) then in code order. */
  codes: CodeEntry[];
  get(code: string): CodeEntry | undefined;
  /** Previous and next code in the same catalog. */
  neighbours(code: string): { prev?: CodeEntry; next?: CodeEntry };
  /** Related codes: declared on either side, in code order. */
  related(code: string): CodeEntry[];
  /** The groups of one catalog that have codes, in display order. */
  sections(catalog: CatalogId): GroupSection[];
  /** Where a code stands in its group's section (-1 for an unknown code). */
  indexInGroup(code: string): number;
}

/** Builds the catalog model from facts entries (code → facts). */
export function buildCatalog(entries: ReadonlyArray<CodeEntry>): Catalog {
  const catalogOrder = new Map(CATALOG_IDS.map((id, index) => [id, index]));
  const codes = [...entries].sort(
    (a, b) => catalogOrder.get(a.facts.catalog)! - catalogOrder.get(b.facts.catalog)! || compareCodes(a.code, b.code),
  );
  const byCode = new Map(codes.map((entry) => [entry.code, entry]));
  const position = new Map(codes.map((entry, index) => [entry.code, index]));

  const relatedSets = new Map<string, Set<string>>(codes.map((entry) => [entry.code, new Set<string>()]));
  for (const entry of codes) {
    for (const other of entry.facts.related.map(String)) {
      if (!byCode.has(other)) continue;
      relatedSets.get(entry.code)!.add(other);
      relatedSets.get(other)!.add(entry.code);
    }
  }

  const sectionsByCatalog = new Map<CatalogId, GroupSection[]>();
  const groupPosition = new Map<string, number>();
  for (const catalog of CATALOG_IDS) {
    const byGroup = new Map<string, CodeEntry[]>(GROUPS_BY_CATALOG[catalog].map((group) => [group, []]));
    for (const entry of codes) {
      if (entry.facts.catalog !== catalog) continue;
      const list = byGroup.get(entry.facts.group);
      if (!list) continue;
      groupPosition.set(entry.code, list.length);
      list.push(entry);
    }
    sectionsByCatalog.set(
      catalog,
      [...byGroup].filter(([, list]) => list.length > 0).map(([group, list]) => ({ group: group as GroupId, codes: list })),
    );
  }

  return {
    codes,
    get: (code) => byCode.get(code),
    neighbours(code) {
      const index = position.get(code);
      if (index === undefined) return {};
      const catalog = codes[index]!.facts.catalog;
      const prev = codes[index - 1];
      const next = codes[index + 1];
      return {
        prev: prev?.facts.catalog === catalog ? prev : undefined,
        next: next?.facts.catalog === catalog ? next : undefined,
      };
    },
    related(code) {
      return [...(relatedSets.get(code) ?? [])].sort(compareCodes).map((c) => byCode.get(c)!);
    },
    sections: (catalog) => sectionsByCatalog.get(catalog) ?? [],
    indexInGroup: (code) => groupPosition.get(code) ?? -1,
  };
}

/** Whether two codes belong to different platforms (such links get a visible note). */
export function crossesPlatform(a: CodeEntry, b: CodeEntry): boolean {
  return CATALOG_PLATFORM[a.facts.catalog] !== CATALOG_PLATFORM[b.facts.catalog];
}

/** The identifier a reader sees: `437 HandlerNotFound`, or just `4008` for unnamed SDK codes. */
export function displayName(entry: { code: string; facts: { name?: string } }): string {
  return entry.facts.name ? `${entry.code} ${entry.facts.name}` : entry.code;
}
