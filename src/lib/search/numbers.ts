/**
 * Numbers in context. A pasted log is full of numbers that are not error codes: ports (`:443`,
 * `port=9000`, `端口 9000`), durations and sizes next to their unit (`3000ms`, `128 MB`, `15 秒`),
 * counts (`1800 个`), line and column numbers (`line 438`, `fs.js:438:3`, `第 20 行`), HTTP statuses
 * in access-log lines, parts of request ids, dates and versions. Only a number that none of these
 * explain is read as a code. And a `Report RequestId …` line answers by the values it shows, not by
 * the words Memory or Duration.
 */
import { reportsAFailure } from './intent.ts';

/** A word that names a port, in either language; what a port number follows. */
const PORT_WORD = '(?:\\bport|端口(?:号)?|监听|\\blisten(?:s|ing)?(?:\\s+on)?)';
/** A port word right before its number (`port=9000`, `端口为 9000`, `listen on 9000`). */
const PORT_IS = `${PORT_WORD}\\s*(?:为|是|设为|设置为|改为|is|of|to|at|on|number)?\\s*[:=：]?\\s*`;
/** A port word and the words of its sentence up to a number (`the listening port … must be 9000`). */
const PORT_THEN = `${PORT_WORD}[^。.;；\\n\\d]{0,50}`;

/** Words before a number that make it a port, a line, a count or an id (both languages). */
const BEFORE = new RegExp(
  [
    `${PORT_IS}$`,
    '(?:line|行|column|col|第)\\s*[:=：]?\\s*$',
    // A bound a sentence states (up to 500 instances, 最多 300 个) is a quantity, not a code.
    '(?:up to|at most|maximum of|no more than|more than|less than|最多|至多|限制为|上限为|不超过)\\s*$',
    '(?:uin|appid|app_id|pid|tid|id|version|版本|v)\\s*[:=：]?\\s*$',
    '(?:timeout|超时(?:时间)?|memory|内存|duration|耗时|size|大小|limit|限制|quota|配额|count|数量|retry|retries|重试)\\s*(?:[:=：]|为|是|设为|设置为|改为|of|to|is)\\s*$',
    // A setting whose name ends in its unit or measure (`DATASYSTEM_CONNECT_TIME_MS 9000`, `timeout_sec=60`),
    // as a config table or an environment lists it; a status name (`K_…`, `ERR_…`) is followed by its code.
    '(?<![\\w])(?!(?:K|ERR)_)[a-z][a-z0-9]*(?:_[a-z0-9]+)*_(?:ms|secs?|seconds|timeout|size|mb|kb|gb|bytes|port|num|count|limit|times|interval)\\s*[:=：]?\\s*$',
    'HTTP\\/\\d(?:\\.\\d)?"?\\s+$',
    '[\\w.-]+\\.(?:com|cn|net|org|io|cloud|local)\\s*:\\s*$',
  ].join('|'),
  'i',
);

/** A unit or measure word after a number, with or without a space (`128MB`, `3 seconds`, `15 秒`, `500 instances/minute`). */
const AFTER = /^\s*(?:[kmgt]i?b\b|[kmg]\b|b\b|bytes?\b|ms\b|s\b|secs?\b|seconds?\b|minutes?\b|mins?\b|hours?\b|h\b|qps\b|rps\b|tps\b|%|秒|分钟|毫秒|小时|天|个|次|行|条|字节|兆|端口|号端口|m\b|instances?\b|requests?\b|times\b|calls?\b|invocations?\b|functions?\b|characters?\b|chars?\b|items?\b|files?\b|records?\b|messages?\b|connections?\b|concurrent\b|new\b|\/\s*(?:min|minute|s|sec|second)\b)/i;

