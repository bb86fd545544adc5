/**
 * `serverless-error-codes`: explain an error in the terminal, show or list codes, or serve the same
 * to an AI assistant over MCP (cli/src/mcp.ts, loaded only for `mcp`). Exit status 0 for an exact
 * match, 1 for likely matches only, 2 for none and for usage errors. docs/cli.md is the manual.
 */
import { hasData, LANGS, lookup, meta, type Lang } from './data.ts';
import { DEFAULT_LIMIT, explain, isCatalog, list, MAX_LIMIT, page, type Explanation, type Suggestion } from './explain.ts';
import { paint, renderMarkdown, styleFor, wrap, type Style } from './format.ts';
import { pickError, readTail, STDIN_TAIL_BYTES } from './input.ts';
import { langFromEnv } from './locale.ts';
import { cliStrings, COMMAND, type CliStrings } from './strings.ts';
import { CATALOG_IDS, type CatalogId } from '../../src/lib/model/vocabulary.ts';

/** The version, set by the bundle from cli/package.json. */
declare const PACKAGE_VERSION: string | undefined;

const COMMANDS = ['explain', 'show', 'list', 'mcp', 'help'] as const;
type Command = (typeof COMMANDS)[number];

/** A command line read into its parts; `error` when it cannot be. */
interface Parsed {
  command?: Command;
  args: string[];
  lang: Lang;
  json: boolean;
  limit: number;
  catalog?: CatalogId;
  help: boolean;
  version: boolean;
  error?: string;
}

/** Reads the arguments; options may come anywhere, as `--lang zh` or `--lang=zh`. */
export function parseArgs(argv: readonly string[], env: NodeJS.ProcessEnv): Parsed {
  const parsed: Parsed = { args: [], lang: langFromEnv(env), json: false, limit: DEFAULT_LIMIT, help: false, version: false };
  const say = () => cliStrings(parsed.lang);
  const problems: Array<() => string> = [];
  let positional: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') {
      positional = [...positional, ...argv.slice(i + 1)];
      break;
    }
    const [flag, inlineValue] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const value = (): string | undefined => {
      if (inlineValue !== undefined) return inlineValue;
      const next = argv[i + 1];
      if (next === undefined || next.startsWith('--')) return undefined;
      i += 1;
      return next;
    };
    switch (flag) {
      case '--json':
        parsed.json = true;
        break;
      case '--help':
      case '-h':
        parsed.help = true;
        break;
      case '--version':
      case '-v':
        parsed.version = true;
        break;
      case '--lang': {
        const lang = value();
        if (lang === undefined) problems.push(() => say().missingValue('--lang'));
        else if ((LANGS as readonly string[]).includes(lang)) parsed.lang = lang as Lang;
        else problems.push(() => say().badValue('--lang', lang, 'en | zh'));
        break;
      }
      case '--limit': {
        const limit = value();
        if (limit === undefined) problems.push(() => say().missingValue('--limit'));
        else if (/^\d+$/.test(limit) && Number(limit) >= 1 && Number(limit) <= MAX_LIMIT) parsed.limit = Number(limit);
        else problems.push(() => say().badValue('--limit', limit, `1–${MAX_LIMIT}`));
        break;
      }
      case '--catalog': {
        const catalog = value();
        if (catalog === undefined) problems.push(() => say().missingValue('--catalog'));
        else if (isCatalog(catalog)) parsed.catalog = catalog;
        else problems.push(() => say().unknownCatalog(catalog, CATALOG_IDS.join(', ')));
        break;
      }
      default:
        // A lone `-`, a negative wrapper code (`-504003`) or anything holding a space (a pasted list item,
        // `- 错误码：K_RPC_UNAVAILABLE(1002)`) is text, not an option: no option holds a space.
        if (arg.startsWith('-') && arg !== '-' && !/^-\d/.test(arg) && !/\s/.test(arg)) problems.push(() => say().unknownOption(arg));
        else positional.push(arg);
    }
  }
  const [command, ...args] = positional;
  if (command !== undefined) {
    if ((COMMANDS as readonly string[]).includes(command)) parsed.command = command as Command;
    else problems.push(() => say().unknownCommand(command));
  }
  parsed.args = args;
  // Messages are made once the language is known, whatever the order of the options.
  if (problems.length > 0) parsed.error = problems.map((problem) => problem()).join('\n');
  return parsed;
}

