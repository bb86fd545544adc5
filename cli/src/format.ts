/**
 * Terminal output: Markdown (the twins' meaning and fix) laid out for a terminal of a given width,
 * with Chinese counted as two columns and broken between characters, never before a closing
 * punctuation mark; colors only on a terminal and never with NO_COLOR (https://no-color.org).
 */

/** How output looks: its width in columns and whether it may use color. */
export interface Style {
  width: number;
  color: boolean;
}

/** Width and color for a stream: its columns on a terminal, else `COLUMNS` or 80; color on a terminal unless NO_COLOR. */
export function styleFor(stream: { isTTY?: boolean; columns?: number }, env: NodeJS.ProcessEnv): Style {
  const columns = stream.isTTY && stream.columns ? stream.columns : Number(env.COLUMNS) || 80;
  const noColor = env.NO_COLOR !== undefined && env.NO_COLOR !== '';
  const forced = env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '' && env.FORCE_COLOR !== '0';
  return { width: Math.max(20, columns), color: !noColor && (forced || stream.isTTY === true) };
}

const SGR = { bold: '1', dim: '2', italic: '3', underline: '4', red: '31', green: '32', yellow: '33', blue: '34', magenta: '35', cyan: '36' } as const;
export type Paint = keyof typeof SGR;

/** Wraps text in color codes when the style allows color. */
export function paint(style: Style, text: string, ...kinds: Paint[]): string {
  if (!style.color || kinds.length === 0 || !text) return text;
  return `\x1b[${kinds.map((kind) => SGR[kind]).join(';')}m${text}\x1b[0m`;
}

// eslint-disable-next-line no-control-regex
const ANSI = /\x1b\[[0-9;]*m/g;

/** Columns a character takes: two for East Asian wide and full-width characters, none for combining marks. */
function charWidth(code: number): number {
  if (code === 0 || (code >= 0x300 && code <= 0x36f) || code === 0x200b) return 0;
  if (
    (code >= 0x1100 && code <= 0x115f) ||
    (code >= 0x2e80 && code <= 0xa4cf && code !== 0x303f) ||
    (code >= 0xac00 && code <= 0xd7a3) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xfe30 && code <= 0xfe4f) ||
    (code >= 0xff00 && code <= 0xff60) ||
    (code >= 0xffe0 && code <= 0xffe6) ||
    (code >= 0x1f300 && code <= 0x1faff) ||
    (code >= 0x20000 && code <= 0x3fffd)
  ) {
    return 2;
  }
  return 1;
}

