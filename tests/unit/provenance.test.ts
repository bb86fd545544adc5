/** Provenance derived from the facts: listing and missing documents, edition coverage, changes, refs. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { buildCatalog } from '../../src/lib/model/catalog.ts';
import { allChanges, allRefs, codeCountBySource, editionCoverage, refLabel, sourcesListing, sourcesNotListing } from '../../src/lib/model/provenance.ts';
import { codeFactsSchema } from '../../src/lib/model/schema.ts';

const entry = (code: string, facts: Record<string, unknown>) => ({ code, facts: codeFactsSchema.parse({ retry: 'no', checked: { date: '2026-12-01', against: ['scf-en-current'], review: 'fixture.md' }, ...facts }) });
const change = { kind: 'renamed', from: 'scf-zh-older', to: 'scf-zh-current', text: { en: 'Renamed.', zh: '名称有变化。' } };
const ref = { url: 'https://github.com/openyuanrong/runtime/blob/96152fe84c6814540bbea9958cd34813bcb046ad/api/python/yr/apis.py', about: { en: 'Finalize.', zh: '关闭 SDK。' } };
const { codes } = buildCatalog([
  entry('430', { catalog: 'scf', group: 'scf-user-code', name: 'User code exception caught', editions: ['scf-zh-older', 'scf-en-current', 'scf-zh-current'], changes: [change] }),
  entry('440', { catalog: 'scf', group: 'scf-capacity', name: 'BorrowContainerDegrade', legacy: true, editions: ['scf-en-older'] }),
  entry('499', { catalog: 'scf', group: 'scf-request', name: 'RequestCanceled', editions: ['scf-en-current', 'scf-zh-current'] }),
  entry('9000', { catalog: 'yr-sdk', group: 'sdk-lifecycle', editions: ['yr-reference'], refs: [ref] }),
]);
const byCode = (code: string) => codes.find((c) => c.code === code)!;

test('listing documents come in source order; missing ones are the platform’s other documents only', () => {
  assert.deepEqual(sourcesListing(byCode('430')), ['scf-en-current', 'scf-zh-current', 'scf-zh-older']);
  assert.deepEqual(sourcesNotListing(byCode('430')), ['scf-en-older']);
  assert.deepEqual(sourcesNotListing(byCode('9000')), []);
});

test('each document counts the codes that list it', () => {
  const counts = codeCountBySource(codes);
  assert.equal(counts['scf-en-current'], 2);
  assert.equal(counts['scf-en-older'], 1);
  assert.equal(counts['yr-reference'], 1);
});

test('codes only in older or only in current editions are found; a platform with one document has neither', () => {
  const { onlyOlder, onlyCurrent } = editionCoverage(codes);
  assert.deepEqual(onlyOlder.map((c) => c.code), ['440']);
  assert.deepEqual(onlyCurrent.map((c) => c.code), ['499']);
});

test('changes and public sources keep the code they belong to', () => {
  assert.deepEqual(allChanges(codes).map((c) => [c.entry.code, c.kind]), [['430', 'renamed']]);
  assert.deepEqual(allRefs(codes).map((r) => r.entry.code), ['9000']);
});

test('a repository file link is labelled by repository and path', () => {
  assert.equal(refLabel(ref.url), 'openyuanrong/runtime: api/python/yr/apis.py');
  assert.equal(refLabel('https://example.org/doc'), 'https://example.org/doc');
});
