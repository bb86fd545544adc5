/**
 * The content lint: the style-guide rules (content/STYLE.md) that a machine can check, line by
 * line, over every file a reader's text comes from. Code spans, fenced code and URLs are skipped:
 * status names and messages are quoted exactly as the platforms return them, whatever their style.
 * Rules:
 *   zh-ni            你 in Chinese text (address the reader as 您)
 *   zh-ascii-colon   an ASCII colon right after a Chinese character (use ：)
 *   zh-english-unit  a number with an English time unit in Chinese text (24 小时, not 24 h)
 *   zh-product-name  SCF in Chinese prose other than in 云函数（SCF） (the product is 云函数)
 *   en-british       a British spelling in English text (initialize, behavior, canceled, …)
 *   banned-phrase    a phrase the glossary bans, in either language
 *   zh-colloquial    chat register where Tencent's docs use a plain verb (踩坑, 弄清, 拿到, 卡住, 一波, …)
 *   zh-calque        English syntax in Chinese words: 以 X 失败 ("fail with X"), 以同样的方式失败, 上游源码
 *   zh-meta          a second "the documentation says" in one Chinese page: name the source once
 */

/** One finding: where, which rule, and the offending text. */
export interface LintFinding {
  file: string;
  line: number;
  rule: LintRule;
  text: string;
}

export type LintRule = 'zh-ni' | 'zh-ascii-colon' | 'zh-english-unit' | 'zh-product-name' | 'en-british' | 'banned-phrase' | 'zh-colloquial' | 'zh-calque' | 'zh-meta';

/** Which language the checked text of a file is in, and how to find that text. */
export interface LintFile {
  file: string;
  text: string;
  /**
   * `zh` / `en`: the whole file is prose in that language (MDX pages, the UI strings);
   * `bilingual`: a YAML file whose `zh:` and `en:` lines hold the text of each language.
   */
  kind: 'zh' | 'en' | 'bilingual';
}

/** Phrases the glossary bans (content/STYLE.md › Banned phrases), with the usual rewrite. */
export const BANNED_PHRASES: ReadonlyArray<{ phrase: string; instead: string }> = [
  { phrase: '搭配', instead: '与……一起返回 / 配合' },
  { phrase: '版本限定符', instead: '版本或别名' },
  { phrase: '被这个状态码挡回', instead: '返回该状态码' },
  { phrase: '放弃这次调用', instead: '终止本次调用' },
  { phrase: '进程本身没了', instead: '进程已退出' },
  { phrase: '把镜像取下来', instead: '拉取镜像' },
  { phrase: '已经没有人在等', instead: '调用方已不再等待结果' },
  { phrase: '证明自己的身份', instead: '通过身份认证' },
  { phrase: '猛烈重试', instead: '频繁重试' },
  { phrase: '干净地销毁', instead: '正常销毁' },
  { phrase: '点名的参数', instead: '报错信息中指出的参数' },
  { phrase: '平台团队', instead: '集群管理员' },
  { phrase: '平台运维方', instead: '集群管理员' },
  { phrase: 'platform team', instead: "the cluster's administrators" },
  { phrase: 'platform operator', instead: "the cluster's administrators" },
];

/** British spellings and their American form (content/STYLE.md › English). */
export const BRITISH_SPELLINGS: ReadonlyArray<[RegExp, string]> = [
  [/\binitialis(e|ed|es|ing|ation|ations)\b/i, 'initializ…'],
  [/\bbehaviours?\b/i, 'behavior'],
  [/\bcancell(ed|ing)\b/i, 'canceled / canceling'],
  [/\bcatalogues?\b/i, 'catalog'],
  [/\blicence\b/i, 'license'],
  [/\borganis(e|ed|es|ing|ation|ations)\b/i, 'organiz…'],
  [/\b(serialis|deserialis|normalis|optimis|utilis|minimis|maximis|prioritis|summaris|authoris|customis|finalis|synchronis|recognis|realis)(e|ed|es|ing|ation|ations)\b/i, '…ize / …ization'],
  [/\banalys(e|ed|es|ing)\b/i, 'analyze'],
  [/\b(colour|favour|honour|labour)(s|ed|ing)?\b/i, '…or'],
  [/\bartefacts?\b/i, 'artifact'],
  [/\bcentre\b/i, 'center'],
];

