/**
 * `explain` gives the same first answer as the header search box on the site's own corpora
 * (tests/corpus/: the real-world tuning corpus, the retired sets and the held-out set), in each
 * language the corpus types a string in. The box is src/scripts/search/engine.ts over the built
 * site with the build's Pagefind (tests/cli/header-box.ts); `explain` is the command line over the
 * data its package ships. Both run the same search module (src/lib/search/answer.ts), so a
 * difference means the packaged data, its Pagefind or the command's reading of them went wrong.
 * The exit status follows the answer: 0 exact, 1 likely, 2 none.
 *
 * Pagefind's order among equal results depends on which index chunks it has loaded before, so each
 * side keeps one Pagefind per language for the whole file and both see the same searches in the
 * same order (a fresh `explain` process and a fresh page agree the same way).
 */
import assert from 'node:assert/strict';
import { after, test } from 'node:test';
import { answerOf, barsOf, corpusFor, TUNING_CORPORA, type CorpusName } from '../corpus/corpus.ts';
import { headerBox } from './header-box.ts';
import { runCli } from './run.ts';

const RUNS: ReadonlyArray<readonly ['en' | 'zh', CorpusName]> = [...TUNING_CORPORA, 'held-out' as const].flatMap((name) => [
  ['en', name] as const,
  ['zh', name] as const,
]);

const boxes = { en: headerBox('en'), zh: headerBox('zh') };
after(() => Object.values(boxes).forEach((box) => box.close()));

for (const [lang, name] of RUNS) {
  test(`explain agrees with the header box on the ${name} corpus (${lang})`, async (t) => {
    const box = boxes[lang];
    {
      const entries = corpusFor(lang, name);
      // A small held-out set may have no string in one language: nothing to measure there.
      if (entries.length === 0) return t.skip(`${name} has no ${lang} strings`);
      const disagreements: string[] = [];
      let withPagefind = 0;
      let right = 0;
      let boxTop1 = 0;
      let boxTop3 = 0;
      let deadEnds = 0;
      // The held-out set's figures by kind of string (envelope, trace, openyuanrong, …), as reported.
      const byKind = new Map<string, { queries: number; top1: number; top3: number }>();
      for (const entry of entries) {
        const expected = await box.ask(entry.query);
        const run = await runCli(['explain', '--json', '--lang', lang, '--limit', '8', entry.query]);
        const result = JSON.parse(run.stdout) as { status: string; fullText: boolean; matches: Array<{ url: string; reason?: string }>; closest: Array<{ url: string }> };
        // With no match, the header box lists the closest pages, as `explain` does under `closest`.
        const shown = result.matches[0] ?? result.closest[0];
        const first = shown && answerOf(shown.url);
        if (expected.neededPagefind) withPagefind += 1;
        const wanted = [entry.top, ...(entry.also ?? [])];
        const hit1 = expected.first === entry.top;
        const hit3 = expected.top.some((answer) => answer !== undefined && wanted.includes(answer));
        const kind = byKind.get(entry.kind7 ?? entry.kind) ?? { queries: 0, top1: 0, top3: 0 };
        byKind.set(entry.kind7 ?? entry.kind, kind);
        kind.queries += 1;
        if (hit1) { boxTop1 += 1; kind.top1 += 1; }
        if (hit3) { boxTop3 += 1; kind.top3 += 1; }
        if (expected.first === undefined) deadEnds += 1;
        if (first === entry.top) right += 1;
        const label = JSON.stringify(entry.query.slice(0, 80));
        if (first !== expected.first) {
          const top = [...result.matches, ...result.closest].slice(0, 3).map((item) => `${answerOf(item.url)}${'reason' in item ? ` (${String(item.reason)})` : ''}`);
          disagreements.push(`${label}: header box ${expected.top.join(', ')}; explain ${top.join(', ')}`);
        }
        assert.equal(result.fullText, expected.neededPagefind, `${label}: full text consulted by one and not the other`);
        assert.equal(run.status, expected.exact ? 0 : result.status === 'none' ? 2 : 1, `${label}: exit status`);
      }
      if (withPagefind > 0) assert.ok(box.pagefindLoaded, 'the header box never loaded the build\'s Pagefind');
      t.diagnostic(`${name} (${lang}): ${entries.length} strings, ${entries.length - disagreements.length} with the header box's first answer (${entries.length - withPagefind} answered by the lookup alone, ${withPagefind} with Pagefind); the corpus's expected code first for ${right}`);
      assert.deepEqual(disagreements, []);
      // The header box's own figures on the corpus, held to its bar (the retired sets' floors are
      // checked here only; tests/e2e/corpus.spec.ts runs the others in the browser too).
      const bar = barsOf(name)[lang];
      t.diagnostic(`header box on ${name} (${lang}): top-1 ${boxTop1}/${entries.length}, top-3 ${boxTop3}/${entries.length}, dead ends ${deadEnds}`);
      if (name === 'held-out') for (const [kind, k] of [...byKind].sort()) t.diagnostic(`header box on held-out (${lang}) ${kind}: top-1 ${k.top1}/${k.queries}, top-3 ${k.top3}/${k.queries}`);
      assert.ok(boxTop1 / entries.length >= bar.top1, `${name} (${lang}): header box top-1 ${boxTop1}/${entries.length} below ${bar.top1}`);
      assert.ok(boxTop3 / entries.length >= bar.top3, `${name} (${lang}): header box top-3 ${boxTop3}/${entries.length} below ${bar.top3}`);
      assert.ok(deadEnds <= bar.deadEnds, `${name} (${lang}): ${deadEnds} dead ends`);
    }
  });
}