/** The columns a text takes on a terminal, color codes aside. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const char of text.replace(ANSI, '')) width += charWidth(char.codePointAt(0)!);
  return width;
}

const WIDE = /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u;
/** Marks that may not begin a line (Chinese line breaking: closing punctuation stays with the text before it). */
const NO_START = /^[，。、；：？！）》」』】〕〉”’…—·%,.;:!?)\]}]/;
/** Marks that may not end a line (opening punctuation stays with the text after it). */
const NO_END = /[（《「『【〔〈“‘([{]$/;

/**
 * Splits text into the pieces a line may break between: a Latin word with the spaces after it, a
 * single Chinese character; punctuation sticks to its neighbor.
 */
function pieces(text: string): string[] {
  const raw = text.match(/\x1b\[[0-9;]*m|\s+|[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]|[^\s\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6\x1b]+/gu) ?? [];
  const out: string[] = [];
  // A color's start goes with the text after it, its end with the text before it, so a line never
  // ends in an opened color or begins with a closing one.
  let opening = '';
  for (const token of raw) {
    if (/^\x1b\[[0-9;]*m$/.test(token) && token !== '\x1b[0m') {
      opening += token;
      continue;
    }
    const piece = opening + token;
    opening = '';
    const previous = out.at(-1);
    const visible = piece.replace(ANSI, '');
    // Resets, spaces and closing marks join the piece before; anything joins an opening mark.
    if (previous !== undefined && (/^\s*$/.test(visible) || NO_START.test(visible) || NO_END.test(previous.replace(ANSI, '').trimEnd()))) {
      out[out.length - 1] = previous + piece;
    } else out.push(piece);
  }
  if (opening) out.push(opening);
  return out;
}

/**
 * Wraps a paragraph to `width` columns: the first line starts with `first`, the others with `rest`
 * (a hanging indent). A piece wider than a line (a URL) gets a line of its own and is not broken.
 */
export function wrap(text: string, width: number, first = '', rest = first): string {
  const lines: string[] = [];
  let line = first;
  let lineWidth = displayWidth(first);
  let empty = true;
  // Lines of one paragraph join with a space, except between two Chinese characters.
  const joined = text.replace(/\s*\n\s*/g, (space, at: number, whole: string) => (WIDE.test(whole[at - 1] ?? '') && WIDE.test(whole[at + space.length] ?? '') ? '' : ' '));
  for (const piece of pieces(joined)) {
    const pieceWidth = displayWidth(piece.trimEnd());
    if (!empty && lineWidth + pieceWidth > width) {
      lines.push(line.trimEnd());
      line = rest;
      lineWidth = displayWidth(rest);
      empty = true;
    }
    const add = empty ? piece.replace(/^\s+/, '') : piece;
    line += add;
    lineWidth += displayWidth(add);
    empty = false;
  }
  lines.push(line.trimEnd());
  return lines.join('\n');
}

/** Inline Markdown for a terminal: code and emphasis colored (or plain), links as `text <url>`. */
export function inline(markdown: string, style: Style): string {
  // Links first: once colored, the text holds escape sequences whose `[` a link pattern would take.
  return markdown
    .replace(/\[((?:\\.|[^\]])*)\]\(([^)\s]+)\)/g, (_, text: string, url: string) => {
      const label = text.replace(/\\([[\]])/g, '$1');
      return label === url ? `\u0000${url}\u0001` : `${label} \u0000<${url}>\u0001`;
    })
    .replace(/(`+)\s?([^`]|[^`][\s\S]*?[^`])\s?\1(?!`)/g, (_, __, code: string) => (style.color ? paint(style, code, 'cyan') : `\`${code}\``))
    .replace(/\*\*([^*]+)\*\*/g, (_, text: string) => paint(style, text, 'bold'))
    .replace(/\u0000([^\u0001]*)\u0001/g, (_, url: string) => paint(style, url, url.startsWith('<') ? 'dim' : 'underline'));
}

/**
 * A Markdown block (paragraphs, lists, fenced code, tables, headings) for a terminal, every line
 * starting with `indent`. Code blocks and tables keep their lines as written; what is indented under
 * a list item (a code block, a second paragraph) stays under its text.
 */
export function renderMarkdown(markdown: string, style: Style, indent = ''): string {
  const out: string[] = [];
  // A blank line in the source stays one blank line between blocks.
  let gap = false;
  const emit = (text: string) => {
    if (gap && out.length > 0) out.push('');
    gap = false;
    out.push(text);
  };
  const lines = markdown.replace(/\r\n/g, '\n').split('\n');
  let paragraph: string[] = [];
  let paragraphIndent = indent;
  let item: { first: string; lines: string[] } | undefined;
  /** The indent of the text of the last list item, for what is indented under it. */
  let itemRest: string | undefined;
  const flush = () => {
    if (item && itemRest !== undefined) emit(wrap(inline(item.lines.join('\n'), style), style.width, item.first, itemRest));
    else if (paragraph.length) emit(wrap(inline(paragraph.join('\n'), style), style.width, paragraphIndent, paragraphIndent));
    item = undefined;
    paragraph = [];
  };
  let fence: string | undefined;
  let codeIndent = '';
  let stripIndent = 0;
  for (const line of lines) {
    const opener = /^(\s*)(`{3,}|~{3,})/.exec(line);
    if (fence !== undefined) {
      if (opener && opener[2]!.startsWith(fence)) fence = undefined;
      else emit(paint(style, `${codeIndent}${line.slice(Math.min(stripIndent, line.length - line.trimStart().length))}`.trimEnd(), 'cyan'));
      continue;
    }
    const indented = /^\s{2,}\S/.test(line);
    if (!indented && line.trim() && !/^\s*([-*]|\d+\.)\s/.test(line)) itemRest = undefined;
    if (opener) {
      flush();
      fence = opener[2]!;
      stripIndent = opener[1]!.length;
      codeIndent = `${indented && itemRest !== undefined ? itemRest : indent}  `;
      continue;
    }
    if (!line.trim()) {
      flush();
      gap = true;
      continue;
    }
    const heading = /^(#{1,6})\s+(.*)$/.exec(line);
    if (heading) {
      flush();
      emit(`${indent}${paint(style, inline(heading[2]!, { ...style, color: false }), 'bold', 'yellow')}`);
      continue;
    }
    if (/^\s*\|/.test(line)) {
      flush();
      emit(`${indent}${inline(line.trim(), style)}`);
      continue;
    }
    const listItem = /^(\s*)([-*]|\d+\.)\s+(.*)$/.exec(line);
    if (listItem) {
      flush();
      const nest = ' '.repeat(listItem[1]!.length);
      const marker = /^\d/.test(listItem[2]!) ? listItem[2]! : '•';
      item = { first: `${indent}${nest}${marker} `, lines: [listItem[3]!] };
      itemRest = `${indent}${nest}${' '.repeat(displayWidth(marker) + 1)}`;
      continue;
    }
    const quote = /^>\s?(.*)$/.exec(line);
    if (item) {
      item.lines.push(line.trim());
      continue;
    }
    if (paragraph.length === 0) paragraphIndent = indented && itemRest !== undefined ? itemRest : indent;
    paragraph.push(quote ? paint(style, quote[1]!, 'italic') : line.trim());
  }
  flush();
  return out.join('\n');
}
