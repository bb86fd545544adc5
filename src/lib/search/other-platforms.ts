/**
 * Other platforms' errors in a paste: AWS Lambda's `Task timed out after 3.00 seconds`, Vercel's
 * `FUNCTION_INVOCATION_TIMEOUT`, Huawei's `FSS.0429`. Each cell of the equivalents matrix
 * (`content/equivalents.yaml`) carries templates of how its error shows up; a paste that matches one
 * is answered with the codes of the cell's row, SCF first, and says whose error it is and how close
 * the SCF code comes ("Error from AWS Lambda; on SCF the same failure is 433"), never as an SCF message.
 * A look-alike says it is one.
 *
 * openYuanrong's own column is left out: its messages are codes of this site's catalogs, which the
 * lookup and the upstream shards answer directly.
 */
import type { EquivalentsMatrix, Strength } from '../model/equivalents.ts';
import type { Lang } from '../model/langs.ts';
import { compileTemplate, matchTemplate, type CompiledTemplate, type Placeholder } from './message-template.ts';

/** Other platforms' errors as the site ships them (`/{lang}/other-platforms.json`; the lookup carries their anchors). */
export interface OtherPlatformsData {
  /** The platforms' names in the page's language, by id. */
  platforms: Record<string, string>;
  /** The codes of each failure (row), SCF first, then openYuanrong's. */
  rows: Record<string, { scf: string[]; yr: string[] }>;
  /** One entry per cell that has templates: platform, strength, failure and the templates. */
  cells: Array<{ p: string; s: Strength; f: string; t: string[] }>;
}

/** Who gave the error, and how close the code it is answered with comes. */
export interface OtherPlatformHit {
  /** The platform's id (`aws-lambda`) and name in the page's language. */
  platform: string;
  name: string;
  /** How close the platform's error is to the row's failure on SCF. */
  strength: Strength;
  /** The row (failure) it matched, the matrix page's anchor. */
  failure: string;
  /** Whose code the hit is: an SCF status code or an openYuanrong code of the same row. */
  target: 'scf' | 'yr';
}

/** One cell that matched a paste: whose error, which row, the template and how specific it is. */
export interface OtherPlatformMatch {
  platform: string;
  name: string;
  strength: Strength;
  failure: string;
  /** The codes of the row: SCF first, then openYuanrong's. */
  scf: string[];
  yr: string[];
  /** The template that matched, as written in the data. */
  template: string;
  /** Length of its fixed text: longer is more telling. */
  specificity: number;
  values: Partial<Record<Placeholder, string>>;
}

/** Every other platform's error a text holds, most telling first. */
export type OtherPlatformMatcher = (text: string) => OtherPlatformMatch[];

/** The column the lookup leaves out: openYuanrong's codes are answered as this site's own. */
const OWN_COLUMN = 'openyuanrong';
/** Order of strengths when two cells match equally well: the closer equivalent first. */
const STRENGTH_ORDER: Record<Strength, number> = { same: 0, similar: 1, 'look-alike': 2 };

/** The lookup's data of other platforms' errors in one language, from the matrix (only cells with templates). */
export function otherPlatformsData(matrix: EquivalentsMatrix, lang: Lang): OtherPlatformsData {
  const cells: OtherPlatformsData['cells'] = [];
  for (const row of matrix.rows) {
    for (const cell of row.cells) {
      if (cell.platform === OWN_COLUMN || !cell.error || cell.error.patterns.length === 0) continue;
      cells.push({ p: cell.platform, s: cell.error.strength, f: row.id, t: cell.error.patterns });
    }
  }
  const used = new Set(cells.map((cell) => cell.p));
  return {
    platforms: Object.fromEntries(matrix.platforms.filter((platform) => used.has(platform.id)).map((platform) => [platform.id, platform.name[lang]])),
    rows: Object.fromEntries(matrix.rows.map((row) => [row.id, { scf: row.scf, yr: row.yr }])),
    cells,
  };
}

/** How many characters of a template's longest fixed run its anchor keeps: enough to be rare, short to ship. */
const ANCHOR_LENGTH = 14;

