/**
 * Full text for the command line: the site's own Pagefind index, shipped in the package
 * (data/pagefind/, copied from the build) and searched with the site's own `pagefind.js`, so a few
 * words get the answer the header box gives. Pagefind is written for a browser; in Node it runs
 * with two stand-ins: `fetch` reads its files from the package (Node's fetch cannot read `file:`
 * URLs), and the page language it reads from `<html lang>` is given while the instance is made.
 * Each language gets a module of its own, as each page of the site does.
 */
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { FullTextIndex } from '../../src/lib/search/answer.ts';

/** Pagefind's language of each site language (the `lang` of the pages it indexed). */
const PAGEFIND_LANG = { en: 'en', zh: 'zh-cn' } as const;

interface PagefindInstance extends FullTextIndex {
  init(): Promise<void>;
}
interface PagefindModule {
  createInstance(options: Record<string, unknown>): PagefindInstance;
}

/** Marks the stand-in, so it is installed once however often Pagefind is loaded. */
const SHIM = Symbol.for('serverless-error-codes.fetch');

/** Lets `fetch` read files under `dir` (a `file:` URL); every other request goes to the fetch it replaces. */
function shimFetch(dir: URL): void {
  if ((globalThis.fetch as unknown as Record<symbol, string>)[SHIM] === dir.href) return;
  const realFetch = globalThis.fetch;
  const shim = (async (input: string | URL | Request, init?: RequestInit) => {
    let url: URL | undefined;
    try {
      url = new URL(input instanceof Request ? input.url : String(input));
    } catch {
      // A path without an origin is not ours.
    }
    if (url?.protocol !== 'file:' || !url.href.startsWith(dir.href)) return realFetch(input, init);
    try {
      return new Response(await readFile(fileURLToPath(new URL(url.pathname, url))), { status: 200 });
    } catch {
      return new Response('', { status: 404 });
    }
  }) as typeof fetch;
  globalThis.fetch = Object.assign(shim, { [SHIM]: dir.href });
}

/**
 * Pagefind over the package's index for one language, with result URLs under `site`
 * (`https://…/en/codes/433/`); `null` when the index is missing or does not load.
 */
export async function loadPagefind(dir: URL, lang: keyof typeof PAGEFIND_LANG, site: string): Promise<FullTextIndex | null> {
  try {
    shimFetch(dir);
    // One module per language: Pagefind keeps its WebAssembly (English has a stemmer, Chinese not)
    // in module state, and the MCP server answers in both languages in one process.
    const pagefind = (await import(new URL(`pagefind.js?lang=${lang}`, dir).href)) as PagefindModule;
    const scope = globalThis as { document?: unknown };
    const previous = scope.document;
    // Pagefind reads the language from `document.querySelector('html').lang` as the instance is made.
    scope.document = { currentScript: null, querySelector: (selector: string) => (selector === 'html' ? { getAttribute: (name: string) => (name === 'lang' ? PAGEFIND_LANG[lang] : null) } : null) };
    let instance: PagefindInstance;
    try {
      // The options the header box passes (src/scripts/search/engine.ts), with the site's URL as the base.
      instance = pagefind.createInstance({ baseUrl: site, excerptLength: 24, noWorker: true });
    } finally {
      if (previous === undefined) delete scope.document;
      else scope.document = previous;
    }
    await instance.init();
    // Pagefind fetches index chunks and fragments as it searches: the stand-in must be there then too.
    return {
      search: (query, options) => {
        shimFetch(dir);
        return instance.search(query, options);
      },
    };
  } catch {
    return null;
  }
}