/** Where the command writes, and what it reads; the tests pass their own. */
export interface Io {
  stdout: { write(text: string): unknown; isTTY?: boolean; columns?: number };
  stderr: { write(text: string): unknown };
  stdin: AsyncIterable<Buffer | string> & { isTTY?: boolean };
  env: NodeJS.ProcessEnv;
}

const formatBytes = (bytes: number, lang: Lang) =>
  bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MiB` : bytes >= 1024 ? `${(bytes / 1024).toFixed(1)} KiB` : `${bytes} ${lang === 'zh' ? '字节' : 'bytes'}`;
const formatNumber = (n: number) => n.toLocaleString('en-US');

/** The text `explain` searches: its arguments, or standard input cut to its last error. */
async function explainInput(parsed: Parsed, io: Io, say: CliStrings): Promise<string | undefined> {
  if (parsed.args.length > 0 && !(parsed.args.length === 1 && parsed.args[0] === '-')) {
    const picked = pickError(parsed.args.join(' '));
    if (picked.part !== 'all') io.stderr.write(`${say.argumentUsed({ from: formatNumber(picked.part.from), to: formatNumber(picked.part.to), errorLike: picked.part.errorLike })}\n`);
    return picked.text.trim() || undefined;
  }
  if (io.stdin.isTTY) return undefined;
  const tail = await readTail(io.stdin);
  const picked = pickError(tail.text);
  if (picked.part !== 'all' || tail.cut) {
    const from = picked.part === 'all' ? 1 : picked.part.from;
    const to = picked.part === 'all' ? tail.text.split('\n').length : picked.part.to;
    io.stderr.write(
      `${say.stdinUsed({
        bytes: formatBytes(tail.bytes, parsed.lang),
        lines: formatNumber(tail.lines),
        from: formatNumber(tail.firstLine + from - 1),
        to: formatNumber(tail.firstLine + to - 1),
        errorLike: picked.part === 'all' || picked.part.errorLike,
        kept: tail.cut && tail.bytes > STDIN_TAIL_BYTES,
      })}\n`,
    );
  }
  return picked.text.trim() || undefined;
}

function rule(style: Style): string {
  return paint(style, '─'.repeat(Math.min(style.width, 72)), 'dim');
}

/** A list of suggested codes or pages, one a line. */
function renderSuggestions(suggestions: readonly Suggestion[], style: Style): string {
  return suggestions.map((item) => wrap(`${paint(style, item.heading, 'bold')}${item.title ? ` · ${item.title}` : ''}  ${paint(style, item.url, 'dim')}`, style.width, '  ', '    ')).join('\n');
}

/** `explain`'s answer as the terminal shows it. */
export function renderExplanation(result: Explanation, style: Style, limit: number): string {
  const lang = result.lang;
  const say = cliStrings(lang);
  const site = meta().strings[lang];
  if (result.status === 'none') {
    const lines = [paint(style, say.noMatch, 'bold')];
    if (result.closest.length > 0) lines.push('', say.closest, renderSuggestions(result.closest, style));
    return `${lines.join('\n')}\n`;
  }
  const blocks = result.matches.map((match) => {
    const lines: string[] = [];
    const kind = searchLabel(lang, match.exact ? 'exact' : 'guess');
    lines.push(wrap(`${paint(style, match.heading, 'bold', 'cyan')}${match.title ? ` · ${paint(style, match.title, 'bold')}` : ''}`, style.width));
    lines.push(wrap([match.catalogLabel, paint(style, kind, match.exact ? 'green' : 'yellow')].filter(Boolean).join(' · '), style.width));
    if (match.why) lines.push(wrap(`${match.why.label}${paint(style, match.why.text, 'cyan')}`, style.width, '', '  '));
    if (match.values) {
      const values = Object.entries(match.values).map(([name, value]) => `${site.placeholders[name] ?? name} ${paint(style, value, 'bold')}`);
      lines.push(wrap(`${site.values}${site.separator}${values.join(lang === 'zh' ? '，' : ', ')}`, style.width));
    }
    if (match.summary) lines.push('', wrap(paint(style, match.summary, 'italic'), style.width));
    if (match.meaning && match.meaning !== match.summary) lines.push('', paint(style, site.meaning, 'bold', 'yellow'), renderMarkdown(match.meaning, style, '  '));
    if (match.fix.length > 0) {
      const numbered = match.fix.map((step, index) => `${index + 1}. ${step.replace(/\n/g, '\n   ')}`).join('\n');
      lines.push('', paint(style, site.fix, 'bold', 'yellow'), renderMarkdown(numbered, style, '  '));
    }
    lines.push('', `${site.page}${site.separator}${paint(style, match.url, 'underline')}`);
    return lines.join('\n');
  });
  const more = result.total - result.matches.length;
  const tail = more > 0 ? `\n${paint(style, say.moreMatches(more, Math.min(MAX_LIMIT, limit + more)), 'dim')}` : '';
  return `${blocks.join(`\n\n${rule(style)}\n\n`)}\n${tail ? `${tail}\n` : ''}`;
}

/** The site's "Exact match" and "Likely" labels, shipped with the lookup. */
function searchLabel(lang: Lang, kind: 'exact' | 'guess'): string {
  return lookup(lang).data.strings![kind];
}

/** Runs one command line; resolves to the exit status. */
export async function run(argv: readonly string[], io: Io): Promise<number> {
  const parsed = parseArgs(argv, io.env);
  const say = cliStrings(parsed.lang);
  const style = styleFor(io.stdout, io.env);
  if (parsed.error) {
    io.stderr.write(`${parsed.error}\n${say.seeHelp}\n`);
    return 2;
  }
  if (parsed.help || parsed.command === 'help') {
    io.stdout.write(`${say.usage}\n`);
    return 0;
  }
  if (!hasData()) {
    io.stderr.write(`${say.noData}\n`);
    return 2;
  }
  if (parsed.version) {
    const info = meta();
    io.stdout.write(`${COMMAND} ${typeof PACKAGE_VERSION === 'string' ? PACKAGE_VERSION : info.version} (data ${info.built}, ${info.site})\n`);
    return 0;
  }
  switch (parsed.command) {
    case undefined:
      io.stderr.write(`${say.usage}\n`);
      return 2;
    case 'mcp': {
      const { serve } = await import('./mcp.ts');
      await serve();
      return 0;
    }
    case 'list': {
      const catalogs = list(parsed.lang, parsed.catalog);
      if (parsed.json) io.stdout.write(`${JSON.stringify({ lang: parsed.lang, catalogs }, null, 2)}\n`);
      else {
        const text = catalogs.map((catalog) => [
          paint(style, say.catalogHeading(catalog.label, catalog.codes.length), 'bold', 'yellow'),
          ...catalog.codes.map((code) => wrap(`${paint(style, code.code, 'bold', 'cyan')}${code.name && code.name !== code.code ? ` ${code.name}` : ''} · ${code.title}`, style.width, '  ', '      ')),
        ].join('\n'));
        io.stdout.write(`${text.join('\n\n')}\n`);
      }
      return 0;
    }
    case 'show': {
      const code = parsed.args.join(' ').trim();
      if (!code) {
        io.stderr.write(`${say.noCode}\n${say.seeHelp}\n`);
        return 2;
      }
      const found = page(code, parsed.lang);
      if ('suggestions' in found) {
        if (parsed.json) io.stdout.write(`${JSON.stringify({ error: say.unknownCode(code), suggestions: found.suggestions }, null, 2)}\n`);
        io.stderr.write(`${say.unknownCode(code)}${found.suggestions.length ? `\n${say.closestCodes}\n${renderSuggestions(found.suggestions, styleFor({ isTTY: false }, io.env))}` : ''}\n`);
        return 2;
      }
      if (parsed.json) io.stdout.write(`${JSON.stringify(found.page, null, 2)}\n`);
      else io.stdout.write(`${renderMarkdown(found.page.markdown, style)}\n`);
      return 0;
    }
    case 'explain': {
      const text = await explainInput(parsed, io, say);
      if (!text) {
        io.stderr.write(`${say.noText}\n\n${say.usage}\n`);
        return 2;
      }
      const result = await explain(text, parsed.lang, parsed.limit);
      io.stdout.write(parsed.json ? `${JSON.stringify(result, null, 2)}\n` : renderExplanation(result, style, parsed.limit));
      return result.exitCode;
    }
  }
  return 2;
}
