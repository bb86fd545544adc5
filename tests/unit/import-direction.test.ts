/**
 * Imports run one way (docs/architecture.md, "Who may import what"): pages → components → lib,
 * browser scripts → lib, and inside `src/lib/` from the folders that use a concern to the folder
 * that owns it. A file that imports against that direction fails here with both paths named.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import test from 'node:test';


/** The layers, and what each may import besides itself (the table in docs/architecture.md). */
const MAY_IMPORT = {
  'lib/model': [],
  'lib/content': ['lib/model', 'lib/search'],
  'lib/search': ['lib/model'],
  'lib/site': ['lib/model'],
  'lib/render': ['lib/model', 'lib/content', 'lib/search', 'lib/site', 'i18n'],
  'lib/api': ['lib/model', 'lib/content', 'lib/search', 'lib/site', 'lib/render'],
  i18n: ['lib/model', 'lib/search'],
  scripts: ['lib/model', 'lib/search', 'lib/site', 'lib/render', 'i18n'],
  data: ['lib/model', 'lib/content', 'lib/search', 'lib/site', 'lib/render', 'lib/api', 'i18n'],
  components: ['lib/model', 'lib/content', 'lib/search', 'lib/site', 'lib/render', 'lib/api', 'i18n', 'data', 'scripts', 'styles', 'assets'],
  layouts: ['lib/model', 'lib/search', 'lib/site', 'lib/render', 'i18n', 'data', 'components', 'scripts', 'styles', 'assets'],
  pages: ['lib/model', 'lib/content', 'lib/search', 'lib/site', 'lib/render', 'lib/api', 'i18n', 'data', 'components', 'layouts', 'scripts', 'styles', 'assets'],
  config: ['lib/model', 'lib/content', 'lib/render', 'data'],
  styles: [],
  assets: [],
} as const satisfies Record<string, readonly string[]>;

type Layer = keyof typeof MAY_IMPORT;

/** The layer a file under src/ belongs to, or undefined for a file outside every layer. */
function layerOf(file: string): Layer | undefined {
  if (file === 'src/content.config.ts') return 'config';
  const match = /^src\/(lib\/[a-z]+|i18n|scripts|data|components|layouts|pages|styles|assets)\//.exec(file);
  return match && match[1]! in MAY_IMPORT ? (match[1] as Layer) : undefined;
}

/** What is wrong with one file's imports (paths relative to the project root). */
function importViolations(file: string, targets: readonly string[]): string[] {
  const from = layerOf(file);
  if (!from) return [];
  const allowed: readonly string[] = MAY_IMPORT[from];
  return targets.flatMap((target) => {
    const to = layerOf(target);
    if (!target.startsWith('src/') || to === from || (to && allowed.includes(to))) return [];
    return [`${file} imports ${target}: ${from} may import ${[...allowed, from].join(', ')} only`];
  });
}

const root = resolve(import.meta.dirname, '../..');

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesUnder(join(dir, entry.name)) : /\.(ts|mjs|astro)$/.test(entry.name) ? [join(dir, entry.name)] : [],
  );
}

test('every file under src/ belongs to a layer', () => {
  const unplaced = filesUnder(join(root, 'src'))
    .map((file) => relative(root, file))
    .filter((file) => layerOf(file) === undefined);
  assert.deepEqual(unplaced, []);
});

test('no file imports against the layer direction', () => {
  const found = filesUnder(join(root, 'src')).flatMap((file) => {
    const text = readFileSync(file, 'utf8');
    const specifiers = [...text.matchAll(/(?:from|import)\s*\(?\s*['"](\.\.?\/[^'"]+)['"]/g)].map((match) => match[1]!);
    return importViolations(
      relative(root, file),
      specifiers.map((specifier) => relative(root, resolve(dirname(file), specifier))),
    );
  });
  assert.deepEqual(found, []);
});

test('the rule catches an arrow from the library into the browser scripts', () => {
  const violations = importViolations('src/lib/search/lookup.ts', ['src/scripts/search/strings.ts', 'src/lib/model/vocabulary.ts']);
  assert.deepEqual(violations, ['src/lib/search/lookup.ts imports src/scripts/search/strings.ts: lib/search may import lib/model, lib/search only']);
  assert.equal(layerOf('src/lib/render/content-components.ts'), 'lib/render');
  assert.equal(layerOf('src/lib/loose.ts'), undefined);
});
