/**
 * The pure pieces of issue 20's reading aids: identifiers in prose that wrap at their words, the
 * catalog filter's search-like matching and its URL state, Pagefind's Chinese excerpts cleaned, the
 * ticket summary's first step and pasted message, and the permalink markup.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { proseParts } from '../../src/lib/render/identifier.ts';
import { filterSearch, queryWords, rowMatches, rowWords, textMatches, worthFullText } from '../../src/lib/search/catalog-filter.ts';
import { cleanExcerpt } from '../../src/lib/render/excerpt.ts';
import { filledMessage, shorten, ticketSummary } from '../../src/lib/render/ticket-summary.ts';
import { headingRowHtml, permalinkHtml, PERMALINK_LABEL_ID } from '../../src/lib/render/heading-link.ts';

test('long identifiers in prose wrap at their words; other text comes back whole', () => {
  const text = 'In the SDK, 3008 is ERR_REQUEST_BETWEEN_RUNTIME_FRONTEND, a failed request.';
  const parts = proseParts(text);
  assert.equal(parts.join(''), text);
  assert.deepEqual(parts, ['In the SDK, 3008 is ERR_', 'REQUEST_', 'BETWEEN_', 'RUNTIME_', 'FRONTEND, a failed request.']);
  assert.deepEqual(proseParts('short words only, even HandlerNotFound'), ['short words only, even HandlerNotFound']);
  assert.deepEqual(proseParts('(UnsupportedOperation.UpdateFunctionCode)'), ['(Unsupported', 'Operation.', 'Update', 'Function', 'Code)']);
  assert.deepEqual(proseParts(''), []);
});

test('the catalog filter keys rows and queries as the search does', () => {
  assert.deepEqual(rowWords('437 HandlerNotFound'), ['437', 'handlernotfound', 'handler', 'not', 'found']);
  assert.deepEqual(queryWords('how to fix a timeout?'), ['timeout']);
  assert.deepEqual(queryWords('函数超时 怎么办'), ['函数超时']);
  assert.equal(textMatches('433 TimeLimitReached Function execution timed out', 'time limit'), true);
  assert.equal(textMatches('433 TimeLimitReached Function execution timed out', 'TIMELIMITREACHED'), true);
  assert.equal(textMatches('433 TimeLimitReached 函数执行超时', '超时'), true);
  assert.equal(textMatches('433 TimeLimitReached Function execution timed out', 'memory'), false);
  // A word inside another word is not a match (the old substring rule found "out" in "timeout").
  assert.equal(textMatches('433 TimeLimitReached', 'imit'), false);
});

test('a row shows when its retry matches and its words or the search found it', () => {
  const row = '437 HandlerNotFound Handler not found';
  assert.equal(rowMatches(row, 'no', '', ''), true);
  assert.equal(rowMatches(row, 'no', 'FOUND handlernotfound', ''), true);
  assert.equal(rowMatches(row, 'no', '437 timeout', ''), false);
  assert.equal(rowMatches(row, 'no', 'timeout', '', true), true);
  assert.equal(rowMatches(row, 'no', 'timeout', 'yes', true), false);
  assert.equal(rowMatches(row, 'no', '', 'no'), true);
  assert.equal(rowMatches(row, 'no', 'handler', 'yes'), false);
});

test('the filter state is the URL\'s q and retry, the rest of the query kept', () => {
  assert.equal(filterSearch('', ' timeout ', 'no'), '?q=timeout&retry=no');
  assert.equal(filterSearch('?q=old&retry=yes&x=1', '', ''), '?x=1');
  assert.equal(filterSearch('?q=old', '超时', ''), '?q=%E8%B6%85%E6%97%B6');
  assert.equal(worthFullText('ti'), false);
  assert.equal(worthFullText('timeout'), true);
  assert.equal(worthFullText('超时'), true);
  assert.equal(worthFullText('超'), false);
});

test('Chinese excerpts: adjacent marks merge, lone characters are unmarked, blocks end with 。', () => {
  assert.equal(cleanExcerpt('. <mark>超</mark><mark>时</mark>：您遇到的是哪一种？'), '<mark>超时</mark>：您遇到的是哪一种？');
  assert.equal(cleanExcerpt('<mark>函数</mark><mark>运行</mark><mark>时</mark>使用'), '<mark>函数运行时</mark>使用');
  assert.equal(cleanExcerpt('运行<mark>时</mark>的内存'), '运行时的内存');
  assert.equal(cleanExcerpt('请求被取消. 434 MemoryLimitReached. 函数内存超出限制. 函数'), '请求被取消。434 MemoryLimitReached. 函数内存超出限制。函数');
  assert.equal(cleanExcerpt('已结束。. 下一段'), '已结束。下一段');
  // English keeps its spaces between marks and its full stops.
  assert.equal(cleanExcerpt('a <mark>timeout</mark> <mark>here</mark>. Next.'), 'a <mark>timeout</mark> <mark>here</mark>. Next.');
});

const input = {
  lang: 'en' as const,
  platform: 'Tencent Cloud SCF',
  heading: '433 TimeLimitReached',
  title: 'Function execution timed out',
  summary: 'The invocation did not finish in time.',
  retryLabel: 'Retry',
  retry: 'No, fix the cause first.',
  firstStepLabel: 'First step',
  firstStep: '  Compare the seconds in the message\n with the work.  ',
  pasteLabel: 'From your paste',
  paste: 'Invoking task timed out after 3 seconds',
  url: 'https://errors.example.com/codes/433/',
};

test('the ticket summary carries the first fix step and the pasted message, in text and Markdown', () => {
  assert.equal(
    ticketSummary(input),
    [
      'Tencent Cloud SCF 433 TimeLimitReached · Function execution timed out',
      'The invocation did not finish in time.',
      'Retry: No, fix the cause first.',
      'First step: Compare the seconds in the message with the work.',
      'From your paste: Invoking task timed out after 3 seconds',
      'https://errors.example.com/codes/433/',
    ].join('\n'),
  );
  const markdown = ticketSummary(input, 'markdown');
  assert.match(markdown, /\n- \*\*First step:\*\* Compare the seconds in the message with the work\.\n/);
  assert.match(markdown, /\n- \*\*From your paste:\*\* `Invoking task timed out after 3 seconds`\n- <https:\/\/errors\.example\.com\/codes\/433\/>$/);
  assert.doesNotMatch(ticketSummary({ ...input, paste: '', firstStep: '' }), /First step|From your paste/);
  const zh = ticketSummary({ ...input, lang: 'zh', retryLabel: '重试建议', retry: '重试无效，请先排除原因。', firstStepLabel: '第一步', pasteLabel: '您粘贴的报错' });
  assert.match(zh, /\n重试建议：重试无效，请先排除原因。\n第一步：Compare/);
  assert.match(zh, /\n您粘贴的报错：Invoking task/);
});

test('a long first step is cut at a word; values go back into the message', () => {
  const step = 'word '.repeat(100);
  const short = shorten(step, 40);
  assert.ok(short.length <= 41 && short.endsWith('…'));
  assert.doesNotMatch(short, / …$/);
  assert.equal(shorten('short', 40), 'short');
  assert.equal(filledMessage('Invoking task timed out after {seconds} seconds', { seconds: '3' }), 'Invoking task timed out after 3 seconds');
  assert.equal(filledMessage('{function} used {mb} MB', { mb: '128' }), '{function} used 128 MB');
});

test('a heading row holds the heading and its permalink, named by the page label and the heading', () => {
  assert.equal(permalinkHtml('fix', 'fix-heading'), `<a class="permalink" href="#fix" aria-labelledby="${PERMALINK_LABEL_ID} fix-heading">#</a>`);
  assert.equal(
    headingRowHtml(2, 'fix-heading', 'How to fix it', 'fix'),
    `<div class="heading-row"><h2 id="fix-heading">How to fix it</h2><a class="permalink" href="#fix" aria-labelledby="${PERMALINK_LABEL_ID} fix-heading">#</a></div>`,
  );
  assert.match(headingRowHtml(3, 'a"b', 'x'), /id="a&quot;b"/);
});

test('a prose table sits in a focusable region named by its columns, in the page language', async () => {
  const { tableScrollHtml } = await import('../../src/lib/render/content-components.ts');
  const table = '<table><thead><tr><th>Code</th><th>Where <code>time</code> ran out</th><th>A &amp; "B"</th></tr></thead><tbody></tbody></table>';
  assert.equal(
    tableScrollHtml('en', table),
    `<section class="table-scroll" tabindex="0" aria-label="Table of Code, Where time ran out, A &amp; &quot;B&quot;, scrolls sideways">${table}</section>`,
  );
  assert.match(tableScrollHtml('zh', table), /aria-label="表格（Code、Where time ran out、A &amp; &quot;B&quot;），可左右滚动"/);
});
