/**
 * Questions about a setting rather than a failure. "How do I scale a function?", "一个云函数默认具有
 * 300 的并发数量上限", "What is a bootstrap file?": the reader wants the page that explains the setting
 * and its limits (a concept page), not one error code. A query that reports a failure ("报错",
 * "timed out", "failed") still goes to its code, and so does any pasted message the lookup knows.
 */

/**
 * The topic of each concept page, in both languages: what a question about it names. Timeouts are
 * not among them: people who write about the timeout setting ("默认超时仅 3 秒", "最大 900 秒") are
 * nearly always explaining a 433, whose page covers the setting; the timeouts page is reached by the
 * phrases that tell timeouts apart (content/phrases.yaml).
 */
const CONCEPT_TOPICS: ReadonlyArray<{ slug: string; pattern: RegExp }> = [
  { slug: 'concurrency', pattern: /并发|concurren|\bscal(?:e|es|ed|ing)\b|扩容|扩缩容|弹性伸缩|\bburst\b|爆发|突发|同时连接数|实例数|实例个数|实例数量|(?:运行|执行)的函数(?:数量|个数)|number of functions (?:that can (?:be )?)?(?:run|execut)/i },
  { slug: 'handler', pattern: /\bhandler\b|执行方法|入口函数|函数入口|入口文件|\bbootstrap\b|entry ?point/i },
];

/** Asking how something works, or stating a setting's value or bound. */
const ASKS_OR_STATES_A_SETTING =
  /\b(?:how (?:do|can|should|does|to|much|many|long)|what(?:'s| is| are| does)|is there a|can i|default|maximum|minimum|at most|up to|upper limit|quota)\b|如何|怎么(?!回事)|怎样|什么是|是什么|是多少|多少|默认|最大|最小|最多|上限|有没有限制|有限制吗|是否有限制|不能超过|可以设置|为\s*\d/i;

/** Words that report a failure or ask for a fix: then that failure's code is the answer, not the setting's page. */
const REPORTS_A_FAILURE =
  /\b(?:how (?:do i |to )?fix|errors?|fail(?:s|ed|ure|ing)?|exception|traceback|timed out|refused|denied|not found|cannot|can't|unable|crash(?:es|ed)?|invalid|exceeded)\b|报错|错误|失败|异常|无法|找不到|不行|超限|提示|挂了|崩溃|如何处理|怎么办|怎么解决|如何解决/i;

/** A concept page a question asks about, and the words that said so. */
export interface AskedConcept {
  slug: string;
  why: string;
}

/**
 * Limits that have a code page of their own, which explains them better than the concept page: the
 * speed at which new instances may start (`扩容速度 500个/分钟`, the burst limit) is 429's subject.
 */
const OWN_PAGE: Readonly<Record<string, RegExp>> = {
  concurrency: /扩容速度|扩容的速度|(?:expansion|scaling|scale-out) (?:speed|rate)|speed of (?:\w+ ){0,3}expansion|\b(?:function )?burst (?:limit|speed|rate)\b|\bfunction burst\b/i,
};

/** The concept pages a question about a setting names, in the order it names them; none for a failure report. */
export function askedConcepts(text: string): AskedConcept[] {
  if (!ASKS_OR_STATES_A_SETTING.test(text) || REPORTS_A_FAILURE.test(text)) return [];
  return CONCEPT_TOPICS.filter(({ slug }) => !OWN_PAGE[slug]?.test(text)).flatMap(({ slug, pattern }) => {
    const match = pattern.exec(text);
    return match ? [{ slug, why: match[0], at: match.index }] : [];
  })
    .sort((a, b) => a.at - b.at)
    .map(({ slug, why }) => ({ slug, why }));
}

/** Whether the text reports a failure or asks for a fix ("报错", "timed out", "how do I fix"). */
export function reportsAFailure(text: string): boolean {
  return REPORTS_A_FAILURE.test(text);
}

/**
 * "Works locally, fails in the cloud" (本地调试通过，云端调用失败; runs locally but not after deploy): most
 * often the deployed package differs from the local folder (a dependency not uploaded or built for
 * another system, a syntax the runtime's version does not parse), which fails while the code loads;
 * next, the code raises in the cloud's environment, or runs longer than the default timeout.
 */
const WORKS_LOCALLY =
  /(?:本地|local)[^。？?！!]{0,16}?(?:成功|正常|通过|可以|能运行|能跑|没问题|没有问题|不会报错|不报错)[^。？?！!]{0,30}?(?:云端|云上|云函数|线上|部署|上传|cloud|deploy)|(?:本地|local)[^。？?！!]{0,16}?(?:云端|云上|云函数)[^。？?！!]{0,10}?(?:运行不了|跑不了|跑不起来|不能运行|无法运行)|\b(?:works?|runs?|running) (?:fine |normally |well )?(?:locally|on my machine|in the local)/i;

/**
 * "Deployed fine, fails when run" (部署成功，访问报错; deploy success but run error), which points at the
 * same causes unless the text names one: a timeout it mentions is answered by the timeout's code.
 */
const DEPLOYED_THEN_FAILS =
  /(?:部署|上传)(?:成功|完成|之后|以后|后|了)[^。？?！!]{0,20}?(?:运行|调用|访问|执行|测试|打开)[^。？?！!]{0,12}?(?:报错|出错|错误|失败|不行|异常)|\bdeploy(?:ed|ment|s)?\b[^.?!]{0,24}?\b(?:success(?:ful(?:ly)?)?|succeeded|succeeds)\b[^.?!]{0,12}?\b(?:but|however|yet|though|then)\b[^.?!]{0,24}?\b(?:error|errors|fail(?:s|ed|ure)?)\b/i;
const NAMES_A_TIMEOUT = /超时|\btime(?:d|s)? ?out\b/i;

/** Whether the text names a timeout (超时, timed out, timeout). */
export function namesATimeout(text: string): boolean {
  return NAMES_A_TIMEOUT.test(text);
}

/** The codes "works locally, fails in the cloud" usually means, most likely first, with the words that said so. */
export function worksLocally(text: string): { codes: readonly string[]; why: string } | undefined {
  const match = WORKS_LOCALLY.exec(text) ?? (NAMES_A_TIMEOUT.test(text) ? null : DEPLOYED_THEN_FAILS.exec(text));
  return match ? { codes: ['443', '430', '433'], why: match[0] } : undefined;
}
