/** Exact lookup: codes, names in any case or spacing, older names, messages and pasted errors. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createLookup, normalizeName, type LookupData } from '../../src/lib/lookup.ts';

const data: LookupData = {
  catalogs: { scf: 'Tencent Cloud SCF', 'yr-sdk': 'openYuanrong SDK', 'yr-rest': 'openYuanrong REST API' },
  entries: [
    { code: '200', catalog: 'scf', name: 'Success', olderNames: [], messages: [], title: 'Success' },
    { code: '430', catalog: 'scf', name: 'User code exception caught', olderNames: ['UserFunctionExecError'], messages: [], title: 'Code error' },
    { code: '432', catalog: 'scf', name: 'ResourceLimitReached', olderNames: [], messages: ['Function [ xxx ] concurrency exceeded reserved quota xxx MB'], title: 'Concurrency' },
    { code: '433', catalog: 'scf', name: 'TimeLimitReached', olderNames: [], messages: [], title: 'Timeout' },
    { code: '435', catalog: 'scf', name: 'FunctionNotFound', olderNames: [], messages: [], title: 'No function' },
    { code: '437', catalog: 'scf', name: 'HandlerNotFound', olderNames: [], messages: [], title: 'Handler not found' },
    { code: '4008', catalog: 'yr-sdk', olderNames: [], messages: [], title: 'Invoke failed' },
    { code: '4101', catalog: 'yr-rest', name: 'FunctionNameExist', olderNames: [], messages: [], title: 'Name taken' },
    { code: '4115', catalog: 'yr-rest', name: 'FunctionNotFound', olderNames: [], messages: [], title: 'No function' },
  ],
};
const lookup = createLookup(data);
const top = (query: string) => lookup(query)[0]?.entry.code;

test('normalizeName ignores case, spaces and punctuation', () => {
  assert.equal(normalizeName('Handler Not-Found'), 'handlernotfound');
});

test('a code number finds that code first, then codes that start with it', () => {
  assert.deepEqual(lookup('437').map((hit) => [hit.entry.code, hit.reason]), [['437', 'code']]);
  assert.deepEqual(lookup('43').map((hit) => hit.entry.code), ['430', '432', '433', '435', '437']);
});

test('names match in any case or spacing, older names too', () => {
  assert.equal(top('handlernotfound'), '437');
  assert.equal(top('Handler Not Found'), '437');
  assert.equal(top('userfunctionexecerror'), '430');
  assert.equal(lookup('UserFunctionExecError')[0]?.reason, 'older-name');
  assert.equal(top('FunctionNameExist'), '4101');
});

test('a name shared by two catalogs returns both, in catalog order', () => {
  assert.deepEqual(lookup('FunctionNotFound').map((hit) => hit.entry.code), ['435', '4115']);
});

test('pasted errors: JSON code fields, ErrCode lines, messages and names inside text', () => {
  assert.equal(top('{"errorCode":433,"errorMessage":"Invoking task timed out after 3 seconds"}'), '433');
  assert.equal(top('Function [ demo ] concurrency exceeded reserved quota 128 MB'), '432');
  assert.equal(top('ErrCode: 4008, ErrMsg: invoke failed'), '4008');
  assert.equal(top('2024-05-01 ERROR HandlerNotFound: cannot load index.main_handler'), '437');
});

test('short common words are not mistaken for names inside text, and noise finds nothing', () => {
  assert.deepEqual(lookup('the request was a success'), []);
  assert.deepEqual(lookup('   '), []);
  assert.deepEqual(lookup('timeout'), []);
});

test('a port or a quantity in the text is not taken for a code', () => {
  assert.equal(top('listen on port 4008'), undefined);
  assert.equal(top('端口 4008'), undefined);
  assert.equal(top('quota 4008 MB used'), undefined);
  assert.equal(top('stopped after 4008 ms'), undefined);
  assert.equal(top('worker 4008 crashed'), '4008');
});

test('a missing code gets the nearest codes by number, a mistyped name the closest names', async () => {
  const { suggestCodes } = await import('../../src/lib/suggest.ts');
  assert.deepEqual(suggestCodes(data.entries, '436').slice(0, 3).map((e) => e.code), ['435', '437', '433']);
  assert.equal(suggestCodes(data.entries, '9999')[0]?.code, '4115');
  assert.equal(suggestCodes(data.entries, 'HandlerNotFund')[0]?.code, '437');
  assert.equal(suggestCodes(data.entries, 'user-function-exec-eror')[0]?.code, '430');
});
