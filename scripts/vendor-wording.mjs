// Builds content/vendor-wording.yaml: the fingerprint of every sentence of the status-code tables in
// the source documents (content/sources.yaml names each document's seed file), so that a sentence
// copied from a vendor's table finds its code (src/lib/search/vendor-wording.ts). Only fingerprints
// are written, never the sentences.
//
//   node scripts/vendor-wording.mjs --seeds ../shared/seeds --mirrors /work/.mirror [--out content/vendor-wording.yaml]
//
// A document's `translation` (the same table in the other language, a GitHub file at a commit) is read
// from its repository's git mirror under --mirrors (`OWNER+NAME/repo`, as the `fetch` tool writes it)
// and fingerprinted too; its sentences carry their language (`l`), so each lands in its script's file.
//
// Each seed is read in its own layout: a pipe table (`433 TimeLimitReached | … | … |`), an HTML
// table (`<td>433<br>TimeLimitReached</td>`), or a text copy with one code per line followed by its
// name, description and solution. A sentence is kept when it has enough words to tell it apart and
// no more than two codes share it ("Contact us." says nothing of which code).
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { encodeHashes, fingerprintHashes, MAX_SENTENCE_WORDS, MIN_SENTENCE_WORDS, wordingFingerprint } from '../src/lib/search/vendor-wording.ts';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : fallback;
};
const seedsDir = option('--seeds');
const mirrorsDir = option('--mirrors');
const out = option('--out', 'content/vendor-wording.yaml');
if (!seedsDir) {
  console.error('usage: node scripts/vendor-wording.mjs --seeds DIR --mirrors DIR [--out FILE]');
  process.exit(2);
}

/** Most codes that may share a sentence for it to still say something. */
const MAX_SHARED = 2;

