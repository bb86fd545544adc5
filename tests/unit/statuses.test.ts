/**
 * openYuanrong's inner statuses: a log that prints only a data-system status (`K_IO_ERROR`) or a
 * message tag (`[ZMQ_RECV_TIMEOUT]`) is answered with the SDK code the status becomes, read from the
 * mined upstream messages, and the status's own number is not taken for the SDK code of that number.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { parse } from 'yaml';
import { mergeStatuses, type LookupEntry, type LookupHit } from '../../src/lib/search/lookup.ts';
import { mayNameStatus, readStatuses, statusTable } from '../../src/lib/search/statuses.ts';

const mined = parse(readFileSync(new URL('../../content/upstream-messages.yaml', import.meta.url), 'utf8')) as { messages: Record<string, Array<{ text: string; via?: string }>> };
const table = statusTable(mined.messages);

test('the table maps every mined status and tag to one SDK code, with the status number', () => {
  assert.deepEqual(table.symbols.K_RPC_DEADLINE_EXCEEDED, [1001, '3002']);
  assert.deepEqual(table.symbols.K_IO_ERROR, [7, '4203']);
  assert.deepEqual(table.symbols.K_NO_SPACE, [13, '4204']);
  assert.equal(table.tags.TCP_CONNECT_FAILED, '3002');
  // A name no other status shares a first part with is an ordinary phrase, not a status.
  assert.equal(table.symbols.PARAMETER_ERROR, undefined);
  assert.equal(table.symbols.REQUEST_TIME_OUT, undefined);
});

test('a status, a known tag and an unknown tag of a known family are read; other capitals are not', () => {
  assert.deepEqual(readStatuses('code=5 — K_RUNTIME_ERROR', table).map(({ code }) => code), ['4299']);
  assert.deepEqual(readStatuses('[RPC_RECV_TIMEOUT] Remote host tcp://10.0.0.1:8080 is not available', table).map(({ code }) => code), ['3002']);
  // ZMQ_SEND_FAILURE_TOTAL is in no mined message, but every known ZMQ_ tag is a transport failure.
  assert.deepEqual(readStatuses('[ZMQ_SEND_FAILURE_TOTAL] errno=11(Resource temporarily unavailable)', table).map(({ code }) => code), ['3002']);
  // Outside brackets an unknown name of that family is just a word.
  assert.deepEqual(readStatuses('ZMQ_SEND_FAILURE_TOTAL rose', table), []);
  assert.deepEqual(readStatuses('{"code":"FUNCTION_NOT_FOUND"}', table), []);
  assert.equal(mayNameStatus('K_NO_SPACE (13)'), true);
  assert.equal(mayNameStatus('Invoking task timed out after 3 seconds'), false);
});

test('a status printed by its name (the data system client: code: [RPC unavailable], msg: [...]) is read as its symbol', () => {
  assert.equal(table.names['rpc unavailable'], 'K_RPC_UNAVAILABLE');
  const [hit] = readStatuses('RuntimeError: code: [RPC unavailable], msg: [Disconnected from worker]', table);
  assert.equal(hit?.code, '3002');
  assert.match(hit!.why, /K_RPC_UNAVAILABLE \(1002\)/);
  assert.deepEqual(readStatuses('code: [Key not found], msg: [no such key]', table).map(({ code }) => code), [table.symbols.K_NOT_FOUND![1]]);
  // An SDK code the text states outranks the status printed inside it.
  assert.deepEqual(readStatuses('failed to request, code:3003, put object failed, errr: code:[Out of memory]', table), []);
  // A name the data system does not print is not a status.
  assert.deepEqual(readStatuses('code: [Something else], msg: [x]', table), []);
  assert.equal(mayNameStatus('code: [RPC unavailable], msg: [x]'), true);
});

test('a status decides first and its own number stops counting as a code', () => {
  const entry = (code: string): LookupEntry => ({ code, catalog: 'yr-sdk', title: code });
  const entries = ['1001', '3002', '433'].map(entry);
  const hits: LookupHit[] = [
    { entry: entries[0]!, reason: 'code-field', why: 'code=1001' },
    { entry: entries[2]!, reason: 'phrase', why: 'deadline' },
  ];
  const merged = mergeStatuses(hits, readStatuses('code=1001 — K_RPC_DEADLINE_EXCEEDED', table), entries);
  assert.deepEqual(
    merged.map(({ entry, reason }) => [entry.code, reason]),
    [
      ['3002', 'code-field'],
      ['433', 'phrase'],
    ],
  );
  assert.equal(merged[0]!.why, 'K_RPC_DEADLINE_EXCEEDED (1001) → 3002');
});

test('a data system status written without its K_ prefix is still that status, and its number is no code', () => {
  const [hit] = readStatuses('URMA_NEED_CONNECT remoteAddress remoteInstanceId need reconnect 1006', table);
  assert.equal(hit?.code, '4299');
  assert.equal(hit?.number, 1006);
  assert.match(hit?.why ?? '', /K_URMA_NEED_CONNECT/);
  // A name of two words is too common to be read so, unless the text is openYuanrong's.
  assert.deepEqual(readStatuses('404: NOT_FOUND Code: DEPLOYMENT_NOT_FOUND', table), []);
  assert.deepEqual(readStatuses('datasystem worker: NOT_FOUND', table).map(({ code }) => code), ['4005']);
  // A known tag keeps its own reading.
  assert.deepEqual(readStatuses('[RPC_RECV_TIMEOUT] deadline', table).map(({ code }) => code), ['3002']);
});

test('a name only the data system prints (KV store error) names its status anywhere; an everyday one (Out of memory) only in code: [...]', () => {
  const kv = 'KV store error. Cannot open the key/value store. Cannot create/open database: lock file: /tmp/rocksdb/LOCK';
  assert.equal(mayNameStatus(kv), true);
  assert.deepEqual(readStatuses(kv, table).map(({ code }) => code), ['4201']);
  assert.deepEqual(readStatuses('worker log: RPC deadline exceeded while putting object', table).map(({ code }) => code), ['3002']);
  assert.equal(mayNameStatus('Out of memory. cannot allocate'), false);
  assert.deepEqual(readStatuses('Out of memory. cannot allocate', table), []);
  assert.deepEqual(readStatuses('code: [Out of memory], msg: [cannot allocate]', table).map(({ code }) => code), ['4202']);
});

test('a status report\'s JSON field holding a printed status name is that status', () => {
  assert.deepEqual(readStatuses('"status": "RPC unavailable", "error": "failed to connect to coordination backend"', table).map(({ code }) => code), ['3002']);
  assert.deepEqual(readStatuses('{"status": "ok"}', table), []);
});

test('the SDK\'s own name of a code (ERR_PARAM_INVALID) is that code', () => {
  assert.deepEqual(table.symbols.ERR_PARAM_INVALID, [1001, '1001']);
  assert.deepEqual(table.symbols.ERR_INNER_COMMUNICATION, [3002, '3002']);
  const [hit] = readStatuses('The Python SDK should fail within one second with ERR_DATASYSTEM_FAILED', table);
  assert.deepEqual(hit, { code: '4299', why: 'ERR_DATASYSTEM_FAILED = 4299', number: 4299 });
});

test('the Go components\' camel-case name of an SDK code is that code; a status\'s is not', () => {
  assert.equal(mayNameStatus('convey.So(err.Code(), convey.ShouldEqual, statuscode.ErrInnerCommunication)'), true);
  assert.deepEqual(readStatuses('convey.So(err.Code(), convey.ShouldEqual, statuscode.ErrInnerCommunication)', table).map(({ code }) => code), ['3002']);
  assert.deepEqual(readStatuses('return statuscode.ErrInstanceNotFound', table).map(({ code }) => code), ['1003']);
  // One word after Err is too common a name to decide (`ErrNotFound`), and a data-system status has
  // no camel-case form of the SDK's.
  assert.deepEqual(readStatuses('return ErrNotFound', table), []);
  assert.deepEqual(readStatuses('return ErrRpcDeadlineExceeded', table), []);
});

test('a function-system status that Status::codeToPosix_ does not map is 3003, the default GetPosixErrorCode gives it', () => {
  assert.deepEqual(table.symbols.BP_DATASYSTEM_ERROR, [10000, '3003']);
  assert.deepEqual(readStatuses('Status(BP_DATASYSTEM_ERROR): DS return failed', table).map(({ code }) => code), ['3003']);
  // The mined message says how it got there.
  const connect = mined.messages['3003']?.find(({ text }) => text === 'failed to connect to MetaStore');
  assert.match(connect?.via ?? '', /FAILED \(-1\) -> ERR_INNER_SYSTEM_ERROR \(3003\) by default via Status::GetPosixErrorCode/);
});
