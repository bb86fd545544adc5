/**
 * Other platforms' errors: the equivalents model read from content/equivalents.yaml and its checks,
 * what a code page shows of a row, the Markdown of the matrix, and the search reading another
 * platform's error as that platform's, with the SCF code of the same failure and an honest label.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { checkEquivalentCodes } from '../../src/lib/content/equivalents.ts';
import { parseEquivalentsFile } from '../../src/lib/content/real-world-files.ts';
import { buildMatrix, filledCells } from '../../src/lib/model/equivalents.ts';
import { OTHER_PLATFORMS } from '../../src/lib/model/schema.ts';
import { codeSectionMarkdown, matrixMarkdown, rowsForCode, sourceLabel } from '../../src/lib/render/equivalents.ts';
import { whyMatched } from '../../src/lib/search/answer.ts';
import { createLookup, isExactReason, isFirm, type LookupData } from '../../src/lib/search/lookup.ts';
import { createOtherPlatformMatcher, mayHoldOtherPlatform, otherPlatformAnchors, otherPlatformsData, type OtherPlatformsData } from '../../src/lib/search/other-platforms.ts';
import { searchStrings, useTranslations } from '../../src/i18n/index.ts';

const file = { file: 'content/equivalents.yaml', text: readFileSync(join(import.meta.dirname, '../../content/equivalents.yaml'), 'utf8') };
const parsed = parseEquivalentsFile(file);
const matrix = buildMatrix(parsed.data!);

test('the equivalents file parses, with at least 8 platforms and 10 failures, and every filled cell has an https source', () => {
  assert.deepEqual(parsed.problems, []);
  assert.ok(matrix.platforms.length >= 8, `${matrix.platforms.length} platforms`);
  assert.ok(matrix.rows.length >= 10, `${matrix.rows.length} rows`);
  for (const row of matrix.rows) {
    assert.equal(row.cells.length, OTHER_PLATFORMS.length, `${row.id}: a cell per platform`);
    for (const cell of row.cells) {
      if (cell.error) assert.match(cell.error.source, /^https:\/\//, `${row.id}.${cell.platform}`);
      else assert.ok(cell.none.en.length > 10 && cell.none.zh.length > 5, `${row.id}.${cell.platform}: none says what the docs say`);
    }
  }
  assert.ok(filledCells(matrix) >= 60);
  assert.deepEqual(matrix.rowsOf('433').map((row) => row.id), ['execution-timeout']);
  assert.deepEqual(matrix.rowsOf('443').map((row) => row.id), ['uncaught-exception', 'handler-load-failure']);
  assert.deepEqual(matrix.rowsOf('200'), []);
});

test('a bad cell stops with the file and the field; a row naming a missing or foreign code too', () => {
  const broken = parseEquivalentsFile({ file: 'content/equivalents.yaml', text: file.text.replace('        source: "https://vercel.com/docs/errors/FUNCTION_INVOCATION_TIMEOUT"\n', '') });
  assert.equal(broken.data, undefined);
  assert.deepEqual(broken.problems, [{ file: 'content/equivalents.yaml', field: 'failures.execution-timeout.cells.vercel-functions.source', message: 'Invalid input: expected string, received undefined' }]);
  const strength = parseEquivalentsFile({ file: 'content/equivalents.yaml', text: file.text.replace('        strength: same\n', '        strength: identical\n') });
  assert.equal(strength.problems[0]?.field, 'failures.execution-timeout.cells.aws-lambda.strength');
  assert.match(strength.problems[0]!.message, /"same"\|"similar"\|"look-alike"/);
  const missing = parseEquivalentsFile({ file: 'content/equivalents.yaml', text: file.text.replace(/\n      tencent-cloudbase:\n        none:\n          en: "No documented equivalent: no code for a start[^\n]*\n[^\n]*\n/, '\n') });
  assert.deepEqual(missing.problems.map((p) => p.field), ['failures.init-timeout.cells.tencent-cloudbase']);
  const badTemplate = parseEquivalentsFile({ file: 'x.yaml', text: file.text.replace('- "FUNCTION_INVOCATION_TIMEOUT"\n', '- "FUNCTION_{oops}_TIMEOUT"\n') });
  assert.ok(badTemplate.problems.some((p) => /patterns\.0$/.test(p.field) && /unknown placeholder/.test(p.message)));
  const data = structuredClone(parsed.data!);
  data.failures['execution-timeout']!.scf = ['433', '9999'];
  data.failures['throttling']!.yr = ['432'];
  // SCF status codes have three digits; openYuanrong's four or six.
  const catalogOf = (code: string) => (code === '9999' ? undefined : code.length === 3 ? ('scf' as const) : ('yr-sdk' as const));
  assert.deepEqual(
    checkEquivalentCodes('content/equivalents.yaml', data, catalogOf).map((p) => [p.field, p.message]),
    [
      ['failures.execution-timeout.scf.1', 'code 9999 does not exist in content/catalogs/*.yaml'],
      ['failures.throttling.yr.0', 'code 432 is in the scf catalog; yr lists only yr-sdk or yr-rest codes'],
    ],
  );
});

test('a code page shows its row without its own platform; an openYuanrong page names SCF instead', () => {
  const [scf] = rowsForCode(matrix, '433', 'scf');
  assert.equal(scf!.filled.length + scf!.none.length, OTHER_PLATFORMS.length);
  assert.ok(scf!.none.includes('openyuanrong'));
  assert.deepEqual(scf!.scf, []);
  const [yr] = rowsForCode(matrix, '1005', 'yr-sdk');
  assert.equal(yr!.row.id, 'throttling');
  assert.ok(!yr!.filled.some((cell) => cell.platform === 'openyuanrong') && !yr!.none.includes('openyuanrong'));
  assert.deepEqual(yr!.scf, ['432', '429']);
  assert.equal(sourceLabel('https://github.com/awsdocs/aws-lambda-developer-guide/blob/119c/doc_source/x.md#L13'), 'github.com/awsdocs/aws-lambda-developer-guide');
  assert.equal(sourceLabel('https://www.alibabacloud.com/help/en/fc/x'), 'alibabacloud.com/help');
});

test('the Markdown of the matrix and of a code page carry every cell, its strength and its source', () => {
  for (const lang of ['en', 'zh'] as const) {
    const ctx = { lang, t: useTranslations(lang), codeUrl: (code: string) => `https://x/${lang}/codes/${code}/`, matrixUrl: (row?: string) => `https://x/${lang}/equivalents/${row ? `#${row}` : ''}` };
    const md = matrixMarkdown(matrix, ctx);
    assert.equal(md.match(/^## /gm)?.length, matrix.rows.length);
    for (const row of matrix.rows) for (const cell of row.cells) if (cell.error) assert.ok(md.includes(`](${cell.error.source})`), `${lang} ${row.id}.${cell.platform}`);
    const section = codeSectionMarkdown(matrix, rowsForCode(matrix, '433', 'scf'), ctx);
    assert.ok(section.includes('`FUNCTION_INVOCATION_TIMEOUT`'));
    assert.ok(section.includes(`https://x/${lang}/equivalents/#execution-timeout`));
    assert.ok(section.includes(lang === 'en' ? '(Look-alike)' : '（形似而实异）'));
  }
});

/** A small table: Lambda's timeout, Cloudflare's 1102 in two rows of different strength, CloudBase's name. */
const others: OtherPlatformsData = {
  platforms: { 'aws-lambda': 'AWS Lambda', 'cloudflare-workers': 'Cloudflare Workers', 'tencent-cloudbase': 'Tencent CloudBase' },
  rows: { 'execution-timeout': { scf: ['433'], yr: [] }, 'out-of-memory': { scf: ['434'], yr: [] }, 'not-found': { scf: ['435'], yr: ['4115'] } },
  cells: [
    { p: 'aws-lambda', s: 'same', f: 'execution-timeout', t: ['Task timed out after {n}.{n} seconds'] },
    { p: 'cloudflare-workers', s: 'look-alike', f: 'execution-timeout', t: ['Worker exceeded resource limits', 'Worker exceeded CPU time limit'] },
    { p: 'cloudflare-workers', s: 'similar', f: 'out-of-memory', t: ['Worker exceeded resource limits'] },
    { p: 'tencent-cloudbase', s: 'same', f: 'not-found', t: ['FUNCTION_NOT_FOUND'] },
  ],
};

