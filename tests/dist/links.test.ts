/**
 * Every internal link and #fragment of the build resolves; Chinese pages link to Chinese pages and
 * English to English (the language switch and hreflang alternates aside); no external link except
 * those allowed in src/lib/content/external-links.ts.
 */
import assert from 'node:assert/strict';
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { ALLOWED_EXTERNAL_ORIGINS } from '../../src/lib/content/external-links.ts';
import { base, outDir, pages, siteOrigin } from './site.ts';

/** The allow-list, plus the configured repository for "report a problem" links. */
const allowed = [...ALLOWED_EXTERNAL_ORIGINS, ...(process.env.REPO_URL ? [new URL(process.env.REPO_URL).origin] : [])];
const ids = new Map(pages.map((page) => [page.path, new Set(page.root.querySelectorAll('[id]').map((el) => el.id))]));

/** Resolves a built URL path (without base) to a file, as a static host would. */
function resolveFile(path: string): string | undefined {
  const file = join(outDir, decodeURIComponent(path));
  if (existsSync(file) && statSync(file).isFile()) return file;
  if (existsSync(join(file, 'index.html'))) return join(file, 'index.html');
  return undefined;
}

const problems: string[] = [];
let checked = 0;
for (const page of pages) {
  const pageUrl = new URL(`${base}${page.path.slice(1)}`, siteOrigin);
  const lang = /^\/(en|zh)\//.exec(page.path)?.[1];
  for (const element of page.root.querySelectorAll('a[href], link[href], img[src], script[src], meta[property="og:url"]')) {
    const raw = element.getAttribute('href') ?? element.getAttribute('src') ?? element.getAttribute('content') ?? '';
    const url = new URL(raw, pageUrl);
    if (url.protocol === 'data:') continue;
    checked += 1;
    const where = `${page.file}: ${element.tagName.toLowerCase()} ${raw}`;
    if (url.origin !== siteOrigin) {
      if (!allowed.includes(url.origin)) problems.push(`${where}: external link not in the allow-list`);
      continue;
    }
    if (!url.pathname.startsWith(base)) {
      problems.push(`${where}: outside the base path ${base}`);
      continue;
    }
    const target = `/${url.pathname.slice(base.length)}`;
    if (!resolveFile(target)) {
      problems.push(`${where}: no such file`);
      continue;
    }
    if (url.hash && element.tagName === 'A') {
      const targetPath = target.endsWith('/') ? target : target;
      const known = ids.get(targetPath);
      if (known && !known.has(decodeURIComponent(url.hash.slice(1)))) problems.push(`${where}: no element with id ${url.hash}`);
    }
    const isSwitch = element.hasAttribute('data-lang-switch') || element.getAttribute('rel') === 'alternate';
    const targetLang = /^\/(en|zh)\//.exec(target)?.[1];
    if (lang && targetLang && targetLang !== lang && !isSwitch && element.tagName === 'A') {
      problems.push(`${where}: a ${lang} page links to a ${targetLang} page`);
    }
  }
}

test(`every internal link and fragment resolves, languages stay apart (${pages.length} pages)`, () => {
  assert.ok(pages.length > 0, 'no built pages: run npm run build first');
  assert.ok(checked > pages.length, `only ${checked} links checked`);
  assert.deepEqual(problems, []);
  console.log(`links: ${checked} links checked on ${pages.length} pages, ${problems.length} broken`);
});
