/**
 * The equivalents matrix: for each failure SCF shares with other serverless platforms (a row), the
 * error each platform gives for it (a cell), in the column order of OTHER_PLATFORMS. Built once from
 * `content/equivalents.yaml`; the matrix page, the code pages' "On other platforms" section, the
 * Markdown twins and the search's other-platform matching all read this one model.
 */
import type { Lang } from './langs.ts';
import { EQUIVALENCE_STRENGTHS, OTHER_PLATFORMS, type EquivalentCell, type EquivalentsFile, type OtherPlatform } from './schema.ts';

/** A text in both languages. */
export type Bilingual = Record<Lang, string>;

/** How close a platform's error is to the row's failure. */
export type Strength = (typeof EQUIVALENCE_STRENGTHS)[number];

/** One cell: the platform's error, or what its docs say when it has none. */
export type MatrixCell = { platform: OtherPlatform; error: EquivalentCell; none?: undefined } | { platform: OtherPlatform; error?: undefined; none: Bilingual };

/** One row: a failure, the SCF and openYuanrong codes it stands for, and a cell per platform. */
export interface MatrixRow {
  /** The row's id, also its anchor on the matrix page (`execution-timeout`). */
  id: string;
  title: Bilingual;
  /** SCF status codes of the failure, most typical first. */
  scf: string[];
  /** openYuanrong codes of the failure, where one clearly matches. */
  yr: string[];
  /** One cell per platform, in OTHER_PLATFORMS order. */
  cells: MatrixCell[];
}

/** The whole matrix. */
export interface EquivalentsMatrix {
  /** The platforms (the columns), in order, with their names. */
  platforms: Array<{ id: OtherPlatform; name: Bilingual }>;
  /** The failures (the rows), in file order. */
  rows: MatrixRow[];
  /** The rows that name a code, SCF or openYuanrong (empty when none does). */
  rowsOf(code: string): MatrixRow[];
  /** A platform's name in a language. */
  platformName(platform: OtherPlatform, lang: Lang): string;
}

/** Builds the matrix from a checked `content/equivalents.yaml` (every row has a cell per platform). */
export function buildMatrix(file: EquivalentsFile): EquivalentsMatrix {
  const platforms = OTHER_PLATFORMS.map((id) => ({ id, name: file.platforms[id]?.name ?? { en: id, zh: id } }));
  const rows: MatrixRow[] = Object.entries(file.failures).map(([id, row]) => ({
    id,
    title: row.title,
    scf: row.scf,
    yr: row.yr,
    cells: OTHER_PLATFORMS.flatMap((platform): MatrixCell[] => {
      const cell = row.cells[platform];
      if (!cell) return [];
      return 'none' in cell ? [{ platform, none: cell.none }] : [{ platform, error: cell }];
    }),
  }));
  const byCode = new Map<string, MatrixRow[]>();
  for (const row of rows) for (const code of [...row.scf, ...row.yr]) byCode.set(code, [...(byCode.get(code) ?? []), row]);
  const names = new Map(platforms.map((platform) => [platform.id, platform.name]));
  return {
    platforms,
    rows,
    rowsOf: (code) => byCode.get(code) ?? [],
    platformName: (platform, lang) => names.get(platform)?.[lang] ?? platform,
  };
}

/** An empty matrix, for a content folder without `equivalents.yaml`. */
export function emptyMatrix(): EquivalentsMatrix {
  return buildMatrix({ platforms: {} as EquivalentsFile['platforms'], failures: {} });
}

/** How many cells of the matrix hold an error (the rest say there is no documented equivalent). */
export function filledCells(matrix: EquivalentsMatrix): number {
  return matrix.rows.reduce((sum, row) => sum + row.cells.filter((cell) => cell.error).length, 0);
}
