/** Exact lookup: codes, names in any case or spacing, older names, messages and pasted errors. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createLookup, isExactReason, normalizeName, type LookupData } from '../../src/lib/search/lookup.ts';

const data: LookupData = {
  catalogs: { scf: 'Tencent Cloud SCF', 'scf-api': 'Tencent Cloud SCF API', 'yr-sdk': 'openYuanrong SDK', 'yr-rest': 'openYuanrong REST API' },
  entries: [
    { code: '200', catalog: 'scf', name: 'Success', olderNames: [], title: 'Success' },
    { code: '430', catalog: 'scf', name: 'User code exception caught', olderNames: ['UserFunctionExecError'], title: 'Code error' },
    { code: '432', catalog: 'scf', name: 'ResourceLimitReached', olderNames: [], title: 'Concurrency' },
    { code: '433', catalog: 'scf', name: 'TimeLimitReached', olderNames: [], title: 'Timeout' },
    { code: '435', catalog: 'scf', name: 'FunctionNotFound', olderNames: [], title: 'No function' },
    { code: '437', catalog: 'scf', name: 'HandlerNotFound', olderNames: [], title: 'Handler not found' },
    { code: '4008', catalog: 'yr-sdk', olderNames: [], title: 'Invoke failed' },
    { code: '4101', catalog: 'yr-rest', name: 'FunctionNameExist', olderNames: [], title: 'Name taken' },
    { code: '4115', catalog: 'yr-rest', name: 'FunctionNotFound', olderNames: [], title: 'No function' },
  ],
};
const lookup = createLookup(data);

/** The same data with seen-as templates and everyday phrases, as the build ships it. */
const wild = createLookup({
  ...data,
  entries: data.entries.map((entry) =>
    entry.code === '433'
      ? {
          ...entry,
          seenAs: [
            { text: 'Invoking task timed out after {seconds} seconds', by: 'scf-runtime' },
            { text: 'errCode: -504003 | errMsg: Invoking task timed out after {seconds} seconds', by: 'wx-cloud' },
          ],
        }
      : entry.code === '432'
        ? { ...entry, seenAs: [{ text: 'Function [ {function} ] concurrency exceeded reserved quota {mb} MB', by: 'scf-runtime' }] }
        : entry.code === '430'
          ? { ...entry, seenAs: [{ text: '-504003', by: 'wx-cloud' }] }
          : entry,
  ),
  phrases: [
    { text: '超时', codes: ['433', '437'] },
    { text: '内存超了', codes: ['430'] },
    { text: 'timing out', codes: ['433'] },
    { text: 'oom', codes: ['430'] },
  ],
});
const codes = (query: string) => wild(query).map((hit) => hit.entry.code);
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
  const { suggestCodes } = await import('../../src/lib/search/suggest.ts');
  assert.deepEqual(suggestCodes(data.entries, '436').slice(0, 3).map((e) => e.code), ['435', '437', '433']);
  assert.equal(suggestCodes(data.entries, '9999')[0]?.code, '4115');
  assert.equal(suggestCodes(data.entries, 'HandlerNotFund')[0]?.code, '437');
  assert.equal(suggestCodes(data.entries, 'user-function-exec-eror')[0]?.code, '430');
});

test('a seen-as template matches with its variable parts and reads their values back', () => {
  const [hit] = wild('{"errorCode":-1,"errorMessage":"Invoking task timed out after 3 seconds"}');
  assert.equal(hit?.entry.code, '433');
  assert.equal(hit?.reason, 'message');
  assert.equal(hit?.template, 'Invoking task timed out after {seconds} seconds');
  assert.deepEqual(hit?.values, { seconds: '3' });
  const [quota] = wild('Function [ my-func ] concurrency exceeded reserved quota 256 MB');
  assert.equal(quota?.entry.code, '432');
  assert.deepEqual(quota?.values, { function: 'my-func', mb: '256' });
});

