#!/usr/bin/env node
/**
 * `npm run check:content`: the content checks an author needs while writing, without a build, in a
 * second or two: the schemas and cross-file rules (the same verdicts the build gives), the style
 * lint, and originality against the source documents (the seeds, read from $SEEDS_DIR or
 * ../shared/seeds; they stay outside the repository). Prints `file:line` findings; exit 1 on any,
 * and when the seeds cannot be found.
 * The unit tests run the same functions.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';
import { formatProblems } from '../src/lib/content/rules.ts';
import { validateContent } from '../src/lib/content/validate.ts';
import { parseEquivalentsFile } from '../src/lib/content/real-world-files.ts';
import { checkEquivalentCodes } from '../src/lib/content/equivalents.ts';
import { formatFindings, lintFile } from '../src/lib/content/lint.ts';
import { findNearCopies, formatNearCopies, indexSeeds } from '../src/lib/content/originality.ts';

const root = resolve(import.meta.dirname, '..');

/** Files under `dir` (relative to the project root) whose names end with `ext`, sorted. */
function filesIn(dir, ext) {
  const full = join(root, dir);
  if (!existsSync(full)) return [];
  return readdirSync(full, { withFileTypes: true })
    .flatMap((entry) => (entry.isDirectory() ? filesIn(join(dir, entry.name), ext) : entry.name.endsWith(ext) ? [join(dir, entry.name)] : []))
    .sort();
}

const read = (file) => ({ file, text: readFileSync(join(root, file), 'utf8') });

/**
 * Where the seeds are: $SEEDS_DIR; else `../shared/seeds` next to the checkout; else next to the
 * repository this checkout was cloned from (a clean clone in a temporary folder, as CI makes, has
 * its origin in the working copy beside the seeds). The first that exists, or the first candidate.
 */
export function seedsDir() {
  if (process.env.SEEDS_DIR) return resolve(process.env.SEEDS_DIR);
  const candidates = [join(root, '..', 'shared', 'seeds')];
  try {
    const origin = execFileSync('git', ['-C', root, 'remote', 'get-url', 'origin'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    // Only a local origin can have the seeds beside it.
    if (origin.startsWith('/')) candidates.push(join(origin, '..', 'shared', 'seeds'));
  } catch {}
  return resolve(candidates.find((dir) => existsSync(dir)) ?? candidates[0]);
}

/** The platform's exact strings, which a page may quote as they are: names, older names, messages, seen-as texts. */
function exactStrings() {
  const names = filesIn('content/catalogs', '.yaml').flatMap((file) =>
    Object.values(parse(read(file).text) ?? {}).flatMap((facts) => [facts?.name, ...(facts?.olderNames ?? []), facts?.message?.text, facts?.descriptions?.zh, facts?.descriptions?.en]),
  );
  const seenAs = existsSync(join(root, 'content/seen-as.yaml'))
    ? Object.values(parse(read('content/seen-as.yaml').text) ?? {}).flatMap((items) => (items ?? []).map((item) => item.text.replace(/\{[a-z_]+\}/g, ' ')))
    : [];
  return [...names, ...seenAs].filter((text) => typeof text === 'string');
}

/** Near-copies of the seeds in the content; `undefined` when the seeds are not there to compare with. */
export function originalityFindings() {
  const dir = seedsDir();
  if (!existsSync(dir)) return undefined;
  const seeds = readdirSync(dir).filter((name) => name.endsWith('.txt')).sort().map((name) => ({ name, text: readFileSync(join(dir, name), 'utf8') }));
  if (seeds.length === 0) return undefined;
  const files = [
    ...filesIn('content/codes', '.mdx'),
    ...filesIn('content/concepts', '.mdx'),
  ].map((file) => ({ ...read(file), kind: 'mdx' }));
  const yaml = [...filesIn('content/catalogs', '.yaml'), ...['content/sources.yaml', 'content/seen-as.yaml'].filter((file) => existsSync(join(root, file)))];
  return findNearCopies([...files, ...yaml.map((file) => ({ ...read(file), kind: 'yaml' }))], indexSeeds(seeds), exactStrings());
}

if (process.argv[1] === import.meta.filename) {
  let failed = false;
  const catalogs = filesIn('content/catalogs', '.yaml').map(read);
  const pages = filesIn('content/codes', '.mdx').map(read);
  const optional = (file) => (existsSync(join(root, file)) ? read(file) : undefined);
  const problems = validateContent(catalogs, pages, { sources: optional('content/sources.yaml'), seenAs: optional('content/seen-as.yaml'), phrases: optional('content/phrases.yaml'), vendorWording: optional('content/vendor-wording.yaml'), reviews: existsSync(join(root, 'content/reviews')) ? readdirSync(join(root, 'content/reviews')) : [] });
  if (problems.length > 0) {
    failed = true;
    console.log(`Content rules:\n${formatProblems(problems)}`);
  }
  if (existsSync(join(root, 'content/equivalents.yaml'))) {
    const equivalents = parseEquivalentsFile(read('content/equivalents.yaml'));
    // The catalog of a code is its file's name (content/catalogs/{catalog}.yaml).
    const catalogOf = new Map(catalogs.flatMap((file) => Object.keys(parse(file.text) ?? {}).map((code) => [code, /([^/]+)\.ya?ml$/.exec(file.file)?.[1]])));
    if (equivalents.data) equivalents.problems.push(...checkEquivalentCodes('content/equivalents.yaml', equivalents.data, (code) => catalogOf.get(code)));
    if (equivalents.problems.length > 0) {
      failed = true;
      console.log(`Equivalents:\n${formatProblems(equivalents.problems)}`);
    }
  }
  const lintable = [
    ...pages.map((f) => ({ ...f, kind: f.file.includes('/zh/') ? 'zh' : 'en' })),
    ...filesIn('content/concepts', '.mdx').map(read).map((f) => ({ ...f, kind: f.file.includes('/zh/') ? 'zh' : 'en' })),
    ...[...catalogs, ...filesIn('content', '.yaml').filter((f) => !f.includes('/catalogs/')).map(read)].map((f) => ({ ...f, kind: 'bilingual' })),
  ];
  const lint = lintable.flatMap(lintFile);
  if (lint.length > 0) {
    failed = true;
    console.log(`Style lint:\n${formatFindings(lint)}`);
  }
  const copies = originalityFindings();
  if (copies === undefined) {
    // Not a pass: without the seeds nothing was compared. ORIGINALITY=skip is for a checkout that
    // cannot have them, and says so too.
    const skip = process.env.ORIGINALITY === 'skip';
    if (!skip) failed = true;
    console.log(`Originality: NOT CHECKED: no seed documents (*.txt) at ${seedsDir()}. Set SEEDS_DIR to the folder that holds them${skip ? ' (skipped: ORIGINALITY=skip)' : ', or ORIGINALITY=skip to run the other checks without it'}.`);
  } else if (copies.length > 0) {
    failed = true;
    console.log(`Originality (${copies.length} near-copies of the seeds; say it in our own words):\n${formatNearCopies(copies)}`);
  }
  console.log(failed ? 'check:content: problems found' : `check:content: ${pages.length} pages, ${catalogs.length} catalogs: no problems`);
  process.exit(failed ? 1 : 0);
}
