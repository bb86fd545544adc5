/**
 * The real-world corpus (tests/corpus/real-world.yaml) through both search UIs in both languages:
 * the header box on a code page, and the search page. Prints top-1, top-3 and dead ends (no result
 * at all) and fails below the bars: top-1 ≥ 95 %, top-3 100 %, no dead end.
 */
import { expect, test, type Page } from '@playwright/test';
import { corpusFor, type CorpusEntry } from '../corpus/corpus.ts';

const TOP1_BAR = 0.95;

/** Codes of the results a UI shows for one query, best first. */
type Runner = (page: Page, lang: 'en' | 'zh', query: string) => Promise<string[]>;

const codeOf = (url: string | null | undefined) => /\/codes\/(\d+)\/$/.exec(url ?? '')?.[1] ?? url ?? '';

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
  await expect(status).not.toHaveText('', { timeout: 10_000 });
  const urls = await page
    .locator('#site-search-results [role="option"]:not([data-see-all])')
    .evaluateAll((options) => options.map((option) => (option as HTMLElement).dataset.url));
  return urls.map(codeOf);
};

const searchPage: Runner = async (page, lang, query) => {
  await page.goto(`${lang}/search/?q=${encodeURIComponent(query)}`);
  await expect(page.locator('[data-search-page-status]')).toHaveText(/\d|No code|没有/, { timeout: 10_000 });
  const hrefs = await page.locator('main [data-search-page-results] a').evaluateAll((links) => links.map((link) => link.getAttribute('href')));
  return hrefs.map(codeOf);
};

async function runCorpus(page: Page, lang: 'en' | 'zh', ui: string, run: Runner) {
  const entries = corpusFor(lang);
  const misses: string[] = [];
  let top1 = 0;
  let top3 = 0;
  let deadEnds = 0;
  for (const entry of entries) {
    const codes = await run(page, lang, entry.query);
    if (codes[0] === entry.top) top1 += 1;
    if (codes.slice(0, 3).includes(entry.top)) top3 += 1;
    if (codes.length === 0) deadEnds += 1;
    if (codes[0] !== entry.top) misses.push(describe(entry, codes));
  }
  const pct = (n: number) => `${((100 * n) / entries.length).toFixed(1)} %`;
  console.log(`corpus ${lang} ${ui}: ${entries.length} queries, top-1 ${top1} (${pct(top1)}), top-3 ${top3} (${pct(top3)}), dead ends ${deadEnds}`);
  for (const miss of misses) console.log(`  miss ${lang} ${ui}: ${miss}`);
  expect(deadEnds, 'queries with no result at all').toBe(0);
  expect(top3, `top-3 misses:\n${misses.join('\n')}`).toBe(entries.length);
  expect(top1 / entries.length, `top-1 misses:\n${misses.join('\n')}`).toBeGreaterThanOrEqual(TOP1_BAR);
}

function describe(entry: CorpusEntry, codes: string[]): string {
  return `[${entry.kind}] ${JSON.stringify(entry.query.slice(0, 90))} → ${codes.slice(0, 3).join(', ') || '(nothing)'}; want ${entry.top}`;
}

for (const lang of ['en', 'zh'] as const) {
  test(`corpus ${lang}: header box`, async ({ page }) => {
    test.setTimeout(300_000);
    await runCorpus(page, lang, 'header box', headerBox);
  });
  test(`corpus ${lang}: search page`, async ({ page }) => {
    test.setTimeout(300_000);
    await runCorpus(page, lang, 'search page', searchPage);
  });
}
