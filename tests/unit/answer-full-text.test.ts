/**
 * Full text under the platform a query names: the answer asks the index for that platform's catalogs
 * first, and reads the others only when those have nothing.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createAnswerer, loadedLookup, type FullTextFilters, type FullTextIndex } from '../../src/lib/search/answer.ts';
import { EMPTY_STATUSES } from '../../src/lib/search/statuses.ts';

const catalogs = { scf: 'SCF status codes', 'yr-sdk': 'openYuanrong SDK', 'yr-rest': 'openYuanrong REST', 'scf-api': 'SCF API' } as const;
const pages = [
  { url: '/en/codes/FailedOperation.CreateFunction/', catalog: catalogs['scf-api'], words: ['gpu', 'create'] },
  { url: '/en/codes/1006/', catalog: catalogs['yr-sdk'], words: ['gpu', 'actor', 'resource'] },
];

/** An index over two pages that records the filters it was asked with. */
function index(calls: Array<FullTextFilters | undefined>): FullTextIndex {
  return {
    async search(query, options) {
      calls.push(options?.filters);
      const any = options?.filters?.catalog;
      const allowed = typeof any === 'object' ? any.any : typeof any === 'string' ? [any] : undefined;
      const words = query.toLowerCase().split(/\s+/);
      const hits = pages.filter((page) => (!allowed || allowed.includes(page.catalog)) && words.every((word) => page.words.includes(word)));
      return { results: hits.map((page) => ({ id: page.url, data: async () => ({ url: page.url, excerpt: '', meta: { title: page.url }, filters: { catalog: [page.catalog] } }) })) };
    },
  };
}

function answerer(calls: Array<FullTextFilters | undefined>) {
  return createAnswerer({
    lookup: async () => loadedLookup({ catalogs, entries: [{ code: '1006', catalog: 'yr-sdk', title: 'Resources cannot be scheduled' }] }),
    apiMessages: async () => [],
    vendorWording: async () => [],
    shard: async () => [],
    statuses: async () => EMPTY_STATUSES,
    fullText: async () => index(calls),
    codeUrl: (code) => `/en/codes/${code}/`,
    conceptUrl: (slug) => `/en/concepts/${slug}/`,
    insideSite: () => true,
  });
}

test('a query that names openYuanrong searches its catalogs first', async () => {
  const calls: Array<FullTextFilters | undefined> = [];
  const outcome = await answerer(calls).search('gpu actor', { limit: 5 });
  assert.deepEqual(calls[0], { catalog: { any: [catalogs['yr-sdk'], catalogs['yr-rest']] } });
  assert.equal(outcome?.results[0]?.url, '/en/codes/1006/');
});

test('when the named platform has no page for the words, the other catalogs are read', async () => {
  const calls: Array<FullTextFilters | undefined> = [];
  const outcome = await answerer(calls).search('openYuanrong create', { limit: 5 });
  assert.deepEqual(calls[0], { catalog: { any: [catalogs['yr-sdk'], catalogs['yr-rest']] } });
  assert.ok(calls.some((filters) => filters !== undefined && Object.keys(filters).length === 0), 'the other catalogs were never read');
  assert.equal(outcome?.results[0]?.url, '/en/codes/FailedOperation.CreateFunction/');
  // Tencent Cloud named: its two catalogs.
  const scf: Array<FullTextFilters | undefined> = [];
  await answerer(scf).search('云函数 gpu create', { limit: 5 });
  assert.deepEqual(scf[0], { catalog: { any: [catalogs.scf, catalogs['scf-api']] } });
  const unnamed: Array<FullTextFilters | undefined> = [];
  await answerer(unnamed).search('gpu create', { limit: 5 });
  assert.deepEqual(unnamed[0], {});
});

