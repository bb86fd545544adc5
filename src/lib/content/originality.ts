/**
 * Originality: no sentence of the content may be a near-copy of a source document. A line is a
 * near-copy when, once code spans and the platform's exact names and messages are set aside, it
 * shares a run of at least 14 Chinese characters (spaces and punctuation of both widths ignored) or
 * at least 8 consecutive English words with one of the seeds. Each finding names the content file
 * and line, the seed file and line, and the shared run, so the sentence can be rewritten in our own
 * words. Attribution ("the documentation advises …") does not make a copy original.
 */

/** Shared-run lengths that make a near-copy. */
export const ZH_RUN = 14;
export const EN_RUN = 8;

/** A seed document: its file name and text. */
export interface SeedFile {
  name: string;
  text: string;
}

/** A content file to check; `kind` says how to read it. */
export interface ProseFile {
  file: string;
  text: string;
  kind: 'mdx' | 'yaml';
}

/** One near-copy. */
export interface OriginalityFinding {
  file: string;
  line: number;
  seed: string;
  seedLine: number;
  run: string;
}

/** Chinese text without spaces and punctuation of either width: what a run is measured on. */
function zhNorm(text: string): string {
  return text.replace(/[\s\p{P}\p{S}_]+/gu, '');
}

/** Lower-case English words (digits count as words; apostrophes stay inside a word). */
function enWords(text: string): string[] {
  return text.toLowerCase().match(/[a-z0-9]+(?:'[a-z]+)?/g) ?? [];
}

const HAS_CJK = /[\u3400-\u9fff]/;

/** Where each run of the seeds comes from: `run → "seed:line"`, for both languages. */
export interface SeedIndex {
  zh: Map<string, { seed: string; line: number }>;
  en: Map<string, { seed: string; line: number }>;
}

/** Indexes every 14-character and 8-word run of the seeds, by the seed line it starts on. */
export function indexSeeds(seeds: readonly SeedFile[]): SeedIndex {
  const zh = new Map<string, { seed: string; line: number }>();
  const en = new Map<string, { seed: string; line: number }>();
  for (const { name, text } of seeds) {
    // Runs may cross line breaks (a table cell wraps), so the whole file is one stream, with the
    // line each character or word came from.
    const zhChars: Array<{ char: string; line: number }> = [];
    const enTokens: Array<{ word: string; line: number }> = [];
    text.split('\n').forEach((line, index) => {
      for (const char of zhNorm(line)) zhChars.push({ char, line: index + 1 });
      for (const word of enWords(line)) enTokens.push({ word, line: index + 1 });
    });
    for (let i = 0; i + ZH_RUN <= zhChars.length; i++) {
      const run = zhChars.slice(i, i + ZH_RUN).map((c) => c.char).join('');
      if (HAS_CJK.test(run) && !zh.has(run)) zh.set(run, { seed: name, line: zhChars[i]!.line });
    }
    for (let i = 0; i + EN_RUN <= enTokens.length; i++) {
      const run = enTokens.slice(i, i + EN_RUN).map((t) => t.word).join(' ');
      if (!en.has(run)) en.set(run, { seed: name, line: enTokens[i]!.line });
    }
  }
  return { zh, en };
}

/** YAML keys whose values are exact strings or addresses, not our prose. */
const EXACT_KEYS = /^\s*-?\s*(?:text|name|olderNames|message|source|url|path|by|kind|query|top|seed|date|review|against)\s*:/;

/** The prose of one line: without code spans, HTML-like tags, URLs and the exact strings. */
function prose(line: string, exact: readonly string[]): string {
  let text = line
    .replace(/`[^`]*`/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/https?:\/\/\S+/g, ' ');
  const lower = () => text.toLowerCase();
  for (const name of exact) {
    let at = lower().indexOf(name);
    while (at >= 0) {
      text = `${text.slice(0, at)} ${text.slice(at + name.length)}`;
      at = lower().indexOf(name);
    }
  }
  return text;
}

/**
 * Every near-copy in `files`, at most one per line. `exact` lists the platform's exact names and
 * messages (status names, REST messages, seen-as strings), which may be quoted as they are.
 */
export function findNearCopies(files: readonly ProseFile[], index: SeedIndex, exact: readonly string[]): OriginalityFinding[] {
  const exactLower = [...new Set(exact.map((name) => name.toLowerCase()).filter((name) => name.length > 3))].sort((a, b) => b.length - a.length);
  const findings: OriginalityFinding[] = [];
  for (const { file, text, kind } of files) {
    let fenced = false;
    let frontMatter = kind === 'mdx' && text.startsWith('---');
    text.split('\n').forEach((raw, i) => {
      if (kind === 'mdx' && i > 0 && frontMatter && raw.trim() === '---') {
        frontMatter = false;
        return;
      }
      if (raw.trimStart().startsWith('```')) {
        fenced = !fenced;
        return;
      }
      if (fenced || (kind === 'yaml' && (EXACT_KEYS.test(raw) || raw.trimStart().startsWith('#')))) return;
      const line = prose(raw, exactLower);
      const zh = zhNorm(line);
      for (let at = 0; at + ZH_RUN <= zh.length; at++) {
        const hit = index.zh.get(zh.slice(at, at + ZH_RUN));
        if (hit) {
          findings.push({ file, line: i + 1, seed: hit.seed, seedLine: hit.line, run: zh.slice(at, at + ZH_RUN) });
          return;
        }
      }
      const words = enWords(line);
      for (let at = 0; at + EN_RUN <= words.length; at++) {
        const run = words.slice(at, at + EN_RUN).join(' ');
        const hit = index.en.get(run);
        if (hit) {
          findings.push({ file, line: i + 1, seed: hit.seed, seedLine: hit.line, run });
          return;
        }
      }
    });
  }
  return findings;
}

/** One line per finding: `file:line: near-copy of seed:line: "run"`. */
export function formatNearCopies(findings: readonly OriginalityFinding[]): string {
  return findings.map(({ file, line, seed, seedLine, run }) => `${file}:${line}: near-copy of seeds/${seed}:${seedLine}: "${run}"`).join('\n');
}
