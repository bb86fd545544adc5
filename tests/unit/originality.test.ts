/**
 * Originality: near-copies of a source document fail, our own wording, code spans and the
 * platform's exact strings do not; and the real content has none (when the seeds are here).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { EN_RUN, ZH_RUN, findNearCopies, indexSeeds } from '../../src/lib/content/originality.ts';
import { originalityFindings, seedsDir } from '../../scripts/check-content.mjs';

// Invented seed text (the real seeds stay outside the repository).
const seeds = indexSeeds([
  {
    name: 'seed-en.txt',
    text: 'Intro line.\nThe function failed because the configured handler could not be located in the uploaded package at all.\n',
  },
  { name: 'seed-zh.txt', text: '标题\n请检查函数代码包中是否存在与执行方法配置一致的入口文件并重新部署函数。\n' },
]);
const page = (text: string) => [{ file: 'content/codes/en/999.mdx', text, kind: 'mdx' as const }];

test('an English sentence that shares 8 words in a row with a seed is a near-copy, named by file, line and seed line', () => {
  const found = findNearCopies(page('---\ntitle: x\n---\nSo the configured handler could not be located in the uploaded package, check it.\n'), seeds, []);
  assert.equal(found.length, 1);
  const [copy] = found;
  assert.deepEqual([copy?.file, copy?.line, copy?.seed, copy?.seedLine], ['content/codes/en/999.mdx', 4, 'seed-en.txt', 2]);
  assert.match(copy?.run ?? '', /handler could not be located/);
});

test(`seven shared English words are not (the bar is ${EN_RUN})`, () => {
  assert.deepEqual(findNearCopies(page('Our configured handler could not be located in time.\n'), seeds, []), []);
});

test(`a Chinese sentence sharing ${ZH_RUN} characters in a row is a near-copy, whatever the punctuation and spaces`, () => {
  const found = findNearCopies([{ file: 'content/codes/zh/999.mdx', text: '建议您检查：函数代码包中是否存在与执行方法配置一致的入口文件。\n', kind: 'mdx' }], seeds, []);
  assert.equal(found.length, 1);
  assert.equal(found[0]?.seed, 'seed-zh.txt');
});

test('our own Chinese wording of the same fact is not', () => {
  assert.deepEqual(findNearCopies([{ file: 'content/codes/zh/999.mdx', text: '请确认入口文件位于代码包根目录，且文件名与执行方法的前半部分相同。\n', kind: 'mdx' }], seeds, []), []);
});

test('code spans and the platform’s exact strings may be quoted as they are', () => {
  const quoted = 'The runtime prints `the configured handler could not be located in the uploaded package` here.\n';
  assert.deepEqual(findNearCopies(page(quoted), seeds, []), []);
  const exact = 'the configured handler could not be located in the uploaded package at all';
  assert.deepEqual(findNearCopies(page(`It says ${exact}.\n`), seeds, [exact]), []);
});

test('the content has no near-copy of the seeds (and the seeds were found)', (t) => {
  const found = originalityFindings();
  if (found === undefined) {
    // Not a pass: check:content fails in this case too; say where they were looked for.
    assert.fail(`no seed documents at ${seedsDir()}: set SEEDS_DIR to compare the content with them`);
  }
  t.diagnostic(`compared with the seeds at ${seedsDir()}`);
  assert.deepEqual(found.map((f) => `${f.file}:${f.line} ~ ${f.seed}:${f.seedLine}: ${f.run}`), []);
});
