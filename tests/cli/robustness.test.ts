/**
 * The same error written another way gets the same answer. Every string of the real-world corpus that
 * the header box answers right is asked again as people also paste it: behind a logger's date, time
 * and level, all in lower case, inside a question, quoted after the writer's words, behind a label,
 * wrapped onto two lines, and cut short. The answer must not move for the
 * first three (a few strings lose words that decide when lower-cased), nor much when quoted after the writer's
 * own words, put behind a log's time and an `Error:` label, or wrapped onto a second line; a paste cut to 70 % of its
 * length keeps most answers, since some cuts fall before the words that decide. One whose answer is an
 * invocation status keeps it inside the Mini Program's and CloudBase's envelopes. And every message of
 * the SCF API, as a deploy tool prints it after its own words and before a request id, answers with
 * its code (or a code that shares the message) for nearly all of them: the short and generic ones
 * ("Code error.", "操作失败。") are the rest.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { outDir } from '../built-site.ts';
import { corpusFor } from '../corpus/corpus.ts';
import { headerBox } from './header-box.ts';

const boxes = { en: headerBox('en'), zh: headerBox('zh') };
after(() => Object.values(boxes).forEach((box) => box.close()));

/** Ways of writing a string, with the share of right answers each must keep (of the strings `applies` to). */
const REWRITES: ReadonlyArray<{ name: string; keep: number; rewrite: (query: string, lang: 'en' | 'zh') => string; applies?: (top: string) => boolean }> = [
  { name: 'behind a log prefix', keep: 1, rewrite: (query) => `2024-05-01 12:00:00.123 ERROR ${query}` },
  { name: 'in lower case', keep: 0.97, rewrite: (query) => query.toLowerCase() },
  { name: 'inside a question', keep: 0.97, rewrite: (query, lang) => (lang === 'zh' ? `请问 ${query} 怎么办？` : `How do I fix "${query}"?`) },
  { name: "quoted after the writer's words", keep: 0.97, rewrite: (query, lang) => (lang === 'zh' ? `遇到这个报错：「${query}」，怎么解决？` : `Getting this error: "${query}" - how do I fix it?`) },
  { name: 'behind a log time and a label', keep: 0.97, rewrite: (query, lang) => `[2024-05-01 12:00:00] ${lang === 'zh' ? '错误：' : 'Error: '}${query}` },
  { name: 'wrapped at its middle', keep: 0.97, rewrite: wrappedAtMiddle },
  { name: 'cut to 70 %', keep: 0.9, rewrite: (query) => (query.length > 40 ? query.slice(0, Math.ceil(query.length * 0.7)) : query) },
  // An error raised by the function, as the Mini Program's call and CloudBase print it around the inner error.
  { name: 'in a Mini Program envelope', keep: 0.98, applies: isInvocationStatus, rewrite: (query) => `Error: cloud.callFunction:fail Error: errCode: -504002 functions execute fail | errMsg: ${query.replace(/\n/g, ' ')}` },
  {
    name: 'in the older Mini Program envelope',
    keep: 0.98,
    applies: isInvocationStatus,
    rewrite: (query) => `Error: errCode: -404011 cloud function execution error | errMsg: cloud.callFunction:fail requestID 16a6, cloud function service error code -504002, error message ${query.replace(/\n/g, ' ')}; at cloud.callFunction api;`,
  },
  { name: 'in a CloudBase envelope', keep: 0.98, applies: isInvocationStatus, rewrite: (query) => JSON.stringify({ code: 'FUNCTIONS_EXECUTE_FAIL', message: query, requestId: '6f1c2a9e' }) },
];

