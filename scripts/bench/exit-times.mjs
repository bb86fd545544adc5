/**
 * Preloaded (`node --import`) into a process the benchmark starts: at exit, writes to standard
 * error the CPU time the process used (user + system) and its wall time since Node started, so a
 * cold start can be told apart from waiting for a busy CPU.
 */
import { writeSync } from 'node:fs';

process.on('exit', () => {
  const { user, system } = process.cpuUsage();
  writeSync(2, `\n@@exit-times ${JSON.stringify({ cpuMs: (user + system) / 1000, wallMs: performance.now() })}\n`);
});
