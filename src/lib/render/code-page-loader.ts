/**
 * The content loader of the code pages (`codes/{en,zh}/{code}.mdx`). It renders each page to HTML
 * during content sync (src/lib/render/mdx-html.ts) and stores it as the entry's `rendered` HTML, as Astro
 * does for `.md`: `render(doc)` then returns a component that prints that HTML, and no code page
 * becomes a JavaScript module for Vite to bundle. Concept pages, which use Astro components with
 * assets, stay with `@astrojs/mdx`.
 *
 * An entry is recompiled only when its digest changes: the file's text, the renderer's own source
 * and the output of every content component in its language (a renamed code changes its
 * `<CodeLink>`, so the pages that link it render again). `astro build` stops on a broken file with its path, line and column;
 * `astro dev` logs the error and keeps serving the last good page until the file is fixed.
 */
import type { Loader, LoaderContext } from 'astro/loaders';
import { readdir, readFile } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { displayName } from '../model/catalog.ts';
import { parseCatalogFiles } from '../content/catalog-files.ts';
import { codeLinkHtml, conceptLinkHtml, htmlComponents, sectionHtml, type ContentContext } from './content-components.ts';
import { isLang, LANGS, type Lang } from '../model/langs.ts';
import { createMdxHtmlCompiler, MdxSyntaxError, type MdxHtmlCompiler } from './mdx-html.ts';

/** Where the loader reads: the code pages and the catalog files their `<CodeLink>`s name. */
export interface CodePageLoaderOptions {
  codesDir: string;
  catalogsDir: string;
}

const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/;

/** Splits front matter off a page; `blanked` keeps its lines empty so MDX errors keep real line numbers. */
export function blankFrontMatter(text: string): { data: unknown; body: string; blanked: string } {
  const match = FRONT_MATTER.exec(text);
  if (!match) return { data: {}, body: text, blanked: text };
  const rest = text.slice(match[0].length);
  return { data: parse(match[1]!) ?? {}, body: rest, blanked: `${'\n'.repeat(match[0].split('\n').length - 1)}${rest}` };
}

/** `:line` of the first tag an error message quotes (`<CodeLink code="9999">`), or nothing. */
function lineOfTag(text: string, message: string): string {
  const tag = /<\w+ \w+="[^"]*"/.exec(message)?.[0];
  const index = tag === undefined ? -1 : text.indexOf(tag);
  return index < 0 ? '' : `:${text.slice(0, index).split('\n').length}`;
}

/** Display names of every code in the catalog files (`437 HandlerNotFound`, or just the code). */
async function readDisplayNames(catalogsDir: string): Promise<Map<string, string>> {
  const names = (await readdir(catalogsDir)).filter((name) => /\.ya?ml$/.test(name)).sort();
  const files = await Promise.all(names.map(async (name) => ({ file: join(catalogsDir, name), text: await readFile(join(catalogsDir, name), 'utf8') })));
  // Bad catalog data is reported by the facts collection, which names file and field.
  const { entries } = parseCatalogFiles(files);
  return new Map(entries.map(({ code, data }) => [code, displayName({ code, facts: { name: typeof data.name === 'string' ? data.name : undefined } })]));
}

/**
 * The renderer's own source and the highlighting setup: a change to how pages are rendered must
 * render them again, even though their text and the components' output stayed the same.
 */
const RENDERER_FILES = ['html-jsx.ts', 'mdx-html.ts', 'content-components.ts', 'code-page-loader.ts', 'code-highlight.ts'];
async function rendererSource(): Promise<string> {
  const sources = await Promise.all(RENDERER_FILES.map((name) => readFile(new URL(`./${name}`, import.meta.url), 'utf8')));
  return sources.join('\n');
}

/** Every output the content components can give in one language, so the digest follows them. */
function componentOutputs(context: ContentContext, codes: Iterable<string>): string {
  const sections = (['meaning', 'fix', 'notes'] as const).map((id) => sectionHtml(context.lang, id, ''));
  return [...sections, conceptLinkHtml(context, '', ''), ...[...codes].map((code) => codeLinkHtml(context, code))].join('\n');
}

