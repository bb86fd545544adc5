/**
 * An envelope's inner error as people paste it: escaped once per level of JSON, quoting its own
 * strings, or told in words the data has no message for.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { unwrapEnvelope } from '../../src/lib/search/envelope.ts';
import { createInnerGuess } from '../../src/lib/search/inner-words.ts';
import { createLookup, type LookupData } from '../../src/lib/search/lookup.ts';
import { unescapePaste } from '../../src/lib/search/message-template.ts';

test('a paste escaped once per level of JSON is read as printed', () => {
  assert.equal(unescapePaste('File \\\\\\"/var/user/index.py\\\\\\", line 17\\\\n'), 'File "/var/user/index.py", line 17\n');
  assert.equal(unescapePaste('in \\u003cmodule\\u003e'), 'in <module>');
  // A plain text keeps its backslashes where nothing is escaped.
  assert.equal(unescapePaste('C:\\Users\\dev'), 'C:\\Users\\dev');
});

test('a JSON message that quotes strings of its own is read to its closing quote, not the first one', () => {
  const trace = unwrapEnvelope('{"code":"FUNCTIONS_EXECUTE_FAIL","message":"File "/var/user/index.py", line 17, in <module>","requestId":"6f1c"}');
  assert.equal(trace?.inner, 'File "/var/user/index.py", line 17, in <module>');
  const question = unwrapEnvelope('{"code":"FUNCTIONS_EXECUTE_FAIL","message":"如何处理报错 "event too large"？"}');
  assert.equal(question?.inner, '如何处理报错 "event too large"？');
});

test('a Mini Program call that failed without a code is the bare API\'s failure, its words the inner error', () => {
  assert.deepEqual(unwrapEnvelope('cloud.callFunction:fail FunctionName parameter could not be found'), {
    markers: ['cloud.callFunction:fail'],
    inner: 'FunctionName parameter could not be found',
  });
  // A wrapper code elsewhere in the text is read by its own rules, not as the bare failure's words.
  assert.equal(unwrapEnvelope('错误：cloud.callFunction:fail ... errCode: -504002 ... handler not found'), undefined);
});

const statuses = [
  { code: '407', title: 'Function response too large', seenAs: [{ text: 'The size of HTTP response body exceeds the upper limit (6MB)' }] },
  { code: '435', title: '找不到函数' },
  { code: '439', title: '用户进程在执行中退出', seenAs: [{ text: 'User process exit when running' }] },
  { code: '433', title: 'Function execution timed out' },
  { code: '434', title: 'Function memory limit exceeded' },
];

test('the inner error is guessed by the telling words it shares with a status, never by one word or a tie', () => {
  const guess = createInnerGuess(statuses);
  assert.equal(guess('Response size exceeds maximum response 1MB limit')?.code, '407');
  assert.equal(guess('进程在完成请求前退出')?.code, '439');
  assert.equal(guess('无法调用广州地域环境的云函数，报找不到云函数')?.code, '435');
  // `function` and `error` are in every status; one telling word is a coincidence.
  assert.equal(guess('function error'), undefined);
  // A nested wrapper's field names are no telling words, though a status's seen-as envelope holds them too.
  const withEnvelope = createInnerGuess([...statuses, { code: '400', title: 'Bad request', seenAs: [{ text: 'errCode: -501000 | errMsg: FunctionName parameter could not be found.' }] }]);
  assert.equal(withEnvelope('errCode: -1 unknown error | errMsg: parameter should be string instead of symbol'), undefined);
  assert.equal(guess('the response was empty'), undefined);
  // The limit exceeded of both the memory and the response: neither is named.
  assert.equal(guess('limit exceeded'), undefined);
});

const data: LookupData = {
  catalogs: { scf: 'SCF', 'scf-api': 'SCF API', 'yr-sdk': 'openYuanrong SDK', 'yr-rest': 'openYuanrong REST API' },
  entries: [
    { code: '430', catalog: 'scf', name: 'UserCodeException', olderNames: [], title: 'Exception thrown in function code', seenAs: [{ text: 'cloud function service error code -504002', by: 'wx-cloud', wraps: true }, { text: '"code":"INVOKE_FUNCTION_FAILED"', by: 'cloudbase', wraps: true }] },
    { code: '407', catalog: 'scf', name: 'ResponseSizeLimitExceeded', olderNames: [], title: 'Function response too large', seenAs: [{ text: 'The size of HTTP response body exceeds the upper limit (6MB)', by: 'wx-cloud' }] },
    { code: '410', catalog: 'scf', name: 'InsufficientBalance', olderNames: [], title: 'Account balance insufficient', seenAs: [{ text: '"errorCode":1,"errorMessage":"Function is Unavailable, AvailableStatus = InsufficientBalance."', by: 'scf-console' }] },
    { code: '433', catalog: 'scf', name: 'TimeLimitReached', olderNames: [], title: 'Function execution timed out' },
  ],
};
const lookup = createLookup(data);

test('an envelope whose inner error has no known message answers with the status its words share, then the wrapper', () => {
  const hits = lookup('Error: cloud.callFunction:fail requestID x, cloud function service error code -504002, error message Response size exceeds maximum response 1MB limit; at cloud.callFunction api;');
  assert.deepEqual(hits.slice(0, 2).map((hit) => [hit.entry.code, hit.reason]), [['407', 'envelope'], ['430', 'envelope']]);
  // The reason quotes the inner error as pasted, not the words compared.
  assert.match(hits[0]!.why ?? '', /^Response size exceeds maximum response 1MB limit/);
  // An inner error the status words do not tell keeps the wrapper's generic answer.
  const plain = lookup('Error: cloud.callFunction:fail requestID x, cloud function service error code -504002, error message wx is not defined; at cloud.callFunction api;');
  assert.equal(plain[0]?.entry.code, '430');
});

test('the field names of a response are no piece of any message', () => {
  // Every console message starts with these fields; a paste cut right after them names none.
  assert.deepEqual(lookup('ERROR RequestId:3ef04ca2-e8cd-4a58-a67b-f00e2b045870 Result:{"errorCode":-1,"errorMessage":'), []);
});

test('a wrapper\'s name alone, or in JSON cut before its message, answers with the wrapper\'s usual meaning', () => {
  for (const query of ['INVOKE_FUNCTION_FAILED', '{"requestId": "0e6d42", "code": "INVOKE_FUNCTION_FAILED", "mess']) {
    const hits = lookup(query);
    assert.deepEqual([hits[0]?.entry.code, hits[0]?.reason, hits[0]?.envelope], ['430', 'envelope', ['INVOKE_FUNCTION_FAILED']], query);
  }
});
