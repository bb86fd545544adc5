#!/usr/bin/env node
/**
 * A small static server for the end-to-end tests: serves dist/ under the deploy base with exactly
 * the headers of the built `_headers` (Netlify/Cloudflare format, written from src/lib/site/hosting.ts),
 * the way a production host would, so the tests see the strict Content-Security-Policy.
 * Directories without a trailing slash redirect to it; unknown paths get the not-found page the
 * hosting rules name for them (their language's) with status 404.
 * Usage: node tests/server.mjs [--port 4322] [--base /errors/] [--root dist]
 */
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { notFoundPageFor, SLASH_REDIRECT_STATUS } from '../src/lib/site/hosting.ts';
import { parseHeadersFile, headersFor } from './headers.mjs';

const args = new Map();
for (let i = 2; i < process.argv.length; i += 2) args.set(process.argv[i], process.argv[i + 1]);
const port = Number(args.get('--port') ?? 4322);
const base = (args.get('--base') ?? process.env.BASE_PATH ?? '/').replace(/\/?$/, '/');
const root = join(process.cwd(), args.get('--root') ?? process.env.OUT_DIR ?? 'dist');
// The built copy: under a sub-path the build has put the base in front of its paths.
const rules = parseHeadersFile(await readFile(join(root, '_headers'), 'utf8'));

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.wasm': 'application/wasm',
  '.pagefind': 'application/octet-stream',
  '.pf_meta': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_filter': 'application/octet-stream',
};

async function fileAt(path) {
  try {
    const info = await stat(path);
    return info.isFile() ? path : info.isDirectory() ? 'dir' : null;
  } catch {
    return null;
  }
}

/** Answers with the `_headers` rules that match the requested URL path. */
function send(response, status, urlPath, body, type, extra = {}) {
  response.writeHead(status, { 'Content-Type': type, ...headersFor(rules, urlPath), ...extra });
  response.end(body);
}

const server = createServer(async (request, response) => {
  const url = new URL(request.url ?? '/', 'http://localhost');
  let pathname;
  try {
    pathname = decodeURIComponent(url.pathname);
  } catch {
    pathname = '/';
  }
  if (!pathname.startsWith(base)) {
    if (pathname === base.slice(0, -1)) return send(response, SLASH_REDIRECT_STATUS, pathname, '', 'text/plain', { Location: base });
    return send(response, 404, pathname, 'Not found', 'text/plain; charset=utf-8');
  }
  const sitePath = `/${pathname.slice(base.length)}`;
  const filePath = normalize(join(root, sitePath));
  if (!filePath.startsWith(root)) return send(response, 403, pathname, 'Forbidden', 'text/plain; charset=utf-8');

  let found = await fileAt(filePath);
  if (found === 'dir') {
    if (!sitePath.endsWith('/')) {
      return send(response, SLASH_REDIRECT_STATUS, pathname, '', 'text/plain', { Location: `${base}${sitePath.slice(1)}/${url.search}` });
    }
    found = await fileAt(join(filePath, 'index.html'));
  }
  if (found && found !== 'dir') {
    return send(response, 200, pathname, await readFile(found), TYPES[extname(found)] ?? 'application/octet-stream');
  }
  const notFound = await fileAt(join(root, notFoundPageFor(sitePath)));
  if (notFound && notFound !== 'dir') return send(response, 404, pathname, await readFile(notFound), TYPES['.html']);
  return send(response, 404, pathname, 'Not found', 'text/plain; charset=utf-8');
});

server.listen(port, '127.0.0.1', () => console.log(`Serving dist/ at http://localhost:${port}${base}`));
