#!/usr/bin/env node
/**
 * `npm test`: every check, in order, stopping at the first failure, then how long each stage took
 * and the total, so a slow stage is visible at a glance in CI logs.
 *
 * It leaves nothing running. Each stage runs in a process group of its own; when the run ends,
 * fails or is interrupted (Ctrl-C, SIGTERM, SIGHUP) that group is stopped, and any server this
 * checkout's tests start (the test server, `astro preview`, nginx, Chromium) that is still alive is
 * stopped too. Before the first stage, a server left on the browser tests' ports by an earlier run
 * of this checkout is stopped and reported; anything else on those ports stops the run with its
 * PID and how to free the port.
 */
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync, readlinkSync } from 'node:fs';
import { resolve } from 'node:path';

/** The npm scripts `npm test` runs, cheapest first: a type error should not wait for the browsers. */
const STAGES = ['test:lockfile', 'check', 'test:unit', 'build', 'test:dist', 'test:cli', 'test:nginx', 'test:e2e', 'test:subpath'];

/** The fixed ports of the browser tests' servers (playwright.config.ts), with their override. */
const PORTS = [
  ['E2E_PREVIEW_PORT', 4321],
  ['E2E_STRICT_PORT', 4322],
  ['E2E_NGINX_PORT', 4323],
].map(([name, port]) => ({ name, port: Number(process.env[name] ?? port) }));

/** Command lines of the processes the tests start; nothing else is ever stopped. */
const OURS = [/tests\/server\.mjs/, /astro(?:\.\w+)? preview/, /tests\/nginx\/nginx\.mjs/, /nginx: master process .*sec-nginx-/, /playwright_chromiumdev_profile/];

const root = resolve(import.meta.dirname, '..');

/** Every process we can see: pid, command line and working directory. */
function processes() {
  return readdirSync('/proc')
    .filter((name) => /^\d+$/.test(name) && Number(name) !== process.pid)
    .flatMap((name) => {
      try {
        const cmdline = readFileSync(`/proc/${name}/cmdline`, 'utf8').split('\0').join(' ').trim();
        let cwd = '';
        try {
          cwd = readlinkSync(`/proc/${name}/cwd`);
        } catch {}
        return cmdline ? [{ pid: Number(name), cmdline, cwd }] : [];
      } catch {
        return [];
      }
    });
}

/** Socket inodes listening on a TCP port (IPv4 and IPv6). */
function listeningInodes(port) {
  const hex = port.toString(16).toUpperCase().padStart(4, '0');
  return ['/proc/net/tcp', '/proc/net/tcp6'].flatMap((file) => {
    try {
      return readFileSync(file, 'utf8')
        .split('\n')
        .slice(1)
        .map((line) => line.trim().split(/\s+/))
        // local address is field 1 (`ADDR:PORT`), state field 3 (`0A` = LISTEN), inode field 9.
        .filter((fields) => fields[1]?.endsWith(`:${hex}`) && fields[3] === '0A')
        .map((fields) => fields[9]);
    } catch {
      return [];
    }
  });
}

/** The processes holding a listening socket on `port`. */
function listenersOn(port) {
  const inodes = new Set(listeningInodes(port).map((inode) => `socket:[${inode}]`));
  if (inodes.size === 0) return [];
  return processes().filter(({ pid }) => {
    try {
      return readdirSync(`/proc/${pid}/fd`).some((fd) => {
        try {
          return inodes.has(readlinkSync(`/proc/${pid}/fd/${fd}`));
        } catch {
          return false;
        }
      });
    } catch {
      return false;
    }
  });
}

const isOurs = ({ cmdline, cwd }) => OURS.some((pattern) => pattern.test(cmdline)) && (cwd === root || cwd.startsWith(`${root}/`));
const alive = (pid) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};
const sleep = (ms) => new Promise((done) => setTimeout(done, ms));

/** Stops processes with SIGTERM, then SIGKILL after `graceMs`; returns those it stopped. */
async function stop(list, graceMs = 5_000) {
  for (const { pid } of list) {
    try {
      process.kill(pid, 'SIGTERM');
    } catch {}
  }
  const deadline = Date.now() + graceMs;
  while (list.some(({ pid }) => alive(pid)) && Date.now() < deadline) await sleep(100);
  for (const { pid } of list.filter(({ pid }) => alive(pid))) {
    try {
      process.kill(pid, 'SIGKILL');
    } catch {}
  }
  return list;
}

/** Stops what an earlier run of this checkout left on the ports; refuses to touch anything else. */
async function freePorts() {
  for (const { name, port } of PORTS) {
    const holders = listenersOn(port);
    const stale = holders.filter(isOurs);
    for (const { pid, cmdline } of await stop(stale)) console.log(`npm test: stopped a server an earlier run left on port ${port} (pid ${pid}: ${cmdline})`);
    const others = holders.filter((holder) => !isOurs(holder));
    if (others.length > 0) {
      const { pid, cmdline } = others[0];
      console.error(
        `npm test: port ${port} is in use by pid ${pid} (${cmdline}), which this checkout's tests did not start.\n` +
          `Stop it (kill ${pid}) or run the browser tests on other ports, e.g. ${name}=${port + 100} npm test.`,
      );
      process.exit(1);
    }
  }
}

/** Stops every server of ours still alive (a stage that was killed leaves its servers behind). */
async function sweep() {
  const left = processes().filter(isOurs);
  for (const { pid, cmdline } of await stop(left)) console.log(`npm test: stopped a leftover process (pid ${pid}: ${cmdline.slice(0, 120)})`);
}

let current;
let interrupted;

/** Runs one npm script in its own process group; resolves to its exit status. */
function runStage(stage) {
  return new Promise((done) => {
    current = spawn('npm', ['run', stage], { stdio: 'inherit', detached: true });
    current.once('exit', (code, signal) => {
      current = undefined;
      done(code ?? (signal ? 1 : 0));
    });
  });
}

async function onSignal(signal) {
  if (interrupted) return;
  interrupted = signal;
  console.error(`\nnpm test: ${signal}: stopping the ${stageName ?? 'current'} stage and its servers…`);
  if (current?.pid) {
    const group = current.pid;
    try {
      process.kill(-group, 'SIGTERM');
    } catch {}
    const deadline = Date.now() + 10_000;
    while (current && Date.now() < deadline) await sleep(100);
    try {
      process.kill(-group, 'SIGKILL');
    } catch {}
  }
  await sweep();
  process.exit(signal === 'SIGINT' ? 130 : 143);
}
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, () => void onSignal(signal));

let stageName;
const timings = [];
let failed;
const started = performance.now();
await freePorts();
for (const stage of STAGES) {
  stageName = stage;
  const stageStarted = performance.now();
  const status = await runStage(stage);
  if (interrupted) await new Promise(() => {});
  timings.push([stage, performance.now() - stageStarted]);
  if (status !== 0) {
    failed = stage;
    break;
  }
}
await sweep();
const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;
console.log('\nnpm test stages:');
for (const [stage, ms] of timings) console.log(`  ${stage.padEnd(14)} ${seconds(ms).padStart(9)}`);
console.log(`  ${'total'.padEnd(14)} ${seconds(performance.now() - started).padStart(9)}${failed ? `  (stopped: ${failed} failed)` : ''}`);
process.exit(failed ? 1 : 0);
