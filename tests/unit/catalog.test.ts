/** The catalog model (order, groups, neighbours inside a catalog, related codes in both directions) and reading catalog files. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { buildCatalog, crossesPlatform, displayName } from '../../src/lib/model/catalog.ts';
import { parseCatalogFiles } from '../../src/lib/content/catalog-files.ts';
import { codeFactsSchema } from '../../src/lib/model/schema.ts';

const entry = (code: string, facts: Record<string, unknown>) => ({ code, facts: codeFactsSchema.parse({ retry: 'no', editions: facts.catalog === 'scf' ? ['scf-en-current'] : ['yr-reference'], checked: { date: '2026-12-01', against: [facts.catalog === 'scf' ? 'scf-en-current' : 'yr-reference'], review: 'fixture.md' }, ...facts }) });
const catalog = buildCatalog([
  entry('4115', { catalog: 'yr-rest', group: 'rest-functions', name: 'FunctionNotFound', related: [435] }),
  entry('450', { catalog: 'scf', group: 'scf-container', name: 'InitContainerTimeout' }),
  entry('433', { catalog: 'scf', group: 'scf-user-code', name: 'TimeLimitReached', related: [450] }),
  entry('435', { catalog: 'scf', group: 'scf-config', name: 'FunctionNotFound' }),
  entry('1001', { catalog: 'yr-sdk', group: 'sdk-scheduling' }),
]);

test('codes are ordered by catalog, then by number', () => {
  assert.deepEqual(catalog.codes.map((c) => c.code), ['433', '435', '450', '1001', '4115']);
});

test('neighbours stay inside the catalog', () => {
  assert.equal(catalog.neighbours('435').prev?.code, '433');
  assert.equal(catalog.neighbours('435').next?.code, '450');
  assert.equal(catalog.neighbours('450').next, undefined);
  assert.equal(catalog.neighbours('1001').prev, undefined);
});

test('related codes show on both sides', () => {
  assert.deepEqual(catalog.related('450').map((c) => c.code), ['433']);
  assert.deepEqual(catalog.related('435').map((c) => c.code), ['4115']);
});

test('sections follow the group order and skip empty groups', () => {
  assert.deepEqual(catalog.sections('scf').map((s) => s.group), ['scf-config', 'scf-user-code', 'scf-container']);
});

test('each code knows its place in its group section', () => {
  for (const section of catalog.sections('scf')) {
    section.codes.forEach((entry, index) => assert.equal(catalog.indexInGroup(entry.code), index));
  }
  assert.equal(catalog.indexInGroup('99999'), -1);
});

test('platform crossings and display names', () => {
  assert.equal(crossesPlatform(catalog.get('435')!, catalog.get('4115')!), true);
  assert.equal(crossesPlatform(catalog.get('1001')!, catalog.get('4115')!), false);
  assert.equal(displayName(catalog.get('433')!), '433 TimeLimitReached');
  assert.equal(displayName(catalog.get('1001')!), '1001');
});

test('catalog files: a code written twice in one file is a YAML error with its line, as is a repeated field', () => {
  const once = parseCatalogFiles([{ file: 'content/catalogs/scf.yaml', text: '"437":\n  group: scf-config\n"437":\n  group: scf-config\n' }]);
  assert.deepEqual(once.problems, [{ file: 'content/catalogs/scf.yaml', field: 'yaml', message: 'Map keys must be unique: "437" is repeated at line 3, column 1' }]);
  const field = parseCatalogFiles([{ file: 'content/catalogs/scf.yaml', text: '"437":\n  group: scf-config\n  group: scf-request\n' }]);
  assert.match(field.problems[0]!.message, /"group" is repeated at line 3/);
  const fine = parseCatalogFiles([{ file: 'content/catalogs/scf.yaml', text: '"437":\n  group: scf-config\n"438":\n  group: scf-config\n' }]);
  assert.deepEqual([fine.problems, fine.entries.map((entry) => entry.code)], [[], ['437', '438']]);
});
