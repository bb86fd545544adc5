/**
 * Cleans a question before it is matched: the words people wrap around an error ("how to fix",
 * "请问", "怎么办", "报错") say nothing about which error it is, and with Pagefind's all-words
 * matching they would sink an otherwise good query.
 */

/** English filler, matched as whole words. */
const EN_FILLER = [
  'how to fix', 'how do i fix', 'how do i', 'how to', 'how can i', 'what does', 'what is', 'what',
  'why', 'does', 'do', 'did', 'please', 'help', 'fix', 'solve', 'solution', 'error', 'errors', 'issue',
  'problem', 'mean', 'means', 'meaning', 'my', 'the', 'a', 'an', 'is', 'are', 'i', 'get', 'got',
  'getting', 'keeps', 'keep', 'always', 'again', 'when', 'with', 'in', 'on', 'of', 'for', 'it', 'this',
  'occurred', 'occurs', 'happened', 'says', 'shows', 'returned', 'returns', 'scf', 'tencent', 'cloud',
];

/** Chinese filler, matched anywhere (Chinese has no spaces between words). Longest first. */
const ZH_FILLER = [
  '怎么解决', '如何解决', '怎么处理', '怎么回事', '是什么意思', '什么意思', '是什么原因', '什么原因', '为什么', '怎么办', '怎么',
  '如何', '请问', '求助', '报错', '出错', '错误', '提示', '出现', '一直', '总是', '老是', '了',
  '的', '吗', '呢', '啊', '呀', '吧', '我', '腾讯云', '云函数',
];

const EN_PATTERN = new RegExp(`(?<![A-Za-z0-9_])(?:${[...EN_FILLER].sort((a, b) => b.length - a.length).map((w) => w.replace(/ /g, '\\s+')).join('|')})(?![A-Za-z0-9_])`, 'gi');
const ZH_PATTERN = new RegExp(ZH_FILLER.join('|'), 'g');

/** The query without filler words and punctuation; the original when nothing else is left. */
export function stripFiller(query: string): string {
  const cleaned = query
    .replace(EN_PATTERN, ' ')
    .replace(ZH_PATTERN, ' ')
    .replace(/[?？!！,，.。:：;；、"'“”‘’()（）[\]{}]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return cleaned || query.trim();
}

/**
 * A space where Chinese meets Latin letters or digits (`创建gpuactor失败` → `创建 gpuactor 失败`), for the
 * full-text index: a run that mixes both scripts can be read there as one word that no page contains,
 * and the query then falls through to other platforms' pages (measured on the retired corpora).
 */
export function spaceScripts(query: string): string {
  return query.replace(/([\u3400-\u9fff])(?=[A-Za-z0-9])|([A-Za-z0-9])(?=[\u3400-\u9fff])/g, '$1$2 ');
}

/** The words of a query, most informative first: longer words are rarer, so they narrow more. */
export function informativeTerms(query: string): string[] {
  const words = stripFiller(query).split(/\s+/).filter((word) => word.length > 1 || /[\u3400-\u9fff]/.test(word));
  return [...new Set(words)].sort((a, b) => termWeight(b) - termWeight(a));
}

/** A CJK character carries about as much as three Latin letters. */
function termWeight(word: string): number {
  return [...word].reduce((sum, char) => sum + (/[\u3400-\u9fff]/.test(char) ? 3 : 1), 0);
}

/**
 * What a logger prints before a message at the start of a line: a date and time (`2024-05-01
 * 12:00:00.123`, `[2022-05-04 16:20:23]`, `2024-05-01T12:00:00.123Z`), glog's header (`E1203
 * 10:00:00.123456  1234 file.cc:123]`, as openYuanrong's components print), a request id right after
 * the time, and a level (`ERROR`, `[WARN]`). Each may repeat, in any order.
 */
const LOG_PREFIX = new RegExp(
  '^[ \\t]*(?:' +
    [
      '\\[?\\d{4}[-/]\\d{2}[-/]\\d{2}[ T]\\d{2}:\\d{2}:\\d{2}(?:[.,]\\d+)?(?:Z|[+-]\\d{2}:?\\d{2})?\\]?',
      '[IWEF]\\d{4} \\d{2}:\\d{2}:\\d{2}\\.\\d+\\s+\\d+\\s+[\\w.-]+:\\d+\\]',
      '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}(?=\\s)',
      '\\[?(?:ERROR|ERR|WARN(?:ING)?|INFO|DEBUG|FATAL|TRACE|CRITICAL)\\]?:?(?=\\s)',
    ].join('|') +
    ')[ \\t]*',
  'gm',
);

/**
 * The paste with the logger's prefix taken off each line, so the message it prints reads as the
 * message (`2024-05-01 12:00:00.123 ERROR please reduce the frequency of call`). A line that is only
 * a prefix is left as it was.
 */
export function stripLogPrefixes(text: string): string {
  return text
    .split('\n')
    .map((line) => {
      let rest = line;
      for (let previous = ''; previous !== rest; ) {
        previous = rest;
        rest = rest.replace(LOG_PREFIX, '');
      }
      return rest.trim() ? rest : line;
    })
    .join('\n');
}

/** A placeholder of a message template as source code writes it: `${functionName}`, `{{ name }}`. */
const PLACEHOLDER = /\$\{[^{}\n]{1,80}\}|\{\{[^{}\n]{1,80}\}\}/g;

/**
 * The paste with a template's placeholders blanked (`[${functionName}] 删除触发器失败：${e.message}` →
 * `[ ] 删除触发器失败： `): people paste the line of a tool's source that printed their error, and a
 * placeholder's name (`functionName`) is no word of the error. A paste that is nothing but placeholders
 * is left as it was.
 */
export function blankPlaceholders(text: string): string {
  const blanked = text.replace(PLACEHOLDER, ' ');
  return blanked.trim() ? blanked : text;
}
