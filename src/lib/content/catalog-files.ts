/**
 * Reads the catalog data files (`content/catalogs/{catalog}.yaml`, each a map keyed by code). The
 * catalog of a code is the file it is in, so one code claimed by two catalogs is two files naming
 * the same key: that is reported with both files named, never silently merged.
 */
import { isMap, isScalar, LineCounter, parseDocument, visit } from 'yaml';
import type { Problem } from './rules.ts';

/** A catalog file's path (relative to the project root) and text. */
export interface CatalogFile {
  file: string;
  text: string;
}

/** A raw facts entry: the code, the file it came from and its data with `catalog` filled in. */
export interface RawFacts {
  code: string;
  file: string;
  data: Record<string, unknown>;
}

/**
 * YAML to plain data, with duplicate keys still an error but found in linear time: the yaml
 * package compares each key with every earlier key of its map, which costs the square of a catalog
 * of thousands of codes (about 2 s per parse at 10,000).
 */
export function parseYamlLinear(text: string): unknown {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { uniqueKeys: false, lineCounter });
  if (doc.errors.length > 0) throw doc.errors[0];
  visit(doc, {
    Map(_, map) {
      if (!isMap(map)) return;
      const seen = new Set<unknown>();
      for (const { key } of map.items) {
        const value = isScalar(key) ? key.value : key;
        if (seen.has(value)) {
          const { line, col } = lineCounter.linePos(isScalar(key) ? key.range?.[0] ?? 0 : 0);
          throw new Error(`Map keys must be unique: "${String(value)}" is repeated at line ${line}, column ${col}`);
        }
        seen.add(value);
      }
    },
  });
  return doc.toJS();
}

/** Parses catalog files into raw entries, reporting YAML errors and codes claimed twice. */
export function parseCatalogFiles(files: readonly CatalogFile[]): { entries: RawFacts[]; problems: Problem[] } {
  const entries: RawFacts[] = [];
  const problems: Problem[] = [];
  const owner = new Map<string, string>();
  for (const { file, text } of files) {
    const catalog = /([^/\\]+)\.ya?ml$/.exec(file)?.[1] ?? file;
    let parsed: unknown;
    try {
      parsed = parseYamlLinear(text);
    } catch (error) {
      problems.push({ file, field: 'yaml', message: (error as Error).message.split('\n')[0]! });
      continue;
    }
    if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
      problems.push({ file, field: 'yaml', message: 'a catalog file must be a map keyed by code' });
      continue;
    }
    for (const [code, value] of Object.entries(parsed)) {
      const previous = owner.get(code);
      if (previous) {
        problems.push({ file, field: `"${code}"`, message: `code ${code} is already claimed by ${previous}` });
        continue;
      }
      owner.set(code, file);
      if (value === null || typeof value !== 'object' || Array.isArray(value)) {
        problems.push({ file, field: `"${code}"`, message: 'each code must map to a set of fields' });
        continue;
      }
      if ('catalog' in value) {
        problems.push({ file, field: `"${code}".catalog`, message: 'the catalog is the file name; remove this field' });
        continue;
      }
      entries.push({ code, file, data: { ...value, catalog } });
    }
  }
  return { entries, problems };
}