test('before the other catalogs, more of the words are tried one by one within the platform the query names', async () => {
  // Four rarer words find nothing on openYuanrong's pages; the fifth, `gpu`, finds 1006 there. Three
  // single words only would have read the other catalogs and put the SCF API page first.
  const calls: Array<FullTextFilters | undefined> = [];
  const outcome = await answerer(calls).search('openYuanrong createfunction zzzzzzz yyyyyyy xxxxxx gpu', { limit: 5 });
  assert.equal(outcome?.results[0]?.url, '/en/codes/1006/');
  assert.ok(calls.every((filters) => filters !== undefined && Object.keys(filters).length > 0), 'the other catalogs were read');
});

test('a deploy error the lookup already answers with an API code keeps it first; a guess at another catalog yields to the API pages', async () => {
  const make = (phrases: Array<{ text: string; codes: string[] }>) =>
    createAnswerer({
      lookup: async () =>
        loadedLookup({
          catalogs,
          entries: [
            { code: 'FailedOperation.CreateFunction', catalog: 'scf-api', title: 'Create failed' },
            { code: 'FailedOperation.CreateNamespace', catalog: 'scf-api', title: 'Namespace' },
            { code: '430', catalog: 'scf', title: 'User code' },
          ],
          phrases,
        }),
      apiMessages: async () => [],
      vendorWording: async () => [],
      shard: async () => [],
      statuses: async () => EMPTY_STATUSES,
      fullText: async () => ({
        async search() {
          const url = '/en/codes/FailedOperation.CreateNamespace/';
          return { results: [{ id: url, data: async () => ({ url, excerpt: '', meta: { title: url }, filters: { catalog: [catalogs['scf-api']] } }) }] };
        },
      }),
      codeUrl: (code) => `/en/codes/${code}/`,
      conceptUrl: (slug) => `/en/concepts/${slug}/`,
      insideSite: () => true,
    });
  const api = await make([{ text: '函数创建失败', codes: ['FailedOperation.CreateFunction'] }]).search('云函数创建失败', { limit: 5 });
  assert.equal(api?.results[0]?.url, '/en/codes/FailedOperation.CreateFunction/');
  const other = await make([{ text: '函数创建失败', codes: ['430'] }]).search('云函数创建失败', { limit: 5 });
  assert.equal(other?.results[0]?.url, '/en/codes/FailedOperation.CreateNamespace/');
});

test('the header box and the search page put the same page first, whatever their limits', async () => {
  // Nine pages that share a word: the API page ranked first by the index, an invocation page ranked ninth.
  const many = [
    { url: '/en/codes/FailedOperation.UpdateFunctionCode/', catalog: catalogs['scf-api'] },
    ...Array.from({ length: 7 }, (_, i) => ({ url: `/en/codes/InvalidParameterValue.X${i}/`, catalog: catalogs['scf-api'] })),
    { url: '/en/codes/3005/', catalog: catalogs['yr-sdk'] },
  ];
  const ranked: FullTextIndex = {
    async search() {
      return { results: many.map((page) => ({ id: page.url, data: async () => ({ url: page.url, excerpt: '', meta: { title: page.url }, filters: { catalog: [page.catalog] } }) })) };
    },
  };
  const search = createAnswerer({
    lookup: async () => loadedLookup({ catalogs, entries: [] }),
    apiMessages: async () => [],
    vendorWording: async () => [],
    shard: async () => [],
    statuses: async () => EMPTY_STATUSES,
    fullText: async () => ranked,
    codeUrl: (code) => `/en/codes/${code}/`,
    conceptUrl: (slug) => `/en/concepts/${slug}/`,
    insideSite: () => true,
  });
  const box = await search.search('update failed', { limit: 8 });
  const page = await search.search('update failed', { limit: 20 });
  assert.equal(box?.results[0]?.url, page?.results[0]?.url);
  assert.equal(page?.results.length, 9);
});

test('what a question quotes is searched on its own first, so the question\'s words do not decide the pages', async () => {
  const calls: Array<FullTextFilters | undefined> = [];
  // "fails" and "deploy" are on no page: with them, every word is required and nothing is found.
  const outcome = await answerer(calls).search('deploy fails with "gpu actor resource" every time', { limit: 5 });
  assert.equal(outcome?.results[0]?.url, '/en/codes/1006/');
  assert.equal(outcome?.closest, false);
});
