/**
 * The search corpora through both search UIs in both languages: the header box on a code page, and
 * the search page.
 * - The tuning corpus (tests/corpus/real-world.yaml) must meet its bars on the search page here, and in
 *   the header box's module in Node (tests/cli/corpus.test.ts): top-1 ≥ 95 %, top-3 100 %, no dead end
 *   (no result at all); its misses are listed.
 * - Retired held-out sets (tests/corpus/retired-N.yaml) are tuned on and keep floors; they run through
 *   the header box's module in Node (tests/cli/corpus.test.ts), not here.
 * - The held-out corpus (tests/corpus/held-out.yaml) reports top-1, top-3 and dead ends, overall, by
 *   kind of string and by language, on the search page here and in the header box's module in Node
 *   (tests/cli/corpus.test.ts), without listing its misses (HELD_OUT_MISSES=1 lists them), and fails
 *   only below its floors, which were set from its first measurement so that it catches a regression
 *   without being tuned on.
 * - Other platforms' errors (tests/corpus/other-platforms.yaml) count only when the result is labelled
 *   as that platform's error (its why-label's `data-other-platform`).
 */
import { expect, test, type Page } from '@playwright/test';
import { answerOf, barsOf, corpusFor, type CorpusEntry, type CorpusName } from '../corpus/corpus.ts';

/**
 * Time allowed per query: about 0.5 s idle, 2 s on a loaded 2-core machine; the test's timeout
 * grows with the corpus, so a busy machine cannot fail it while a growing corpus cannot outgrow it.
 */
const PER_QUERY_MS = 6_000;

/**
 * Answers (codes or concept pages) of the results a UI shows for one query, best first; a result
 * found through another platform's error carries that platform after an `@` (`433@aws-lambda`).
 */
type Runner = (page: Page, lang: 'en' | 'zh', query: string) => Promise<string[]>;

/** A result's answer and the platform its why-label names, from its link and label elements. */
const answerWithPlatform = ([url, platform]: [string | null | undefined, string | undefined]) => `${answerOf(url)}${platform ? `@${platform}` : ''}`;

const headerBox: Runner = async (page, lang, query) => {
  if (!page.url().includes(`/${lang}/codes/`)) {
    await page.goto(`${lang}/codes/437/`);
    await page.locator('#site-search').focus();
  }
  const input = page.locator('#site-search');
  const status = page.locator('[data-search-status]');
  await input.fill('');
  await expect(status).toHaveText('');
  await input.fill(query);
  await expect(status).not.toHaveText('', { timeout: 30_000 });
  const urls = await page
    .locator('#site-search-results [role="option"]:not([data-see-all])')
    .evaluateAll((options) => options.map((option) => [(option as HTMLElement).dataset.url, option.querySelector<HTMLElement>('[data-other-platform]')?.dataset.otherPlatform] as [string | undefined, string | undefined]));
  return urls.map(answerWithPlatform);
};

/**
 * The search page, typed into as a reader does: the page is opened once and each query is
 * submitted in its own box (the page searches in place and rewrites `?q=`), so Pagefind stays loaded
 * as it does for a reader. The `?q=` entry point is covered by search.spec.ts.
 */
const searchPage: Runner = async (page, lang, query) => {
  if (!page.url().includes(`/${lang}/search/`)) await page.goto(`${lang}/search/`);
  const status = page.locator('[data-search-page-status]');
  await page.locator('#search-page-q').fill(query);
  await page.locator('#search-page-q').press('Enter');
  // Submitting shows "Searching…" at once; the count (or "no code") replaces it when results are in.
  await expect(status).toHaveText(/\d|No code|没有/, { timeout: 30_000 });
  const hrefs = await page
    .locator('main [data-search-page-results] a')
    .evaluateAll((links) => links.map((link) => [link.getAttribute('href'), link.querySelector<HTMLElement>('[data-other-platform]')?.dataset.otherPlatform] as [string | null, string | undefined]));
  return hrefs.map(answerWithPlatform);
};

/** Counts of one group of queries. */
interface Tally {
  queries: number;
  top1: number;
  top3: number;
  deadEnds: number;
}

