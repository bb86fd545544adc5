/**
 * The command line's cold start: `serverless-error-codes explain` run as a new process each time,
 * as a user runs it (the bundle in cli/dist, its data in cli/data, made by `npm run build:cli` from
 * the build), timed from spawn to exit, with the CPU time the process used (on a shared machine the
 * wall time also holds the wait for a free core). Node's own start is measured the same way.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const EXIT_TIMES = fileURLToPath(new URL('exit-times.mjs', import.meta.url));

/** Node 20 (the oldest the package supports) when the system has it, and the Node running this. */
export function cliNodes() {
  return [...new Set([existsSync('/usr/bin/node') ? '/usr/bin/node' : undefined, process.execPath].filter(Boolean))];
}

/**
 * Wall times and CPU times (ms) of `runs` fresh processes after `warmup` unmeasured ones (the file
 * cache is then warm): median, fastest and 90th percentile of each.
 */
export function coldStarts(node, args, { runs = 15, warmup = 2 } = {}) {
  const wall = [];
  const cpu = [];
  for (let i = 0; i < warmup + runs; i++) {
    const started = performance.now();
    const result = spawnSync(node, ['--import', EXIT_TIMES, ...args], { encoding: 'utf8', env: { PATH: process.env.PATH, LANG: 'en_US.UTF-8' } });
    const ms = performance.now() - started;
    if (result.error || result.status === null || result.status > 2) throw new Error(`${node} ${args.join(' ')}: ${result.error ?? result.stderr}`);
    const times = JSON.parse(/@@exit-times (.*)/.exec(result.stderr)?.[1] ?? 'null');
    if (i >= warmup) {
      wall.push(ms);
      if (times) cpu.push(times.cpuMs);
    }
  }
  const stats = (list) => {
    const sorted = [...list].sort((a, b) => a - b);
    const at = (q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
    return { median: at(0.5), min: sorted[0], p90: at(0.9) };
  };
  return { ...stats(wall), cpu: stats(cpu), runs };
}