/** Text as a reader sees it: tags, Markdown links and emphasis, URLs and entities removed. */
function plain(text) {
  return text
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/https?:\/\/\S+/g, ' ')
    .replace(/&nbsp;/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .replace(/[*`]/g, '');
}

/** The rows of a pipe table: `433 TimeLimitReached | description | solution |`, a row may run over lines until its closing `|`. */
function pipeRows(text) {
  const rows = [];
  let row;
  for (const line of text.split('\n')) {
    const start = /^(\d{3,6}) [^|]*\|/.exec(line);
    if (!row && start) row = { code: start[1], text: line.slice(line.indexOf('|') + 1) };
    else if (row) row.text += `\n${line}`;
    if (row && line.trim().endsWith('|')) {
      rows.push(row);
      row = undefined;
    }
  }
  return rows;
}

/** The rows of an HTML table whose first cell is `433<br>TimeLimitReached`. */
function htmlRows(text) {
  return [...text.matchAll(/<tr>([\s\S]*?)<\/tr>/g)].flatMap(([, row]) => {
    const cells = [...row.matchAll(/<td>([\s\S]*?)<\/td>/g)].map((cell) => cell[1]);
    const code = /^\s*(\d{3,6})\s*<br>/i.exec(cells[0] ?? '')?.[1];
    return code ? [{ code, text: cells.slice(1).join('\n') }] : [];
  });
}

/** Headings a text copy repeats between its rows. */
const HEADINGS = /^(?:(?:SDK |REST API )?Error Codes?#?|Description|Solution|状态码及状态消息|说明|解决方法)$/;

/**
 * The rows of a text copy: a line holding only a code, then its lines. An indented copy (one row per
 * block of lines) ends its table at the first blank line; an unindented one separates a row's parts
 * by blank lines and runs until the next code.
 */
function lineRows(text) {
  const lines = text.split('\n');
  const indented = lines.filter((line) => /^\s+\d{3}\s*$/.test(line)).length > 3;
  const rows = [];
  let row;
  for (const line of lines) {
    const code = /^\s*(\d{3,6})\s*$/.exec(line)?.[1];
    if (code) {
      row = { code, text: '' };
      rows.push(row);
    } else if (row && line.trim() === '' && indented) row = undefined;
    else if (row && !HEADINGS.test(line.trim())) row.text += `\n${line}`;
  }
  return rows;
}

/**
 * The rows of a Markdown copy of a table: a csv-table row (`1001, "参数校验失败。", "根据 message 提示……"`)
 * or a pipe-table row (`| 4105 | FunctionVersionDeletionForbidden | 函数版本有别名，因此不能删除。 |`).
 */
function markdownRows(text) {
  return text.split('\n').flatMap((line) => {
    const csv = /^(\d{3,6}),\s*(.+)$/.exec(line);
    if (csv) return [{ code: csv[1], text: csv[2].split(/",\s*"/).map((cell) => cell.replace(/^"|"$/g, '')).join('\n') }];
    const pipe = /^\|\s*(\d{3,6})\s*\|(.+)\|\s*$/.exec(line);
    return pipe ? [{ code: pipe[1], text: pipe[2] }] : [];
  });
}

/** A GitHub file at a commit (`https://github.com/OWNER/NAME/blob/COMMIT/PATH`), read from its git mirror. */
function readMirrored(id, url) {
  const at = /^https:\/\/github\.com\/([\w.-]+)\/([\w.-]+)\/blob\/([0-9a-f]{40})\/(.+)$/.exec(url);
  if (!at) throw new Error(`${id}: translation.url is not a GitHub file at a commit: ${url}`);
  if (!mirrorsDir) throw new Error(`${id}: its translation is read from a git mirror; pass --mirrors DIR`);
  const [, owner, name, commit, path] = at;
  return execFileSync('git', ['-C', join(mirrorsDir, `${owner}+${name}`, 'repo'), 'show', `${commit}:${decodeURIComponent(path)}`], { encoding: 'utf8' });
}

/** Splits a row's text into sentences. */
function sentencesOf(text) {
  return plain(text)
    .split(/(?<=[.!?])\s+|(?<=[。；！？;])|\n+|\|/)
    .map((sentence) => sentence.replace(/\s+/g, ' ').trim())
    .filter(Boolean);
}

const sources = parse(readFileSync('content/sources.yaml', 'utf8'));
const seeds = readdirSync(seedsDir);
const bySentence = new Map();
const counts = {};
/** Counts a document's rows and fingerprints their sentences; `lang` marks a translation's. */
function addRows(id, rows, lang) {
  const name = lang ? `${id} (${lang})` : id;
  counts[name] = { rows: rows.length, sentences: 0 };
  for (const { code, text: rowText } of rows) {
    for (const sentence of sentencesOf(rowText)) {
      const h = wordingFingerprint(sentence);
      if (fingerprintHashes(h).length < MIN_SENTENCE_WORDS) continue;
      counts[name].sentences++;
      const entry = bySentence.get(h) ?? { c: new Set(), s: id, l: lang };
      entry.c.add(code);
      bySentence.set(h, entry);
    }
  }
}
for (const [id, source] of Object.entries(sources)) {
  if (!source.seed) continue;
  const file = seeds.find((name) => name.startsWith(`${source.seed}_`));
  if (!file) throw new Error(`${id}: no seed file ${source.seed}_* in ${seedsDir}`);
  const text = readFileSync(join(seedsDir, file), 'utf8');
  addRows(id, text.includes('<td>') ? htmlRows(text) : /^\d{3} [^|\n]*\|/m.test(text) ? pipeRows(text) : lineRows(text));
  if (source.translation) addRows(id, markdownRows(readMirrored(id, source.translation.url)), source.translation.lang);
}
const kept = [...bySentence].filter(([, { c }]) => c.size <= MAX_SHARED);
// A long sentence keeps only its rarest words (fewest sentences holding them; ties by hash).
const frequency = new Map();
for (const [h] of kept) for (const hash of fingerprintHashes(h)) frequency.set(hash, (frequency.get(hash) ?? 0) + 1);
const sentences = kept
  .map(([h, { c, s, l }]) => {
    const hashes = fingerprintHashes(h);
    if (hashes.length <= MAX_SENTENCE_WORDS) return { c: [...c].sort(), s, h, l };
    const rarest = [...hashes].sort((a, b) => frequency.get(a) - frequency.get(b) || a - b).slice(0, MAX_SENTENCE_WORDS);
    return { c: [...c].sort(), s, h: encodeHashes(rarest), n: hashes.length, l };
  })
  .sort((a, b) => a.c[0].localeCompare(b.c[0], 'en', { numeric: true }) || a.h.localeCompare(b.h));

const header = `# Fingerprints of the sentences of the status-code tables in the source documents (content/sources.yaml,
# each document's seed), for search only: a sentence copied from a vendor's table finds its code
# (src/lib/search/vendor-wording.ts). Each entry: the codes whose row holds the sentence (c), the
# source document (s) and the fingerprint (h), the hashed words of the sentence (of a long one, its
# ${MAX_SENTENCE_WORDS} rarest, with n its number of words), and l the language of a sentence from the
# document's translation; the sentences themselves are not kept. Generated by scripts/vendor-wording.mjs (see docs/search.md); do not edit.
`;
const body = sentences.map(({ c, s, h, n, l }) => `- { c: [${c.map((code) => `"${code}"`).join(', ')}], s: ${s}, h: "${h}"${n ? `, n: ${n}` : ''}${l ? `, l: ${l}` : ''} }`).join('\n');
writeFileSync(out, `${header}${body}\n`);
for (const [id, { rows, sentences: n }] of Object.entries(counts)) console.log(`${id}: ${rows} rows, ${n} sentences`);
console.log(`${sentences.length} distinct sentences written to ${out} (${bySentence.size - sentences.length} shared by more than ${MAX_SHARED} codes left out)`);