test('a JSON-escaped paste and one with statusCode both find the code, keeping the template values', () => {
  const [escaped] = wild(String.raw`{\"errorCode\":-1,\"errorMessage\":\"Invoking task timed out after 900 seconds\"}`);
  assert.deepEqual(escaped?.values, { seconds: '900' });
  const [withStatus] = wild('{"errorCode":-1,"errorMessage":"Invoking task timed out after 3 seconds","statusCode":433}');
  assert.equal(withStatus?.entry.code, '433');
  assert.equal(withStatus?.reason, 'code-field');
  assert.equal(withStatus?.template, 'Invoking task timed out after {seconds} seconds');
});

test('a trigger\'s JSON answer names the status in its errno field; a system error number names none', () => {
  // A CLB trigger that could not read the function's response answers `{"errno":403,"error":"Analyse scf response failed."}`.
  const [trigger] = wild('{"errno":433,"error":"request timeout"}');
  assert.equal(trigger?.entry.code, '433');
  assert.equal(trigger?.reason, 'code-field');
  assert.notEqual(wild('OSError: [Errno 433] Forbidden')[0]?.reason, 'code-field');
});

test('a paste that fits several codes offers all of them, the most specific first, each with why', () => {
  const hits = wild('cloud.callFunction:fail Error: errCode: -504003 | errMsg: Invoking task timed out after 3 seconds');
  assert.deepEqual(hits.map((hit) => hit.entry.code), ['433', '430']);
  assert.equal(hits[1]?.why, '-504003');
});

test('a wrapper code does not match inside a longer number', () => {
  assert.deepEqual(codes('errCode: -5040031'), []);
});

test('the message alone, without its numbers, still finds the code as a guess', () => {
  const [hit] = wild('Invoking task timed out');
  assert.equal(hit?.entry.code, '433');
  assert.equal(hit?.reason, 'message-part');
  assert.equal(isExactReason(hit?.reason), false);
});

test('everyday phrases find codes in either language, filler words do not sink them', () => {
  assert.deepEqual(codes('云函数 内存超了 怎么办'), ['430']);
  assert.deepEqual(codes('请问函数超时了怎么办'), ['433', '437']);
  assert.deepEqual(codes('my function keeps timing out, how to fix?'), ['433']);
  assert.deepEqual(codes('OOM'), ['430']);
  assert.deepEqual(codes('room service'), []);
  assert.equal(wild('超时')[0]?.reason, 'phrase');
});

test('a phrase reads its last word\'s plural and verb forms; a short last word only as written', () => {
  const inflected = createLookup({
    ...data,
    entries: [...data.entries, { code: '403', catalog: 'scf', olderNames: [], title: 'Bad response' }],
    phrases: [
      { text: 'response format', codes: ['403'] },
      { text: 'exceed', codes: ['432'] },
      { text: 'not json', codes: ['430'] },
      { text: 'cold start', codes: ['433'] },
    ],
  });
  const first = (query: string) => inflected(query)[0]?.entry.code;
  assert.equal(first('response formatting errors can cause these gateway failures'), '403');
  assert.equal(first('the quota was exceeded again'), '432');
  assert.equal(first('SCF timeout or cold starts'), '433');
  assert.equal(first('the body is not jsonify-able'), undefined);
  assert.equal(first('response formatter'), undefined);
});