const tally = (): Tally => ({ queries: 0, top1: 0, top3: 0, deadEnds: 0 });
const pct = (n: number, of: number) => `${((100 * n) / Math.max(1, of)).toFixed(1)} %`;
const line = (t: Tally) => `${t.queries} queries, top-1 ${t.top1} (${pct(t.top1, t.queries)}), top-3 ${t.top3} (${pct(t.top3, t.queries)}), dead ends ${t.deadEnds}`;

async function runCorpus(page: Page, name: CorpusName, lang: 'en' | 'zh', ui: string, run: Runner) {
  const entries = corpusFor(lang, name);
  const misses: string[] = [];
  const all = tally();
  const byKind = new Map<string, Tally>();
  // The other-platforms corpus counts an answer only with the other platform's label; the rest ignore labels.
  const labelled = name === 'other-platforms';
  for (const entry of entries) {
    const answers = (await run(page, lang, entry.query)).map((answer) => (labelled ? answer : answer.split('@')[0]!));
    const top = labelled ? `${entry.top}@${entry.platform}` : entry.top;
    const right = [entry.top, ...(entry.also ?? [])].map((code) => (labelled ? `${code}@${entry.platform}` : code));
    const kind = byKind.get(entry.kind7 ?? entry.kind) ?? tally();
    byKind.set(entry.kind7 ?? entry.kind, kind);
    for (const t of [all, kind]) {
      t.queries += 1;
      if (answers[0] === top) t.top1 += 1;
      if (answers.slice(0, 3).some((answer) => right.includes(answer))) t.top3 += 1;
      if (answers.length === 0) t.deadEnds += 1;
    }
    if (answers[0] !== top) misses.push(describe(entry, answers));
  }
  console.log(`corpus ${name} ${lang} ${ui}: ${line(all)}`);
  if (name !== 'real-world') for (const [kind, t] of [...byKind].sort()) console.log(`  ${name} ${lang} ${ui} ${kind}: ${line(t)}`);
  const showMisses = name !== 'held-out' || process.env.HELD_OUT_MISSES === '1';
  if (showMisses) for (const miss of misses) console.log(`  miss ${name} ${lang} ${ui}: ${miss}`);
  const listed = showMisses ? `:\n${misses.join('\n')}` : ' (held out: not listed)';
  const bars = barsOf(name)[lang];
  expect(all.deadEnds, `queries with no result at all${listed}`).toBeLessThanOrEqual(bars.deadEnds);
  expect(all.top3 / all.queries, `top-3 misses${listed}`).toBeGreaterThanOrEqual(bars.top3);
  expect(all.top1 / all.queries, `top-1 misses${listed}`).toBeGreaterThanOrEqual(bars.top1);
}

function describe(entry: CorpusEntry, answers: string[]): string {
  return `[${entry.kind7 ?? entry.kind}] ${JSON.stringify(entry.query.slice(0, 90))} → ${answers.slice(0, 3).join(', ') || '(nothing)'}; want ${entry.top}`;
}

// The tuning corpora (real-world and the retired sets) and the held-out set run through the header
// box's own module in Node with the build's Pagefind (tests/cli/corpus.test.ts, which holds each to
// its bar and reports the held-out set by kind), so the browser's header box runs the other platforms'
// errors, whose labels only the page shows; the search page, which ranks with Pagefind alone and has
// no Node twin, runs the real-world and held-out corpora too.
for (const name of ['real-world', 'held-out', 'other-platforms'] as const) {
  for (const lang of ['en', 'zh'] as const) {
    if (name === 'other-platforms') test(`corpus ${name} ${lang}: header box`, async ({ page }) => {
      test.skip(corpusFor(lang, name).length === 0, `${name} has no ${lang} strings`);
      test.setTimeout(corpusFor(lang, name).length * PER_QUERY_MS);
      await runCorpus(page, name, lang, 'header box', headerBox);
    });
    test(`corpus ${name} ${lang}: search page`, async ({ page }) => {
      // A small held-out set may have no string in one language: nothing to measure there.
      test.skip(corpusFor(lang, name).length === 0, `${name} has no ${lang} strings`);
      test.setTimeout(corpusFor(lang, name).length * PER_QUERY_MS);
      await runCorpus(page, name, lang, 'search page', searchPage);
    });
  }
}
