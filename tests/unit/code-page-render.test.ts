/**
 * Code pages rendered during content sync: the HTML a reader gets (sections, links, highlighted
 * code), the errors an author gets (file, line, column), and the loader's digest (unchanged pages
 * are not recompiled; a page whose linked code was renamed is; `astro dev` keeps the last good page).
 */
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { pathToFileURL } from 'node:url';
import { codePageLoader, blankFrontMatter } from '../../src/lib/render/code-page-loader.ts';
import { htmlComponents, type ContentContext } from '../../src/lib/render/content-components.ts';
import { classTheme, classTransformer } from '../../src/lib/render/code-highlight.ts';
import { createMdxHtmlCompiler, MdxSyntaxError } from '../../src/lib/render/mdx-html.ts';

const markdown = { syntaxHighlight: 'shiki', shikiConfig: { theme: classTheme, transformers: [classTransformer] }, gfm: true, smartypants: true };
const names = new Map([['437', '437 HandlerNotFound'], ['1001', '1001']]);
const context = (lang: 'en' | 'zh', base = '/'): ContentContext => ({ lang, base, displayName: (code) => names.get(code) });

const page = `---
title: Handler not found
summary: One line.
---

<Meaning>

It's the "handler" -- see <CodeLink code="437" /> and the <ConceptLink slug="handler">handler</ConceptLink>.

</Meaning>

<Fix>

1. Run this:

   \`\`\`json
   {"message": "hello"}
   \`\`\`

</Fix>
`;

async function renderPage(text: string, lang: 'en' | 'zh' = 'en', base = '/'): Promise<string> {
  const render = await createMdxHtmlCompiler(markdown).compile(blankFrontMatter(text).blanked, 'content/codes/en/437.mdx');
  return render(htmlComponents(context(lang, base)));
}

