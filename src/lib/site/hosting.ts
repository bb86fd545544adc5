/**
 * The hosting rules, once: security headers (with the Content-Security-Policy directives), cache
 * lifetimes per path, the not-found page per language and the redirects a host must make. Every
 * host's form is printed from here: `_headers` (Netlify / Cloudflare Pages, written by the build),
 * an nginx `server { … }` block (scripts/nginx-conf.mjs), the `<meta>` policy every page carries
 * (for hosts that cannot set headers) and the deploy guide's table (docs/deploy.md) for hosts configured by hand.
 * Paths here are site paths without the deploy base; the formatters put the base in front.
 * Plain TypeScript without Astro imports: scripts and tests run it with Node directly.
 */
import { LANGS } from '../model/langs.ts';
import { withBase } from './paths.ts';

/** One Content-Security-Policy directive: its name and its source list. */
export type Directive = readonly [name: string, sources: string];

/**
 * The policy, directive by directive. `'wasm-unsafe-eval'` is for Pagefind's WebAssembly search;
 * everything else is files from our own origin, never inline code or styles.
 */
export const CSP_DIRECTIVES: readonly Directive[] = [
  ['default-src', "'none'"],
  ['script-src', "'self' 'wasm-unsafe-eval'"],
  ['style-src', "'self'"],
  ['img-src', "'self' data:"],
  ['font-src', "'self'"],
  ['connect-src', "'self'"],
  ['worker-src', "'self'"],
  ['base-uri', "'none'"],
  ['form-action', "'self'"],
  ['frame-ancestors', "'none'"],
  ['object-src', "'none'"],
];

/** Directives browsers ignore in a `<meta>` policy (CSP Level 3): they exist only as a header. */
export const HEADER_ONLY_DIRECTIVES: readonly string[] = ['frame-ancestors', 'report-uri', 'sandbox'];

/** Joins directives into a policy string, in the order given. */
export function formatPolicy(directives: readonly Directive[]): string {
  return directives.map(([name, sources]) => `${name} ${sources}`).join('; ');
}

/** Splits a policy string back into directives (for comparing the header and meta forms). */
export function parsePolicy(policy: string): Directive[] {
  return policy
    .split(';')
    .map((part) => part.trim())
    .filter(Boolean)
    .map((part) => {
      const space = part.indexOf(' ');
      return space < 0 ? [part, ''] : [part.slice(0, space), part.slice(space + 1).trim()];
    });
}

/** The policy sent as a header. */
export const CONTENT_SECURITY_POLICY = formatPolicy(CSP_DIRECTIVES);

/** The same policy for `<meta http-equiv>`: the header policy minus what a meta policy ignores. */
export const META_CONTENT_SECURITY_POLICY = formatPolicy(
  CSP_DIRECTIVES.filter(([name]) => !HEADER_ONLY_DIRECTIVES.includes(name)),
);

/** Headers every response carries, pages, assets, redirects and not-found pages alike. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
  // The header twin of frame-ancestors, for browsers that predate it.
  'X-Frame-Options': 'DENY',
};

/** A cache lifetime for every path under a prefix. */
export interface CacheRule {
  /** Site path prefix, e.g. `/_astro/`. */
  prefix: string;
  cacheControl: string;
  /** Why this lifetime is safe, shown in the deploy guide's table. */
  why: string;
}

/** Astro names these files after their content hash, so a changed file is a new URL. */
export const CACHE_RULES: readonly CacheRule[] = [
  { prefix: '/_astro/', cacheControl: 'public, max-age=31536000, immutable', why: 'file names carry a content hash' },
];

/**
 * Everything else (pages, Pagefind's index, the JSON API) keeps its URL across releases, so a
 * browser must revalidate it. Netlify and Cloudflare Pages already answer `max-age=0,
 * must-revalidate` when told nothing, so `_headers` leaves it to them.
 */
export const DEFAULT_CACHE_CONTROL = 'no-cache';

/** A content type for every file whose name ends with a suffix, where the usual mime tables name none. */
export interface TypeRule {
  suffix: string;
  contentType: string;
}

/** The Markdown twins (`/en/codes/437.md`): text a browser shows and an assistant reads, in UTF-8. */
export const TYPE_RULES: readonly TypeRule[] = [{ suffix: '.md', contentType: 'text/markdown; charset=utf-8' }];

/** The not-found page for paths under a prefix, answered with status 404. */
export interface NotFoundRule {
  prefix: string;
  page: string;
}

