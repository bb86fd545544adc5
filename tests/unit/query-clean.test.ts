/** Query cleaning and message templates: filler goes, informative words come first, templates read values. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { blankPlaceholders, informativeTerms, spaceScripts, stripFiller, stripLogPrefixes } from '../../src/lib/search/query-clean.ts';
import { compileTemplate, matchTemplate, templateProblem } from '../../src/lib/search/message-template.ts';

test('filler words in both languages are dropped, the error words stay', () => {
  assert.equal(stripFiller('How to fix the error: function keeps timing out?'), 'function timing out');
  assert.equal(stripFiller('请问云函数报错内存超了怎么办'), '内存超');
  assert.equal(stripFiller('error'), 'error');
});

test('informative terms: longest (and Chinese) first, no duplicates', () => {
  assert.deepEqual(informativeTerms('image pull timeout image'), ['timeout', 'image', 'pull']);
  assert.deepEqual(informativeTerms('镜像 pull'), ['镜像', 'pull']);
});

test('templates tolerate spacing and quote style, and reject unknown placeholders and literal braces', () => {
  const compiled = compileTemplate('Function [ {function} ] concurrency exceeded reserved quota {mb} MB');
  assert.deepEqual(matchTemplate(compiled, 'function [demo] Concurrency exceeded reserved quota 128MB'), { function: 'demo', mb: '128' });
  assert.equal(templateProblem('timed out after {secs} seconds')?.startsWith('unknown placeholder {secs}'), true);
  assert.match(templateProblem('{"errorCode":-1}') ?? '', /literal brace|unknown placeholder/);
  assert.equal(templateProblem('{n}'), 'a template needs some fixed text besides its placeholders');
  assert.equal(templateProblem('Invoking task timed out after {seconds} seconds'), undefined);
});

test('a value closed by a quote is read whole, with the quote or without it', () => {
  const compiled = compileTemplate("ModuleNotFoundError: No module named '{name}'");
  assert.deepEqual(matchTemplate(compiled, "Result: ModuleNotFoundError: No module named 'json5'"), { name: 'json5' });
  assert.deepEqual(matchTemplate(compiled, 'ModuleNotFoundError: No module named "json5", retrying'), { name: 'json5' });
  assert.deepEqual(matchTemplate(compiled, 'ModuleNotFoundError: No module named json5 at startup'), { name: 'json5' });
});

test('Chinese next to Latin letters or digits is spaced for the full-text index, nothing else changes', () => {
  assert.equal(spaceScripts('创建指定gpuactor失败'), '创建指定 gpuactor 失败');
  assert.equal(spaceScripts('超时3秒'), '超时 3 秒');
  assert.equal(spaceScripts('Cannot find module'), 'Cannot find module');
  assert.equal(spaceScripts('函数超时'), '函数超时');
});

test("a logger's prefix is taken off each line: date and time, glog's header, a request id, a level", () => {
  assert.equal(stripLogPrefixes('2024-05-01 12:00:00.123 ERROR please reduce the frequency of call'), 'please reduce the frequency of call');
  assert.equal(stripLogPrefixes('[2022-05-04 16:20:23] Error: 更新缓存代码失败'), 'Error: 更新缓存代码失败');
  assert.equal(stripLogPrefixes('E1203 10:00:00.123456  1234 fs_intf_grpc_reader_writer.cpp:175] Read failed from function-proxy'), 'Read failed from function-proxy');
  assert.equal(
    stripLogPrefixes('2024-05-01T12:00:00.123Z\tc93f5fc2-77eb-4db9-8649-f13c1c7f8c7e\tERROR\tInvoking task timed out after 3 seconds\nnext line'),
    'Invoking task timed out after 3 seconds\nnext line',
  );
  // Report lines, messages that start with a word, and a line that is only a prefix stay as they are.
  assert.equal(stripLogPrefixes('Report RequestId: x Duration:3000ms'), 'Report RequestId: x Duration:3000ms');
  assert.equal(stripLogPrefixes('ERROR RequestId:3ef0 Result:{}'), 'RequestId:3ef0 Result:{}');
  assert.equal(stripLogPrefixes('2024-05-01 12:00:00'), '2024-05-01 12:00:00');
});

test('a template\'s placeholders pasted from source are blanked, and a paste of nothing else is kept', () => {
  assert.equal(blankPlaceholders('[${functionName}] 函数代码更新失败：${e.message}').replace(/\s+/g, ' ').trim(), '[ ] 函数代码更新失败：');
  assert.equal(blankPlaceholders('Hello {{ name }}, deploy failed').replace(/\s+/g, ' '), 'Hello , deploy failed');
  assert.equal(blankPlaceholders('${e.message}'), '${e.message}');
  // A shell variable without braces is text, not a placeholder.
  assert.equal(blankPlaceholders('echo $HOME failed'), 'echo $HOME failed');
});
