/**
 * The header search box's engine (src/scripts/search/engine.ts, the very module the browser runs),
 * run in Node over the built site in OUT_DIR, with the build's own Pagefind: `fetch` reads the
 * build's files (for the engine and for Pagefind), and Pagefind reads the page language from a
 * stand-in `document`, as the command line does. It records whether a query needed Pagefind.
 */
import { copyFileSync, mkdtempSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { outDir } from '../built-site.ts';
import { createSearchEngine } from '../../src/scripts/search/engine.ts';

/** Pagefind's language of each site language (`<html lang>` of its pages). */
const PAGEFIND_LANG = { en: 'en', zh: 'zh-cn' } as const;

/** The header box's first answer for a query, and whether it had to ask Pagefind. */
export interface BoxAnswer {
  /** `433`, `ResourceNotFound.Function`, `concept:timeouts`, or undefined when the list is empty. */
  first: string | undefined;
  /** The first three, for a message when they differ. */
  top: Array<string | undefined>;
  exact: boolean;
  neededPagefind: boolean;
}

/**
 * A header box of one language. Its deploy base is a temporary folder holding a copy of the build's
 * `pagefind.js` (a module of its own per box: Pagefind keeps one language per module), so the
 * engine's `import('{base}pagefind/pagefind.js')` loads it; every file it fetches is the build's.
 */
export function headerBox(lang: 'en' | 'zh') {
  const base = `${mkdtempSync(join(tmpdir(), 'header-box-'))}/`;
  mkdirSync(join(base, 'pagefind'));
  copyFileSync(join(outDir, 'pagefind', 'pagefind.js'), join(base, 'pagefind', 'pagefind.js'));
  let pagefindRequests = 0;
  const realFetch = globalThis.fetch;
  globalThis.fetch = (async (input: string | URL | Request) => {
    const url = String(input instanceof Request ? input.url : input);
    const path = url.startsWith('file://') ? decodeURIComponent(new URL(url).pathname) : url;
    if (!path.startsWith(base)) return realFetch(input);
    if (path.startsWith(`${base}pagefind/`)) pagefindRequests += 1;
    try {
      return new Response(readFileSync(join(outDir, path.slice(base.length).replace(/\?.*$/, ''))), { status: 200 });
    } catch {
      return new Response('not found', { status: 404 });
    }
  }) as typeof fetch;
  // Pagefind takes its language from `<html lang>` when it starts (on the first query that needs
  // it), so the box's page is in place whenever it searches.
  const scope = globalThis as { document?: unknown };
  const page = { currentScript: null, querySelector: (selector: string) => (selector === 'html' ? { getAttribute: (name: string) => (name === 'lang' ? PAGEFIND_LANG[lang] : null) } : null) };
  const engine = createSearchEngine(lang, base);
  const answerOf = (url: string | undefined) => {
    const path = url?.slice(base.length - 1) ?? '';
    const code = /\/codes\/([^/]+)\/$/.exec(path)?.[1];
    if (code) return decodeURIComponent(code);
    const concept = /\/concepts\/([^/]+)\/$/.exec(path)?.[1];
    return concept ? `concept:${concept}` : undefined;
  };
  return {
    /** What the box shows first once the reader pauses (the `when-needed` search, 8 options). */
    async ask(query: string): Promise<BoxAnswer> {
      scope.document = page;
      const outcome = await engine.search(query, { limit: 8, fullText: 'when-needed' });
      return { first: answerOf(outcome?.results[0]?.url), top: (outcome?.results ?? []).slice(0, 3).map((result) => answerOf(result.url)), exact: outcome?.exact ?? false, neededPagefind: !outcome?.fullTextSkipped };
    },
    /** Whether Pagefind really loaded (its files were read), so full-text answers came from it. */
    get pagefindLoaded() {
      return pagefindRequests > 0;
    },
    close() {
      globalThis.fetch = realFetch;
      if (scope.document === page) delete scope.document;
      rmSync(base, { recursive: true, force: true });
    },
  };
}