test('the matcher finds a platform\'s error in a paste, most telling first, the closer strength on a tie', () => {
  const match = createOtherPlatformMatcher(others);
  const [lambda] = match('2020-11-10T05:46:57.874Z 160788cd Task timed out after 3.07 seconds');
  assert.deepEqual([lambda!.platform, lambda!.strength, lambda!.scf], ['aws-lambda', 'same', ['433']]);
  assert.deepEqual(match('Error 1102: Worker exceeded resource limits.').map((m) => [m.failure, m.strength]), [['out-of-memory', 'similar'], ['execution-timeout', 'look-alike']]);
  assert.deepEqual(match('Worker exceeded CPU time limit').map((m) => m.failure), ['execution-timeout']);
  // Whole words only: a longer identifier is not the error.
  assert.deepEqual(match('FUNCTION_NOT_FOUND_IN_CACHE'), []);
  assert.deepEqual(match('Invoking task timed out after 3 seconds'), []);
});

const data: LookupData = {
  catalogs: { scf: 'SCF', 'scf-api': 'SCF API', 'yr-sdk': 'openYuanrong SDK', 'yr-rest': 'openYuanrong REST API' },
  entries: [
    { code: '433', catalog: 'scf', name: 'TimeLimitReached', title: 'Timeout', seenAs: [{ text: 'Invoking task timed out after {seconds} seconds', by: 'scf-runtime' }, { text: 'Task timed out after {seconds} seconds', by: 'scf-runtime' }] },
    { code: '434', catalog: 'scf', name: 'MemoryLimitReached', title: 'Memory' },
    { code: '435', catalog: 'scf', name: 'FunctionNotFound', title: 'No function' },
    { code: '4115', catalog: 'yr-rest', name: 'FunctionNotFound', title: 'No function' },
  ],
  others,
};
const lookup = createLookup(data);

