#!/usr/bin/env node
/**
 * html-validate over every HTML page of the build (OUT_DIR, default dist/), split across one
 * process per core: the site has thousands of pages and the validator is single-threaded.
 * Exits non-zero when any page has a problem; each process prints its own report.
 */
import { spawn } from 'node:child_process';
import { availableParallelism } from 'node:os';
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';

const outDir = process.env.OUT_DIR ?? 'dist';
const files = readdirSync(outDir, { recursive: true, withFileTypes: true })
  .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
  .map((entry) => relative(process.cwd(), join(entry.parentPath, entry.name)))
  .filter((file) => !file.includes('/pagefind/'))
  .sort();
if (files.length === 0) {
  console.error(`validate-html: no HTML pages in ${outDir}/ — run npm run build first.`);
  process.exit(1);
}
const parts = Math.max(1, Math.min(availableParallelism(), 4));
// Run with this Node (the project's 24): the CLI needs fs.globSync, which the system's Node 20 lacks.
const cli = join(import.meta.dirname, '../node_modules/html-validate/bin/html-validate.mjs');
const codes = await Promise.all(
  Array.from({ length: parts }, (_, part) => {
    // Interleaved, so that every process gets its share of big catalog pages and small redirects.
    const share = files.filter((_, index) => index % parts === part);
    return new Promise((done) => spawn(process.execPath, [cli, ...share], { stdio: 'inherit' }).on('close', (code) => done(code ?? 1)));
  }),
);
const failed = codes.some((code) => code !== 0);
console.log(`html-validate: ${files.length} pages in ${parts} processes: ${failed ? 'problems above' : 'no problems'}`);
process.exit(failed ? 1 : 0);
