/**
 * The command line's cold start: `serverless-error-codes explain` run as a new process each time,
 * as a user runs it (the bundle in cli/dist, its data in cli/data, made by `npm run build:cli` from
 * the build), timed from spawn to exit. Node's own start is measured the same way, for scale.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/** Node 20 (the oldest the package supports) when the system has it, and the Node running this. */
export function cliNodes() {
  return [...new Set([existsSync('/usr/bin/node') ? '/usr/bin/node' : undefined, process.execPath].filter(Boolean))];
}

/** Wall times (ms) of `runs` fresh processes after `warmup` unmeasured ones (the file cache is then warm). */
export function coldStarts(node, args, { runs = 15, warmup = 2 } = {}) {
  const times = [];
  for (let i = 0; i < warmup + runs; i++) {
    const started = performance.now();
    const result = spawnSync(node, args, { encoding: 'utf8', env: { PATH: process.env.PATH, LANG: 'en_US.UTF-8' } });
    const ms = performance.now() - started;
    if (result.error || result.status === null || result.status > 2) throw new Error(`${node} ${args.join(' ')}: ${result.error ?? result.stderr}`);
    if (i >= warmup) times.push(ms);
  }
  times.sort((a, b) => a - b);
  const at = (q) => times[Math.min(times.length - 1, Math.floor(q * times.length))];
  return { median: at(0.5), min: times[0], p90: at(0.9), runs };
}