/** One not-found page per language, then the site-wide English one; most specific first. */
export const NOT_FOUND_PAGES: readonly NotFoundRule[] = [
  ...LANGS.map((lang) => ({ prefix: `/${lang}/`, page: `/${lang}/404.html` })),
  { prefix: '/', page: '/404.html' },
];

/**
 * The status of the one redirect rule: a folder without its trailing slash (`/zh/codes/437`, the
 * short link `/codes/437`, the base `/errors`) goes to the same path with the slash. 301: these
 * URLs never change meaning.
 */
export const SLASH_REDIRECT_STATUS = 301;

/** The Cache-Control value for a site path. */
export function cacheControlFor(sitePath: string): string {
  return CACHE_RULES.find((rule) => sitePath.startsWith(rule.prefix))?.cacheControl ?? DEFAULT_CACHE_CONTROL;
}

/** Every header a response for a site path must carry. */
export function headersForPath(sitePath: string): Record<string, string> {
  return { ...SECURITY_HEADERS, 'Cache-Control': cacheControlFor(sitePath) };
}

/** The not-found page (site path) for a missing site path. */
export function notFoundPageFor(sitePath: string): string {
  return (NOT_FOUND_PAGES.find((rule) => sitePath.startsWith(rule.prefix)) ?? NOT_FOUND_PAGES.at(-1)!).page;
}

/** `_headers` for Netlify and Cloudflare Pages: the security headers everywhere, then the cache rules. */
export function formatHeadersFile(base = '/'): string {
  const block = (pattern: string, headers: Record<string, string>) =>
    [pattern, ...Object.entries(headers).map(([name, value]) => `  ${name}: ${value}`)].join('\n');
  return [
    '# Generated from src/lib/site/hosting.ts by scripts/build.mjs: edit that file, not this one.\n' +
      '# Paths without a Cache-Control rule keep the host default, which revalidates every request.',
    block(`${withBase(base, '/')}*`, SECURITY_HEADERS),
    ...CACHE_RULES.map((rule) => block(`${withBase(base, rule.prefix)}*`, { 'Cache-Control': rule.cacheControl })),
    ...TYPE_RULES.map((rule) => block(`${withBase(base, '/')}*${rule.suffix}`, { 'Content-Type': rule.contentType })),
  ].join('\n\n') + '\n';
}

/**
 * `_redirects` lines for Netlify, which on its own answers every missing path with `/404.html`:
 * status 404 with the page of the path's language. Netlify applies them only where no file exists.
 * (Cloudflare Pages needs none: it serves the closest `404.html` up the folder tree.)
 */
export function formatNetlifyNotFoundRedirects(base = '/'): string {
  return NOT_FOUND_PAGES.filter((rule) => rule.prefix !== '/')
    .map((rule) => `${withBase(base, rule.prefix)}*  ${withBase(base, rule.page)}  404`)
    .join('\n');
}

/** Options of the nginx server block. */
export interface NginxOptions {
  /** Absolute path of the built site folder. */
  root: string;
  /** nginx `listen` value, e.g. `127.0.0.1:8080` or `80`. */
  listen: string;
  /** The deploy base the site was built for (BASE_PATH). */
  base?: string;
  serverName?: string;
}

