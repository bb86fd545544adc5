/** Lighthouse scores (performance, accessibility, best practices, SEO) with Debian's Chromium. */
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM_ARGS } from './browser.mjs';

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];

/** Scores (0-100) and simulated first and largest contentful paint (ms) for each URL, one Chromium for all. */
export async function lighthouseScores(urls) {
  const chrome = await chromeLauncher.launch({
    chromePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    chromeFlags: ['--headless=new', ...CHROMIUM_ARGS],
  });
  try {
    const scores = [];
    for (const url of urls) {
      const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: CATEGORIES });
      const categories = result?.lhr.categories ?? {};
      const audits = result?.lhr.audits ?? {};
      scores.push({
        url,
        ...Object.fromEntries(CATEGORIES.map((id) => [id, Math.round((categories[id]?.score ?? 0) * 100)])),
        fcpMs: audits['first-contentful-paint']?.numericValue ?? 0,
        lcpMs: audits['largest-contentful-paint']?.numericValue ?? 0,
      });
    }
    return scores;
  } finally {
    chrome.kill();
  }
}