test('sections carry fixed ids and headings in the page language', async () => {
  const en = await renderPage(page);
  assert.match(en, /^<section id="meaning" aria-labelledby="meaning-heading"><div class="heading-row"><h2 id="meaning-heading">What it means<\/h2><a class="permalink" href="#meaning" [^>]*>#<\/a><\/div><p>/);
  assert.match(en, /<section id="fix" aria-labelledby="fix-heading"><div class="heading-row"><h2 id="fix-heading">How to fix it<\/h2><a class="permalink" href="#fix" [^>]*>#<\/a><\/div>/);
  const zh = await renderPage(page, 'zh');
  assert.match(zh, /<h2 id="meaning-heading">含义<\/h2>/);
});

test('code and concept links point at the page language under the deploy base', async () => {
  const html = await renderPage(page, 'zh', '/errors/');
  assert.match(html, /<a href="\/errors\/zh\/codes\/437\/"><code>437 HandlerNotFound<\/code><\/a>/);
  assert.match(html, /<a href="\/errors\/zh\/concepts\/handler\/">handler<\/a>/);
});

test('prose gets smart punctuation and fenced code is highlighted by class, never style=""', async () => {
  const html = await renderPage(page);
  assert.match(html, /It’s the “handler” – see/);
  assert.match(html, /<pre class="astro-code[^"]*"[^>]*data-language="json"><code>/);
  assert.doesNotMatch(html, /style=/);
});

test('a broken page names its file, line and column (front matter lines counted)', async () => {
  const broken = page.replace('<Fix>', '<Fix');
  await assert.rejects(renderPage(broken), (error: unknown) => {
    assert.ok(error instanceof MdxSyntaxError);
    assert.equal(error.file, 'content/codes/en/437.mdx');
    assert.ok(error.line !== undefined && error.line >= 10, `line ${error.line} should be in the body`);
    assert.match(error.message, /^content\/codes\/en\/437\.mdx:\d+:\d+: MDX syntax error: /);
    return true;
  });
});

test('a link to a code that does not exist stops the page with the code named', async () => {
  await assert.rejects(renderPage(page.replace('code="437"', 'code="999"')), /<CodeLink code="999"> points at a code that does not exist/);
});

/** A content folder and an in-memory stand-in for Astro's loader context. */
function fixture() {
  const dir = mkdtempSync(join(tmpdir(), 'code-pages-'));
  mkdirSync(join(dir, 'codes', 'en'), { recursive: true });
  mkdirSync(join(dir, 'codes', 'zh'), { recursive: true });
  mkdirSync(join(dir, 'catalogs'));
  writeFileSync(join(dir, 'catalogs', 'scf.yaml'), '"437":\n  name: HandlerNotFound\n"445":\n  name: ContainerInitError\n');
  writeFileSync(join(dir, 'codes', 'en', '437.mdx'), page);
  writeFileSync(join(dir, 'codes', 'en', '445.mdx'), page.replace('<CodeLink code="437" />', 'nothing'));
  const entries = new Map<string, { digest?: string; rendered?: { html: string } }>();
  const sets: string[] = [];
  const errors: string[] = [];
  const loaderContext = (dev: boolean) => ({
    collection: 'codes',
    store: {
      get: (id: string) => entries.get(id),
      set: (entry: { id: string; digest?: string; rendered?: { html: string } }) => (sets.push(entry.id), entries.set(entry.id, entry), true),
      keys: () => [...entries.keys()],
      delete: (id: string) => void entries.delete(id),
    },
    config: { markdown, base: '/', root: pathToFileURL(`${dir}/`) },
    parseData: async ({ data }: { data: Record<string, unknown> }) => data,
    generateDigest: (data: unknown) => createHash('sha256').update(String(data)).digest('hex'),
    logger: { error: (message: string) => errors.push(message) },
    watcher: dev ? { add() {}, on() { return this; } } : undefined,
  });
  const loader = codePageLoader({ codesDir: join(dir, 'codes'), catalogsDir: join(dir, 'catalogs') });
  const load = (dev = false) => loader.load(loaderContext(dev) as never);
  return { dir, entries, sets, errors, load };
}

test('unchanged pages are not recompiled; renaming a linked code recompiles its language', async () => {
  const { dir, entries, sets, load } = fixture();
  await load();
  assert.deepEqual(sets.sort(), ['en/437', 'en/445']);
  assert.match(entries.get('en/437')!.rendered!.html, /<code>437 HandlerNotFound<\/code>/);
  sets.length = 0;
  await load();
  assert.deepEqual(sets, []);
  writeFileSync(join(dir, 'catalogs', 'scf.yaml'), '"437":\n  name: HandlerMissing\n"445":\n  name: ContainerInitError\n');
  await load();
  assert.deepEqual(sets.sort(), ['en/437', 'en/445']);
  assert.match(entries.get('en/437')!.rendered!.html, /<code>437 HandlerMissing<\/code>/);
});

test('a broken page fails the build, but dev keeps serving its last good version', async () => {
  const { dir, entries, errors, load } = fixture();
  await load(true);
  const good = entries.get('en/437')!.rendered!.html;
  writeFileSync(join(dir, 'codes', 'en', '437.mdx'), page.replace('<Fix>', '<Fix'));
  await load(true);
  assert.equal(entries.get('en/437')!.rendered!.html, good);
  assert.match(errors.join('\n'), /codes\/en\/437\.mdx:\d+:\d+: MDX syntax error/);
  writeFileSync(join(dir, 'codes', 'en', '437.mdx'), page.replace('code="437"', 'code="999"'));
  await assert.rejects(load(false), /codes\/en\/437\.mdx:8: <CodeLink code="999"> points at a code that does not exist/);
  writeFileSync(join(dir, 'codes', 'en', '437.mdx'), page.replace('<Fix>', '<Fix'));
  await assert.rejects(load(false), /Code pages that do not render:\n.*codes\/en\/437\.mdx:\d+:\d+: MDX syntax error/);
});
