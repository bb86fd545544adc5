#!/usr/bin/env node
/**
 * Prints an nginx `server { … }` block that serves a built site with the hosting rules of
 * src/lib/site/hosting.ts: security headers, cache lifetimes, the not-found page of each language with
 * status 404 and slash redirects. BASE_PATH (or --base) must be the base the site was built for.
 * Usage: node scripts/nginx-conf.mjs --root dist --listen 8080 [--base /errors/] [--server-name host]
 */
import { resolve } from 'node:path';

const [major, minor] = process.versions.node.split('.').map(Number);
// The hosting rules are TypeScript, which Node runs directly from 22.18 on.
if (major < 22 || (major === 22 && minor < 18)) {
  console.error(
    `nginx-conf: Node ${process.versions.node} cannot load src/lib/site/hosting.ts. Run it with the project's Node 24: ` +
      'npm run nginx-conf -- --root dist --listen 8080 (or node_modules/.bin/node scripts/nginx-conf.mjs …).',
  );
  process.exit(1);
}
const { formatNginxServer } = await import('../src/lib/site/hosting.ts');

const args = new Map();
for (let i = 2; i < process.argv.length; i += 2) args.set(process.argv[i], process.argv[i + 1]);
const known = ['--root', '--listen', '--base', '--server-name'];
const unknown = [...args.keys()].filter((name) => !known.includes(name));
if (unknown.length > 0 || !args.get('--root') || !args.get('--listen')) {
  console.error(
    `${unknown.length > 0 ? `nginx-conf: unknown option ${unknown.join(', ')}. ` : ''}` +
      'Usage: node scripts/nginx-conf.mjs --root DIR --listen PORT [--base /errors/] [--server-name NAME]',
  );
  process.exit(2);
}

process.stdout.write(
  formatNginxServer({
    root: resolve(args.get('--root')),
    listen: args.get('--listen'),
    base: args.get('--base') ?? process.env.BASE_PATH ?? '/',
    serverName: args.get('--server-name'),
  }),
);
