/**
 * The command as a reader runs it: the bundle (cli/dist/cli.js) under Node 20, with what it prints,
 * how it lays it out and how it exits, including every kind of bad input: no text, bad options, an
 * unknown code, a multi-megabyte log on standard input.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { bundle, node20, spawnCli } from './run.ts';

const cli = (args: string[], options: Parameters<typeof spawnCli>[1] = {}) => spawnCli([node20, bundle, ...args], { ...options, env: { LANG: 'en_US.UTF-8', ...options.env } });
// eslint-disable-next-line no-control-regex
const ANSI = /\x1b\[[0-9;]*m/;
const TIMEOUT_433 = '{"errorCode":-1,"errorMessage":"Invoking task timed out after 3 seconds","statusCode":433}';

test('the bundle runs on the oldest supported Node', async () => {
  const version = await spawnCli([node20, '--version']);
  assert.match(version.stdout, /^v(2\d)\./);
  assert.ok(Number(/^v(\d+)/.exec(version.stdout)![1]) >= 20);
  const run = await cli(['--version']);
  assert.equal(run.status, 0);
  assert.match(run.stdout, /^serverless-error-codes \d+\.\d+\.\d+ \(data \d{4}-\d{2}-\d{2}, https?:\/\//);
});

test('explain: an exact match exits 0 and shows code, name, title, why, meaning, fix and URL', async () => {
  const run = await cli(['explain', TIMEOUT_433, '--limit', '1']);
  assert.equal(run.status, 0, run.stderr);
  const text = run.stdout;
  assert.match(text, /^433 TimeLimitReached · Function execution timed out$/m);
  assert.match(text, /Exact match/);
  assert.match(text, /Matched: .*Invoking task timed out after \{seconds\}/);
  assert.match(text, /Values in your text: Seconds 3/);
  assert.match(text, /^What it means$/m);
  assert.match(text, /^How to fix it$/m);
  assert.match(text, /^ {2}1\. /m);
  assert.match(text, /^Page: https?:\/\/\S+\/en\/codes\/433\/$/m);
});

test('explain: likely matches only exit 1; no match exits 2 and offers the closest codes', async () => {
  const likely = await cli(['explain', 'function keeps timing out']);
  assert.equal(likely.status, 1, likely.stderr);
  assert.match(likely.stdout, /Likely/);
  const none = await cli(['explain', 'xyzzyplugh']);
  assert.equal(none.status, 2);
  assert.match(none.stdout, /No code matches this text\./);
});

test('explain --json: the documented shape', async () => {
  const run = await cli(['explain', '--json', TIMEOUT_433]);
  assert.equal(run.status, 0);
  const result = JSON.parse(run.stdout);
  assert.deepEqual(Object.keys(result), ['query', 'lang', 'status', 'exitCode', 'fullText', 'total', 'matches', 'closest']);
  assert.equal(result.status, 'exact');
  assert.equal(result.exitCode, 0);
  const [first] = result.matches;
  for (const key of ['kind', 'code', 'name', 'heading', 'title', 'catalog', 'catalogLabel', 'exact', 'reason', 'why', 'values', 'summary', 'meaning', 'fix', 'url', 'markdownUrl']) assert.ok(key in first, `matches[0].${key}`);
  assert.equal(first.code, '433');
  assert.deepEqual(first.values, { seconds: '3' });
  assert.ok(first.fix.length >= 3 && first.fix.every((step: string) => step.length > 10));
  assert.match(first.markdownUrl, /\/en\/codes\/433\.md$/);
});

test('explain in Chinese: --lang zh, or the locale', async () => {
  const byFlag = await cli(['explain', TIMEOUT_433, '--lang', 'zh', '--limit', '1']);
  assert.match(byFlag.stdout, /^433 TimeLimitReached · 函数执行超时$/m);
  assert.match(byFlag.stdout, /精确匹配/);
  assert.match(byFlag.stdout, /^含义$/m);
  assert.match(byFlag.stdout, /^解决方法$/m);
  assert.match(byFlag.stdout, /^页面地址：\S+\/zh\/codes\/433\/$/m);
  const byLocale = await cli(['explain', TIMEOUT_433, '--limit', '1'], { env: { LANG: 'zh_CN.UTF-8' } });
  assert.equal(byLocale.stdout, byFlag.stdout);
  const lcAllWins = await cli(['explain', TIMEOUT_433, '--limit', '1'], { env: { LANG: 'zh_CN.UTF-8', LC_ALL: 'en_US.UTF-8' } });
  assert.match(lcAllWins.stdout, /Function execution timed out/);
});

test('output fits the width and has no color unless a terminal or FORCE_COLOR asks, and never with NO_COLOR', async () => {
  for (const [lang, columns] of [['en', 60], ['zh', 50]] as const) {
    const run = await cli(['explain', TIMEOUT_433, '--lang', lang, '--limit', '2'], { env: { COLUMNS: String(columns) } });
    const wide = (line: string) => [...line].reduce((width, char) => width + (/[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(char) ? 2 : 1), 0);
    // A URL or a command in a code block is never broken; every other line fits.
    const over = run.stdout.split('\n').filter((line) => wide(line) > columns && !/https?:\/\/\S{20,}|^ {4,}\S/.test(line));
    assert.deepEqual(over, [], `${lang} at ${columns} columns`);
    assert.doesNotMatch(run.stdout, ANSI);
  }
  const forced = await cli(['explain', TIMEOUT_433], { env: { FORCE_COLOR: '1' } });
  assert.match(forced.stdout, ANSI);
  // Colored code next to a link stays whole: no escape sequence is cut or shown as text.
  const mixed = await cli(['show', '443', '--lang', 'zh'], { env: { FORCE_COLOR: '1' } });
  const plain = mixed.stdout.replace(/\x1b\[[0-9;]*m/g, '');
  assert.doesNotMatch(plain, /\x1b|\[\d+m/);
  assert.match(plain, /执行方法\s+<https?:\/\/\S+\/zh\/concepts\/handler\/>/);
  assert.doesNotMatch(plain, / \n/, "no line ends in a space");
  const noColor = await cli(['explain', TIMEOUT_433], { env: { FORCE_COLOR: '1', NO_COLOR: '1' } });
  assert.doesNotMatch(noColor.stdout, ANSI);
});

test('bad input: no text, no command, bad options each say what is wrong and exit 2', async () => {
  const noText = await cli(['explain']);
  assert.equal(noText.status, 2);
  assert.equal(noText.stdout, '');
  assert.match(noText.stderr, /explain needs the text of an error/);
  assert.match(noText.stderr, /Usage:/);
  const blank = await cli(['explain'], { stdin: '  \n\n ' });
  assert.equal(blank.status, 2);
  assert.match(blank.stderr, /explain needs the text of an error/);
  const nothing = await cli([]);
  assert.equal(nothing.status, 2);
  assert.match(nothing.stderr, /Usage:/);
  for (const [args, message] of [
    [['explain', 'x', '--limit', '0'], /--limit takes 1–20, not "0"/],
    [['explain', 'x', '--lang', 'fr'], /--lang takes en \| zh, not "fr"/],
    [['explain', 'x', '--lang'], /--lang needs a value/],
    [['explain', 'x', '--colour'], /Unknown option "--colour"/],
    [['explian', 'x'], /Unknown command "explian"/],
    [['list', '--catalog', 'lambda'], /No catalog "lambda"; the catalogs are scf, scf-api, yr-sdk, yr-rest/],
    [['show'], /show needs a code/],
  ] as const) {
    const run = await cli([...args]);
    assert.equal(run.status, 2, args.join(' '));
    assert.match(run.stderr, message, args.join(' '));
  }
  const help = await cli(['--help']);
  assert.equal(help.status, 0);
  assert.match(help.stdout, /Exit status: 0 an exact match, 1 likely matches only, 2 no match/);
});

test('a wrapper code that looks like an option is text', async () => {
  const run = await cli(['explain', '-504003']);
  assert.notEqual(run.status, 2, run.stderr);
  assert.match(run.stdout, /433/);
});

test('a pasted list item that starts with a dash is text, not an option', async () => {
  const run = await cli(['explain', '--lang', 'zh', '- Client 侧表现为 RPC 超时 (K_RPC_UNAVAILABLE)']);
  assert.notEqual(run.status, 2, run.stderr);
  assert.match(run.stdout, /3002/);
});

test('show: one page from its Markdown twin; an unknown code suggests the closest codes', async () => {
  const page = await cli(['show', '437']);
  assert.equal(page.status, 0);
  assert.match(page.stdout, /^437 HandlerNotFound · /m);
  assert.match(page.stdout, /^Seen as$/m);
  assert.match(page.stdout, /^Sources$/m);
  const api = await cli(['show', 'resourcenotfound.function', '--json']);
  assert.equal(JSON.parse(api.stdout).code, 'ResourceNotFound.Function');
  const unknown = await cli(['show', '4399']);
  assert.equal(unknown.status, 2);
  assert.match(unknown.stderr, /No code "4399" in the reference\.\nClosest codes:\n {2}4\d{3}/);
  const typo = await cli(['show', 'ResourceNotFound.Functoin']);
  assert.equal(typo.status, 2);
  assert.match(typo.stderr, /Closest codes:\n {2}ResourceNotFound\.Function /);
  const json = await cli(['show', 'HandlerNotFund', '--json']);
  assert.equal(json.status, 2);
  assert.equal(JSON.parse(json.stdout).suggestions[0].code, '437');
});

test('list: a catalog, or every catalog', async () => {
  const scf = await cli(['list', '--catalog', 'scf', '--json']);
  const listing = JSON.parse(scf.stdout);
  assert.equal(listing.catalogs.length, 1);
  assert.equal(listing.catalogs[0].codes.length, 33);
  const all = await cli(['list', '--json', '--lang', 'zh']);
  assert.deepEqual(
    JSON.parse(all.stdout).catalogs.map((catalog: { id: string }) => catalog.id),
    ['scf', 'scf-api', 'yr-sdk', 'yr-rest'],
  );
  const text = await cli(['list', '--catalog', 'yr-sdk']);
  assert.match(text.stdout, /^openYuanrong SDK \(49 codes\)$/m);
});

test('standard input: a multi-megabyte log is read to its end and its last error is used, and stderr says which part', async () => {
  const noise = Array.from({ length: 60_000 }, (_, i) => `2026-12-01T08:00:${String(i % 60).padStart(2, '0')}Z INFO request ${i} handled in ${i % 97} ms`).join('\n');
  const log = `${noise}\nSTART RequestId: 1\n${TIMEOUT_433}\nEND RequestId: 1\nREPORT RequestId: 1 Duration: 3000 ms\n`;
  assert.ok(Buffer.byteLength(log) > 3 * 1024 * 1024);
  const run = await cli(['explain', '--json'], { stdin: log });
  assert.equal(run.status, 0, run.stderr);
  assert.match(run.stderr, /^Read 3\.\d MiB \(60,004 lines\) from standard input, kept the last 64 KiB; used line 60,002, the last error and the lines around it\.$/m);
  const result = JSON.parse(run.stdout);
  assert.equal(result.matches[0].code, '433');
  assert.ok(result.query.length <= 4000);
  // A log of only noise still answers (or says nothing matched), never crashes.
  const quiet = await cli(['explain'], { stdin: noise });
  assert.ok([0, 1, 2].includes(quiet.status));
  assert.match(quiet.stderr, /the last lines \(none looks like an error\)/);
  // A short paste on standard input is used whole, silently.
  const short = await cli(['explain'], { stdin: `${TIMEOUT_433}\n` });
  assert.equal(short.status, 0);
  assert.equal(short.stderr, '');
});