/** The loader of the code pages, rendered to HTML at sync time. */
export function codePageLoader({ codesDir, catalogsDir }: CodePageLoaderOptions): Loader {
  let compiler: MdxHtmlCompiler | undefined;
  let watching = false;
  return {
    name: 'code-pages',
    async load(context: LoaderContext) {
      const { config, logger, watcher } = context;
      compiler ??= createMdxHtmlCompiler(config.markdown);
      const root = fileURLToPath(config.root);
      const sync = () => syncAll(context, compiler!, { codesDir, catalogsDir }, watcher !== undefined);
      await sync();
      // Astro may call load() again in one dev session; one set of listeners is enough.
      if (!watcher || watching) return;
      watching = true;
      // In dev, re-sync on any change under the pages or catalogs: unchanged pages keep their digest
      // and are not recompiled; a broken page keeps its last good entry.
      const watched = [resolve(root, codesDir), resolve(root, catalogsDir)];
      watcher.add(watched);
      const onChange = (path: string) => {
        if (!watched.some((dir) => resolve(path).startsWith(dir))) return;
        sync().catch((error: Error) => logger.error(error.message));
      };
      watcher.on('change', onChange).on('add', onChange).on('unlink', onChange);
    },
  };
}

/** Files read at once while syncing: enough to hide the disk's latency, far below the handle limit. */
const READS_IN_FLIGHT = 32;

/**
 * The files' texts in order, with up to READS_IN_FLIGHT reads under way: one read at a time left
 * the sync waiting on the disk for a quarter of its time, and thousands at once run out of handles.
 */
async function* readInOrder(dir: string, names: readonly string[]): AsyncGenerator<[name: string, text: string]> {
  const pending: Promise<[string, string]>[] = [];
  let next = 0;
  const start = () => {
    const name = names[next++]!;
    const read = readFile(join(dir, name), 'utf8').then((text): [string, string] => [name, text]);
    // Awaited in turn below; this only keeps a failure that is not awaited yet from counting as unhandled.
    read.catch(() => {});
    pending.push(read);
  };
  while (next < names.length && pending.length < READS_IN_FLIGHT) start();
  while (pending.length > 0) {
    const entry = await pending.shift()!;
    if (next < names.length) start();
    yield entry;
  }
}

async function syncAll(
  { store, parseData, generateDigest, logger, config }: LoaderContext,
  compiler: MdxHtmlCompiler,
  { codesDir, catalogsDir }: CodePageLoaderOptions,
  keepLastGood: boolean,
): Promise<void> {
  const names = await readDisplayNames(catalogsDir);
  const renderer = generateDigest(`${await rendererSource()}\n${JSON.stringify(config.markdown)}`);
  const contexts = new Map<Lang, ContentContext>();
  const componentDigests = new Map<Lang, string>();
  for (const lang of LANGS) {
    const context: ContentContext = { lang, base: config.base, displayName: (code) => names.get(code) };
    contexts.set(lang, context);
    componentDigests.set(lang, generateDigest(`${renderer}\n${componentOutputs(context, names.keys())}`));
  }

  const seen = new Set<string>();
  const failures: string[] = [];
  for (const lang of LANGS) {
    let files: string[];
    try {
      files = (await readdir(join(codesDir, lang))).filter((name) => name.endsWith('.mdx')).sort();
    } catch {
      continue;
    }
    for await (const [name, text] of readInOrder(join(codesDir, lang), files)) {
      const id = `${lang}/${name.slice(0, -'.mdx'.length)}`;
      const filePath = relative(process.cwd(), join(codesDir, lang, name)).split('\\').join('/');
      seen.add(id);
      const digest = generateDigest(`${componentDigests.get(lang)}\n${text}`);
      if (store.get(id)?.digest === digest) continue;
      try {
        const { data, body, blanked } = blankFrontMatter(text);
        const parsed = await parseData({ id, data: data as Record<string, unknown>, filePath });
        const render = await compiler.compile(blanked, filePath);
        const html = render(htmlComponents(contexts.get(lang)!));
        store.set({ id, data: parsed, body, filePath, digest, rendered: { html, metadata: { headings: [], frontmatter: data as Record<string, unknown> } } });
      } catch (error) {
        const message = error instanceof MdxSyntaxError ? error.message : `${filePath}${lineOfTag(text, (error as Error).message)}: ${(error as Error).message}`;
        if (!keepLastGood) failures.push(message);
        else logger.error(`${message}\n(the last good version of ${id} stays on the site until this is fixed)`);
      }
    }
  }
  if (failures.length > 0) throw new Error(`Code pages that do not render:\n${failures.join('\n')}`);
  for (const id of store.keys()) if (!seen.has(id) && isLang(id.split('/')[0])) store.delete(id);
}
