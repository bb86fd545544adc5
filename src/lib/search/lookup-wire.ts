/**
 * The lookup file's entries as they travel: grouped by catalog, and within a catalog by the part of the
 * code before its dot (`FailedOperation`, `ResourceNotFound`), so the 382 SCF API codes do not each
 * repeat their catalog, their prefix and the keys of an object. About 1.3 KB gzip less in each
 * language's `/{lang}/lookup.json`, which every search fetches first; every reader unpacks it into the
 * same `LookupEntry[]` the build started from (`fromWire` in lookup.ts).
 */
import type { CatalogId } from '../model/vocabulary.ts';
import type { LookupData, LookupEntry } from './lookup.ts';

/** What an entry carries besides its code, catalog and title (absent keys stay absent). */
type EntryExtra = Pick<LookupEntry, 'name' | 'olderNames' | 'seenAs'>;

/** One code: the part after the prefix's dot (the whole code without a prefix), its title, and the rest. */
type PackedRow = [rest: string, title: string] | [rest: string, title: string, extra: EntryExtra];

/** Runs of codes in entry order: each catalog's runs of one prefix (`''` for codes without a dot). */
export type PackedEntries = Array<[catalog: CatalogId, runs: Array<[prefix: string, rows: PackedRow[]]>]>;

/** The lookup file as it ships: `codes` in place of `entries`. */
export type WireLookup = Omit<LookupData, 'entries'> & { codes: PackedEntries };

/** The prefix of a dotted API code (`ResourceNotFound`), or `''`. */
function prefixOf(code: string): string {
  const dot = code.indexOf('.');
  return dot > 0 ? code.slice(0, dot) : '';
}

/**
 * Packs entries in their order: a new catalog or prefix run starts wherever the previous entry's
 * differs, so unpacking gives the same order (which the lookup's ties follow); tests/unit/lookup-wire.test.ts
 * checks the site's own entries make the trip unchanged.
 */
export function packEntries(entries: readonly LookupEntry[]): PackedEntries {
  const packed: PackedEntries = [];
  for (const { code, catalog, title, ...extra } of entries) {
    const prefix = prefixOf(code);
    const rest = prefix ? code.slice(prefix.length + 1) : code;
    const row: PackedRow = Object.keys(extra).length > 0 ? [rest, title, extra] : [rest, title];
    let group = packed.at(-1);
    if (!group || group[0] !== catalog) packed.push((group = [catalog, []]));
    const run = group[1].at(-1);
    if (run && run[0] === prefix) run[1].push(row);
    else group[1].push([prefix, [row]]);
  }
  return packed;
}

/** The entries of a packed list, in order, as `LookupEntry` objects (keys in the lookup's own order). */
export function unpackEntries(packed: PackedEntries): LookupEntry[] {
  return packed.flatMap(([catalog, runs]) =>
    runs.flatMap(([prefix, rows]) => rows.map(([rest, title, extra]) => ({ code: prefix ? `${prefix}.${rest}` : rest, catalog, ...extra, title }))),
  );
}

/** The lookup file as the site ships it, from the data the build assembled. */
export function toWire({ entries, ...rest }: LookupData): WireLookup {
  return { ...rest, codes: packEntries(entries) };
}
