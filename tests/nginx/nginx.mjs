#!/usr/bin/env node
/**
 * Runs a real nginx over a built site with the generated server block (scripts/nginx-conf.mjs's
 * output), in a throw-away prefix: its own nginx.conf, pid file, logs and temp folders, loopback
 * only. `startNginx()` is for the HTTP checks; run as a script it serves until it is stopped (the
 * Playwright `nginx` project starts it that way).
 * Usage: node tests/nginx/nginx.mjs --port 4323 [--base /errors/] [--root dist]
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatNginxServer } from '../../src/lib/site/hosting.ts';

const nginxPath = process.env.NGINX_PATH || '/usr/sbin/nginx';

/** A free loopback port, so parallel runs never collide. */
export function freePort() {
  return new Promise((done, fail) => {
    const probe = createServer();
    probe.once('error', fail);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => done(port));
    });
  });
}

/** The whole nginx.conf: everything inside the prefix, then the generated server block. */
function mainConfig(prefix, server) {
  // As root the workers would drop to `nobody`, who may not read the checkout; keep them as we are.
  const user = process.getuid?.() === 0 ? 'user root;\n' : '';
  return `${user}daemon off;
worker_processes 1;
pid ${prefix}/nginx.pid;
error_log ${prefix}/error.log warn;
events {}
http {
    include /etc/nginx/mime.types;
    access_log off;
    client_body_temp_path ${prefix}/client_body;
    proxy_temp_path ${prefix}/proxy;
    fastcgi_temp_path ${prefix}/fastcgi;
    uwsgi_temp_path ${prefix}/uwsgi;
    scgi_temp_path ${prefix}/scgi;
${server}}
`;
}

/** Waits until nginx answers on the port, or fails with its error log. */
async function waitUntilUp(url, child, prefix) {
  for (let attempt = 0; attempt < 100; attempt += 1) {
    if (child.exitCode !== null) break;
    try {
      await fetch(url, { redirect: 'manual' });
      return;
    } catch {
      await new Promise((done) => setTimeout(done, 50));
    }
  }
  let log = '';
  try {
    log = readFileSync(join(prefix, 'error.log'), 'utf8');
  } catch {}
  throw new Error(`nginx did not start on ${url}:\n${log}`);
}

/**
 * Starts nginx over `root` built for `base`, on 127.0.0.1:`port` (a free one when omitted).
 * Resolves to `{ origin, config, stop }`; `stop()` ends nginx and removes its prefix.
 */
export async function startNginx({ root = 'dist', base = '/', port } = {}) {
  const listenPort = port ?? (await freePort());
  const prefix = mkdtempSync(join(tmpdir(), 'sec-nginx-'));
  const config = formatNginxServer({ root: resolve(root), listen: `127.0.0.1:${listenPort}`, base });
  writeFileSync(join(prefix, 'nginx.conf'), mainConfig(prefix, config));
  const child = spawn(nginxPath, ['-p', prefix, '-c', join(prefix, 'nginx.conf'), '-e', join(prefix, 'error.log')], { stdio: ['ignore', 'inherit', 'inherit'] });
  const stop = async () => {
    if (child.exitCode === null) {
      const exited = new Promise((done) => child.once('exit', done));
      // QUIT lets nginx finish open requests and remove its pid file.
      child.kill('SIGQUIT');
      await exited;
    }
    rmSync(prefix, { recursive: true, force: true });
  };
  const origin = `http://127.0.0.1:${listenPort}`;
  try {
    await waitUntilUp(`${origin}/`, child, prefix);
  } catch (error) {
    await stop();
    throw error;
  }
  return { origin, config, stop };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const args = new Map();
  for (let i = 2; i < process.argv.length; i += 2) args.set(process.argv[i], process.argv[i + 1]);
  const server = await startNginx({
    root: args.get('--root') ?? process.env.OUT_DIR ?? 'dist',
    base: args.get('--base') ?? process.env.BASE_PATH ?? '/',
    port: Number(args.get('--port') ?? 4323),
  });
  console.log(`nginx serves the build at ${server.origin}`);
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.once(signal, () => server.stop().then(() => process.exit(0)));
}
