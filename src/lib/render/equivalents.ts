/**
 * What the equivalents matrix shows where: the cells of a row as a code page shows them (its own
 * platform's column left out, the platforms without an equivalent gathered in one line), short
 * labels for the sources, and the Markdown of the matrix and of a code page's section. Pure: the
 * pages and src/data/markdown.ts pass in the strings of the page's language.
 */
import type { Lang } from '../model/langs.ts';
import type { EquivalentsMatrix, MatrixCell, MatrixRow } from '../model/equivalents.ts';
import type { OtherPlatform } from '../model/schema.ts';
import type { CatalogId } from '../model/vocabulary.ts';
import type { UiKey } from '../../i18n/en.ts';
import { inlineCode, link } from './markdown.ts';

/**
 * A source's address as a short, readable label: `owner/repo` for a GitHub file or thread, the host
 * and the first part of the path otherwise (`vercel.com/docs`).
 */
export function sourceLabel(url: string): string {
  const { host, pathname } = new URL(url);
  const parts = pathname.split('/').filter(Boolean);
  if (host === 'github.com' && parts.length >= 2) return `github.com/${parts[0]}/${parts[1]}`;
  return parts.length > 0 ? `${host.replace(/^www\./, '')}/${parts[0]}` : host.replace(/^www\./, '');
}

/** The platform column a code's own catalog stands for: an openYuanrong code's page leaves it out. */
export function ownColumn(catalog: CatalogId): OtherPlatform | undefined {
  return catalog === 'yr-sdk' || catalog === 'yr-rest' ? 'openyuanrong' : undefined;
}

/** A row as one code page shows it: the cells with an error, and the platforms that have none. */
export interface RowForCode {
  row: MatrixRow;
  /** Cells with an error, in column order, without the code's own platform. */
  filled: Array<Extract<MatrixCell, { error: object }>>;
  /** Platforms with no documented equivalent, in column order. */
  none: OtherPlatform[];
  /** SCF codes of the row, shown on an openYuanrong code's page (SCF is another platform there). */
  scf: string[];
}

/** The rows of a code, as its page shows them (empty when no row names it). */
export function rowsForCode(matrix: EquivalentsMatrix, code: string, catalog: CatalogId): RowForCode[] {
  const own = ownColumn(catalog);
  return matrix.rowsOf(code).map((row) => {
    const cells = row.cells.filter((cell) => cell.platform !== own);
    return {
      row,
      filled: cells.filter((cell): cell is Extract<MatrixCell, { error: object }> => cell.error !== undefined),
      none: cells.filter((cell) => cell.error === undefined).map((cell) => cell.platform),
      scf: own ? row.scf : [],
    };
  });
}

/** The strings and URLs the Markdown needs, in the page's language. */
export interface EquivalentsMarkdownContext {
  lang: Lang;
  t(key: UiKey, values?: Record<string, string | number>): string;
  /** The absolute URL of a code's page and of the matrix (with a row's anchor). */
  codeUrl(code: string): string;
  matrixUrl(row?: string): string;
}

/** One filled cell as a Markdown list item: platform, error, strength, HTTP status, difference, source. */
function cellMarkdown(matrix: EquivalentsMatrix, cell: Extract<MatrixCell, { error: object }>, ctx: EquivalentsMarkdownContext): string {
  const { error } = cell;
  const http = error.http && String(error.http) !== error.error ? `${ctx.t('listSeparator')}${ctx.t('equivalentsHttp', { status: error.http })}` : '';
  const reported = error.reported ? ctx.t('inParens', { text: ctx.t('equivalentsReported') }) : '';
  const source = `${ctx.t('equivalentsSource')}${ctx.t('labelSeparator')}${link(sourceLabel(error.source), error.source)}${reported}`;
  const strength = ctx.t('inParens', { text: `${ctx.t(`strength.${error.strength}`)}${http}` });
  return `- **${matrix.platformName(cell.platform, ctx.lang)}**${ctx.t('labelSeparator')}${inlineCode(error.error)}${strength}${ctx.t('sentenceEnd')}${error.differs[ctx.lang]} ${source}`;
}

/** The codes of a row as Markdown links: `SCF: [433](…)`, `openYuanrong: [1005](…)`. */
function codesMarkdown(row: MatrixRow, ctx: EquivalentsMarkdownContext): string {
  const list = (codes: string[]) => codes.map((code) => link(code, ctx.codeUrl(code))).join(ctx.t('listSeparator'));
  return [`${ctx.t('equivalentsOnScf')}${ctx.t('labelSeparator')}${list(row.scf)}`, row.yr.length ? `${ctx.t('equivalentsOnYr')}${ctx.t('labelSeparator')}${list(row.yr)}` : ''].filter(Boolean).join(' · ');
}

/** A code page's "On other platforms" section as Markdown (empty when no row names the code). */
export function codeSectionMarkdown(matrix: EquivalentsMatrix, rows: RowForCode[], ctx: EquivalentsMarkdownContext): string {
  return rows
    .map(({ row, filled, none, scf }) => {
      const lines = [
        ...(scf.length ? [`- **${ctx.t('equivalentsOnScf')}**${ctx.t('labelSeparator')}${scf.map((code) => link(code, ctx.codeUrl(code))).join(ctx.t('listSeparator'))}`] : []),
        ...filled.map((cell) => cellMarkdown(matrix, cell, ctx)),
      ];
      const noneLine = none.length ? ctx.t('equivalentsNoneList', { platforms: none.map((platform) => matrix.platformName(platform, ctx.lang)).join(ctx.t('listSeparator')) }) : '';
      return [
        rows.length > 1 ? `### ${row.title[ctx.lang]}` : '',
        ctx.t('equivalentsSectionIntro', { failure: row.title[ctx.lang] }),
        lines.join('\n'),
        [noneLine, link(ctx.t('equivalentsCompare'), ctx.matrixUrl(row.id))].filter(Boolean).join(' '),
      ]
        .filter(Boolean)
        .join('\n\n');
    })
    .join('\n\n');
}

/** The whole matrix as Markdown: the intro, the strengths, then each failure with every platform's cell. */
export function matrixMarkdown(matrix: EquivalentsMatrix, ctx: EquivalentsMarkdownContext): string {
  const strengths = (['same', 'similar', 'look-alike'] as const).map((strength) => `- **${ctx.t(`strength.${strength}`)}**${ctx.t('labelSeparator')}${ctx.t(`strengthNote.${strength}`)}`);
  const rows = matrix.rows.map((row) => {
    const cells = row.cells.map((cell) =>
      cell.error
        ? cellMarkdown(matrix, cell, ctx)
        : `- **${matrix.platformName(cell.platform, ctx.lang)}**${ctx.t('labelSeparator')}${ctx.t('equivalentsNone')}${ctx.t('sentenceEnd')}${cell.none[ctx.lang]}`,
    );
    return `## ${row.title[ctx.lang]}\n\n${codesMarkdown(row, ctx)}\n\n${cells.join('\n')}`;
  });
  const parts = [
    `# ${ctx.t('equivalentsPageTitle')}`,
    `> ${ctx.t('equivalentsPageIntro')}`,
    `**${ctx.t('equivalentsStrengths')}**\n\n${strengths.join('\n')}`,
    ...rows,
    `${ctx.t('twinCanonical')}${ctx.t('labelSeparator')}${ctx.matrixUrl()}`,
  ];
  return `${parts.join('\n\n')}\n`;
}