/**
 * Colloquial words the 2026-12 review found where Tencent's docs use a plain verb or noun
 * (content/STYLE.md › Chinese), with the usual rewrite.
 */
export const ZH_COLLOQUIAL: ReadonlyArray<[RegExp, string]> = [
  [/踩坑|踩到坑|坑点/, '需特别注意 / 常见问题'],
  [/弄清|搞清|搞明白|弄明白/, '确认 / 定位'],
  [/拿到|拿不到|拿不准/, '获取 / 收到 / 无法确定'],
  [/卡住|卡死|卡在/, '无响应 / 阻塞 / 停留在'],
  [/涨一点|涨了|一直涨/, '略有增加 / 持续增加'],
  [/一波/, '（删去，或写作"一次"）'],
  [/挂钩/, '以……为准 / 关联'],
  [/搞定|搞砸/, '完成 / 解决'],
  [/不在了|没了/, '已删除 / 已退出'],
  [/东西/, '资源 / 文件 / 内容'],
  [/压到/, '缩减到'],
  [/项目方/, '联系 openYuanrong 社区 / 联系集群管理员'],
];

/** Calques of English syntax: "fail with X", "fail the same way", "is rejected with X". */
export const ZH_CALQUES: ReadonlyArray<[RegExp, string]> = [
  // 以 as a preposition only: not 以及, 以便, 以外, 可以, 所以, 难以, … .
  [/(?<![所可难予加足得用借据何之无是])以(?![及便外免上下内为后前至致来])[^，。；：、,;\p{Script=Han}]{0,24}?(?:失败|被拒绝|被拒)|(?<![所可难予加足得用借据何之无是])以(?![及便外免上下内为后前至致来])[^，。；：、,;]{0,16}?(?:错误|为由)(?:失败|被拒绝|被拒)/u, '以 X 失败 → 失败并返回 X / 返回 X'],
  [/以(?:同样|这种|相同|同一)的?方式(?:失败|出错|报错)/u, '以同样的方式失败 → 仍会失败 / 返回同样的错误'],
  // "upstream source": engineering jargon Tencent's docs do not use, and narration when repeated.
  [/上游(?:源码|源代码|版本|代码|实现|仓库)/u, '上游源码 → openYuanrong 源码（本页引用的版本），每页只提一次'],
];

/**
 * Naming the source: once per Chinese page is attribution, twice is narration ("文档建议……" in
 * every paragraph). Counted per file; the second and later mentions are findings.
 */
const ZH_META = /(?:现行|旧版|中文|英文|状态码)?文档(?:建议|说明|指出|写道|提到|给出|点出|认为|要求|称|中写)|按照?文档(?:的说法)?|据文档/u;

const HAN = '\\p{Script=Han}';
const ZH_ASCII_COLON = new RegExp(`${HAN}:`, 'u');
// A number that is part of a name (K8S, HTTP2s) is not a quantity, hence the look-behind.
const ZH_ENGLISH_UNIT = /(?<![\p{L}\d_.])\d+(?:\.\d+)?\s?(ms|s|sec|secs|seconds?|min|mins|minutes?|h|hrs?|hours?|days?)\b/iu;
const ZH_SCF = /SCF/g;

/**
 * The text of a line a reader sees: inline code and URLs removed, and a code link read as the code it
 * shows (`以 <CodeLink code="4130" /> 被拒绝` is the calque 以 4130 被拒绝).
 */