test('another platform\'s error answers with the SCF code of the same failure, labelled as that platform\'s', () => {
  const hits = lookup('{"errorMessage": "2020-11-10T05:46:57.874Z 160788cd Task timed out after 3.07 seconds"}');
  assert.equal(hits[0]?.entry.code, '433');
  assert.equal(hits[0]?.reason, 'other-platform');
  assert.deepEqual(hits[0]?.other, { platform: 'aws-lambda', name: 'AWS Lambda', strength: 'same', failure: 'execution-timeout', target: 'scf' });
  // Firm enough that no further messages are fetched, but not an exact match of an SCF code.
  assert.equal(isFirm(hits), true);
  assert.equal(isExactReason(hits[0]?.reason), false);
  // SCF's own message, which holds Lambda's words, stays SCF's; so does its older whole-second wording.
  assert.equal(lookup('{"errorCode":-1,"errorMessage":"Invoking task timed out after 3 seconds"}')[0]?.reason, 'message');
  assert.equal(lookup('{"errorCode":-1,"errorMessage":"Task timed out after 3 seconds"}')[0]?.reason, 'message');
  // CloudBase's FUNCTION_NOT_FOUND is not SCF's FunctionNotFound, though it spells the same: CloudBase's,
  // with the openYuanrong code of the same failure after SCF's; SCF's name typed as it is stays a name.
  assert.deepEqual(lookup('FUNCTION_NOT_FOUND').map((hit) => [hit.entry.code, hit.reason, hit.other?.target]), [['435', 'other-platform', 'scf'], ['4115', 'other-platform', 'yr']]);
  assert.equal(lookup('FunctionNotFound')[0]?.reason, 'name');
  assert.equal(lookup('openYuanrong FUNCTION_NOT_FOUND')[0]?.entry.code, '4115');
});

test('the why-label says whose error it is and how close the code comes, a look-alike as one, in both languages', () => {
  const label = (query: string, lang: 'en' | 'zh') => {
    const hit = lookup(query)[0]!;
    return whyMatched({ reason: hit.reason, why: hit.why, template: hit.template, other: hit.other, code: hit.entry.code }, searchStrings(lang));
  };
  assert.deepEqual(label('Task timed out after 3.07 seconds', 'en'), { label: 'Error from AWS Lambda; on SCF the same failure is 433: ', text: 'Task timed out after {n}.{n} seconds' });
  assert.equal(label('Worker exceeded CPU time limit', 'en')?.label, 'Error from Cloudflare Workers, a look-alike: 433 on SCF is not the same failure: ');
  assert.equal(label('Worker exceeded resource limits', 'en')?.label, 'Error from Cloudflare Workers; on SCF a similar failure is 434: ');
  assert.equal(label('Task timed out after 3.07 seconds', 'zh')?.label, 'AWS Lambda 的错误；同一故障对应云函数的 433：');
  assert.equal(label('Worker exceeded CPU time limit', 'zh')?.label, 'Cloudflare Workers 的错误，与云函数的 433 仅形似，并非同一故障：');
});