/** Quotes a value for nginx; refuses what would need escaping, so no value changes meaning. */
function nginxQuote(value: string): string {
  if (/["\\$\n]/.test(value)) throw new Error(`hosting: cannot put ${JSON.stringify(value)} in an nginx config`);
  return `"${value}"`;
}

/**
 * nginx repeats no `add_header` from the server into a location that has its own, so every
 * location lists all of its headers; `always` puts them on 404s and redirects too.
 */
function nginxHeaders(sitePath: string, indent: string): string[] {
  return Object.entries(headersForPath(sitePath)).map(([name, value]) => `${indent}add_header ${name} ${nginxQuote(value)} always;`);
}

/** An nginx `server { … }` block that serves a built site with every hosting rule. */
export function formatNginxServer({ root, listen, base = '/', serverName = '_' }: NginxOptions): string {
  if (!base.startsWith('/')) throw new Error(`hosting: the base must start with "/", got ${JSON.stringify(base)}`);
  const siteBase = withBase(base, '/');
  const folder = root.replace(/\/+$/, '');
  const location = (sitePath: string, body: string[]) => [
    `    location ${withBase(siteBase, sitePath)} {`,
    ...body.map((line) => `        ${line}`),
    ...nginxHeaders(sitePath, '        '),
    '    }',
  ];
  const served = (sitePath: string, notFound?: string) =>
    location(sitePath, [
      `alias ${nginxQuote(`${folder}${sitePath}`)};`,
      // A folder without a page of its own (`/zh/codes/`) is missing too, not forbidden.
      ...(notFound ? [`error_page 403 404 =404 ${withBase(siteBase, notFound)};`] : []),
    ]);
  const prefixes = [...new Set([...CACHE_RULES.map((rule) => rule.prefix), ...NOT_FOUND_PAGES.map((rule) => rule.prefix)])];
  const lines = [
    '# Generated by scripts/nginx-conf.mjs from src/lib/site/hosting.ts: edit that file, not this block.',
    'server {',
    `    listen ${listen};`,
    `    server_name ${serverName};`,
    '    charset utf-8;',
    '    # Pagefind’s .pf_* index files and the rest of what mime.types does not name.',
    '    default_type application/octet-stream;',
    '    # Redirects (a folder without its slash) keep the scheme, host and port the reader used.',
    '    absolute_redirect off;',
    '    server_tokens off;',
    '    index index.html;',
    '    gzip on;',
    '    gzip_types text/css application/javascript application/json image/svg+xml application/xml text/plain;',
    `    error_page 403 404 =404 ${withBase(siteBase, notFoundPageFor('/'))};`,
    '',
    // nginx picks the longest matching prefix, so the order below is for the reader only.
    ...prefixes.flatMap((prefix) => [
      ...served(prefix, NOT_FOUND_PAGES.find((rule) => rule.prefix === prefix)?.page),
      '',
    ]),
    // The Markdown twins: their type, with mime.types set aside in this location only.
    ...TYPE_RULES.flatMap((rule) => [
      `    location ~ ^${siteBase.replace(/[.]/g, '\\.')}(.+\\${rule.suffix})$ {`,
      // nginxQuote refuses `$`, so the folder is checked alone and the capture added inside the quotes.
      `        alias ${nginxQuote(folder).slice(0, -1)}/$1";`,
      '        types { }',
      `        default_type ${nginxQuote(rule.contentType)};`,
      `        error_page 403 404 =404 ${withBase(siteBase, notFoundPageFor('/'))};`,
      ...nginxHeaders('/', '        '),
      '    }',
      '',
    ]),
    ...(siteBase === '/'
      ? []
      : [
          // Nothing lives outside the base; the base without its slash is a folder like any other.
          `    location = ${siteBase.slice(0, -1)} {`,
          `        return ${SLASH_REDIRECT_STATUS} ${siteBase};`,
          ...nginxHeaders('/', '        '),
          '    }',
          '',
          '    location / {',
          '        return 404;',
          '    }',
        ]),
    '}',
  ];
  return lines.join('\n').replace(/\n+}$/, '\n}') + '\n';
}

/** The deploy guide's table (docs/deploy.md) for hosts configured by hand (object storage and CDN consoles). */
export function formatHostingTable(base = '/'): string {
  const code = (value: string) => `\`${value}\``;
  const rows = [
    ...Object.entries(SECURITY_HEADERS).map(([name, value]) => [`header ${code(name)}`, 'every path', code(value)]),
    ...CACHE_RULES.map((rule) => [`header ${code('Cache-Control')}`, `${code(`${withBase(base, rule.prefix)}*`)} (${rule.why})`, code(rule.cacheControl)]),
    [`header ${code('Cache-Control')}`, 'every other path', code(DEFAULT_CACHE_CONTROL)],
    ...NOT_FOUND_PAGES.map((rule) => [
      'not-found page, status 404',
      rule.prefix === '/' ? 'any other missing path' : `missing paths under ${code(withBase(base, rule.prefix))}`,
      code(withBase(base, rule.page)),
    ]),
    ...TYPE_RULES.map((rule) => [`header ${code('Content-Type')}`, `files ending in ${code(rule.suffix)} (the Markdown twins)`, code(rule.contentType)]),
    [`redirect ${SLASH_REDIRECT_STATUS}`, `a folder without its trailing slash (${code(withBase(base, '/zh/codes/437'))}, ${code(withBase(base, '/codes/437'))})`, 'the same path with the slash'],
  ];
  return [
    '| rule | applies to | value |',
    '| --- | --- | --- |',
    ...rows.map((cells) => `| ${cells.join(' | ')} |`),
  ].join('\n');
}
