/**
 * Measurement helpers for the benchmark: run a command while sampling the peak memory of its
 * whole process tree, and weigh files gzip and brotli.
 */
import { spawn } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

/** Sum of VmRSS (KiB) over a process and all its descendants, read from /proc. */
function treeRssKiB(rootPid) {
  const children = new Map();
  const rss = new Map();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const status = readFileSync(`/proc/${name}/status`, 'utf8');
      const ppid = Number(/^PPid:\s+(\d+)/m.exec(status)?.[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(name)]);
      rss.set(Number(name), Number(/^VmRSS:\s+(\d+)/m.exec(status)?.[1] ?? 0));
    } catch {
      // The process ended between listing and reading.
    }
  }
  let total = 0;
  const stack = [rootPid];
  while (stack.length > 0) {
    const pid = stack.pop();
    total += rss.get(pid) ?? 0;
    stack.push(...(children.get(pid) ?? []));
  }
  return total;
}

/**
 * Runs a command; resolves with its wall time (ms) and the peak RSS (MiB) of its process tree.
 * `phases` (name and a pattern of the stdout line that ends it, in order) also yields each phase's
 * time and peak RSS, read from the tool's own progress lines as they are printed.
 */
export function timed(command, args, env = {}, phases = []) {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(command, args, { env: { ...process.env, ...env }, stdio: ['ignore', phases.length > 0 ? 'pipe' : 'ignore', 'inherit'] });
    let peak = 0;
    let phasePeak = 0;
    let phaseStart = started;
    const done = [];
    const sampler = setInterval(() => {
      const rss = treeRssKiB(child.pid);
      peak = Math.max(peak, rss);
      phasePeak = Math.max(phasePeak, rss);
    }, 100);
    let pending = '';
    child.stdout?.on('data', (chunk) => {
      pending += chunk;
      const lines = pending.split('\n');
      pending = lines.pop();
      for (const line of lines) {
        const next = phases[done.length];
        if (!next || !next.end.test(line)) continue;
        const now = performance.now();
        done.push({ name: next.name, ms: now - phaseStart, peakMiB: phasePeak / 1024 });
        phaseStart = now;
        phasePeak = 0;
      }
    });
    child.on('error', reject);
    child.on('exit', (code) => {
      clearInterval(sampler);
      if (code !== 0) reject(new Error(`${command} ${args.join(' ')} exited with ${code}`));
      else resolve({ ms: performance.now() - started, peakMiB: peak / 1024, phases: done });
    });
  });
}

/** Raw, gzip and brotli sizes of a text or buffer, in bytes. */
export function weigh(content) {
  const buffer = Buffer.isBuffer(content) ? content : Buffer.from(content);
  return {
    raw: buffer.length,
    gzip: gzipSync(buffer, { level: 9 }).length,
    brotli: brotliCompressSync(buffer, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}

/** Adds size records field by field. */
export function sumSizes(sizes) {
  return sizes.reduce((a, b) => ({ raw: a.raw + b.raw, gzip: a.gzip + b.gzip, brotli: a.brotli + b.brotli }), { raw: 0, gzip: 0, brotli: 0 });
}

/** Formats bytes as KB with one decimal. */
export const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

/** Prints a Markdown table. */
export function table(headers, rows) {
  console.log(`| ${headers.join(' | ')} |`);
  console.log(`| ${headers.map(() => '---').join(' | ')} |`);
  for (const row of rows) console.log(`| ${row.join(' | ')} |`);
  console.log('');
}