test('a call that timed out on its way somewhere is the timeout; the setting of that place follows, an operation that failed does not', () => {
  const places = createLookup({
    ...data,
    entries: [
      ...data.entries,
      { code: 'InvalidParameterValue.PublicNetConfig', catalog: 'scf-api', olderNames: [], title: 'Public network' },
      { code: 'FailedOperation.UpdateFunctionCode', catalog: 'scf-api', olderNames: [], title: 'Update failed' },
    ],
    phrases: [
      { text: '超时', codes: ['433'] },
      { text: '访问外网', codes: ['InvalidParameterValue.PublicNetConfig'] },
      { text: '函数代码更新失败', codes: ['FailedOperation.UpdateFunctionCode'] },
    ],
  });
  const order = (query: string) => places(query).map((hit) => hit.entry.code);
  assert.deepEqual(order('云函数访问外网超时'), ['433', 'InvalidParameterValue.PublicNetConfig']);
  assert.deepEqual(order('云函数如何访问外网'), ['InvalidParameterValue.PublicNetConfig']);
  assert.equal(order('函数代码更新失败：检查超时')[0], 'FailedOperation.UpdateFunctionCode');
});

test('a status written against HTTP (HTTP435, http432) is that status; HTTP/1.1 432 in a path is not', () => {
  assert.equal(top('部署到腾讯云函数上面就会出现HTTP435'), '435');
  assert.equal(top('the gateway answered http432 again'), '432');
  assert.equal(top('a/HTTP432'), undefined);
});

test('SDK exception formats: ErrCode and [ErrorCode: N] count, ModuleCode does not', () => {
  assert.equal(codes('ErrCode: 4008, ModuleCode: 430, ErrMsg: invoke failed')[0], '4008');
  assert.equal(wild('ErrCode: 4008, ModuleCode: 430, ErrMsg: invoke failed')[0]?.reason, 'code-field');
  assert.equal(wild('ModuleCode: 430')[0]?.reason, 'in-text');
  assert.equal(codes('[ErrorCode: 4008] failed to put object')[0], '4008');
  assert.equal(codes('{"code": 4101, "message": "FunctionNameExist"}')[0], '4101');
});

test('phrases shipped grouped by their codes match as the same table', async () => {
  const { groupPhrases, ungroupPhrases } = await import('../../src/lib/search/phrases.ts');
  const phrases = [{ text: '超时', codes: ['433', '450'] }, { text: 'oom', codes: ['432'] }, { text: 'timed out', codes: ['433', '450'] }];
  const groups = groupPhrases(phrases);
  assert.deepEqual(groups, { '433 450': ['超时', 'timed out'], '432': ['oom'] });
  assert.deepEqual(ungroupPhrases(groups).sort((a, b) => a.text.localeCompare(b.text)), [...phrases].sort((a, b) => a.text.localeCompare(b.text)));
  const grouped = createLookup({ ...data, phrases: undefined, phraseGroups: groups });
  assert.equal(grouped('oom')[0]?.entry.code, '432');
});

test('the phrases written in Chinese characters ship apart from the English lookup and merge back for a query that holds them', async () => {
  const { groupPhrases, splitHanPhrases } = await import('../../src/lib/search/phrases.ts');
  const { messageScript } = await import('../../src/lib/search/upstream.ts');
  const { withApartPhrases } = await import('../../src/lib/search/lookup.ts');
  const groups = groupPhrases([{ text: '超时', codes: ['433', '450'] }, { text: 'oom', codes: ['432'] }, { text: 'timed out', codes: ['433', '450'] }]);
  const { latin, han } = splitHanPhrases(groups);
  assert.deepEqual(latin, { '433 450': ['timed out'], '432': ['oom'] });
  assert.deepEqual(han, { '433 450': ['超时'] });
  const english = { ...data, phrases: undefined, phraseGroups: latin, apartPhrases: 'han' as const };
  // Without them, a Chinese phrase finds nothing; merged back, the lookup answers as the whole table does.
  assert.notEqual(createLookup(english)('云函数超时')[0]?.entry.code, '433');
  const merged = withApartPhrases(english, han);
  assert.equal(merged.apartPhrases, undefined);
  assert.equal(createLookup(merged)('云函数超时')[0]?.entry.code, '433');
  // The engine fetches them for a query in that script, as the API messages are split.
  assert.equal(messageScript('云函数超时'), 'zh');
  assert.equal(messageScript('Task timed out'), 'en');
});