function prose(line: string): string {
  return line
    .replace(/`[^`]*`/g, ' ')
    .replace(/https?:\/\/\S+/g, ' ')
    .replace(/<CodeLink\s+code="([^"]+)"\s*\/>/g, ' $1 ');
}

function zhFindings(text: string): Array<[LintRule, string]> {
  const found: Array<[LintRule, string]> = [];
  if (text.includes('你')) found.push(['zh-ni', '你 → 您']);
  const colon = ZH_ASCII_COLON.exec(text);
  if (colon) found.push(['zh-ascii-colon', `${colon[0]} → ${colon[0].slice(0, -1)}：`]);
  const unit = ZH_ENGLISH_UNIT.exec(text);
  if (unit) found.push(['zh-english-unit', `${unit[0]}: write the unit in Chinese (秒, 毫秒, 分钟, 小时, 天)`]);
  for (const [pattern, instead] of ZH_COLLOQUIAL) {
    const match = pattern.exec(text);
    if (match) found.push(['zh-colloquial', `${match[0]} → ${instead}`]);
  }
  for (const [pattern, instead] of ZH_CALQUES) {
    const match = pattern.exec(text);
    if (match) found.push(['zh-calque', `${match[0]}: ${instead}`]);
  }
  for (const match of text.matchAll(ZH_SCF)) {
    if (!text.slice(0, match.index).endsWith('云函数（')) {
      found.push(['zh-product-name', 'SCF → 云函数 (first mention may be 云函数（SCF）)']);
      break;
    }
  }
  return found;
}

function enFindings(text: string): Array<[LintRule, string]> {
  const found: Array<[LintRule, string]> = [];
  for (const [pattern, american] of BRITISH_SPELLINGS) {
    const match = pattern.exec(text);
    if (match) found.push(['en-british', `${match[0]} → ${american}`]);
  }
  return found;
}

function bannedFindings(text: string): Array<[LintRule, string]> {
  const lower = text.toLowerCase();
  return BANNED_PHRASES.filter(({ phrase }) => lower.includes(phrase.toLowerCase())).map(({ phrase, instead }) => [
    'banned-phrase',
    `${phrase} → ${instead}`,
  ]);
}

/** Lints one file; findings are in line order. */
export function lintFile({ file, text, kind }: LintFile): LintFinding[] {
  const findings: LintFinding[] = [];
  let fenced = false;
  // In YAML, the `descriptions` block quotes the platform's own text exactly: it is not our prose.
  let quotedIndent = -1;
  // Mentions of "the documentation says" so far in this file's Chinese text (zh-meta).
  let metaMentions = 0;
  text.split('\n').forEach((raw, index) => {
    if (/^\s*```/.test(raw)) {
      fenced = !fenced;
      return;
    }
    if (fenced) return;
    if (kind === 'bilingual') {
      const indent = /^\s*/.exec(raw)![0].length;
      if (quotedIndent >= 0 && raw.trim() && indent <= quotedIndent) quotedIndent = -1;
      if (quotedIndent >= 0) return;
      if (/^\s*descriptions:\s*$/.test(raw)) {
        quotedIndent = indent;
        return;
      }
    }
    let lang: 'zh' | 'en' | undefined = kind === 'bilingual' ? undefined : kind;
    let line = raw;
    if (kind === 'bilingual') {
      const match = /^\s*(zh|en):\s?(.*)$/.exec(raw);
      if (!match) return;
      lang = match[1] as 'zh' | 'en';
      line = match[2]!;
    }
    const text = prose(line);
    const rules = [...(lang === 'zh' ? zhFindings(text) : enFindings(text)), ...bannedFindings(text)];
    if (lang === 'zh' && kind === 'zh') {
      for (const match of text.matchAll(new RegExp(ZH_META, 'gu'))) {
        metaMentions += 1;
        if (metaMentions > 1) rules.push(['zh-meta', `${match[0]}: the page already named its source; state the fact, or name the document once`]);
      }
    }
    for (const [rule, detail] of rules) findings.push({ file, line: index + 1, rule, text: detail });
  });
  return findings;
}

/** Renders findings one per line, `file:line: rule: text`. */
export function formatFindings(findings: readonly LintFinding[]): string {
  return findings.map((f) => `${f.file}:${f.line}: ${f.rule}: ${f.text}`).join('\n');
}
