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
  '怎么解决', '如何解决', '怎么处理', '怎么回事', '是什么意思', '什么意思', '为什么', '怎么办', '怎么',
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