test('the lookup ships only the cells that have templates, openYuanrong\'s own column left out', () => {
  const shipped = otherPlatformsData(matrix, 'zh');
  assert.ok(!shipped.cells.some((cell) => cell.p === 'openyuanrong'));
  assert.ok(shipped.cells.every((cell) => cell.t.length > 0));
  assert.equal(shipped.platforms['alibaba-fc3'], '阿里云函数计算');
  assert.deepEqual(shipped.rows['throttling'], { scf: ['432', '429'], yr: ['1005', '1012'] });
});

/** A value of each placeholder, to fill templates in (the rest take a function's name). */
const SAMPLE_VALUES: Record<string, string> = { seconds: '3', ms: '30', mb: '128', n: '30', port: '9000', request_id: 'a1b2c3d4-0001', region: 'ap-guangzhou' };

test('every text that matches another platform\'s template holds one of its anchors, so the site may ship the templates apart', () => {
  for (const lang of ['en', 'zh'] as const) {
    const shipped = otherPlatformsData(matrix, lang);
    const anchors = otherPlatformAnchors(shipped);
    assert.ok(anchors.every((anchor) => anchor.length >= 4), `${lang}: an anchor of a few letters would be in most texts: ${anchors.filter((anchor) => anchor.length < 4)}`);
    const match = createOtherPlatformMatcher(shipped);
    for (const template of shipped.cells.flatMap((cell) => cell.t)) {
      const filled = template.replace(/\{([a-z_]+)\}/g, (_, name: string) => SAMPLE_VALUES[name] ?? 'demo_fn');
      // The matcher tolerates case, spacing and punctuation width; the anchors must too.
      for (const text of [filled, `2026-12-05 10:00:00 ${filled.toUpperCase()}`, filled.replace(/ /g, '  ').replace(/\./g, '。'), `{"errorMessage":"${filled.replace(/"/g, '\\"')}"}`]) {
        if (!match(text).some((hit) => hit.template === template)) continue;
        assert.ok(mayHoldOtherPlatform(anchors, text), `${lang}: "${text}" matches "${template}" but holds no anchor`);
      }
      assert.ok(match(filled).some((hit) => hit.template === template), `${lang}: the filled template "${filled}" should match "${template}"`);
    }
    // Most of what people paste or ask holds none: no template download for them.
    for (const text of ['云函数调用超时了怎么办？', 'user code exception caught', '{"errorCode":-1,"errorMessage":"Task memory exceeded"}', 'ResourceNotFound.Function']) {
      assert.equal(mayHoldOtherPlatform(anchors, text), false, `${lang}: ${text}`);
    }
  }
});

test('the site\'s search fetches other platforms\' errors only for a query that holds an anchor, and answers as with them in the lookup', async () => {
  const { createAnswerer, loadedLookup } = await import('../../src/lib/search/answer.ts');
  const { EMPTY_STATUSES } = await import('../../src/lib/search/statuses.ts');
  const { contentLookupData } = await import('./content-lookup.ts');
  const full = contentLookupData('en');
  const { others, ...rest } = full;
  let fetched = 0;
  const sources = (data: LookupData) => ({
    lookup: async () => loadedLookup(data),
    apiMessages: async () => [],
    vendorWording: async () => [],
    shard: async () => [],
    statuses: async () => EMPTY_STATUSES,
    otherPlatforms: async () => {
      fetched += 1;
      return others!;
    },
    fullText: async () => null,
    codeUrl: (code: string) => `/en/codes/${code}/`,
    conceptUrl: (slug: string) => `/en/concepts/${slug}/`,
    insideSite: () => true,
  });
  const apart = createAnswerer(sources({ ...rest, otherAnchors: otherPlatformAnchors(others!) }));
  const together = createAnswerer(sources(full));
  const codes = async (answerer: typeof apart, query: string) => (await answerer.search(query, { limit: 3, fullText: 'never' }))?.results.map((result) => `${result.code}${result.other ? `@${result.other.platform}` : ''}`);
  assert.deepEqual(await codes(apart, 'user code exception caught'), await codes(together, 'user code exception caught'));
  assert.equal(fetched, 0);
  for (const query of ['Task timed out after 3.07 seconds', 'Error: Runtime exited with error: signal: killed', 'FUNCTION_INVOCATION_TIMEOUT']) {
    assert.deepEqual(await codes(apart, query), await codes(together, query), query);
  }
  assert.equal((await codes(apart, 'Task timed out after 3.07 seconds'))?.[0], '433@aws-lambda');
  // Fetched on the first query that needed it, and kept.
  assert.equal(fetched, 1);
});
