/**
 * A sentence copied from a vendor's status-code table finds its code through the table's
 * fingerprints (src/lib/search/vendor-wording.ts), without the sentences being shipped.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { fingerprintHashes, matchVendorWording, wordingFingerprint, wordingTokens, type VendorSentence } from '../../src/lib/search/vendor-wording.ts';

// Sentences written for this test, in the tables' manner; a few everyday ones make the common words common.
const sentence = (c: string[], text: string, s = 'yr-reference'): VendorSentence => ({ c, s, h: wordingFingerprint(text) });
const TABLE: VendorSentence[] = [
  sentence(['1015'], 'The metadata of the function cannot be located.'),
  sentence(['1015'], 'Make sure the function was deployed before calling it.'),
  sentence(['1014'], 'Verify the IAM policy that guards the tenant.'),
  sentence(['442'], 'Check the function version and try again.', 'scf-en-current'),
  sentence(['433'], 'Check the function code and try again.', 'scf-en-current'),
  sentence(['430'], 'Read the stack trace in the invocation logs.', 'scf-en-current'),
  sentence(['405'], '请检查镜像或启动文件能否在本地正常启动。', 'scf-zh-current'),
  sentence(['9000'], 'Internal server error.'),
];
const codes = (query: string) => matchVendorWording(query, TABLE).map((hit) => hit.code);

test('a fingerprint keeps hashed words only, and reads back', () => {
  const fingerprint = wordingFingerprint('The metadata of the function cannot be located.');
  assert.match(fingerprint, /^(?:[A-Za-z0-9_-]{2})+$/);
  assert.doesNotMatch(fingerprint, /metadata/i);
  assert.equal(fingerprintHashes(fingerprint).length, new Set(wordingTokens('The metadata of the function cannot be located.')).size);
  assert.throws(() => fingerprintHashes('abc'));
  // Chinese is read as pairs of characters; glue words and numbers are no words.
  assert.deepEqual(wordingTokens('启动文件 6 MB'), ['启动', '动文', '文件']);
  assert.deepEqual(wordingTokens('the 3 and of'), []);
});

test('a copied sentence names its code, with the document it comes from; two sentences of one row weigh more', () => {
  const [hit] = matchVendorWording('The metadata of the function cannot be located. Make sure the function was deployed before calling it.', TABLE);
  assert.equal(hit?.code, '1015');
  assert.equal(hit?.source, 'yr-reference');
  assert.equal(hit?.reason, 'message');
  assert.deepEqual(codes('Error 1014: verify the IAM policy that guards the tenant'), ['1014']);
  assert.deepEqual(codes('报错后看到：请检查镜像或启动文件能否在本地正常启动'), ['405']);
});

test('shared everyday words, a rare word left out, words scattered in a long text, or one short sentence name nothing', () => {
  // `version` is the rare word of 442's sentence: a query without it is no copy, whatever else it shares.
  assert.deepEqual(codes('my function failed, please check the function and try again'), []);
  assert.deepEqual(codes('It failed: read the stack trace in the invocation logs'), ['430']);
  assert.deepEqual(codes('The metadata service restarted at noon while a function in another region, which nobody deployed, kept failing, and the operator could not be located for hours before calling it a day'), []);
  assert.deepEqual(codes('Internal Server Error'), []);
});

test('content/vendor-wording.yaml holds fingerprints only, each with its codes and a source document', () => {
  const entries = parse(readFileSync(new URL('../../content/vendor-wording.yaml', import.meta.url), 'utf8')) as VendorSentence[];
  assert.ok(entries.length > 100);
  for (const entry of entries) {
    assert.ok(entry.c.length >= 1 && entry.c.length <= 2, `${entry.h}: ${entry.c.length} codes`);
    assert.match(entry.s, /^(?:scf-(?:en|zh)-(?:current|older)|yr-reference)$/);
    assert.ok(fingerprintHashes(entry.h).length >= 3);
  }
});

/**
 * An answerer over two codes (openYuanrong's 1015, SCF's 405) and the table sentences above, with the
 * phrases given; `onFetch` hears each vendors' wording file it fetches.
 */