/**
 * A text as anchors are looked for in it: lower case, without spaces (a template's space matches any
 * spacing, or none), with the full stop of either width as the ASCII one (as templates match it).
 */
function anchorText(text: string): string {
  return text.toLowerCase().replace(/\s+/g, '').replace(/。/g, '.');
}

/**
 * The anchors of other platforms' templates: for each template, the start of its longest run of
 * letters, digits, spaces and `._-` outside placeholders and an optional log tag. A text that
 * matches a template holds its anchor (case and spacing aside), so a text that holds none cannot
 * match any, and the header box need not download the templates for it: they are 2.4 KB gzip, the
 * anchors 0.6 KB, and nine queries in ten hold none. When two runs are as long, the one with a digit
 * is rarer in other text (`-504003` before `errCode`).
 */
export function otherPlatformAnchors(data: OtherPlatformsData): string[] {
  const anchors = new Set<string>();
  for (const template of data.cells.flatMap((cell) => cell.t)) {
    const tag = /^\[[A-Z][A-Z0-9_]*\]\s*/.exec(template)?.[0] ?? '';
    const runs = template
      .slice(tag.length)
      .split(/\{[a-z_]+\}|[^\p{L}\p{N}\s._-]+/u)
      .map(anchorText)
      .filter(Boolean)
      .sort((a, b) => b.length - a.length || Number(/\d/.test(b)) - Number(/\d/.test(a)));
    // A template of punctuation and placeholders alone has no anchor: the empty one is in every text.
    anchors.add((runs[0] ?? '').slice(0, ANCHOR_LENGTH));
  }
  return [...anchors];
}

/** Whether a text holds one of the anchors, so that it may match another platform's template. */
export function mayHoldOtherPlatform(anchors: readonly string[], text: string): boolean {
  const normalized = anchorText(text);
  return anchors.some((anchor) => normalized.includes(anchor));
}

/**
 * Builds the matcher (templates compiled once): every cell whose template occurs in a text, most
 * telling first (the longest fixed text, then the closest strength, then the matrix's order).
 */
export function createOtherPlatformMatcher(data: OtherPlatformsData): OtherPlatformMatcher {
  const compiled: Array<{ cell: OtherPlatformsData['cells'][number]; order: number; template: string; pattern: CompiledTemplate }> = data.cells.flatMap((cell, order) =>
    cell.t.map((template) => ({ cell, order, template, pattern: compileTemplate(template, { quotes: 'required' }) })),
  );
  return (text) => {
    const best = new Map<number, OtherPlatformMatch & { order: number }>();
    for (const { cell, order, template, pattern } of compiled) {
      const values = matchTemplate(pattern, text);
      if (!values) continue;
      const previous = best.get(order);
      if (previous && previous.specificity >= pattern.specificity) continue;
      const row = data.rows[cell.f] ?? { scf: [], yr: [] };
      best.set(order, { platform: cell.p, name: data.platforms[cell.p] ?? cell.p, strength: cell.s, failure: cell.f, scf: row.scf, yr: row.yr, template, specificity: pattern.specificity, values, order });
    }
    return [...best.values()]
      .sort((a, b) => b.specificity - a.specificity || STRENGTH_ORDER[a.strength] - STRENGTH_ORDER[b.strength] || a.order - b.order)
      .map(({ order: _, ...match }) => match);
  };
}

/** The why-labels of other platforms' errors, by strength; `{platform}`, `{target}` and `{code}` are filled in. */
export interface OtherPlatformStrings {
  label: Record<Strength, string>;
  /** The names of the platforms the answers belong to: SCF and openYuanrong. */
  target: Record<OtherPlatformHit['target'], string>;
}

/**
 * The label of an answer found through another platform's error, in the page's language:
 * "Error from AWS Lambda; on SCF the same failure is 433: ", with the strength in words.
 */
export function otherPlatformLabel(other: OtherPlatformHit, code: string, strings: OtherPlatformStrings): string {
  return strings.label[other.strength].replace('{platform}', other.name).replace('{target}', strings.target[other.target]).replace('{code}', code);
}
