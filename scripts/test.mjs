#!/usr/bin/env node
/**
 * `npm test`: every check, in order, stopping at the first failure, then how long each stage took
 * and the total, so a slow stage is visible at a glance in CI logs.
 */
import { spawnSync } from 'node:child_process';

/** The npm scripts `npm test` runs, cheapest first: a type error should not wait for the browsers. */
const STAGES = ['check', 'test:unit', 'build', 'test:dist', 'test:nginx', 'test:e2e', 'test:subpath'];

const timings = [];
let failed;
const started = performance.now();
for (const stage of STAGES) {
  const stageStarted = performance.now();
  const { status } = spawnSync('npm', ['run', stage], { stdio: 'inherit' });
  timings.push([stage, performance.now() - stageStarted]);
  if (status !== 0) {
    failed = stage;
    break;
  }
}
const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;
console.log('\nnpm test stages:');
for (const [stage, ms] of timings) console.log(`  ${stage.padEnd(13)} ${seconds(ms).padStart(9)}`);
console.log(`  ${'total'.padEnd(13)} ${seconds(performance.now() - started).padStart(9)}${failed ? `  (stopped: ${failed} failed)` : ''}`);
process.exit(failed ? 1 : 0);
