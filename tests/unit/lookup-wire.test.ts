/**
 * The lookup file's packed entries (src/lib/search/lookup-wire.ts): every reader gets back exactly the
 * entries the build assembled, in their order, and the packed file is smaller than the plain one, which
 * is why it exists.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { gzipSync } from 'node:zlib';
import { packEntries, toWire, unpackEntries } from '../../src/lib/search/lookup-wire.ts';
import { fromWire, type LookupEntry } from '../../src/lib/search/lookup.ts';
import { contentLookupData } from './content-lookup.ts';

test('packed entries unpack to the same entries, in order, with their names, older names and seen-as messages', () => {
  const entries: LookupEntry[] = [
    { code: '433', catalog: 'scf', name: 'TimeLimitReached', seenAs: [{ text: 'Invoking task timed out after {seconds} seconds', by: 'scf-runtime' }], title: 'Timed out' },
    { code: 'FailedOperation.CreateTrigger', catalog: 'scf-api', title: 'Trigger creation failed' },
    { code: 'FailedOperation.UpdateFunctionCode', catalog: 'scf-api', title: 'Code update failed' },
    { code: 'ResourceNotFound.Function', catalog: 'scf-api', olderNames: ['ResourceNotFound.FunctionName'], title: 'Function not found' },
    { code: 'ActionOffline', catalog: 'scf-api', title: 'Action offline' },
    { code: '1001', catalog: 'yr-sdk', title: 'Bad parameter' },
    // A catalog met again after another one keeps its place in the order.
    { code: '434', catalog: 'scf', title: 'Out of memory' },
  ];
  const packed = packEntries(entries);
  assert.deepEqual(unpackEntries(packed), entries);
  assert.equal(JSON.stringify(unpackEntries(packed)), JSON.stringify(entries), 'keys keep their order');
  // The API codes share their prefix once: `FailedOperation` is written once for its two codes.
  assert.equal(JSON.stringify(packed).match(/FailedOperation/g)?.length, 1);
});

for (const lang of ['en', 'zh'] as const) {
  test(`${lang}: the site's lookup data survives the trip and travels smaller`, () => {
    const data = contentLookupData(lang);
    const wire = toWire(data);
    assert.ok(!('entries' in wire), 'the file ships `codes`, not `entries`');
    assert.deepEqual(fromWire(wire), data);
    // A file that still has `entries` (an older build's, or a test's) is read as it is.
    assert.deepEqual(fromWire(data), data);
    const size = (value: unknown) => gzipSync(JSON.stringify(value)).length;
    assert.ok(size(wire) < size(data) - 1000, `packed ${size(wire)} B gzip, plain ${size(data)} B`);
  });
}