/** Characters that glue a number into a larger token: ids, dotted versions, paths, `file:line:col`. */
const GLUE_BEFORE = /[\w.\-/:#@$]$/;
// A colon glues only what follows it without a space (`438:3`, `12:30`); `4006: 不支持本地模式` is a
// code and its message.
const GLUE_AFTER = /^(?:[\w\-/]|:(?=[\w/])|\.\w)/;
/** Codes listed with a slash (`HTTP 446/443`, `432/429`): each one a code, not part of a path. */
// A code and its name after a slash (`4299/DATASYSTEM`) is listed the same way.
const LISTED_AFTER = /^\/(?:\d{3,6}|[A-Z][A-Z_]{2,})(?![\w/.-])/;
const LISTED_BEFORE = /(?<![\w./-])\d{3,6}\/$/;
/** A port named earlier in the same sentence, its number a few words on. */
const PORT_EARLIER = new RegExp(`${PORT_THEN}$`, 'i');
/** A word that says the number after it is a code (`returns code 4115`, `错误码 1006`), whatever follows it. */
const CODE_WORD = /(?:\b(?:error |status |return |ret)?code|错误码|状态码|返回码)\s*[:=：]?\s*$/i;

/**
 * A call or an address said to return 404 (`函数调用 404`, `调用云函数返回 404`, `calling the function URL
 * returns 404`): HTTP's Not Found for what was called, not SCF's status 404, which names a subnet and
 * prints its name (`InvalidSubnetID`) beside it.
 */
const CALL_NOT_FOUND = /(?:调用|访问|请求|\binvok(?:e|es|ed|ing)|\bcall(?:s|ed|ing)?|\baccess(?:es|ed|ing)?)[^。.;；\n\d]{0,30}?(?:返回|报|出现|得到|提示|\breturns?|\breturned|\bgot|\bgets|\bgives?)?\s*(?:了\s*)?(?:(?:HTTP|状态码|status(?: code)?)\s*[:：]?\s*)?\**(404)\b(?!\**\s*InvalidSubnet)/i;

/**
 * Whether the number at `index` (of `length` characters) in `text` is something other than an error
 * code: a port, a line, a quantity with its unit, an HTTP status of an access log or of a call, or part
 * of a larger token.
 */
export function isNotACode(text: string, index: number, length: number): boolean {
  // Quotes and backticks around a number (`9000`端口) do not part it from its word or unit.
  const before = text.slice(Math.max(0, index - 60), index).replace(/[`'"‘’“”]+$/, '');
  const after = text.slice(index + length, index + length + 12).replace(/^[`'"‘’“”]+/, '');
  const listed = LISTED_AFTER.test(after) || LISTED_BEFORE.test(before);
  if (!listed && (GLUE_BEFORE.test(before) || GLUE_AFTER.test(after))) return true;
  if (CODE_WORD.test(before)) return false;
  const called = CALL_NOT_FOUND.exec(text);
  if (called && called.index + called[0].length === index + length) return true;
  // A port number a sentence names earlier (`the listening port … must be 9000`) is a port too.
  if (length >= 4 && PORT_EARLIER.test(before)) return true;
  return BEFORE.test(before) || AFTER.test(after);
}

/** What a function log's `Report` line says about how the invocation ended. */
export interface ReportReading {
  /** The status the values point to, or the timeouts page for the cold start's own report. */
  code: '433' | '434' | '443' | '200' | 'concept:timeouts';
  /** The values that decided, as the line shows them. */
  why: string;
}

const FIELD = (name: string) => new RegExp(`(?:${name})\\s*[:=：]\\s*(\\d+(?:\\.\\d+)?)\\s*(ms|mb|m)?`, 'i');
const DURATION = FIELD('(?<!billed\\s)duration');
const MEMORY = FIELD('(?<!max\\s)memory');
const MEMORY_USED = FIELD('memusage|max\\s*memory\\s*used');
/** Output between a request's START and END lines: the handler ran and printed it. */
const HANDLER_OUTPUT = /\bSTART\s+RequestId\s*[:：]?\s*[\w-]+[^\n]*\n(?:[^\n]*\n)*?(?!\s*END\s+RequestId)[^\n]*\S[^\n]*\n(?:[^\n]*\n)*?\s*END\s+RequestId/i;

/** The fields of a `Report RequestId: …` line, or undefined when the text has none. */
function reportFields(text: string): { duration: RegExpExecArray | null; memory: RegExpExecArray | null; used: RegExpExecArray | null } | undefined {
  // A console that wraps the line puts its fields on the next one (`…-b4de757f4105⏎Duration:900000ms Memory:128MB`).
  const report = /Report\s+RequestId\s*[:：]\s*[\w-]+((?:[^\n]|\n(?=\s*(?:Billed\s+)?(?:Duration|Memory|MemUsage|Max\s+Memory)))*)/i.exec(text);
  if (!report) return undefined;
  const line = report[1]!;
  return { duration: DURATION.exec(line), memory: MEMORY.exec(line), used: MEMORY_USED.exec(line) };
}

/** Memory used up to the configured size (within 2 %): the memory limit was reached. */
function memoryFull(memory: RegExpExecArray, used: RegExpExecArray): boolean {
  return Number(used[1]) >= Number(memory[1]) * 0.98;
}

/**
 * Reads SCF's `Report RequestId: … Duration:3000ms Memory:128MB MemUsage:30.5MB` line (and the
 * `Response RequestId:… RetMsg:` line of a successful run): memory used up to the configured size is
 * the memory limit (434); a duration of whole seconds is the execution timeout cutting the run short
 * (433), since a run that ends by itself reports fractions of a millisecond; a duration of 0 ms means
 * the handler never ran (a load-time failure, 443); a run with memory to spare that ended by itself,
 * with no failure beside it, and a response line with no error, are a success (200).
 * Undefined when the text has no such line or its values decide nothing.
 */
export function readReportLine(text: string): ReportReading | undefined {
  const report = reportFields(text);
  if (report) {
    const { duration, memory, used } = report;
    if (memory && used && memoryFull(memory, used)) return { code: '434', why: `${used[0]} ≥ ${memory[0]}` };
    if (duration) {
      const ms = Number(duration[1]) * (duration[2]?.toLowerCase() === 'ms' || !duration[2] ? 1 : 1000);
      // A run of 0 ms never reached the handler, unless the handler's own output sits between the
      // request's START and END lines (a local invoke rounds a short run down to 0 ms).
      if (ms === 0 && !HANDLER_OUTPUT.test(text)) return { code: '443', why: duration[0] };
      if (ms >= 1000 && Number.isInteger(ms / 1000) && !/\.\d/.test(duration[1]!)) return { code: '433', why: duration[0] };
      // Memory to spare and a run that ended by itself: neither limit stopped it, and nothing beside the
      // line says it failed, so the invocation completed (whatever the handler returned).
      if (ms > 0 && memory && used && !reportsAFailure(text) && !/\bInit\s+Report\b/i.test(text)) return { code: '200', why: `${duration[0]}, ${used[0]} < ${memory[0]}` };
      // So did a run whose handler printed between START and END, whatever memory fields the line has.
      if (HANDLER_OUTPUT.test(text) && !reportsAFailure(text)) return { code: '200', why: duration[0] };
    }
    // The cold start's own report (`Init Report RequestId: … Coldstart: 153ms (PullCode … InitFunction …)`)
    // times the start-up phases and says nothing failed: the page that explains those phases and
    // their limits answers it, not the memory its `Memory:` field names.
    // Newer runtimes print `InitDuration:` where older ones print `Coldstart:`.
    const coldStart = /\bInit\s+Report\b[^\n]*?(?:Coldstart|Init\s*Duration)\s*[:：]\s*\d+(?:\.\d+)?\s*ms/i.exec(text);
    if (coldStart) return { code: 'concept:timeouts', why: coldStart[0].replace(/RequestId\s*[:：]\s*[\w-]+\s*/i, '') };
  }
  // The Invoke API's result, or a log tool's record of one, with a zero result code beside the run's
  // duration and an empty error message (`"InvokeResult":0`, `"RetCode": 0`, `"ErrMsg":""`): the SDKs
  // describe ErrMsg as the executed function's error message (tencentcloud-sdk-java-intl-en@b4cc946,
  // scf/v20180416/models/Result.java), so with none and a zero code the run completed.
  const resultCode = /"(?:InvokeResult|RetCode)"\s*:\s*0(?!\d)/.exec(text);
  if (resultCode && /"(?:Bill)?Duration"\s*:\s*\d/.test(text) && !/"ErrMsg"\s*:\s*"[^"]/.test(text) && !reportsAFailure(text.replace(/"ErrMsg"\s*:\s*""/g, ' '))) {
    return { code: '200', why: resultCode[0] };
  }
  // CloudBase's log of one invocation states its outcome in words (`调用状态：成功`).
  const succeeded = /调用状态\s*[:：]\s*成功|\binvocation status\s*[:：]\s*success(?:ful)?\b/i.exec(text);
  if (succeeded && !reportsAFailure(text.replace(succeeded[0], ' '))) return { code: '200', why: succeeded[0] };
  if (/Response\s+RequestId\s*[:：]\s*[\w-]+\s+RetMsg\s*[:：]/i.test(text) && !/errorCode"?\s*[:=]\s*-?[1-9]|statusCode"?\s*[:=]\s*[1-9]\d\d(?<!200)|Traceback|Error:/i.test(text)) {
    return { code: '200', why: /Response\s+RequestId\s*[:：]\s*[\w-]+\s+RetMsg\s*[:：]\s*\S*/i.exec(text)![0] };
  }
  return undefined;
}

/**
 * Whether a report line shows memory to spare (`Memory:128MB MemUsage:8.9MB`): then the word
 * "Memory" in it is a field name, not a sign that the memory limit was reached.
 */
export function reportShowsMemoryLeft(text: string): boolean {
  const report = reportFields(text);
  return Boolean(report?.memory && report.used && !memoryFull(report.memory, report.used));
}

/** What a number with its unit or word says about the failure, when it says something on its own. */
export interface NumberHint {
  code: string;
  /** The words that decided, as the text shows them. */
  why: string;
}

/** A web function (HTTP-triggered, served on a port), in either language. */
const WEB_FUNCTION = /web ?函数|web functions?|http[- ]triggered function|HTTP 直通/i;
/** Port 9000 named as a port (`port=9000`, `9000端口`), after the address a server binds or not (`listen on port 0.0.0.0:9000`). */
const PORT_9000 = new RegExp(`${PORT_IS}[\`'"]?(?:(?:0\\.0\\.0\\.0|127\\.0\\.0\\.1|localhost)\\s*:\\s*)?9000(?!\\d)|(?<![\\d.:])9000[\`'"]?\\s*(?:端口|号端口|port)`, 'i');
/** Any port a sentence names, with its number. */
const WEB_PORT = new RegExp(`${PORT_THEN}\\d{2,5}(?!\\d)`, 'i');

/**
 * Numbers that point at a failure by what they measure: port 9000 is the port an SCF web function
 * must listen on (446 when it does not, or when the server listens on 127.0.0.1); a run "over 900 seconds" or "超过 N 秒" is the execution
 * timeout (433); a run of 0 ms never reached the handler (443); a rate in QPS or "请求频率" is the API's
 * request limit; a response over a size is 407, an event or request over one 406, a code package over
 * one the API's package check (InvalidParameterValue.ZipFile). Empty when none applies:
 * these only add a guess, they never take a number for a code.
 */
export function readNumberHints(text: string): NumberHint[] {
  const hints: NumberHint[] = [];
  const port = PORT_9000.exec(text);
  // A web function listens on 9000; one said to listen on another port (`Express listens on port 3000`)
  // fails to start the same way.
  const webPort = port ?? (WEB_FUNCTION.test(text) ? WEB_PORT.exec(text) : null);
  if (webPort) hints.push({ code: '446', why: webPort[0] });
  // A server bound to the loopback address is out of reach from outside its container: 446's cause. A
  // development server's banner says so too (Flask's `Running on http://127.0.0.1:5000`, Django's
  // `Starting development server at http://127.0.0.1:8000/`).
  const loopback = webPort ? null : /(?:监听|绑定|listen(?:s|ing)?|bind(?:s|ing)?|bound|running on|serving on|server (?:at|on))(?:\s*(?:on|to|at|在))?[^。.;；\n]{0,10}?(?:127\.0\.0\.1|localhost)(?::\d+)?/i.exec(text);
  if (loopback) hints.push({ code: '446', why: loopback[0] });
  const longRun = /(?:超过|超出|over|more than|exceeds?(?:ed)?|longer than|after)\s*(\d+(?:\.\d+)?)\s*(?:秒|s\b|secs?\b|seconds?\b|分钟|minutes?\b)/i.exec(text);
  // A run that reached its time limit (已达到云函数 60 秒上限, hit the 60s limit) met the execution timeout.
  const limitHit = longRun ? null : /(?:达到|到达|触发|触及|撞到|\breach(?:ed|es)?|\bhit(?:s|ting)?)\s*(?:了)?[^。，,；;\d\n]{0,12}?(\d+(?:\.\d+)?)\s*(?:秒|s\b|secs?\b|seconds?\b|分钟|minutes?\b)\s*(?:的)?\s*(?:上限|限制|时限|(?:time ?)?limit\b|timeout\b)/i.exec(text);
  // A time limit that is not enough (最大60秒不够用, 900 seconds is not enough) is the execution timeout too.
  const tooShort = longRun || limitHit ? null : /(\d+(?:\.\d+)?)\s*(?:秒|s\b|secs?\b|seconds?\b|分钟|minutes?\b)\s*(?:都|也|还|时间)?\s*(?:不够|不足|太短|is not enough|isn't enough|not enough|too short)/i.exec(text);
  // A time set in seconds without the setting's name (配置已修改为 120 秒，但云端仍是 3 秒): the execution
  // timeout the text is about, whether or not it took effect. Where the text names the setting
  // (执行超时时间修改为 300 秒, 初始化阶段最长 90 秒), the setting's own words lead to its page instead.
  const namesSetting = /超时时间|执行超时|time ?out|初始化/i.test(text);
  // A run limited to a time (云函数最多执行3秒, 最长只能运行 60 秒) is the execution timeout too.
  const configured = longRun || limitHit || tooShort || namesSetting ? null : /(?:设置(?:了|为|成)?|配置(?:了|为|成)?|修改为|改为|改成|默认(?:为|是)?|(?:最多|最长)(?:只能)?(?:执行|运行)|(?:执行|运行)(?:时间)?(?:最多|最长)(?:只有|为)?|\bset (?:it )?to|\bconfigured (?:to|as))\s*[`'"]?\s*(\d+(?:\.\d+)?)\s*(?:秒|s\b|secs?\b|seconds?\b)/i.exec(text);
  const run = longRun ?? limitHit ?? tooShort ?? configured;
  // A signature's time window (签名的时间戳超过 5 分钟) is the API's check, not a run's length.
  if (run && !/签名|时间戳|\bsignature|\btimestamp/i.test(text)) hints.push({ code: '433', why: run[0] });
  // A run of 0 ms in words (函数运行时间为0ms, `0ms运行时间`) is what a report line's `Duration:0ms` says:
  // the handler never ran, so the code failed to load.
  const zeroRun = /(?:运行时间|执行时间|运行时长|执行时长|耗时|\bduration|\brun(?:ning)? ?time)[^。，,;；\n\d]{0,4}?(?<![\d.])0\s*ms\b|(?<![\d.])0\s*ms\s*(?:的)?(?:运行时间|执行时间|运行|duration|run ?time)/i.exec(text);
  if (zeroRun) hints.push({ code: '443', why: zeroRun[0] });
  // A function called and not found over HTTP is one that is not there: 435 (not deployed, or
  // another environment's).
  const notFound = CALL_NOT_FOUND.exec(text);
  if (notFound) hints.push({ code: '435', why: notFound[0] });
  const rate = /(\d+)\s*(?:qps|次\s*\/\s*秒|(?:requests?|calls?)\s*(?:per|\/)\s*(?:second|sec|s)\b)|(?:请求频率|调用频率|request (?:rate|frequency)|call rate|requests? per second|times equals to)\D{0,12}\d+/i.exec(text);
  if (rate) hints.push({ code: 'RequestLimitExceeded', why: rate[0] });
  // A size beside what it measures: a response (返回值, 响应体) over its limit is 407, an event or
  // request (事件, 请求体, payload) over its limit is 406, whatever figure the reader quotes.
  // A limit stated as a rule puts a clause between the two (the requested content that API Gateway can
  // pass to SCF at a time cannot be larger than 6 MB), so the gap is a clause long.
  const size = /(?:(事件|请求体|请求参数|请求内容|请求大小|上传的?文件|event|payload|request(?:ed)? (?:body|content|size)|uploaded file)|响应体|响应|返回值|返回内容|返回结果|返回数据|返回的数据|返回\s*body|返回(?=\s*超限)|response(?: body)?|return value)[^。.;；\n]{0,56}?(?:超过|超出|超限|上限|exceeds?|over|larger than|bigger than|大于|[>＞])[^。.;；\n]{0,12}?\d+(?:\.\d+)?\s*(?:MB|M|KB|K)\b/i.exec(text);
  if (size) hints.push({ code: size[1] ? '406' : '407', why: size[0] });
  // A code package over a size (函数代码不能大于 50MB, zip exceeds 50 MB) is the API's check of the package.
  const pkg = size ? null : /(?:代码包|函数代码|部署包|压缩包|zip\s*包|code package|deployment package|zip file|\bZipFile\b)[^。.;；\n]{0,16}?(?:超过|超出|不能大于|不得大于|不能超过|大于|exceeds?|over|larger than|bigger than)[^。.;；\n]{0,12}?\d+(?:\.\d+)?\s*(?:MB|M|KB|K)\b/i.exec(text);
  if (pkg) hints.push({ code: 'InvalidParameterValue.ZipFile', why: pkg[0] }, { code: 'RequestSizeLimitExceeded', why: pkg[0] });
  return hints;
}

/** Words that state the values a setting allows: a range, a maximum, a length. */
const ALLOWED_VALUES =
  /(?:可选|取值|可配置|可设置|配置|设置|有效)值?范围|(?:有效|可选|允许)的?值(?:为|是|[:：])|范围(?:为|是|[:：])|最大值为|最小值为|最大(?:为|可设置为?|支持)\s*\d|上限为\s*\d|不(?:能|可)?超过\s*\d|最多\s*\d+\s*(?:个)?(?:字符|字节|KB)|\brange\b|\bbetween \d+(?:\.\d+)?\s*\w*\s+and \d+|\b(?:up to|at most|no more than|maximum of) \d+\s*(?:characters|chars|bytes|KB|MB|seconds|s\b)|\bmaximum (?:value|length|size) (?:is|of)\b|\b(?:available|valid|allowed) (?:values?|length|range) (?:is|are)\b|\bcan be \d[\d,.]*\s*(?:-|–|to)\s*\d|\bupper limit of [a-z ]{3,30} is \d|支持\s*26\s*个(?:英文)?字母|(?:只能|必须)以字母开头|\bsupports? 26 (?:English )?letters\b|\b(?:should|must|can only) (?:start|begin) with a letter\b/i;
/** Words that say a call or a run failed: then the numbers are what it met, not what a setting allows. */
const FAILED = /报错|失败|异常|错误|警告|超范围|超出范围|error|fail|warn|timed out|exceeded|out of (?:\w+ )?range/i;
/** Settings whose allowed values a sentence states, most specific first, and the codes of a value outside them. */
const SETTINGS: ReadonlyArray<{ pattern: RegExp; codes: readonly string[] }> = [
  // The init phase's longest run (初始化阶段最长运行时间) is its timeout, named in other words.
  { pattern: /初始化(?:阶段|过程)?的?(?:超时|最长(?:运行|执行)?时间|(?:运行|执行)?时长)|init(?:iali[sz]ation)?\s*(?:timeout|phase (?:duration|time))|InitTimeout/i, codes: ['LimitExceeded.InitTimeout', 'concept:timeouts', '450'] },
  { pattern: /空闲超时|idle\s*timeout/i, codes: ['InvalidParameterValue.IdleTimeOut'] },
  // The API's own description of the setting (`The duration a function allowed to execute`).
  { pattern: /执行超时|超时时间|最长(?:执行|运行)时间|执行时长|运行时长|\btimeout\b|\bexecution (?:time|duration)\b|\b(?:allowed|permitted) to (?:execute|run)\b|\bmaximum (?:execution|run(?:ning)?) time\b/i, codes: ['LimitExceeded.Timeout', 'concept:timeouts'] },
  { pattern: /内存|\bmemory\b/i, codes: ['InvalidParameterValue.Memory', 'InvalidParameterValue.MemorySize'] },
  // The handler's format (`<filename>.<method_name>`) and the other names a naming rule is stated for.
  { pattern: /执行方法|\bhandler\b/i, codes: ['InvalidParameterValue.Handler', 'concept:handler'] },
  { pattern: /层名称|\blayer ?name\b/i, codes: ['InvalidParameterValue.LayerName'] },
  { pattern: /命名空间|\bnamespace\b/i, codes: ['InvalidParameterValue.Namespace'] },
  { pattern: /触发器描述|trigger desc/i, codes: ['InvalidParameterValue.TriggerDesc'] },
  { pattern: /触发器名称?|定时器名称?|\b(?:trigger|timer) name\b/i, codes: ['InvalidParameterValue.TriggerName'] },
  { pattern: /函数名称?|\bfunction name\b/i, codes: ['InvalidParameterValue.FunctionName'] },
  // The variables' total size has its own code.
  { pattern: /(?:环境变量|\benvironment variables?\b)[^。.;；]*\d+\s*(?:K|KB|字节|bytes)\b/i, codes: ['InvalidParameterValue.EnvironmentExceededLimit'] },
  { pattern: /环境变量|\benvironment variables?\b/i, codes: ['InvalidParameterValue.Environment'] },
  { pattern: /入参|输入参数|\binput parameter\b|\bcustom argument\b/i, codes: ['InvalidParameterValue.CustomArgument'] },
  { pattern: /描述|\bdescription\b/i, codes: ['InvalidParameterValue.Description'] },
];

/**
 * A sentence that states the values a setting allows (`可选值范围 1-900 秒`, `up to 60 characters`),
 * read as the setting it names: a value outside them is that parameter's API error. Undefined when the
 * sentence says something failed, or names no setting.
 */
export function readAllowedValues(text: string): SettingReading | undefined {
  const stated = ALLOWED_VALUES.exec(text);
  return stated && !FAILED.test(text) ? namedSetting(text, stated[0]) : undefined;
}

/** A setting a sentence names, with the words that said something of its value. */
export interface SettingReading {
  codes: readonly string[];
  why: string;
}

/** The first setting the text names (most specific first), its codes and why; undefined for none. */
function namedSetting(text: string, said: string): SettingReading | undefined {
  for (const { pattern, codes } of SETTINGS) {
    const match = pattern.exec(text);
    if (match) return { codes, why: `${match[0]} … ${said}` };
  }
  return undefined;
}

/** A length over its bound (`超过60个字符`, `longer than 60 characters`): a named value that is too long. */
const TOO_LONG = /(?:超过|超出|大于|多于|长于|exceeds?|exceeding|longer than|more than|over)\s*\d+\s*个?\s*(?:字符|字节|characters?|chars?|bytes?)/i;

/**
 * A setting whose value is said to be too long (`定时器名称超过60个字符导致的异常`): that parameter's
 * API error, whether or not the sentence says something failed. Undefined when no setting is named.
 */
export function readTooLong(text: string): SettingReading | undefined {
  const long = TOO_LONG.exec(text);
  return long ? namedSetting(text, long[0]) : undefined;
}
