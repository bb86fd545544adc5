/**
 * "Seen as" on the built code pages: every string of content/seen-as.yaml is on its code's page in
 * both languages, as <code> in the #seen-as section, with a link to its source; the section has the
 * same id in both languages, a heading in the page's language, and is indexed by full-text search.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { parse } from 'yaml';
import { codePages, pages } from './site.ts';

const seenAs = parse(readFileSync('content/seen-as.yaml', 'utf8')) as Record<string, Array<{ text: string; source: string }>>;
const byPath = new Map(pages.map((page) => [page.path, page]));
const HEADINGS = { en: 'Seen as', zh: '常见报错形式' } as const;

test(`every seen-as string is on its code page in both languages, with its source (${Object.keys(seenAs).length} codes)`, () => {
  const problems: string[] = [];
  for (const [code, items] of Object.entries(seenAs)) {
    for (const lang of ['en', 'zh'] as const) {
      const page = byPath.get(`/${lang}/codes/${code}/`);
      const section = page?.root.querySelector('#seen-as');
      if (!section) {
        problems.push(`/${lang}/codes/${code}/: no #seen-as section`);
        continue;
      }
      if (section.querySelector('h2')?.text.trim() !== HEADINGS[lang]) problems.push(`/${lang}/codes/${code}/: heading is not "${HEADINGS[lang]}"`);
      if (section.closest('[data-pagefind-body]') === null || section.closest('[data-pagefind-ignore]') !== null) problems.push(`/${lang}/codes/${code}/: #seen-as is not indexed`);
      const rows = section.querySelectorAll('li').map((li) => ({ code: li.querySelector('code')?.text, links: li.querySelectorAll('a').map((a) => a.getAttribute('href')) }));
      for (const item of items) {
        const row = rows.find((r) => r.code === item.text);
        if (!row) problems.push(`/${lang}/codes/${code}/: missing <code>${item.text}</code>`);
        else if (!row.links.includes(item.source)) problems.push(`/${lang}/codes/${code}/: "${item.text}" does not link ${item.source}`);
      }
    }
  }
  assert.deepEqual(problems, []);
});

test('a code without seen-as strings has no empty section', () => {
  const empty = codePages.filter((page) => page.root.querySelector('#seen-as') && !page.root.querySelector('#seen-as li'));
  assert.deepEqual(empty.map((page) => page.path), []);
});
