/**
 * The same error written another way gets the same answer. Every string of the real-world corpus that
 * the header box answers right is asked again as people also paste it: behind a logger's date, time
 * and level, all in lower case, inside a question, and cut short. The answer must not move for the
 * first three (a few strings lose words that decide when lower-cased); a paste cut to 70 % of its
 * length keeps most answers, since some cuts fall before the words that decide.
 */
import assert from 'node:assert/strict';
import { after, test } from 'node:test';
import { corpusFor } from '../corpus/corpus.ts';
import { headerBox } from './header-box.ts';

const boxes = { en: headerBox('en'), zh: headerBox('zh') };
after(() => Object.values(boxes).forEach((box) => box.close()));

/** Ways of writing a string, with the share of right answers each must keep. */
const REWRITES: ReadonlyArray<{ name: string; keep: number; rewrite: (query: string, lang: 'en' | 'zh') => string }> = [
  { name: 'behind a log prefix', keep: 1, rewrite: (query) => `2024-05-01 12:00:00.123 ERROR ${query}` },
  { name: 'in lower case', keep: 0.97, rewrite: (query) => query.toLowerCase() },
  { name: 'inside a question', keep: 0.97, rewrite: (query, lang) => (lang === 'zh' ? `请问 ${query} 怎么办？` : `How do I fix "${query}"?`) },
  { name: 'cut to 70 %', keep: 0.9, rewrite: (query) => (query.length > 40 ? query.slice(0, Math.ceil(query.length * 0.7)) : query) },
];

for (const lang of ['en', 'zh'] as const) {
  test(`real-world (${lang}): a string written another way keeps its answer`, async () => {
    const box = boxes[lang];
    const right: string[] = [];
    for (const entry of corpusFor(lang, 'real-world')) if ((await box.ask(entry.query)).first === entry.top) right.push(entry.query);
    const top = new Map(corpusFor(lang, 'real-world').map((entry) => [entry.query, entry.top]));
    for (const { name, keep, rewrite } of REWRITES) {
      const moved: string[] = [];
      for (const query of right) {
        const answer = (await box.ask(rewrite(query, lang))).first;
        if (answer !== top.get(query)) moved.push(`${JSON.stringify(rewrite(query, lang).slice(0, 80))} → ${answer ?? '(nothing)'}; want ${top.get(query)}`);
      }
      const kept = 1 - moved.length / right.length;
      console.log(`real-world ${lang} ${name}: ${right.length - moved.length}/${right.length} keep their answer`);
      assert.ok(kept >= keep, `${name}: ${moved.length} of ${right.length} answers moved:\n${moved.join('\n')}`);
    }
  });
}
