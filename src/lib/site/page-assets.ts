/**
 * What a built page loads before any interaction: its stylesheets and its module scripts with
 * every module they import statically (Vite's shared chunks; dynamic imports load later, on use).
 * Shared by the byte-budget test and the benchmark so both count the same bytes.
 */

/** The CSS and JS URL paths a page's HTML pulls in on load. `read` returns a built file by URL path. */
export function pageAssets(html: string, read: (urlPath: string) => string): { css: string[]; js: string[] } {
  const attr = (tag: string, name: string) => new RegExp(`${name}="([^"]+)"`).exec(tag)?.[1];
  const css = [...html.matchAll(/<link\b[^>]*rel="stylesheet"[^>]*>/g)].map((m) => attr(m[0], 'href')!).filter(Boolean);
  const entries = [...html.matchAll(/<script\b[^>]*\bsrc="[^"]+"[^>]*>/g)].map((m) => attr(m[0], 'src')!);
  const js = new Set<string>();
  const visit = (path: string) => {
    if (js.has(path)) return;
    js.add(path);
    for (const match of read(path).matchAll(/(?:^|[;\s}])import\s*(?:[^"'();]*?from\s*)?["']([^"']+)["']/g)) {
      visit(new URL(match[1]!, `http://site${path}`).pathname);
    }
  };
  entries.forEach(visit);
  return { css, js: [...js] };
}
