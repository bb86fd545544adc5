/**
 * The command line's own strings in both languages: usage, notes about the input, and what it says
 * when nothing matches. The words the site already has (section headings, match labels, catalog
 * names) come with the data from the site's i18n, so both say the same thing.
 */
import type { Lang } from './data.ts';

/** The command's name, as `bin` installs it. */
export const COMMAND = 'serverless-error-codes';

export interface CliStrings {
  usage: string;
  seeHelp: string;
  noText: string;
  unknownCommand(command: string): string;
  unknownOption(option: string): string;
  badValue(option: string, value: string, allowed: string): string;
  missingValue(option: string): string;
  noCode: string;
  unknownCode(code: string): string;
  closestCodes: string;
  noMatch: string;
  closest: string;
  stdinUsed(info: { bytes: string; lines: string; from: string; to: string; errorLike: boolean; kept: boolean }): string;
  argumentUsed(info: { from: string; to: string; errorLike: boolean }): string;
  moreMatches(n: number, limit: number): string;
  noData: string;
  unknownCatalog(catalog: string, allowed: string): string;
  catalogHeading(label: string, count: number): string;
}

const en: CliStrings = {
  usage: `Usage:
  ${COMMAND} explain "<error text>"     what an error means and how to fix it
  <command> 2>&1 | ${COMMAND} explain   the same for a log on standard input
  ${COMMAND} show <code>                one code's page (433, 4008, ResourceNotFound.Function)
  ${COMMAND} list [--catalog <id>]      the codes of one catalog or of all: scf, scf-api, yr-sdk, yr-rest
  ${COMMAND} mcp                        serve the tools to an AI assistant (MCP over stdio)

Options:
  --lang en|zh   language of the answer (default: from LC_ALL, LC_MESSAGES or LANG)
  --json         print JSON instead of text
  --limit N      how many matches explain prints (default 3)
  --help, -h     this help
  --version, -v  the version and the date of the data

Exit status: 0 an exact match, 1 likely matches only, 2 no match or a usage error.
Standard input is read to its end; its last 64 KiB are kept, and a text longer than 4,000
characters is cut to its last error-like line with the lines around it (reported on stderr).
Set NO_COLOR to turn colors off.`,
  seeHelp: `Run "${COMMAND} --help" for usage.`,
  noText: 'explain needs the text of an error: as an argument, or on standard input.',
  unknownCommand: (command) => `Unknown command "${command}".`,
  unknownOption: (option) => `Unknown option "${option}".`,
  badValue: (option, value, allowed) => `${option} takes ${allowed}, not "${value}".`,
  missingValue: (option) => `${option} needs a value.`,
  noCode: 'show needs a code, for example: show 433',
  unknownCode: (code) => `No code "${code}" in the reference.`,
  closestCodes: 'Closest codes:',
  noMatch: 'No code matches this text.',
  closest: 'Closest:',
  stdinUsed: ({ bytes, lines, from, to, errorLike, kept }) =>
    `Read ${bytes} (${lines} lines) from standard input${kept ? ', kept the last 64 KiB' : ''}; used ${from === to ? `line ${from}` : `lines ${from}–${to}`}${errorLike ? ', the last error and the lines around it' : ', the last lines (none looks like an error)'}.`,
  argumentUsed: ({ from, to, errorLike }) =>
    `The text is longer than 4,000 characters; used ${from === to ? `line ${from}` : `lines ${from}–${to}`}${errorLike ? ', the last error and the lines around it' : ', its last lines'}.`,
  moreMatches: (n, limit) => `${n} more ${n === 1 ? 'match' : 'matches'}: --limit ${limit} shows ${n === 1 ? 'it' : 'more'}.`,
  noData: 'This copy has no data: run `npm run build:cli` in the repository, then pack it again.',
  unknownCatalog: (catalog, allowed) => `No catalog "${catalog}"; the catalogs are ${allowed}.`,
  catalogHeading: (label, count) => `${label} (${count} codes)`,
};

const zh: CliStrings = {
  usage: `用法：
  ${COMMAND} explain "<报错文本>"       查询报错的含义和解决方法
  <命令> 2>&1 | ${COMMAND} explain      从标准输入读取日志并查询
  ${COMMAND} show <错误码>              查看一个错误码的页面（433、4008、ResourceNotFound.Function）
  ${COMMAND} list [--catalog <集合>]    列出一个或全部错误码集：scf、scf-api、yr-sdk、yr-rest
  ${COMMAND} mcp                        以 MCP（stdio）向 AI 助手提供查询工具

选项：
  --lang en|zh   输出语言（默认取自 LC_ALL、LC_MESSAGES 或 LANG）
  --json         以 JSON 格式输出
  --limit N      explain 输出的结果数（默认 3）
  --help, -h     显示本帮助
  --version, -v  显示版本和数据日期

退出状态：0 表示精确匹配，1 表示仅有可能相关的结果，2 表示没有匹配或用法错误。
标准输入会读取到末尾，保留最后 64 KiB；文本超过 4,000 个字符时，只使用最后一处像报错的行及其
上下相关的行（使用了哪一部分会输出到标准错误）。设置 NO_COLOR 可关闭颜色。`,
  seeHelp: `运行“${COMMAND} --help”查看用法。`,
  noText: 'explain 需要报错文本：请作为参数传入，或通过标准输入传入。',
  unknownCommand: (command) => `未知命令“${command}”。`,
  unknownOption: (option) => `未知选项“${option}”。`,
  badValue: (option, value, allowed) => `${option} 的取值应为 ${allowed}，而不是“${value}”。`,
  missingValue: (option) => `${option} 需要一个取值。`,
  noCode: 'show 需要一个错误码，例如：show 433',
  unknownCode: (code) => `参考中没有错误码“${code}”。`,
  closestCodes: '最接近的错误码：',
  noMatch: '没有与该文本匹配的错误码。',
  closest: '最接近的结果：',
  stdinUsed: ({ bytes, lines, from, to, errorLike, kept }) =>
    `已从标准输入读取 ${bytes}（${lines} 行）${kept ? '，保留最后 64 KiB' : ''}；使用第 ${from === to ? from : `${from}–${to}`} 行${errorLike ? '，即最后一处报错及其上下相关的行' : '，即最后几行（其中没有像报错的行）'}。`,
  argumentUsed: ({ from, to, errorLike }) => `文本超过 4,000 个字符；使用第 ${from === to ? from : `${from}–${to}`} 行${errorLike ? '，即最后一处报错及其上下相关的行' : '，即最后几行'}。`,
  moreMatches: (n, limit) => `另有 ${n} 条结果，可使用 --limit ${limit} 查看更多。`,
  noData: '当前副本不含数据：请在仓库中运行 `npm run build:cli` 后重新打包。',
  unknownCatalog: (catalog, allowed) => `没有错误码集“${catalog}”；可用的错误码集为 ${allowed}。`,
  catalogHeading: (label, count) => `${label}（共 ${count} 个错误码）`,
};

/** The command line's strings in one language. */
export function cliStrings(lang: Lang): CliStrings {
  return lang === 'zh' ? zh : en;
}