async function tableAnswerer(phraseGroups: Record<string, string[]>, onFetch: (script: string, platform: string) => void) {
  const { createAnswerer, loadedLookup } = await import('../../src/lib/search/answer.ts');
  const { EMPTY_STATUSES } = await import('../../src/lib/search/statuses.ts');
  const { searchStrings } = await import('../../src/i18n/index.ts');
  return createAnswerer({
    lookup: async () =>
      loadedLookup({
        catalogs: { scf: 'SCF status codes', 'yr-sdk': 'openYuanrong SDK', 'yr-rest': 'openYuanrong REST', 'scf-api': 'SCF API' },
        entries: [
          { code: '1015', catalog: 'yr-sdk', title: 'Function metadata missing' },
          { code: '405', catalog: 'scf', title: 'Container exited' },
        ],
        phraseGroups,
        vendorWording: { 'yr-reference': 'openYuanrong error codes', 'scf-zh-current': 'SCF status codes, Chinese' },
        strings: searchStrings('en'),
      }),
    apiMessages: async () => [],
    vendorWording: async (script, platform) => {
      onFetch(script, platform);
      return TABLE.filter((entry) => (script === 'zh') === entry.s.startsWith('scf-zh') && (platform === 'tencent-scf') === entry.s.startsWith('scf-'));
    },
    shard: async () => [],
    statuses: async () => EMPTY_STATUSES,
    fullText: async () => null,
    codeUrl: (code) => `/en/codes/${code}/`,
    conceptUrl: (slug) => `/en/concepts/${slug}/`,
    insideSite: () => true,
  });
}

test('the search answers a copied sentence with its code and says which document worded it; a platform the query names keeps its own codes', async () => {
  const { whyMatched } = await import('../../src/lib/search/answer.ts');
  const { searchStrings } = await import('../../src/i18n/index.ts');
  const strings = searchStrings('en');
  const fetchedScripts: string[] = [];
  const answerer = await tableAnswerer({}, (script) => fetchedScripts.push(script));
  const copied = 'The metadata of the function cannot be located. Make sure the function was deployed before calling it.';
  const outcome = await answerer.search(copied, { limit: 5 });
  assert.equal(outcome?.results[0]?.code, '1015');
  assert.deepEqual(whyMatched(outcome!.results[0]!, strings), { label: 'Worded as in: ', text: 'openYuanrong error codes' });
  // Not an exact match: the words are the vendor's description, not a message the platform printed.
  assert.equal(outcome?.exact, false);
  // The same sentence in a question about SCF is not answered with an openYuanrong code.
  const onScf = await answerer.search(`SCF 云函数: ${copied}`, { limit: 5 });
  assert.ok(onScf?.results.every((result) => result.reason !== 'wording'), JSON.stringify(onScf?.results));
  assert.equal((await answerer.search('请检查镜像或启动文件能否在本地正常启动', { limit: 5 }))?.results[0]?.code, '405');
  // A log or a response (lines, braces, frames) holds no sentence of a table: the file is not even read.
  fetchedScripts.length = 0;
  await answerer.search(`{"errorMessage": "${copied}"}`, { limit: 5 });
  assert.deepEqual(fetchedScripts, []);
});

test('a bad fingerprint entry fails the checks naming the file, the entry and the field', async () => {
  const { parseVendorWordingFile } = await import('../../src/lib/content/real-world-files.ts');
  const { checkContent } = await import('../../src/lib/content/rules.ts');
  const file = 'content/vendor-wording.yaml';
  const { records, problems } = parseVendorWordingFile({ file, text: '- { c: ["433"], s: nowhere, h: "AB" }\n- { c: ["9999"], s: yr-reference, h: "ABC" }\n- { c: ["9999"], s: yr-reference, h: "ABCD" }\n' });
  assert.deepEqual(problems.map(({ field }) => field), ['[0].s', '[1].h']);
  assert.deepEqual(checkContent([], [], { seenAs: [], phrases: [], vendorWording: records }).map(({ file: where, field, message }) => `${where} › ${field}: ${message}`), [
    'content/vendor-wording.yaml › [2].c: code 9999 does not exist in content/catalogs/*.yaml',
  ]);
});

test('a query that already found codes reads the other platform\'s table sentences only when it is a whole sentence', async () => {
  const fetched: string[] = [];
  const answerer = await tableAnswerer({ '405': ['startup file'] }, (script, platform) => fetched.push(`${platform}/${script}`));
  // A question that found SCF's 405 by a phrase: SCF's sentences are read, openYuanrong's file is not fetched.
  const asked = await answerer.search('why does my startup file keep failing on deploy', { limit: 5 });
  assert.equal(asked?.results[0]?.code, '405');
  assert.deepEqual(fetched, ['tencent-scf/en']);
  // A whole sentence copied from openYuanrong's table that also names SCF's phrase: both platforms' files are read.
  fetched.length = 0;
  const copied = await answerer.search('The metadata of the function cannot be located. Make sure the startup file was deployed before calling it.', { limit: 5 });
  assert.deepEqual(fetched, ['tencent-scf/en', 'openyuanrong/en']);
  assert.ok(copied?.results.some((result) => result.code === '1015' && result.reason === 'wording'), JSON.stringify(copied?.results));
});