test('an envelope inside an envelope, and escaped JSON inside JSON, are read to the innermost error', async () => {
  for (const lang of ['en', 'zh'] as const) {
    // A timeout the Mini Program already named (`-504003`) inside the generic `-504002`: the timeout.
    const twice = await boxes[lang].ask('Error: cloud.callFunction:fail Error: errCode: -504002 functions execute fail | errMsg: Error: cloud.callFunction:fail Error: errCode: -504003  | errMsg: Invoking task timed out after 3 seconds');
    assert.equal(twice.first, '433', `${lang}: ${twice.top.join(', ')}`);
    // CloudBase's JSON whose message is JSON of its own, escaped once more.
    const nested = await boxes[lang].ask(JSON.stringify({ code: 'FUNCTIONS_EXECUTE_FAIL', message: 'Uncaught (in promise) Error: {"code":"OPERATION_FAIL","msg":"[FUNCTION_NOT_FOUND] 找不到对应的FunctionName."}', requestId: '6f1c2a9e' }));
    assert.equal(nested.first, '435', `${lang}: ${nested.top.join(', ')}`);
  }
});

/** A terminal's or a chat's wrap of a line of 40 characters or more: a break at the space nearest after its middle, or at the middle. */
function wrappedAtMiddle(query: string): string {
  if (query.length < 40) return query;
  const middle = Math.floor(query.length / 2);
  const space = query.indexOf(' ', middle);
  const at = space > 0 && space < middle + 20 ? space : middle;
  return `${query.slice(0, at)}\n${query.slice(at).replace(/^ /, '')}`;
}

/** SCF's invocation statuses: what a function's run ends with, and so what an envelope can wrap. */
function isInvocationStatus(top: string): boolean {
  return /^4\d\d$/.test(top);
}

for (const lang of ['en', 'zh'] as const) {
  test(`real-world (${lang}): a string written another way keeps its answer`, async () => {
    const box = boxes[lang];
    const right: string[] = [];
    for (const entry of corpusFor(lang, 'real-world')) if ((await box.ask(entry.query)).first === entry.top) right.push(entry.query);
    const top = new Map(corpusFor(lang, 'real-world').map((entry) => [entry.query, entry.top]));
    for (const { name, keep, rewrite, applies = () => true } of REWRITES) {
      const moved: string[] = [];
      const asked = right.filter((query) => applies(top.get(query)!));
      for (const query of asked) {
        const answer = (await box.ask(rewrite(query, lang))).first;
        if (answer !== top.get(query)) moved.push(`${JSON.stringify(rewrite(query, lang).slice(0, 80))} → ${answer ?? '(nothing)'}; want ${top.get(query)}`);
      }
      const kept = 1 - moved.length / asked.length;
      console.log(`real-world ${lang} ${name}: ${asked.length - moved.length}/${asked.length} keep their answer`);
      assert.ok(kept >= keep, `${name}: ${moved.length} of ${asked.length} answers moved:\n${moved.join('\n')}`);
    }
  });
}

/** How deploy tools print an API message, and the share of messages that must answer with their code. */
const DEPLOY_LINES = {
  zh: { line: (message: string) => `部署失败：${message} (reqId: 6f1c2a9e)`, keep: 0.9 },
  en: { line: (message: string) => `Error: ${message} (reqId: 6f1c2a9e)`, keep: 0.8 },
} as const;

for (const lang of ['en', 'zh'] as const) {
  test(`SCF API messages (${lang}) in a deploy tool's line answer with their code`, async () => {
    const messages = JSON.parse(readFileSync(join(outDir, 'api-messages', `${lang}.json`), 'utf8')) as Array<{ c: string; t: string }>;
    const codesOf = new Map<string, Set<string>>();
    for (const { c, t } of messages) codesOf.set(t, (codesOf.get(t) ?? new Set()).add(c));
    const { line, keep } = DEPLOY_LINES[lang];
    const wrong: string[] = [];
    for (const [message, codes] of codesOf) {
      const answer = (await boxes[lang].ask(line(message))).first;
      if (!answer || !codes.has(answer)) wrong.push(`${JSON.stringify(line(message).slice(0, 80))} → ${answer ?? '(nothing)'}; want ${[...codes].join(' or ')}`);
    }
    console.log(`SCF API messages ${lang}: ${codesOf.size - wrong.length}/${codesOf.size} answer with their code in a deploy line`);
    assert.ok(1 - wrong.length / codesOf.size >= keep, `${wrong.length} of ${codesOf.size} messages answer otherwise:\n${wrong.join('\n')}`);
  });
}
