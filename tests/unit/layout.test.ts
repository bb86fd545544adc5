/**
 * The pure pieces of the reader's layout: where identifiers may wrap, the sections of a code page,
 * the ticket summary, the share origin, the catalog filter rule, Shiki's classes, the theme file
 * and how much of a group the navigation column lists.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { identifierParts } from '../../src/lib/render/identifier.ts';
import { codePageSections } from '../../src/lib/render/page-sections.ts';
import { shareOrigin } from '../../src/lib/site/share-origin.ts';
import { ticketSummary } from '../../src/lib/render/ticket-summary.ts';
import { rowMatches } from '../../src/lib/search/catalog-filter.ts';
import { stylesToClasses, tokenClass } from '../../src/lib/render/code-highlight.ts';
import { parseTheme, THEME_STORAGE_KEY, THEMES } from '../../src/lib/site/theme.ts';
import { navColumn, navWindow } from '../../src/lib/render/nav-window.ts';

test('identifiers break at camelCase humps, acronyms and separators, and join back unchanged', () => {
  assert.deepEqual(identifierParts('ResourceLimitReached'), ['Resource', 'Limit', 'Reached']);
  assert.deepEqual(identifierParts('InvalidParameterValue'), ['Invalid', 'Parameter', 'Value']);
  assert.deepEqual(identifierParts('HTTPError'), ['HTTP', 'Error']);
  assert.deepEqual(identifierParts('index.main_handler'), ['index.', 'main_', 'handler']);
  assert.deepEqual(identifierParts('example.Hello::mainHandler'), ['example.', 'Hello::', 'main', 'Handler']);
  assert.deepEqual(identifierParts('4008'), ['4008']);
  for (const name of ['TotalRoutingWeightNotOneHundred', 'User preocess exit when running', 'FunctionNameFormatErr', 'a_b.c']) {
    assert.equal(identifierParts(name).join(''), name);
  }
});

test('a code page lists its sections in reading order, optional ones only when present', () => {
  assert.deepEqual(
    codePageSections(() => true).map((section) => section.id),
    ['facts', 'meaning', 'fix', 'notes', 'seen-as', 'upstream', 'related', 'other-platforms', 'sources'],
  );
  assert.deepEqual(
    codePageSections((id) => id !== 'notes' && id !== 'upstream' && id !== 'other-platforms').map((section) => section.id),
    ['facts', 'meaning', 'fix', 'seen-as', 'related', 'sources'],
  );
  assert.deepEqual(codePageSections(() => false).map((section) => section.label), ['facts', 'meaning', 'fix', 'sources']);
});

const input = {
  platform: 'Tencent Cloud SCF',
  heading: '437 HandlerNotFound',
  title: 'Handler not found',
  summary: 'The platform  could not\nload the handler.',
  retryLabel: 'Retry',
  retry: 'No, fix the cause first.',
  url: 'https://errors.example.com/codes/437/',
};

test('the ticket summary is plain text by default, Markdown on request', () => {
  assert.equal(
    ticketSummary({ lang: 'en', ...input }),
    'Tencent Cloud SCF 437 HandlerNotFound · Handler not found\nThe platform could not load the handler.\nRetry: No, fix the cause first.\nhttps://errors.example.com/codes/437/',
  );
  assert.equal(
    ticketSummary({ lang: 'en', ...input }, 'markdown'),
    '**437 HandlerNotFound** · Handler not found (Tencent Cloud SCF)\n\nThe platform could not load the handler.\n\n- **Retry:** No, fix the cause first.\n- <https://errors.example.com/codes/437/>',
  );
});

test('the Chinese ticket summary uses full-width punctuation', () => {
  const zh = { ...input, lang: 'zh' as const, platform: '腾讯云 SCF', title: '找不到执行方法', summary: '平台无法加载入口。', retryLabel: '重试', retry: '重试无效，请先排除原因。' };
  assert.match(ticketSummary(zh), /\n重试：重试无效，请先排除原因。\n/);
  assert.match(ticketSummary(zh, 'markdown'), /^\*\*437 HandlerNotFound\*\* · 找不到执行方法（腾讯云 SCF）\n/);
  assert.match(ticketSummary(zh, 'markdown'), /\n- \*\*重试：\*\* 重试无效/);
});

test('shared links use SITE_URL when set, else the origin the reader is on', () => {
  assert.equal(shareOrigin(undefined, 'http://localhost:4321'), 'http://localhost:4321');
  assert.equal(shareOrigin('', 'https://mirror.example.net'), 'https://mirror.example.net');
  assert.equal(shareOrigin('https://errors.example.com/', 'http://localhost:4321'), 'https://errors.example.com');
});

test('the catalog filter matches every word in any order, folds case, and narrows by retry', () => {
  const row = '437 HandlerNotFound Handler not found No';
  assert.equal(rowMatches(row, 'no', '', ''), true);
  assert.equal(rowMatches(row, 'no', 'FOUND handlernotfound', ''), true);
  assert.equal(rowMatches(row, 'no', '437 timeout', ''), false);
  assert.equal(rowMatches(row, 'no', '', 'no'), true);
  assert.equal(rowMatches(row, 'no', 'handler', 'yes'), false);
});

test('Shiki placeholder colours become token classes and no inline style survives', () => {
  assert.equal(tokenClass('color:#000003'), 'tok-keyword');
  assert.equal(tokenClass('color:#000000'), undefined);
  const tree = {
    type: 'element',
    properties: { class: 'astro-code', style: 'background-color:#000000;color:#000000; overflow-x: auto;' },
    children: [
      { type: 'element', properties: { style: 'color:#000002' }, children: [] },
      { type: 'element', properties: { class: 'line' }, children: [{ type: 'element', properties: { style: 'color:#000001' } }] },
    ],
  };
  stylesToClasses(tree);
  const json = JSON.stringify(tree);
  assert.doesNotMatch(json, /style/);
  assert.match(json, /"class":"tok-string"/);
  assert.match(json, /"class":"tok-comment"/);
  assert.equal(tree.properties.class, 'astro-code');
});

test('public/theme.js reads the same key and values as the theme switch', () => {
  const file = readFileSync('public/theme.js', 'utf8');
  assert.match(file, new RegExp(`localStorage\\.getItem\\('${THEME_STORAGE_KEY}'\\)`));
  for (const theme of THEMES.filter((value) => value !== 'system')) assert.match(file, new RegExp(`'${theme}'`));
  assert.equal(parseTheme('dark'), 'dark');
  assert.equal(parseTheme('purple'), 'system');
  assert.equal(parseTheme(null), 'system');
});

test('the navigation column lists a small group whole and a large one as a window around the page', () => {
  const codes = Array.from({ length: 10 }, (_, i) => i);
  assert.deepEqual(navWindow(codes, 3, 10), { shown: codes, omitted: 0 });
  assert.deepEqual(navWindow(codes, -1, 10), { shown: codes, omitted: 0 });
  assert.deepEqual(navWindow(codes, 5, 4), { shown: [3, 4, 5, 6], omitted: 6 });
  // The window stays inside the group at both ends and always holds the current code.
  assert.deepEqual(navWindow(codes, 0, 4), { shown: [0, 1, 2, 3], omitted: 6 });
  assert.deepEqual(navWindow(codes, 9, 4), { shown: [6, 7, 8, 9], omitted: 6 });
  for (let current = 0; current < codes.length; current++) assert.ok(navWindow(codes, current, 3).shown.includes(current));
  // A large group the page is not in lists nothing: its link leads to the catalog page instead.
  assert.deepEqual(navWindow(codes, -1, 4), { shown: [], omitted: 10 });
});

test('the navigation column lists other groups while they fit its total, then only their links', () => {
  const sections = [
    { group: 'a', codes: [1, 2, 3] },
    { group: 'b', codes: [4, 5, 6, 7] },
    { group: 'c', codes: [8, 9] },
  ];
  // Everything fits: every group in full, the current one included.
  assert.deepEqual(navColumn(sections, 'b', 1, { limit: 10, total: 20 }).map((g) => g.shown.length), [3, 4, 2]);
  // The current group always shows; the others fill the rest in order, and a group that does not fit shows only its link.
  assert.deepEqual(
    navColumn(sections, 'b', 1, { limit: 10, total: 6 }).map((g) => [g.group, g.shown.length, g.omitted]),
    [['a', 0, 3], ['b', 4, 0], ['c', 2, 0]],
  );
});

test('the dark theme changes colors only, except the handler diagram\'s swapped pictures (the browser layout pass relies on it)', () => {
  const files = readdirSync('src', { recursive: true, encoding: 'utf8' }).filter((file) => /\.(astro|css|ts)$/.test(file));
  const layoutChanging = files.flatMap((file) =>
    [...readFileSync(join('src', file), 'utf8').matchAll(/\bdark:((?:[a-z-]+:)*)([a-z]+)[\w\-/[\]]*/g)]
      .filter(([, , utility]) => !['text', 'border', 'bg', 'outline', 'placeholder'].includes(utility!))
      .map(([match]) => `${file}: ${match}`),
  );
  assert.deepEqual(layoutChanging, ['components/mdx/HandlerDiagram.astro: dark:hidden', 'components/mdx/HandlerDiagram.astro: dark:block']);
});
