/**
 * Exact lookup: answers codes, status names (any case or spacing), older names and REST messages
 * at once, and finds the code inside a pasted response, log line, stack trace or SDK exception,
 * through the real messages each code shows up as (`content/seen-as.yaml`, with `{placeholders}`)
 * and the everyday phrases people use (`content/phrases.yaml`). Pagefind handles words; this handles
 * identifiers and pastes, which Pagefind matches only by prefix or not at all.
 *
 * A paste is read the way a person would read it: a wrapper envelope is opened and its inner error
 * decides (src/lib/search/envelope.ts); a stack trace is read by its frames (traces.ts); a `Report`
 * line by its values, and numbers next to a unit, a port or a line are not codes (numbers.ts); the
 * platform the query names ranks its catalogs first (platform.ts). Every answer says why.
 * Shared by the build (which writes the data file), the browser and the command line (which query it).
 */
import { CATALOG_PLATFORM, type CatalogId } from '../model/vocabulary.ts';
import { codeSuffix, isNumericCode } from '../model/codes.ts';
import { unwrapEnvelope } from './envelope.ts';
import { createInnerGuess } from './inner-words.ts';
import { askedConcepts, namesATimeout, reportsAFailure, worksLocally } from './intent.ts';
import { compileTemplate, matchTemplate, templateSkeleton, unescapePaste, type Placeholder } from './message-template.ts';
import { readActionFailure } from './action-failure.ts';
import { readStatusRefusal } from './function-status.ts';
import { isNotACode, readAllowedValues, readNumberHints, readReportLine, readTooLong, reportShowsMemoryLeft } from './numbers.ts';
import { DATA_SYSTEM_PART, LOG_FORMAT_BLANK, platformOf, RPC_ENDPOINT, type PlatformSignal } from './platform.ts';
import { createPhraseMatcher, mergePhraseGroups, ungroupPhrases, type PhraseEntry, type PhraseGroups } from './phrases.ts';
import { stripFiller, stripLogPrefixes } from './query-clean.ts';
import { createRecaser } from './recase.ts';
import { identifiersOf, namesIdentifier, quotedParts, recalledIn, stemsOf } from './recall.ts';
import { readExceptionType, readTrace } from './traces.ts';
import type { StatusHit } from './statuses.ts';
import { cjkCount, keyWordsOf, messageScript, type UpstreamHit } from './upstream.ts';
import { createOtherPlatformMatcher, type OtherPlatformHit, type OtherPlatformMatch, type OtherPlatformMatcher, type OtherPlatformsData } from './other-platforms.ts';
import type { SearchStrings } from './strings.ts';
import { unpackEntries, type WireLookup } from './lookup-wire.ts';

export type { WireLookup };

/**
 * The lookup data from the file as shipped (`/{lang}/lookup.json`, entries packed by
 * src/lib/search/lookup-wire.ts); a file that still has `entries` is read as it is. Defined here, where
 * every reader already imports from, so the unpacking ships in this module's browser chunk and adds no
 * chunk of its own to the list of scripts every page may preload.
 */
export function fromWire(file: WireLookup | LookupData): LookupData {
  if (!('codes' in file)) return file;
  const { codes, ...rest } = file;
  return { ...rest, entries: unpackEntries(codes) };
}

/** Where the phrases a lookup ships apart are, from the site's root (`phrases/han.json`); undefined when it ships none. */
export function apartPhrasesPath(data: LookupData): string | undefined {
  return data.apartPhrases ? `phrases/${data.apartPhrases}.json` : undefined;
}

/** Whether a query could match the phrases a lookup ships apart: those written in Chinese characters need a query written in them. */
export function needsApartPhrases(data: LookupData, query: string): boolean {
  return data.apartPhrases === 'han' && messageScript(query) === 'zh';
}

/** The lookup data with the phrases it ships apart (`apartPhrases`) merged back in. */
export function withApartPhrases(data: LookupData, apart: PhraseGroups): LookupData {
  const { apartPhrases: _shippedApart, ...rest } = data;
  return { ...rest, phraseGroups: mergePhraseGroups(data.phraseGroups ?? {}, apart) };
}

/** A real message a code shows up as, as the lookup ships it. */
export interface SeenAsTemplate {
  /** The message with `{placeholders}` for its variable parts. */
  text: string;
  /** Who prints it (`scf-runtime`, `wx-cloud`, `yr-python`, …). */
  by: string;
  /** A wrapper's generic code or name: the inner error decides, this code is the fallback. */
  wraps?: true;
  /** The wrapper code in it stands for several conditions: only the whole message decides. */
  shared?: true;
}

/** One code as the lookup sees it. */
export interface LookupEntry {
  code: string;
  catalog: CatalogId;
  /** Exact platform name or REST message. */
  name?: string;
  /** Names from older editions (absent when there are none). */
  olderNames?: string[];
  /** Real messages, wrapper codes and names seen in the wild. */
  seenAs?: SeenAsTemplate[];
  /** Short title in the page's language. */
  title: string;
}

/** A concept page the search can offer for a question that describes its situation. */
export interface LookupConcept {
  slug: string;
  title: string;
  /** The codes whose pages link this concept page (433 → timeouts). */
  codes?: string[];
}

/** The per-language data file: catalog labels, entries, concept pages, the everyday-phrase table and the search UI strings. */
export interface LookupData {
  catalogs: Record<CatalogId, string>;
  entries: LookupEntry[];
  concepts?: LookupConcept[];
  phrases?: PhraseEntry[];
  /** The same table grouped by codes, as the site's lookup file ships it (`groupPhrases`). */
  phraseGroups?: PhraseGroups;
  /**
   * `han` when the phrases written in Chinese characters ship apart, in `/phrases/han.json` (the English
   * lookup: only a query holding Chinese characters needs them); absent when all are in `phraseGroups`.
   */
  apartPhrases?: 'han';
  /** How many shards of upstream messages `/upstream/{n}.json` holds (src/lib/search/upstream.ts); absent when none. */
  upstreamShards?: number;
  /** Whether `/upstream/statuses.json` holds openYuanrong's inner status names (src/lib/search/statuses.ts). */
  statuses?: boolean;
  /** Whether `/api-messages/{zh,en}.json` hold the SCF API codes' messages (their SDK descriptions). */
  apiMessages?: boolean;
  /**
   * When `/vendor-wording/{platform}/{zh,en}.json` hold the fingerprints of the vendors' table sentences
   * (src/lib/search/vendor-wording.ts): each source document's title in this language, which says
   * where a matched sentence's wording comes from.
   */
  vendorWording?: Record<string, string>;
  /**
   * Other platforms' errors and the codes of their failure (src/lib/search/other-platforms.ts), when
   * they come with the lookup (the command line's data, the tests'). The site ships them apart, in
   * `/{lang}/other-platforms.json`, and only their anchors here: the answerer fetches them for a query
   * that holds one and passes their matcher in.
   */
  others?: OtherPlatformsData;
  /** The anchors of other platforms' templates (`otherPlatformAnchors`), when `others` ships apart. */
  otherAnchors?: string[];
  /** The header search box's strings, here rather than in every page's HTML. */
  strings?: SearchStrings;
}

/**
 * Why a code matched, strongest first. The first six are exact (the text names the code); the
 * rest are good guesses: the inner error of an envelope, the frames of a trace, the values of a
 * report line, a number prefix, a message typed without its numbers, an everyday phrase, a concept.
 */
export type LookupReason =
  | 'code'
  | 'name'
  | 'older-name'
  | 'code-field'
  | 'message'
  | 'in-text'
  | 'envelope'
  | 'trace'
  | 'exception'
  | 'report'
  | 'code-prefix'
  | 'message-part'
  | 'phrase'
  | 'concept'
  | 'wording'
  | 'other-platform';

/** A matched code (or concept page), why it matched, and the values read from a matched message. */
export interface LookupHit {
  entry: LookupEntry;
  reason: LookupReason;
  /** What in the query matched: the message template, the name, the field, the frame or the phrase. */
  why?: string;
  /** The seen-as template the text matched, when one did (even if a code field decided the code). */
  template?: string;
  /** Values of the matched template's placeholders (`{ seconds: "3" }`). */
  values?: Partial<Record<Placeholder, string>>;
  /** The wrapper codes around the inner error that decided (`-404011`, `-504002`), outermost first. */
  envelope?: string[];
  /** The concept page this hit stands for, when it is one. */
  concept?: LookupConcept;
  /** Another platform's error matched: whose, and how close this code comes (reason `other-platform`). */
  other?: OtherPlatformHit;
}

const EXACT_REASONS: ReadonlySet<LookupReason> = new Set(['code', 'name', 'older-name', 'code-field', 'message', 'in-text']);
/** Reasons that name a code from the paste's own structure; words and phrases are weaker. */
const STRONG_REASONS: ReadonlySet<LookupReason> = new Set([...EXACT_REASONS, 'envelope', 'trace', 'exception', 'report', 'other-platform', 'wording']);

/** Whether a hit names its code for certain (Enter may open it) rather than being a guess. */
export function isExactReason(reason: LookupReason | undefined): boolean {
  return reason !== undefined && EXACT_REASONS.has(reason);
}

/** Names shorter than this are too common to be spotted inside pasted text (`Success`). */
const MIN_IN_TEXT_NAME = 8;
/** A message typed without its numbers must be at least this long to count. */
const MIN_MESSAGE_PART = 12;
/** Letters a piece of a message must keep once a response's field names are taken out. */
const MIN_MESSAGE_LETTERS = 6;
/** The field names of SCF's and CloudBase's responses, with their quotes and colons. */
const FIELD_KEYS = /["']?\b(?:errorcode|errormessage|statuscode|requestid|stacktrace|errcode|errmsg|code|message|msg|result)\b["']?\s*[:=]?/gi;
/** Fixed text a matched upstream or API message needs to outrank everyday phrases. */
const MIN_TELLING_MESSAGE = 20;
/** How many codes a number prefix lists. */
const MAX_PREFIX_HITS = 8;
/**
 * A field that holds the code in real output: `"statusCode":433`, `ErrCode: 4008`, `[ErrorCode: 3003]`,
 * `code=122002`, `{"code": 4101, …}`, and a trigger's JSON answer (`{"errno":403,"error":"Analyse scf
 * response failed."}`, a CLB trigger that could not read the function's response). `ModuleCode` and
 * `errorCode: -1` are not codes, nor is a system error number (`[Errno 2]`, `errno: -13`).
 */
const CODE_FIELD = /(?<![a-z])(?:err(?:or)?_?code|status_?code|code|status|errno(?=["']))["'\s]*[:=]\s*["']?(\d{3,6})\b/gi;
/**
 * A field that holds a Tencent Cloud API error code: `Code=FailedOperation.UpdateFunctionCode`,
 * `"Code":"InternalError"`, `code:ResourceNotFound.Function`, `ErrorCode: AuthFailure.SignatureExpire`.
 */
const API_CODE_FIELD = /(?<![a-z])(?:err(?:or)?_?code|code)["'\s]*[:=]\s*["']?([A-Z][A-Za-z0-9]*(?:\.[A-Za-z0-9]+)*)/gi;
/** The SDK's code of a communication error, which a failed RPC of the data system becomes. */
const YR_RPC_FAILED = '3002';
/** The API's error object as code reads it (`Response.Error`, `"Response": {"Error"`). */
const API_ERROR_OBJECT = /\bResponse\.Error\b|"Response"\s*:\s*\{\s*"Error"/;
/** A Go SDK constant of an API error code (`RESOURCENOTFOUND_FUNCTION`, `FAILEDOPERATION_UPDATEFUNCTIONCODE`). */
const SDK_CONSTANT = /(?<![A-Za-z0-9_])([A-Z]{4,}(?:_[A-Z0-9]+)+)(?![A-Za-z0-9_])/g;
/** A dotted API error code anywhere in the text (`ResourceNotFound.Function`). */
const DOTTED_CODE = /(?<![\w.])([A-Z][A-Za-z0-9]*(?:\.[A-Z][A-Za-z0-9]*)+)(?![\w])/g;
/**
 * A request parameter named beside a complaint about it, in the API's English and Chinese wording:
 * `specified in the parameter Handler`, `` `Region` is not valid``, `runtime参数错误`, `Runtime不支持修改`,
 * ``Incorrect `LayerName` parameter``, ``The `InvokeType` value does not conform``, and a tool's check of
 * its own snake_case argument (Terraform's `trigger_name must match …`, `cannot set enable_eip_config`) or
 * setting in capitals (`invalid SCF_FUNCTION_NAME`),
 * `Invalid runtime value` as a layer tool prints it, and the API's `The value of DeadLetterConfig is invalid`
 * and `DeadLetterConfig 取值与规范不符`, `CodeSecret 格式错误`, a tool's `runtime nodejs16.13 not support`, and
 * a setting that `cannot be changed after creation`, and a field deep inside a parameter, by the API's
 * path to it (`Environment.Variables.0.Value类型应为string` is the Environment parameter's).
 */
const PARAMETER_COMPLAINT =
  /(?:value (?:specified|provided) in (?:the )?(?:parameter )?|parameter\s+)[`'"]?([A-Za-z][A-Za-z0-9]+)[`'"]?|([A-Za-z][A-Za-z0-9]+)\s*(?:参数|字段)?\s*(?:格式)?(?:传入)?(?:参数错误|参数有误|错误|有误|不合法|不正确|无效|类型应为|类型错误|类型不正确|(?:暂时|暂|目前|当前)?不支持|取值与规范不符|取值(?:不合法|错误|有误|不正确|无效))|(?:参数|字段)\s*[`'"]?([A-Za-z][A-Za-z0-9]+)|(?:不支持|不允许|无法)(?:修改|更改|设置)\s*[`'"]?([A-Za-z][A-Za-z0-9]+)|(?:[Ii]ncorrect|[Ii]nvalid|[Tt]he)\s+`([A-Za-z][A-Za-z0-9]+)`\s+(?:parameter|value)|\b([a-z]+(?:_[a-z0-9]+)+)\s+(?:must|can'?t|cannot|should|is (?:invalid|not valid|required|too long))\b|\b(?:cannot set|[Ii]nvalid)\s+([a-z]+(?:_[a-z0-9]+)+|[A-Z]+(?:_[A-Z0-9]+)+)\b|\b(?:[Ii]nvalid|[Ii]ncorrect)\s+([A-Za-z][A-Za-z0-9]+)\s+(?:value|parameter)\b|\b[Tt]he value of (?:the )?(?:parameter )?[`'"]?([A-Za-z][A-Za-z0-9]+)[`'"]? is (?:invalid|not valid|incorrect)\b|\b([Rr]untime|[Hh]andler|[Rr]egion)\s+\S+\s+(?:is\s+)?not\s+support(?:ed)?\b|\b([A-Za-z][A-Za-z0-9]+)\s+(?:cannot|can'?t|could not|may not)\s+be\s+(?:changed|modified|updated)\b|\b([A-Z][A-Za-z0-9]+)(?:\.(?:[A-Z][A-Za-z0-9]*|\d+))+\s*(?:类型应为|类型错误|类型不正确|格式错误|不合法|无效|错误|有误|should be|must be|is (?:invalid|not valid|required))/g;
/**
 * A request parameter in the API's own case, or a sum of two (`Offset+Limit 不能大于10000`, `offset + limit
 * can't greater than 10000`), bounded by a number: the parameter's LimitExceeded code, or its
 * InvalidParameterValue code when it has no such limit code.
 */
const PARAMETER_BOUND =
  /\b([A-Z][a-z]+(?:[A-Z][a-z0-9]*)*|[a-z]+(?=\s*[+＋]\s*[A-Za-z]))(?:\s*[+＋]\s*[A-Za-z]+)?[`'"]?\s*(?:参数|的值|取值|value|parameter)?\s*(?:的值|取值|value)?\s*(?:不能大于|不能超过|不得超过|不可超过|不能小于|不得小于|大于|小于|超过|(?:can'?t|cannot|must not|may not) (?:be )?(?:greater|more|larger|less) than|greater than|more than|exceeds?|at most)\s*\d/g;
/** Words that say a parameter was left out of a call. */
const PARAMETER_MISSING = /\bmissing\b|\bis required\b|缺少|缺失|没传|未传|不能为空/i;
/** A query's time range said to be too wide (`endTime 与 startTime 只能相差一天之内`): the range's check. */
const TIME_RANGE = /start_?time[^。.;；\n]{0,60}?end_?time|end_?time[^。.;；\n]{0,60}?start_?time/i;
const RANGE_BOUND = /相差|跨度|间隔|一天|\d+\s*天|within|range|apart|span|\bdays?\b/i;
/**
 * A request parameter named in Chinese (函数名称, 触发器名称) and the API's name of it: a complaint about the
 * named value (`SCF 函数名称(my_func-)命名不符合规则`) is that parameter's code.
 */
const NAMED_PARAMETERS: ReadonlyArray<readonly [RegExp, string]> = [
  [/触发器(?:的)?(?:名称?|\s*name\b)|定时器(?:的)?名称?/, 'triggername'],
  [/命名空间(?:名称)?/, 'namespace'],
  [/层名称?/, 'layername'],
  [/别名(?:名称)?/, 'name'],
  [/函数名称?/, 'functionname'],
  [/描述/, 'description'],
];
/** How far before its complaint a parameter may be named: far enough for the value quoted between (`(my-func-)`). */
const NAMED_DISTANCE = 40;
const NAME_COMPLAINT = /(?:命名|名称|格式)?(?:不符合(?:规则|规范|要求)|不合法|不正确|有误|错误|非法|无效)|太长|过长|超长|超过\s*\d+\s*个?(?:字节|字符)/g;
/** Words that say a resource exists already. */
const ALREADY_EXISTS = /已存在|已经存在|\balready exists?\b|\bexists already\b/i;
/** A resource said to be missing, in the API's, the tools' and the docs' wording. */
const NOT_EXIST = /not exists?\b|does(?:n'?t| not) exist|doesn'?t exist|dont'?t exists?|不存在|(?:尚|还)未创建|还没(?:有)?创建|找不到|未找到|无法找到|没有找到|没找到|未在[^，。,;；\n]{1,12}?(?:中|里|内)?找到|缺少(?=\s*(?:云函数|函数|云环境|环境|触发器|别名|层)(?!\s*(?:参数|字段|配置|权限|入口|执行|依赖|代码|文件)))|不在[^，。,;；\n]{1,12}?列表(?:中|里|内)?|\bnot found\b|\b(?:could not|couldn'?t|cannot|can'?t|unable to) find\b|\bnon-?existent\b/i;
/**
 * What a missing resource is, most specific first, and its API code. A function is missing both when it
 * is invoked (435) and when it is managed (ResourceNotFound.Function).
 */
const MISSING_RESOURCES: ReadonlyArray<{ pattern: RegExp; code: string; management?: boolean }> = [
  { pattern: /层版本|layer versions?/i, code: 'ResourceNotFound.LayerVersion' },
  { pattern: /函数版本|function versions?/i, code: 'ResourceNotFound.FunctionVersion' },
  // A qualifier is a version or an alias, as the API's Qualifier parameter names one.
  { pattern: /\bqualifiers?\b/i, code: 'ResourceNotFound.Qualifier' },
  { pattern: /命名空间|\bnamespaces?\b/i, code: 'ResourceNotFound.Namespace' },
  // A CloudBase environment is the namespace its functions live in (`当前账号下不存在 xxx 环境`, `env 不存在`);
  // not a runtime's environment or its variables (`process.env`, `env 变量`).
  { pattern: /(?<!运行|执行|本地)环境(?!变量)|(?<![.\w$])env(?![.\w$]|\s*(?:变量|var))/i, code: 'ResourceNotFound.Namespace' },
  { pattern: /别名|\balias(?:es)?\b/i, code: 'ResourceNotFound.Alias' },
  { pattern: /触发器|\btriggers?\b/i, code: 'ResourceNotFound.Trigger' },
  { pattern: /(?<!函数)层|\blayers?\b/i, code: 'ResourceNotFound.Layer' },
  // SCF's own service role missing has its own code.
  { pattern: /\bSCF_QcsRole\b|QcsRole/, code: 'FailedOperation.QcsRoleNotFound' },
  { pattern: /(?<!QcsRole\s?)(?:角色|\broles?\b)/i, code: 'ResourceNotFound.Role' },
  { pattern: /私有网络|\bVPC(?:Id)?\b|\bsubnet(?:Id)?\b|子网/i, code: 'ResourceNotFound.Vpc' },
  // A region that does not exist is one SCF does not offer.
  { pattern: /\bregions?\b|地域/i, code: 'UnsupportedRegion' },
  // Not the function's entry file or handler (`未找到函数执行入口文件` in a deploy log), which have codes of their own.
  { pattern: /(?<!处理|入口)函数(?!入口|执行入口|执行文件)|\bfunctions?\b/i, code: 'ResourceNotFound.Function', management: true },
  // A version missing when the function was called (`指定版本不存在`): the qualifier of the call, status 442.
  { pattern: /(?<!函数|层)版本|\bversions?\b/i, code: '442', management: false },
  // Outside a management call, a function said to be missing when it was called (not its entry point or
  // handler, which have codes of their own): status 435, a guess.
  { pattern: /(?<!处理|入口)函数(?!入口|执行入口|执行文件)|\bfunctions?\b/i, code: '435', management: false },
];
/** Requests failing on the concurrency quota, not a question about it. */
const CONCURRENCY_ERRORS = /请求[^。？?]{0,20}(?:错误|报错|失败)|超限(?:的)?错误|\brequests?\b[^.?]{0,40}\b(?:fail|error|rejected)/i;
/** A phrase that reports a failure without saying what kind (调用失败, 运行报错, execution failed). */
const BARE_FAILURE = /^(?:云函数)?(?:调用|执行|运行|测试|访问|请求)(?:失败|出错|报错|错误)$|^(?:call|invocation|execution|run) (?:failed|fails|error)$/i;
/** Words of an invocation: calling, triggering or opening a function. */
const INVOKED = /调用|触发|访问|\binvok|\bcall(?:s|ed|ing)?\b|callFunction/i;
/** A caller of a function said not to find it: a Mini Program, a client or a front end. */
const MISSING_FOR_CALLER = /(?:小程序|客户端|前端)(?:端)?(?:调用时|调用)?(?:无法找到|找不到|没有找到)|\bcallFunction\b[^。.\n]{0,30}(?:无法找到|找不到|not found)/i;
/** WeChat developer tools' menu item that uploads a cloud function and installs its dependencies in the cloud. */
const DEPLOY_MENU_ITEM = /上传并部署\s*[：:（(\-—–]?\s*云端安装依赖\s*(?:（[^）]{0,12}）|\([^)]{0,12}\))?[)）]?/g;

/** How far (in characters) the resource may be from the words that say it is missing. */
const MISSING_DISTANCE = 16;
/** How far a resource must lie before `下/中不存在` not to be the container the words name (`云环境中`). */
const CONTAINER_GAP = 2;
/** A quota reached, in the API's and the docs' wording. */
const QUOTA_REACHED =
  /达到上限|达到限制|超过最大限制|超出最大限制|超限|限额为?\s*\d|最多(?:支持|可|能)?(?:绑定|创建|添加|配置|关联)?\s*\d+\s*个|默认可创建\s*\d+\s*个|reach(?:es|ed)? (?:the |its )?(?:upper )?limit|\bnumber of \w+(?: \w+)? per \w+ reach\w*\s*$|exceeds? the (?:upper |maximum )?limit|quota|\b(?:at most|up to|only supports?(?: up to)?) \d+ (?!KB|MB|GB|bytes|characters|seconds|minutes)[a-z]|\d+ [A-Za-z]+ triggers? at most|(?:数量|个数)[^。，,；;\n\d]{0,6}?(?:不能|不可|不得)超过\s*\d+\s*个|\bmaximum number of [a-z]+|(?:则|就)不能(?:再)?(?:增加|添加|新增)|限制[^。，,；;\n\d]{0,12}?(?:个数|数量)/i;
/** A function's code package, as tools and people name it. */
const CODE_PACKAGE = /\.zip\b|\bzip (?:file|package)\b|代码包|部署包|zip\s*包|\b(?:code|deployment|function) package\b/i;
/** A package said to be too large, or larger than a size. */
const PACKAGE_TOO_LARGE = /too (?:large|big)|过大|太大|(?:exceed(?:s|ed)?|larger than|big(?:ger)? than|大于|超过|超出)[^.。;；\n]{0,30}?\d+(?:\.\d+)?\s*(?:MB|M|GB)\b|\d+(?:\.\d+)?\s*(?:MB|M)\b[^.。;；\n]{0,12}?(?:exceed|超过|超出|大于)/i;
/** Passing a limit, which in a management call means a quota too (`部署时报错，超过timeout限制`). */
const QUOTA_PASSED = /超过.{0,20}限制|超出.{0,20}限制|exceed/i;
/** Words of a management call (deploying, creating, updating), where passing a limit means a quota. */
const MANAGEMENT = /部署|创建|更新|发布|deploy|creat|updat|publish|tccli|\bsls\b|terraform/i;
/**
 * A call refused for want of permission, in the API's, the tools' and people's words; not a file's or a
 * process's permission (`执行权限`, `写入权限`, `EACCES`), which the function's own code meets.
 */
const NOT_PERMITTED = /(?<![执行写入读])(?:没有权限|无权限|权限不足|权限问题|权限错误|无权(?:访问|操作|执行|调用)?)|not authori[sz]ed|unauthori[sz]ed|permission denied|access denied|no permission|does not have (?:access|permission)/i;
/**
 * An entry file said to be missing where the package was chosen or uploaded (`在您选择的文件夹里面找不到
 * netease-cloud-master/index.py文件`, `index.js not found in the zip`): the file a handler names by
 * convention, next to words that it was not found (a folder path between counts as one word, as
 * `nearestTo` measures gaps). A module a running function requires is another
 * failure (`Cannot find module './index'`, read by its templates), so the words module, import and
 * require keep this reading out.
 */
const ENTRY_FILE = /(?:^|[\s/\\'"`(（「“:：])(?:index|main|app|handler|bootstrap|server)\.(?:py|js|mjs|cjs|php|go)\b/i;
const NOT_FOUND_NEAR = /找不到|未找到|不存在|没有找到|缺少|\bnot found\b|\bcannot find\b|\bcan'?t find\b|\bno such file\b|\bmissing\b|\bdoes not exist\b/i;
const REQUIRED_MODULE = /\bmodule\b|模块|\bimport(?:Error)?\b|\brequire\b/i;
/** The service role SCF manages functions with (`SCF_QcsRole`), named in a refused management call. */
const SERVICE_ROLE = /角色|\broles?\b|QcsRole/i;
/**
 * What a quota counts, most specific first, and its code; `concept:` for the concept page. `managed`: a limit a run
 * also meets (memory over its limit while functions run is 434), so the quota is read only in a
 * management call or beside the word quota.
 */
const QUOTA_RESOURCES: ReadonlyArray<{ pattern: RegExp; code: string; managed?: true }> = [
  { pattern: /固定\s*(?:出口\s*)?IP|\bEIPs?\b|elastic IP/i, code: 'LimitExceeded.Eip' },
  { pattern: /(?:CMQ|topic).{0,40}(?:subscri|订阅)|订阅者/i, code: 'LimitExceeded.FunctionOnTopic' },
  { pattern: /初始化超时|initiali[sz]ation timeout|InitTimeout/i, code: 'LimitExceeded.InitTimeout' },
  { pattern: /命名空间|namespaces?\b/i, code: 'LimitExceeded.Namespace' },
  { pattern: /触发器|triggers?\b/i, code: 'LimitExceeded.Trigger' },
  { pattern: /别名|alias(?:es)?\b/i, code: 'LimitExceeded.Alias' },
  { pattern: /层版本|layer versions?/i, code: 'LimitExceeded.LayerVersions' },
  { pattern: /层|layers?\b/i, code: 'LimitExceeded.Layers' },
  { pattern: /版本|versions?\b/i, code: 'LimitExceeded.FunctionVersions' },
  { pattern: /并发|concurrency/i, code: 'concept:concurrency' },
  { pattern: /超时|timeout/i, code: 'LimitExceeded.Timeout' },
  { pattern: /内存|memory/i, code: 'LimitExceeded.Memory', managed: true },
  { pattern: /函数|functions?\b/i, code: 'LimitExceeded.Function' },
];
/** Where the last match of `pattern` in `text` ends, or -1 when there is none. */
function lastMatchEnd(pattern: RegExp, text: string): number {
  const global = new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`);
  let end = -1;
  for (const match of text.matchAll(global)) end = match.index + match[0].length;
  return end;
}
/** A suffix people may type alone: at least two words (`UpdateFunctionCode`, not `Function`). */
const TYPED_SUFFIX = /^[A-Z][a-z0-9]+[A-Z]/;
/** A wrapper platform's negative error code, such as `-504003` (not `-1`, which only says "failed"). */
const WRAPPER_CODE = /(?<![\w.-])(-\d{4,7})(?![\w.])/g;
/** A wrapper's code in its own field, as a nested envelope prints it (`errCode: -604101`). */
const WRAPPER_CODE_FIELD = /errCode:\s*-\d{4,7}/i;
/** A handler field with no value: a deploy log's `handler:` at a line's end, or an empty string in JSON or YAML. */
const EMPTY_HANDLER = /\bhandler["']?[ \t]*[:=][ \t]*(?:""|''|(?=\r?\n|$))/im;
/**
 * A call the function's own code made that failed: a WeChat open API or the database
 * (`openapi.security.msgSecCheck:fail`, `collection.update:fail`), or the open API refusing the
 * function (`function has no permission to call this API`). The caller's `cloud.callFunction:fail`
 * is not one: it wraps whatever the function did.
 */
const OPEN_API_FAIL = /\b(?!wx\.)(?!cloud\.callFunction:)[a-z]\w*(?:\.[a-zA-Z]\w*)+:fail\b|\bhas no permission to call this API\b/;
/** A six-digit number that is a wrapper code without its minus sign (`504002`). */
const UNSIGNED_WRAPPER_CODE = /(?<![\w.-])(\d{6})(?![\w.])/g;
/** A wrapper platform's name for an error (`FUNCTION_NOT_FOUND`, `INVOKE_FUNCTION_FAILED`). */
const WRAPPER_NAME = /\b([A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+)\b/g;
/** A Python stack frame in a platform runtime file: `File "/var/runtime/…", line {n}, in name`. */
const RUNTIME_FRAME = /^(File "\/var\/runtime\/[^"]+"), line \{n\}, in \w+$/;
/** An HTTP status and the words after it (`400 invalid parameter value`). */
const STATUS_THEN_WORDS = /(?<![\w.-])([45]\d{2})[\s:-]+((?:[A-Za-z]+ ?){1,4})/g;
/** Scores of the kinds of evidence, strongest first; a template adds its specificity. */
const SCORE = {
  codeField: 10_000,
  template: 5000,
  wrapperCode: 3000,
  report: 2600,
  trace: 2500,
  nameInText: 800,
  exceptionType: 750,
  runtimeFrame: 700,
  messagePart: 500,
  wrapperAlone: 460,
  askedConcept: 450,
  bareNumber: 400,
  phrase: 100,
} as const;
/** The guesses for a failure on SCF that the text does not describe, most common first. */
const VAGUE_FAILURE = ['430', '443'] as const;
/** A failure in a part of the data system that the text does not describe: the SDK's code for a data-system failure with no more specific code. */
const VAGUE_DATA_SYSTEM_FAILURE = '4299';
/**
 * An openYuanrong failure whose message no source lists: the function system gives every status it does
 * not map 3003 (Status::GetPosixErrorCode), and nearly half the failures its and the runtime's source log
 * are filed there; the data system's default follows.
 */
const VAGUE_OPENYUANRONG_FAILURE = ['3003', VAGUE_DATA_SYSTEM_FAILURE] as const;
/** What a weak hit on another platform than the query names is worth. */
const OTHER_PLATFORM = 0.2;

/** Lower-cases and drops everything but letters, digits and CJK, so `Handler Not Found` = `handlernotfound`. */
export function normalizeName(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9\u3400-\u9fff]+/g, '');
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

interface TextRule {
  entry: LookupEntry;
  weight: number;
  reason: LookupReason;
  why: string;
  /** Set for seen-as templates, whose values the code page can show. */
  template?: string;
  match(text: string): Partial<Record<Placeholder, string>> | undefined;
}

/** A failure followed by its reason: the text after `失败：`, `失败，原因是`, `failed: `, `failed because`. */
const FAILED_BECAUSE = /(?:失败|出错|错误|异常|\bfail(?:ed|s)?|\berror)\s*(?:[：:，,]\s*(?:原因(?:是|为)?[：:]?\s*)?|，?原因(?:是|为)[：:]?\s*|\s+because\s+(?:of\s+)?)([^\n]{2,80})/i;

/** Where a code stands among those the paste's structure chose; after all of them when it is not one. */
function readRank(read: readonly string[], code: string): number {
  const at = read.indexOf(code);
  return at < 0 ? read.length : at;
}

/** Words that say a limit was passed or a call failed, beside a setting's name. */
const LIMIT_PASSED = /超了|超过|超出|报错|失败|\btimed out\b|\bexceed(?:s|ed)?\b|\bfail(?:s|ed)?\b/i;

/**
 * The status a trace's stage stands for on SCF: the loader failing is 443, the handler's own module
 * missing 437, the handler failing 430.
 */
const TRACE_CODES = { load: ['443', '437'], handler: ['437', '443'], run: ['430'], exit: ['439', '430'] } as const;
/** openYuanrong's code for an exception in the user's function. */
const YR_USER_EXCEPTION = '2002';

/** Builds a query function over the lookup data; all indexes are made once. */
export function createLookup(data: LookupData): (query: string, others?: OtherPlatformMatcher) => LookupHit[] {
  const byCode = new Map(data.entries.map((entry) => [entry.code, entry]));
  const byName = new Map<string, LookupHit[]>();
  const addName = (name: string, hit: LookupHit) => {
    const key = normalizeName(name);
    if (key) byName.set(key, [...(byName.get(key) ?? []), hit]);
  };
  const apiCodes = new Map<string, LookupEntry>();
  /** The API's codes by what follows their family (`getroleerror` → InternalError.GetRoleError). */
  const apiCodesBySubCode = new Map<string, LookupEntry[]>();
  const rules: TextRule[] = [];
  /** How much fixed text each seen-as template has, from its compilation, for ranking at query time. */
  const templateSpecificity = new Map<string, number>();
  const skeletons: Array<{ entry: LookupEntry; skeleton: string; stems: string[]; why: string }> = [];
  /**
   * Wrapper codes and names, and what each seen-as string makes of them: `names` its code outright,
   * `wraps` an inner error that decides (this code the fallback), `shared` several conditions (a guess).
   */
  const wrappers = new Map<string, Array<{ entry: LookupEntry; template: string; kind: 'names' | 'wraps' | 'shared' }>>();
  const addWrapper = (marker: string, entry: LookupEntry, seen: SeenAsTemplate) =>
    wrappers.set(marker, [...(wrappers.get(marker) ?? []), { entry, template: seen.text, kind: seen.shared ? 'shared' : seen.wraps ? 'wraps' : 'names' }]);
  for (const entry of data.entries) {
    if (!isNumericCode(entry.code)) {
      // An API code is its own name: `resourcenotfound.function` and `ResourceNotFound Function` find it.
      addName(entry.code, { entry, reason: 'code', why: entry.code });
      apiCodes.set(entry.code.toLowerCase(), entry);
      const dot = entry.code.indexOf('.');
      if (dot > 0) {
        const sub = entry.code.slice(dot + 1).toLowerCase();
        apiCodesBySubCode.set(sub, [...(apiCodesBySubCode.get(sub) ?? []), entry]);
      }
      const suffix = codeSuffix(entry.code);
      if (suffix && TYPED_SUFFIX.test(suffix)) addName(suffix, { entry, reason: 'name', why: entry.code });
    }
    if (entry.name) addName(entry.name, { entry, reason: 'name', why: entry.name });
    for (const older of entry.olderNames ?? []) addName(older, { entry, reason: 'older-name', why: older });
    for (const seen of entry.seenAs ?? []) {
      // A wrapper's code or name (`-504002`, `INVOKE_FUNCTION_FAILED`) names the SCF code even when it
      // is pasted alone or with another message.
      for (const match of seen.text.matchAll(WRAPPER_CODE)) addWrapper(match[1]!, entry, seen);
      for (const match of seen.text.matchAll(WRAPPER_NAME)) if (seen.wraps) addWrapper(match[1]!, entry, seen);
      if (seen.wraps) continue;
      const compiled = compileTemplate(seen.text);
      templateSpecificity.set(seen.text, compiled.specificity);
      rules.push({ entry, weight: SCORE.template + compiled.specificity, reason: 'message', why: seen.text, template: seen.text, match: (text) => matchTemplate(compiled, text) });
      const skeleton = templateSkeleton(seen.text);
      skeletons.push({ entry, skeleton, stems: stemsOf(skeleton), why: seen.text });
      // A frame of the same runtime file (`File ".../bootstrap.py", line 160, in get_func_handler`)
      // fails at the same stage as the recorded frame, whatever function it names: a good guess.
      const frame = RUNTIME_FRAME.exec(seen.text);
      if (frame) {
        const file = compileTemplate(frame[1]!);
        rules.push({ entry, weight: SCORE.runtimeFrame, reason: 'message-part', why: seen.text, match: (text) => (matchTemplate(file, text) ? {} : undefined) });
      }
    }
    for (const name of [entry.name, ...(entry.olderNames ?? [])]) {
      if (name && normalizeName(name).length >= MIN_IN_TEXT_NAME) {
        const pattern = new RegExp(`(^|[^A-Za-z0-9])${escapeRegExp(name).replace(/\s+/g, '\\s+')}($|[^A-Za-z0-9])`, 'i');
        rules.push({ entry, weight: SCORE.nameInText + name.length, reason: 'in-text', why: name, match: (text) => (pattern.test(text) ? {} : undefined) });
      }
    }
  }
  // An API code of one word (`ResourceInUse`, `InternalError`) written in a message (`ResourceInUse:
  // function is currently updating`), exactly as the API spells it; not one an SCF status also
  // carries as its name (`InvalidParameterValue` is status 400's name too), which the names above find.
  // Such a shared name is the API's code in a management call on SCF (上传云函数失败 UnauthorizedOperation,
  // a deploy tool's output), since deploying does not invoke the function: those rules run only for
  // such a call, which findInText decides once per query.
  const managementRules: TextRule[] = [];
  const statusNames = new Set(data.entries.flatMap((entry) => (entry.name ? [entry.name] : [])));
  for (const entry of data.entries) {
    if (isNumericCode(entry.code) || entry.code.includes('.')) continue;
    const pattern = new RegExp(`(?<![A-Za-z0-9.])${entry.code}(?![A-Za-z0-9.])`);
    const match = (text: string) => (pattern.test(text) ? {} : undefined);
    if (statusNames.has(entry.code)) managementRules.push({ entry, weight: SCORE.nameInText + entry.code.length + 1, reason: 'in-text', why: entry.code, match });
    // A guess, not a firm hit: another product's error prints the same family (`[ResourceNotFound] Db
    // or Table not exist` inside a function's error), where the function's own failure decides.
    else rules.push({ entry, weight: SCORE.messagePart, reason: 'message-part', why: entry.code, match });
  }
  const concepts = new Map((data.concepts ?? []).map((concept) => [`concept:${concept.slug}`, concept]));
  const conceptEntry = conceptEntryOf;
  const matchPhrases = createPhraseMatcher([...(data.phrases ?? []), ...ungroupPhrases(data.phraseGroups ?? {})]);
  const ownOthers = createOtherPlatformMatcher(data.others ?? { platforms: {}, rows: {}, cells: [] });
  const codesInOrder = [...byCode.keys()];

  const recase = createRecaser(data);
  const guessInner = createInnerGuess(data.entries.filter((entry) => entry.catalog === 'scf'));

  // Other platforms' templates come with the data, or apart (passed in once fetched for a query that may hold one).
  return (query: string, matchOthers: OtherPlatformMatcher = ownOthers): LookupHit[] => {
    const text = recase(stripLogPrefixes(unescapePaste(query.trim())));
    if (!text) return [];
    if (/^\d+$/.test(text)) {
      const exact = byCode.get(text);
      const prefixed = codesInOrder
        .filter((code) => code !== text && code.startsWith(text))
        .slice(0, MAX_PREFIX_HITS)
        .map((code): LookupHit => ({ entry: byCode.get(code)!, reason: 'code-prefix' }));
      return exact ? [{ entry: exact, reason: 'code', why: text }, ...prefixed] : prefixed;
    }
    const named = byName.get(normalizeName(text));
    if (named) {
      // A code typed as it is (`InvalidParameterValue`) comes before a status that carries it as a name (400).
      const sorted = [...named].sort((a, b) => Number(a.reason !== 'code') - Number(b.reason !== 'code'));
      // Another platform's name that only spells like ours (CloudBase's `FUNCTION_NOT_FOUND`, not
      // SCF's `FunctionNotFound`) is that platform's error.
      if (sorted.some((hit) => hit.why === text)) return sorted;
      const seen = new Set<string>();
      return [...withOtherPlatforms([], matchOthers(text), platformOf(text)), ...sorted].filter((hit) => !seen.has(hit.entry.code) && seen.add(hit.entry.code));
    }
    const signal = platformOf(text);
    // A JSON envelope whose message is itself escaped JSON (`"message":"{\"code\":\"OPERATION_FAIL\",…}"`)
    // is opened before its escapes are undone: only then do its quotes tell where the message ends.
    const escaped = /\\"/.test(query) ? unwrapEnvelope(stripLogPrefixes(query.trim())) : undefined;
    const envelope = escaped ? { ...escaped, inner: unescapePaste(escaped.inner) } : unwrapEnvelope(text);
    const own = envelope ? readEnvelope(envelope.markers, envelope.inner, text, signal) : rank(findInText(text), signal);
    return withOtherPlatforms(own, matchOthers(text), signal);
  };

  /**
   * Another platform's error in the text answers with the codes of its failure, saying whose error
   * it is, ahead of everything but a message of this site's own catalogs that says more (SCF's
   * `Invoking task timed out after 3 seconds` holds the words of Lambda's `Task timed out after 3.07
   * seconds`). A code both ways keeps the seen-as message it matched, for the code page's diagnosis.
   */
  function withOtherPlatforms(own: LookupHit[], matches: OtherPlatformMatch[], signal: PlatformSignal | undefined): LookupHit[] {
    if (matches.length === 0) return own;
    const best = matches[0]!;
    // A paste from Tencent Cloud (a Mini Program's errMsg, a /var/user/ path) that spells like another
    // platform's error (CloudBase's runtime prints Lambda's `Runtime.ImportModuleError`) is read as
    // Tencent's own first; the other platform's match only adds its codes after. `RequestId:` is not
    // enough: other platforms' log lines carry it too (`FC Invoke End RequestId: …`).
    if (signal?.platform === 'tencent-scf' && !/RequestId/i.test(signal.evidence) && best.platform !== 'tencent-cloudbase' && own.length > 0) {
      const seen = new Set(own.map((hit) => hit.entry.code));
      return [...own, ...withOtherPlatforms([], matches, undefined).filter((hit) => !seen.has(hit.entry.code))];
    }
    // A seen-as message of this site's own catalogs that says as much or more keeps its place, unless
    // it is the other platform's own wording recorded under SCF (CloudBase's codes, which wrap SCF's).
    // Another platform's error read inside an envelope (CloudBase's `FUNCTIONS_MEMORY_LIMIT_EXCEEDED`
    // after `errCode: -504002`) is its inner error, not the wrapper.
    // Only a generic wrapper's code is the envelope's own; a code that names its failure (`-504003`,
    // nested inside `-504002`) is inner evidence, and so is another platform's match of it.
    const generic = (marker: string) => !wrappers.has(marker) || wrappers.get(marker)!.some(({ kind }) => kind === 'wraps');
    const innerMatched = (hit: LookupHit) => matches.some((match) => !(hit.envelope ?? []).filter(generic).some((marker) => match.template.includes(marker)));
    const ownFirst = (hit: LookupHit) => {
      // The inner error of an envelope (`errCode: -504002 … errMsg: Task memory exceeded`), or the
      // paste's own frames or report line, say more than the wrapper's generic meaning, which is all
      // another platform's match of the wrapper adds. (An exception's type alone does not: another
      // platform's exception names its error.)
      if (hit.reason === 'envelope' && hit.envelope) return !hit.envelope.includes(hit.why ?? '') || !innerMatched(hit);
      if (hit.reason === 'message' && hit.envelope) return true;
      // So does a code in a field of the envelope's inner error (`"message":"-504003"`).
      if (hit.reason === 'trace' || hit.reason === 'report' || (hit.reason === 'code-field' && own.some((other) => other.envelope))) return true;
      if (!hit.template) return false;
      const specificity = templateSpecificity.get(hit.template) ?? compileTemplate(hit.template).specificity;
      if (specificity !== best.specificity) return specificity > best.specificity;
      const by = hit.entry.seenAs?.find((seen) => seen.text === hit.template)?.by ?? '';
      return !(best.platform === 'tencent-cloudbase' && (by === 'cloudbase' || by === 'wx-cloud'));
    };
    // What the lookup ranked above such a hit stays above it: a wrapper's generic code beside words that
    // state the inner error (`-504002` then `Response body exceeds 6MB`) was put behind those words.
    const lastFirst = own.findLastIndex(ownFirst);
    const first = own.slice(0, lastFirst + 1);
    const byOwn = new Map(own.map((hit) => [hit.entry.code, hit]));
    const hitsOf = (target: 'scf' | 'yr') =>
      matches.flatMap((match) =>
        match[target].flatMap((code): LookupHit[] => {
          const entry = byCode.get(code);
          if (!entry) return [];
          const seen = byOwn.get(code);
          const kept = seen?.template ? { template: seen.template, ...(seen.values ? { values: seen.values } : {}) } : {};
          return [{ entry, reason: 'other-platform', why: match.template, ...kept, other: { platform: match.platform, name: match.name, strength: match.strength, failure: match.failure, target } }];
        }),
      );
    // SCF's codes answer; openYuanrong's come last, unless the query names openYuanrong. Among them,
    // the ones the paste's own frames or exception type chose come first, in that order (a missing
    // package behind Runtime.ImportModuleError is 443 before the group's usual 437).
    const read = own.filter((hit) => hit.reason === 'trace' || hit.reason === 'exception').map((hit) => hit.entry.code);
    const byReading = (hits: LookupHit[]) => [...hits].sort((a, b) => readRank(read, a.entry.code) - readRank(read, b.entry.code));
    const [lead, tail] = signal?.platform === 'openyuanrong' ? [byReading(hitsOf('yr')), hitsOf('scf')] : [byReading(hitsOf('scf')), hitsOf('yr')];
    const seen = new Set<string>();
    return [...first, ...lead, ...own, ...tail].filter((hit) => !seen.has(hit.entry.code) && seen.add(hit.entry.code));
  }

  /**
   * An envelope: a known message, field or trace of the whole first, then the inner error when it names a
   * code from its own structure (a message, a field, a trace), then the wrapper's generic code, then
   * the inner error's weaker guesses.
   */
  function readEnvelope(markers: string[], inner: string, text: string, signal: PlatformSignal | undefined): LookupHit[] {
    // The envelope as a whole may already be a known message (`errCode: -504003 | errMsg: Invoking
    // task timed out…`) or carry a field or a specific wrapper code, or sit in a trace whose frames say
    // when it was raised (`UnhandledPromiseRejectionWarning: Error: errCode: -604104 …`, the function's
    // own call failing while it ran): that decides first.
    const whole = rank(findInText(text), signal).filter((hit) => hit.reason === 'message' || hit.reason === 'code-field' || hit.reason === 'trace');
    const innerHits = inner ? rank(findInText(inner), signal ?? platformOf(text)) : [];
    const strong = innerHits.filter((hit) => STRONG_REASONS.has(hit.reason)).map((hit) => ({ ...hit, reason: 'envelope' as const, envelope: markers }));
    const fallback: LookupHit[] = [];
    for (const marker of markers) {
      for (const { entry, template, kind } of wrappers.get(marker) ?? []) {
        if (kind === 'wraps') fallback.push({ entry, reason: 'envelope', why: marker, template, envelope: markers });
      }
    }
    const weak = innerHits.filter((hit) => !STRONG_REASONS.has(hit.reason));
    // An inner error that a piece of a message or an everyday phrase explains (`Environment not found`,
    // `Cloud Function taking more than default of 60 seconds`) is the inner error all the same: its
    // first guess comes before the wrapper's generic code, which stands for an inner error that is missing.
    const firm = whole.length > 0 || strong.length > 0;
    // An inner error that is itself another wrapper's code (`errCode: -604101 …`), or a call of the
    // function's own code that failed (its database, an open API), is left to the wrapper's meaning:
    // the function raised it.
    const told = !firm && inner !== undefined && !WRAPPER_CODE_FIELD.test(inner) && !OPEN_API_FAIL.test(inner) && (weak[0]?.reason === 'phrase' || weak[0]?.reason === 'message-part' || weak[0]?.reason === 'concept') ? [{ ...weak[0], reason: 'envelope' as const, envelope: markers }] : [];
    // A message the whole matched that the inner error matches too, and that holds none of the wrapper's
    // codes, is the inner error's: it keeps its certainty, and another platform's match of the wrapper
    // alone does not outrank it (CloudBase's `FUNCTIONS_EXECUTE_FAIL` around `kRequestCanceled|…`).
    const isInner = (hit: LookupHit) => hit.reason === 'message' && hit.template !== undefined && !markers.some((marker) => hit.template!.includes(marker)) && strong.some((inside) => inside.entry.code === hit.entry.code);
    const wholeRead = whole.map((hit) => (isInner(hit) ? { ...hit, envelope: markers } : hit));
    // Without any of that, the invocation status whose words the inner error shares is still its guess.
    const guessed = told.length === 0 && !firm && inner && !WRAPPER_CODE_FIELD.test(inner) && !OPEN_API_FAIL.test(inner) ? guessInner(inner) : undefined;
    const worded: LookupHit[] = guessed ? [{ entry: byCode.get(guessed.code)!, reason: 'envelope', why: excerpt(inner), envelope: markers }] : [];
    const seen = new Set<string>();
    return [...wholeRead, ...strong, ...told, ...worded, ...fallback, ...weak].filter((hit) => !seen.has(hit.entry.code) && seen.add(hit.entry.code));
  }

  /** Orders scored hits: the platform the query names first among weak evidence, then by score. */
  function rank(found: Map<string, { score: number; hit: LookupHit }>, signal: PlatformSignal | undefined): LookupHit[] {
    const scored = [...found.values()].map(({ score, hit }) => {
      if (!signal || STRONG_REASONS.has(hit.reason) || hit.concept) return { score, hit };
      const same = CATALOG_PLATFORM[hit.entry.catalog] === signal.platform;
      // A management call on SCF (deploy, tccli, an SDK exception) is answered by the API's codes first.
      const apiBonus = signal.api && hit.entry.catalog === 'scf-api' ? 1.5 : 1;
      return { score: score * (same ? apiBonus : OTHER_PLATFORM), hit };
    });
    return scored.sort((a, b) => b.score - a.score).map(({ hit }) => hit);
  }

  /** Every code the text points at, with its best evidence and score. */
  function findInText(text: string): Map<string, { score: number; hit: LookupHit }> {
    const found = new Map<string, { score: number; hit: LookupHit }>();
    const platform = platformOf(text);
    // A call the function's own code made that failed (not the caller's `cloud.callFunction:fail`, which
    // wraps whatever the function did); read once, for the missing resources and for the guess below.
    const openApiFail = OPEN_API_FAIL.exec(text.replace(/\bcloud\.callFunction:fail\b/g, ' '));
    /** The most specific template each code matched, kept apart so a code field cannot hide it. */
    const templates = new Map<string, { weight: number; template: string; values: LookupHit['values'] }>();
    const note = (code: string, score: number, hit: Omit<LookupHit, 'entry'>) => {
      const concept = concepts.get(code);
      const entry = concept ? conceptEntry(concept) : byCode.get(code);
      if (entry && score > (found.get(code)?.score ?? -1)) found.set(code, { score, hit: { entry, ...hit, ...(concept ? { concept } : {}) } });
    };
    // Another Tencent Cloud product's sub-code (`InvalidParameter.InputIllegal`, `UnauthorizedOperation.PermissionDenied`)
    // is not one of SCF's, but its family is one of the API's common codes, which explains it.
    const noteFamily = (code: string, score: number) => {
      // The same sub-code under another family (`FailedOperation.GetRoleError` for the API's
      // `InternalError.GetRoleError`): the same failure, which says more than the family alone.
      const dot = code.indexOf('.');
      const sibling = dot > 0 ? apiCodesBySubCode.get(code.slice(dot + 1).toLowerCase()) : undefined;
      if (sibling?.length === 1) note(sibling[0]!.code, score, { reason: 'in-text', why: code });
      const familyScore = sibling?.length === 1 ? score - 1 : score;
      for (let end = code.lastIndexOf('.'); end > 0; end = code.lastIndexOf('.', end - 1)) {
        const entry = apiCodes.get(code.slice(0, end).toLowerCase());
        if (entry) return note(entry.code, familyScore, { reason: 'in-text', why: code });
      }
    };
    for (const match of text.matchAll(CODE_FIELD)) note(match[1]!, SCORE.codeField, { reason: 'code-field', why: match[0] });
    // A monitoring label (`http_434`) carries the status it counts.
    for (const match of text.matchAll(/\bhttp_(\d{3})\b/gi)) note(match[1]!, SCORE.codeField - 4, { reason: 'code-field', why: match[0] });
    // A quota reached, named by what it counts (命名空间个数达到上限, number of triggers … upper limit):
    // the LimitExceeded code of that resource. "超过…限制" alone says so only in a management call.
    const quota = QUOTA_REACHED.test(text) || (QUOTA_PASSED.test(text) && MANAGEMENT.test(text));
    // The noun nearest before 个数 / after "number of" is what the quota counts (命名空间下函数个数
    // counts functions); without one, the most specific resource the text names.
    const counted = quota ? (/number of (?:the )?([a-z]+(?: [a-z]+)?)/i.exec(text)?.[1] ?? /([\u3400-\u9fffA-Za-z]{1,8})(?:个数|数量|总数)/.exec(text)?.[1]) : undefined;
    const nearest = counted
      ? QUOTA_RESOURCES.map((resource) => ({ resource, at: lastMatchEnd(resource.pattern, counted) })).filter(({ at }) => at >= 0).sort((a, b) => b.at - a.at)[0]?.resource
      : undefined;
    // "function response body exceeds the upper limit" is a size: functions count only as a count.
    const counts = quota ? (nearest ?? QUOTA_RESOURCES.find(({ pattern, code }) => code !== 'LimitExceeded.Function' && pattern.test(text))) : undefined;
    // A limit a run also meets (`内存超限导致 4xx 问题`, under load) is the account's quota only in a
    // management call or beside the word quota.
    const resource = counts?.managed && !MANAGEMENT.test(text) && !/配额|quota/i.test(text) ? undefined : counts;
    // The concurrency quota is explained by its concept page, unless requests are said to fail on it:
    // then they met status 432 (`所有请求都会出现并发超限的错误`).
    const quotaCode = resource?.code === 'concept:concurrency' && CONCURRENCY_ERRORS.test(text) ? '432' : resource?.code;
    // A quota's concept page explains it; it is no exact match of a message, so messages are still read.
    if (resource && quotaCode) note(quotaCode, SCORE.messagePart + 300, { reason: concepts.has(quotaCode) ? 'concept' : 'in-text', why: resource.pattern.exec(text)![0] });
    // A code package said to be too large (`function.zip is 24 MB, exceeds the inline limit`, `代码包大于
    // 50MB`): the API's refusal of a request that large, then the inline package's own code.
    if (platform?.platform !== 'openyuanrong' && CODE_PACKAGE.test(text)) {
      const large = PACKAGE_TOO_LARGE.exec(text);
      if (large) ['RequestSizeLimitExceeded', 'InvalidParameterValue.InlineZipFile'].forEach((code, index) => note(code, SCORE.phrase + 150 - index * 10, { reason: 'phrase', why: `${CODE_PACKAGE.exec(text)![0]} … ${large[0]}` }));
    }
    // A management call refused for want of permission (`权限问题导致部署失败`, `sls deploy: you are not
    // authorized`) is CAM's refusal of the API action, or SCF's missing service role when the text names a role.
    // The API's own refusal (`you are not authorized to perform operation (scf:CreateFunction)`) is left to
    // its messages, which tell its codes apart.
    if (platform?.platform !== 'openyuanrong' && MANAGEMENT.test(text) && NOT_PERMITTED.test(text) && !/EACCES|EPERM|errno|not authori[sz]ed to perform/i.test(text)) {
      const refused = NOT_PERMITTED.exec(text)![0];
      const codes = SERVICE_ROLE.test(text) ? ['FailedOperation.QcsRoleNotFound', 'UnauthorizedOperation.CAM'] : ['UnauthorizedOperation.CAM', 'AuthFailure.UnauthorizedOperation'];
      codes.forEach((code, index) => note(code, SCORE.phrase + 150 - index * 10, { reason: 'phrase', why: `${MANAGEMENT.exec(text)![0]} … ${refused}` }));
    }
    // A resource said to be missing (`Region ap-guangzhou not exist namespace default`, `别名不存在`) is
    // the API's ResourceNotFound code of that resource: the nearest one to the words that say so.
    const missing = NOT_EXIST.exec(text);
    if (missing) {
      // What follows the words in another clause is not what is missing: `云函数未找到，请检查环境配置` misses
      // the function, and the environment is the advice's. What comes before may be (`云函数调用失败，提示 "not found"`).
      const clause = clauseEnd(text, missing.index + missing[0].length);
      // A function missing is the API's in a management call, or on SCF when nothing was called (a tool's
      // `namespace default not exist function hello_world`); status 435's when it was called, or when a Mini
      // Program or CloudBase says 云函数不存在, which their calls print.
      // A caller that could not find it (`小程序无法找到该云函数`) was invoking it, whatever deploy words surround it.
      const byCaller = MISSING_FOR_CALLER.test(text);
      const invoked = (platform?.api !== true || byCaller) && platform?.platform !== 'openyuanrong' && (INVOKED.test(text) || /云函数/.test(text) || byCaller);
      // With no platform named, a deploy tool's words (`creating it first`, `Use --create for the initial
      // deployment`) say the function was being managed.
      const managed = (platform?.api === true && !byCaller) || (platform?.platform === 'tencent-scf' && !invoked) || (platform === undefined && !invoked && MANAGEMENT.test(text));
      // A WeChat open API the function called that failed (`urlscheme.generate:fail … env not exists`) speaks
      // of its own parameters: the function ran in its environment, whatever the API says of one.
      const candidates = MISSING_RESOURCES.filter(({ management, code }) => (management === undefined || (management ? managed : invoked)) && !(openApiFail && code === 'ResourceNotFound.Namespace'));
      // 找不到 / 未找到 / 无法找到 name what follows them; 不存在 and `not found` what comes before.
      // A tool's `namespace default not exist function hello_world` names what is missing right after.
      const next = text.slice(missing.index + missing[0].length);
      const namedAfter = /not exists?$/i.test(missing[0]) && candidates.some(({ pattern }) => new RegExp(`^\\s*(?:${pattern.source})`, 'i').test(next));
      // `未在环境列表中找到` and `不在函数列表中` name what comes before them, as 不存在 does; 缺少 what follows
      // (`缺少云函数：login`), when that is a resource and not its parameter or permission.
      const side = namedAfter ? 'after' : /^[未不]在|不存在|not found|does/i.test(missing[0]) ? 'before' : /找不到|找到|find$|^缺少$/i.test(missing[0]) ? 'after' : 'either';
      const nearest = (towards: typeof side, within: number, beyond = 0) =>
        candidates
          .map((resource) => ({ resource, at: nearestTo(resource.pattern, clause, missing.index, missing[0].length, towards, beyond) }))
          .filter(({ at }) => at >= 0 && at <= within)
          .sort((a, b) => a.at - b.at)[0]?.resource;
      // Chinese also puts what is missing right before 未找到 (`云函数未找到，请部署后再试`).
      // A place the resource is missing from, written right before the words (`当前账号下不存在 xxx 环境`,
      // `在当前云环境中不存在`), is a container, not what is missing: what follows is, or what comes before it.
      const container = /^不存在/.test(missing[0]) && /[下中里内]$/.test(text.slice(0, missing.index));
      const near = container
        ? nearest('after', MISSING_DISTANCE) ?? nearest('before', MISSING_DISTANCE, CONTAINER_GAP)
        : nearest(side, MISSING_DISTANCE) ?? (side === 'after' && /[\u3400-\u9fff]/.test(missing[0]) ? nearest('before', 0) : undefined);
      const why = near && `${near.pattern.exec(text)![0]} … ${missing[0]}`;
      // With no platform named it is a guess, which a whole upstream message still outranks (`Function
      // metadata does not exist` is openYuanrong's).
      if (near) note(near.code, SCORE.phrase + 150, { reason: near.management === false || platform === undefined ? 'phrase' : 'in-text', why: why! });
    }
    // A resource said to exist already (`定时触发器已存在`, `alias prod already exists`) is the API's
    // ResourceInUse code of the resource named nearest before the words.
    const exists = platform?.platform === 'openyuanrong' ? null : ALREADY_EXISTS.exec(text);
    if (exists) {
      const inUse = MISSING_RESOURCES.map((resource) => ({ code: resource.code.replace(/^ResourceNotFound\./, 'ResourceInUse.'), pattern: resource.pattern, at: nearestTo(resource.pattern, text, exists.index, exists[0].length, 'before') }))
        .filter(({ code, at }) => code.startsWith('ResourceInUse.') && apiCodes.has(code.toLowerCase()) && at >= 0 && at <= MISSING_DISTANCE)
        .sort((a, b) => a.at - b.at)[0];
      if (inUse) note(apiCodes.get(inUse.code.toLowerCase())!.code, SCORE.phrase + 150, { reason: 'in-text', why: `${inUse.pattern.exec(text)![0]} … ${exists[0]}` });
    }
    const entryFile = platform?.platform === 'openyuanrong' || REQUIRED_MODULE.test(text) ? null : ENTRY_FILE.exec(text);
    const entryMissing = entryFile ? NOT_FOUND_NEAR.exec(text) : null;
    const entryApart = entryFile && entryMissing ? nearestTo(ENTRY_FILE, text, entryMissing.index, entryMissing[0].length, 'either') : -1;
    if (entryFile && entryMissing && entryApart >= 0 && entryApart <= MISSING_DISTANCE) {
      note('437', SCORE.phrase + 150, { reason: 'phrase', why: `${entryMissing[0]} … ${entryFile[0].replace(/^[^A-Za-z]+/, '')}` });
    }
    // A call refused for the function's own status (`当前函数处于Updating状态，无法进行此操作`): the status
    // error, then the action named. openYuanrong's functions have no such statuses.
    const refusal = platform?.platform === 'openyuanrong' ? undefined : readStatusRefusal(text, (code) => apiCodes.has(code.toLowerCase()));
    refusal?.codes.forEach((code, index) => note(code, SCORE.phrase + 150 - index * 10, { reason: 'phrase', why: refusal.why }));
    // A function called in such a status answers 438 (not in a normal state), which explains the statuses too.
    if (refusal) note('438', SCORE.phrase + 150 - refusal.codes.length * 10, { reason: 'phrase', why: refusal.why });
    // A tool's report that an action failed (`[hello] 删除触发器失败：…`): that action's own failure code,
    // below every phrase, since words that say why it failed (`cron`) or the API's answer after it say more.
    const failedAction = platform?.platform === 'openyuanrong' ? undefined : readActionFailure(text, (code) => apiCodes.has(code.toLowerCase()));
    // An action said to have failed before advice to check the function's status (`Deploying my-func trigger
    // failed. Please check function status.`) is the call that failed: it leads the status error.
    // An action spelled as the API spells it (`PublishVersion … 失败`) names the call beyond doubt: it leads
    // the phrases that only describe a failure.
    if (failedAction) note(failedAction.code, refusal && !refusal.statusNamed ? SCORE.phrase + 160 : failedAction.named ? SCORE.phrase + 100 : SCORE.phrase - 10, { reason: 'phrase', why: failedAction.why });
    for (const match of text.matchAll(API_CODE_FIELD)) {
      const entry = apiCodes.get(match[1]!.toLowerCase());
      if (entry) note(entry.code, SCORE.codeField, { reason: 'code-field', why: match[0] });
      else noteFamily(match[1]!, SCORE.codeField - 2);
    }
    for (const match of text.matchAll(DOTTED_CODE)) {
      const entry = apiCodes.get(match[1]!.toLowerCase());
      if (entry) note(entry.code, SCORE.codeField - 1, { reason: 'in-text', why: match[1]! });
      else noteFamily(match[1]!, SCORE.codeField - 3);
    }
    // The data system's RPC diagnostics name the call and its peer before the reason (`[src]-QueryMeta->[dst]
    // Request timeout`, `Get->[dst] Request failed`): an RPC that failed, which the SDK reports as a
    // communication error.
    const rpc = RPC_ENDPOINT.exec(text);
    if (rpc) note(YR_RPC_FAILED, SCORE.phrase + 120, { reason: 'phrase', why: rpc[0] });
    // Code that reads the API's error object (`res.body.Response.Error.Code`) handles whatever code the
    // API answered: the page on the API's errors explains that object and its codes.
    const envelopeRead = API_ERROR_OBJECT.exec(text);
    if (envelopeRead) note('concept:api-errors', SCORE.phrase + 100, { reason: 'concept', why: envelopeRead[0] });
    // The Go SDK's constant of a code (`scf.RESOURCENOTFOUND_FUNCTION` for ResourceNotFound.Function):
    // the code in capitals, its dots written as underscores.
    for (const match of text.matchAll(SDK_CONSTANT)) {
      const entry = apiCodes.get(match[1]!.toLowerCase().replace(/_/g, '.'));
      if (entry) note(entry.code, SCORE.codeField - 1, { reason: 'in-text', why: match[1]! });
    }
    // "The value specified in the parameter Handler is not valid", "runtime参数错误", "函数Runtime不支持修改",
    // "不支持修改 runtime":
    // a request parameter named beside a complaint is the parameter code of that name, when SCF has one.
    for (const match of text.matchAll(PARAMETER_COMPLAINT)) {
      const written = (match[1] ?? match[2] ?? match[3] ?? match[4] ?? match[5] ?? match[6] ?? match[7] ?? match[8] ?? match[9] ?? match[10] ?? match[11] ?? match[12])!.toLowerCase();
      // A snake_case argument is the API's parameter without its underscores (`trigger_name` is
      // TriggerName), or without the switch before it (`enable_eip_config` sets EipConfig).
      // A deploy script's setting in capitals names the parameter after the platform's prefix
      // (`invalid SCF_FUNCTION_NAME` is FunctionName).
      const names = written.includes('_') ? [written.replace(/_/g, ''), written.replace(/^(?:enable|is|use|scf|tcb|tencentcloud|cloudbase)_/, '').replace(/_/g, '')] : [written];
      // A parameter said to be left out (`missing a required parameter Runtime`, `缺少必要参数 Code`) is
      // the MissingParameter code of that parameter, where it has one.
      const families = PARAMETER_MISSING.test(text) ? ['missingparameter', 'invalidparametervalue', 'invalidparameter'] : ['invalidparametervalue', 'invalidparameter', 'missingparameter'];
      const entry = names.flatMap((name) => families.map((family) => apiCodes.get(`${family}.${name}`))).find(Boolean);
      // A parameter's own code says more than the family's generic message around it.
      if (entry) note(entry.code, SCORE.template + 200, { reason: 'in-text', why: match[0] });
    }
    for (const match of text.matchAll(PARAMETER_BOUND)) {
      const name = match[1]!.toLowerCase();
      const codes = ['limitexceeded', 'invalidparametervalue'].map((family) => apiCodes.get(`${family}.${name}`)).filter((entry) => entry !== undefined);
      // A guess from the words, not a code the text names: never shown as an exact match.
      codes.forEach((entry, index) => note(entry.code, SCORE.phrase + 150 - index * 10, { reason: 'phrase', why: match[0] }));
    }
    const range = TIME_RANGE.exec(text);
    if (range && RANGE_BOUND.test(text)) {
      ['invalidparametervalue.datetime', 'invalidparametervalue.starttimeorendtime'].forEach((key, index) => {
        const entry = apiCodes.get(key);
        // Above a complaint about either end alone (`end_time - start_time can't greater then 1 day` names both).
        if (entry) note(entry.code, SCORE.template + 250 - index * 10, { reason: 'phrase', why: range[0] });
      });
    }
    // Each complaint, not only the first: a log's own `错误：` label may come before the one that names it.
    for (const complaint of text.matchAll(NAME_COMPLAINT)) {
      // The parameter named nearest before the complaint (`函数名称(my_func-)命名不符合规则`).
      const named = NAMED_PARAMETERS.map(([pattern, name]) => ({ name, at: nearestTo(pattern, text, complaint.index, complaint[0].length, 'before') }))
        .filter(({ at }) => at >= 0 && at <= NAMED_DISTANCE)
        .sort((a, b) => a.at - b.at)[0];
      const entry = named && ['invalidparametervalue', 'invalidparameter'].map((family) => apiCodes.get(`${family}.${named.name}`)).find(Boolean);
      if (entry) note(entry.code, SCORE.messagePart + 100, { reason: 'in-text', why: complaint[0] });
    }
    // People often drop the minus sign when they retype a wrapper code (`404011 和 504002 错误码`).
    // A wrapper's name (`INVOKE_FUNCTION_FAILED`) typed alone, or in JSON cut before its message, is the
    // wrapper all the same.
    const markers = [
      ...[...text.matchAll(WRAPPER_CODE)].map((match) => match[1]!),
      ...[...text.matchAll(UNSIGNED_WRAPPER_CODE)].map((match) => `-${match[1]!}`).filter((marker) => wrappers.has(marker)),
      ...[...text.matchAll(WRAPPER_NAME)].map((match) => match[1]!).filter((marker) => wrappers.has(marker)),
    ];
    for (const marker of new Set(markers)) {
      // The words beside a generic wrapper code (`-504002: 返回数据超过6MB限制`) may state the inner
      // error in plain words: when a measure or a phrase in them says what failed, they outrank the
      // wrapper's usual meaning, which stays as the fallback.
      const beside = text.split(marker.replace(/^-/, '')).join(' ');
      // A phrase that covers much of those words says so, and so does a long one however much else they say
      // (`handler not found，说明云函数未正确导出 exports.main`).
      const innerSays = readNumberHints(beside).length > 0 || matchPhrases(beside).some(({ phrase, coverage }) => coverage >= 0.3 || saysOnItsOwn(phrase.text));
      const seenAs = wrappers.get(marker) ?? [];
      // A code several resources share (`-501000` for a missing function and a missing environment): the
      // resource the words beside it name (`云开发环境未就绪 (-501000)`), the nearest when they name several,
      // decides between them: the others are left out.
      const at = text.indexOf(marker.replace(/^-/, ''));
      const named = MISSING_RESOURCES.filter(({ code }) => seenAs.some(({ entry, kind }) => kind === 'shared' && entry.code === code))
        .flatMap(({ pattern, code }) => [...text.matchAll(new RegExp(pattern.source, `${pattern.flags.replace('g', '')}g`))].map((match) => ({ code, distance: Math.abs(match.index - at) })))
        .sort((a, b) => a.distance - b.distance)[0]?.code;
      for (const { entry, kind, template } of seenAs) {
        if (kind === 'names') note(entry.code, SCORE.wrapperCode, { reason: 'code-field', why: marker });
        // A generic wrapper code without its inner error (`-504002` alone): the wrapper's usual
        // meaning, explained by its seen-as note; any inner evidence in the text scores higher.
        else if (kind === 'wraps') note(entry.code, innerSays ? SCORE.phrase : SCORE.wrapperAlone, { reason: 'envelope', why: marker, template, envelope: [marker] });
        // A wrapper code written out (`-501000 无权限`) says more than a generic phrase beside it (调用失败);
        // a shared one beside no resource says less than words that state what failed
        // (`-501000 response size exceeded 1048576 bytes`): they lead, and its resources follow.
        else if (!named || kind !== 'shared' || entry.code === named) note(entry.code, kind === 'shared' && !named && innerSays ? SCORE.phrase : SCORE.phrase + WRAPPER_CODE_WEIGHT, { reason: 'message-part', why: marker, template });
      }
    }
    // Outside a management call a shared name is the status's first, and the API code of the same
    // spelling follows as a weaker reading (`关于 InvalidParameterValue 不太理解`): the text alone does not
    // say which of the two the writer met.
    if (!platform?.api) for (const rule of managementRules) if (rule.match(text)) note(rule.entry.code, SCORE.phrase, { reason: 'message-part', why: rule.why });
    for (const rule of platform?.api ? [...rules, ...managementRules] : rules) {
      const values = rule.match(text);
      if (!values) continue;
      note(rule.entry.code, rule.weight, { reason: rule.reason, why: rule.why });
      if (rule.template && rule.weight > (templates.get(rule.entry.code)?.weight ?? -1)) {
        templates.set(rule.entry.code, { weight: rule.weight, template: rule.template, values });
      }
    }
    const report = readReportLine(text);
    if (report) note(report.code, SCORE.report, { reason: 'report', why: report.why });
    const trace = readTrace(text);
    if (trace) TRACE_CODES[trace.stage].forEach((code, index) => note(code, SCORE.trace - index, { reason: 'trace', why: trace.frames[0]! }));
    // Loader frames under the runtime's own words that the handler is missing (`function main_handler not
    // found in /var/runtime/php74/bootstrap.php`): the loader was looking for the handler, which decides.
    // Frames of any stage under an error that ended the process (PHP's `Fatal error:`): the process exited.
    const stated = readExceptionType(text);
    if (trace && ((stated?.stage === 'handler' && trace.stage === 'load') || stated?.stage === 'exit')) {
      TRACE_CODES[stated.stage].forEach((code, index) => note(code, SCORE.trace + 10 - index, { reason: 'trace', why: stated.type }));
    }
    // Without frames, the exception's type still says whether the function was loading or running:
    // on SCF. A Java or Python exception in an openYuanrong log says nothing of SCF's stages.
    const exception = trace ? undefined : stated;
    if (exception && platform?.platform === 'openyuanrong') {
      // On openYuanrong, an exception raised while running (`java.nio.file.NoSuchFileException at …`) is
      // most likely the user function's own: a guess at 2002, behind any status or message the text
      // names. (The SDK raises its own errors as RuntimeError: `RuntimeError: yr.init cannot be called twice`.)
      if (exception.stage === 'run' && !/^RuntimeError\b/.test(exception.type)) note(YR_USER_EXCEPTION, SCORE.phrase + 80, { reason: 'phrase', why: exception.type });
    } else if (exception) TRACE_CODES[exception.stage].forEach((code, index) => note(code, SCORE.exceptionType - index, { reason: 'exception', why: exception.type }));
    // An HTTP status followed by an API code spelled out in words (`400 invalid parameter value`, `404
    // resource not found`) is how SDKs and tools print the API's error: in a management call or beside the
    // API or an SDK, the code comes ahead of the status of that number (400 and 500 carry the same names).
    if (platform?.platform !== 'openyuanrong' && (MANAGEMENT.test(text) || /\b(?:API|SDK)\b/.test(text))) {
      for (const match of text.matchAll(STATUS_THEN_WORDS)) {
        const words = match[2]!.split(/\s+/);
        const named = words.map((_, count) => apiCodes.get(words.slice(0, words.length - count).join('').toLowerCase())).find(Boolean);
        if (named && !named.code.includes('.')) note(named.code, SCORE.bareNumber + 50, { reason: 'in-text', why: match[0] });
      }
    }
    // A status written against its word (`出现HTTP405`, `http502`) is that status, as `HTTP 405` is: the
    // second alternative, which needs no check of what glues to it.
    for (const match of text.matchAll(/(?<![\w.-])(\d{3,6})(?![\w-]|\.\w)|(?<![\w./-])HTTP(\d{3})(?![\w-]|\.\w)/gi)) {
      const glued = match[2];
      const number = (match[1] ?? glued)!;
      // A code number the reader typed in a question ("腾讯云函数返回432") outweighs everyday words;
      // a port, a duration with its unit, a line number or part of an id does not count.
      // 200 is success: in a text that reports a failure it is an HTTP status beside it, not the answer.
      if (number === '200' && reportsAFailure(text)) continue;
      if (glued || !isNotACode(text, match.index, match[0].length)) note(number, SCORE.bareNumber, { reason: 'in-text', why: glued ? match[0] : number });
    }
    if (found.size === 0) {
      // A message typed without its numbers or wrapped in a question: its words inside a template,
      // or quoted from memory (src/lib/search/recall.ts).
      // Filler goes from each clause too: `请问 Bootstrap not executable，…` quotes the message in its first clause.
      // A Chinese colon introduces the message a question quotes (`这个报错是什么意思：Bootstrap not executable`).
      const clauses = text.split(/[,，。!！?？;；：]+|(?<=[\u3400-\u9fff]):/);
      // A tool's words before `: ` (`sls deploy error: you are not authorized…`) are no part of the message.
      const tails = text.split(/:\s+/).slice(1).map((_, index, parts) => parts.slice(index).join(': '));
      // A Chinese note glued to a pasted English message (`release接口 Bootstrap not executable`) leaves
      // the message as a run of Latin words between Chinese ones.
      // Only a run of three words or more that holds no path counts: a file name between Chinese words is no message.
      const latinRuns = /[\u3400-\u9fff]/.test(text) ? text.split(/[\u3400-\u9fff\u3000-\u303f\uff00-\uffef]+/).filter((run) => /^\s*[a-z]+(?:\s+[a-z]+){2,}\s*$/i.test(run)) : [];
      const pieces = [text, stripFiller(text), ...quotedParts(text), ...clauses, ...clauses.map(stripFiller), ...tails, ...latinRuns];
      // Quotes and brackets at a piece's edges are the question's, not the message's.
      for (const typed of new Set(pieces.map((t) => t.toLowerCase().replace(/\s+/g, ' ').trim().replace(/^["'“”‘’「」『』《》()（）\[\]]+|["'“”‘’「」『』《》()（）\[\]]+$/g, '')))) {
        // A piece that is only a response's field names (`{"errorCode":-1,"errorMessage":`) is in every
        // console message and says nothing of which one.
        if (typed.length < MIN_MESSAGE_PART || typed.replace(FIELD_KEYS, '').replace(/[^\p{L}]/gu, '').length < MIN_MESSAGE_LETTERS) continue;
        const typedStems = stemsOf(typed);
        for (const { entry, skeleton, stems, why } of skeletons) {
          if (skeleton.includes(typed) || recalledIn(typedStems, stems)) note(entry.code, SCORE.messagePart + typed.length, { reason: 'message-part', why });
        }
      }
      // A setting named in a question (`recoverRetryTimes小于0`) points at the messages that print it.
      // A response's own field names (`errorMessage`) are not settings.
      for (const identifier of identifiersOf(text).filter((name) => name.replace(FIELD_KEYS, '') !== '')) {
        for (const { entry, skeleton, why } of skeletons) {
          if (namesIdentifier(skeleton, identifier)) note(entry.code, SCORE.phrase + identifier.length, { reason: 'message-part', why });
        }
      }
    }
    // A measure that says what failed ("超过900秒", "port 9000", "20qps") is worth a phrase's guess.
    for (const hint of readNumberHints(text)) note(hint.code, SCORE.phrase + 60, { reason: 'phrase', why: hint.why });
    // "函数最长执行时间，可选值范围 1-900 秒": the values a setting allows, not a run that took 900 seconds;
    // "定时器名称超过60个字符": a named value over its length, even in a report of what failed.
    for (const setting of [readAllowedValues(text), readTooLong(text)]) {
      setting?.codes.forEach((code, index) => note(code, SCORE.messagePart - 20 - index, { reason: concepts.has(code) ? 'concept' : 'phrase', why: setting.why }));
    }
    // Phrases add up: "timed out" + "cold start" points at the init timeout more than either alone.
    // A concept page a phrase names first explains a setting; when the text says the limit was
    // passed, the phrase's code for that failure comes first ("执行超时时间3秒…执行时间超了" is a 433).
    const failing = LIMIT_PASSED.test(text);
    // "调度失败：非法参数", "deploy failed: timeout": the words after the failure say why it failed,
    // and the stage before them only where.
    const reason = FAILED_BECAUSE.exec(text)?.[1];
    const because = new Set(reason ? matchPhrases(reason).map(({ phrase }) => phrase) : []);
    const phraseScores = new Map<string, { score: number; why: string }>();
    // A failure said without its kind (调用失败, execution failed) counts for little beside words that
    // say what failed (`调用失败，任务超时`): the reason outweighs the bare report of a failure.
    // The developer tools' menu item a remedy names (`右键「上传并部署：云端安装依赖」`) says nothing failed
    // with the dependencies: what failed is in the rest of the text.
    const phrasesMatched = matchPhrases(text.replace(DEPLOY_MENU_ITEM, '上传并部署')).map((match) => ({ ...match, bare: BARE_FAILURE.test(match.phrase.text) }));
    const specific = phrasesMatched.some(({ bare }) => !bare);
    // A call that timed out on its way somewhere (`云函数访问外网超时`) is a run that timed out: a phrase
    // naming that place's setting (public network access, fixed egress IP) says only where, so the API's
    // codes it names count for little beside the timeout, unless the text is a management call or the
    // phrase itself names the timeout or a failure (`函数代码更新失败`, `日志查询报错`: an operation that failed).
    const ranOutOfTime = namesATimeout(text) && platform?.api !== true;
    for (const { phrase, coverage: matched, bare } of phrasesMatched) {
      const coverage = specific && bare ? matched * 0.4 : matched;
      const onlyWhere = ranOutOfTime && !namesATimeout(phrase.text) && !reportsAFailure(phrase.text);
      phrase.codes.forEach((code, index) => {
        const weight = onlyWhere && byCode.get(code)?.catalog === 'scf-api' ? 0.3 : 1;
        const previous = phraseScores.get(code);
        const rank = failing && index === 0 && concepts.has(code) && phrase.codes.length > 1 ? 1.5 : index;
        // A phrase that names a code never counts against it: in a long question a phrase's later codes
        // would otherwise fall below codes no phrase after it named.
        const score = (previous?.score ?? 0) + Math.max(1, Math.round(coverage * weight * 100) - rank * 5) + (because.has(phrase) ? 15 : 0);
        phraseScores.set(code, { score, why: previous ? `${previous.why} + ${phrase.text}` : phrase.text });
      });
    }
    // A report line with memory to spare names "Memory" as a field: that is no sign of the memory limit.
    if (reportShowsMemoryLeft(text)) phraseScores.delete('434');
    for (const [code, { score, why }] of phraseScores) {
      note(code, SCORE.phrase + Math.min(score, SCORE.bareNumber - SCORE.phrase - 1) + (concepts.has(code) ? 1 : 0), { reason: concepts.has(code) ? 'concept' : 'phrase', why });
    }
    // A WeChat open API the function's own code called and that failed (`openapi.security.msgSecCheck:fail`,
    // `urlscheme.generate:fail`): the function ran and its call raised, unlike the caller's
    // `cloud.callFunction:fail`, which wraps whatever the function did.
    if (openApiFail) note('430', SCORE.phrase + 40, { reason: 'phrase', why: openApiFail[0] });
    // A deploy's output or a configuration that shows the handler empty (`handler:      ` at a line's end,
    // `"Handler": ""`): the runtime has no entry point to call, which the handler page explains.
    const emptyHandler = EMPTY_HANDLER.exec(text);
    if (emptyHandler) note('concept:handler', SCORE.phrase + 100, { reason: 'concept', why: emptyHandler[0].trim() });
    // "Works locally, fails in the cloud": a guess in the order such reports usually resolve.
    // It is a guess for a text that names no error of its own: a message, a code or a wrapper's code it
    // quotes (`部署后调用云函数一直报错：errCode: -501000`) says more.
    const named = [...found.values()].some(({ hit }) => hit.reason !== 'phrase' && hit.reason !== 'concept');
    const local = named ? undefined : worksLocally(text);
    if (local) local.codes.forEach((code, index) => note(code, SCORE.phrase + 90 - index * 10, { reason: 'phrase', why: local.why }));
    // A question about a setting ("how do I scale", "默认…并发数量上限") is answered by the page that
    // explains it, ahead of the codes its words guess at, but never ahead of a matched message.
    askedConcepts(text).forEach(({ slug, why }, index) => note(`concept:${slug}`, SCORE.askedConcept - index, { reason: 'concept', why }));
    for (const [code, { hit }] of found) {
      const matched = templates.get(code);
      if (matched) hit.template = matched.template;
      if (matched && Object.keys(matched.values ?? {}).length) hit.values = matched.values;
    }
    return found;
  }
}

/**
 * An exception's own message after its type (`ValueError: Get params size is not equal to keys size`):
 * the type says only at which stage an SCF function failed, while a message an SDK or the API raises
 * says which check failed, so such a message is still looked for.
 */
const EXCEPTION_MESSAGE = /\b[A-Z]\w*(?:Error|Exception)\s*:\s*[^\n]{12,}/;

/** Latin words beside a runtime's own words for an error that may be a known message around them. */
const MIN_WORDS_AROUND = 4;

/**
 * Whether a hit stands only on an exception's type while the query also quotes the exception's message,
 * or on a runtime's words for an error (`division by zero`) inside a longer message that may be a known
 * one (`exception happens when executing user's function: division by zero`).
 */
function isOpenException(hit: LookupHit | undefined, query: string | undefined): boolean {
  if (hit?.reason !== 'exception' || query === undefined) return false;
  if (EXCEPTION_MESSAGE.test(query)) return true;
  const around = hit.why && !/(?:Error|Exception)$/.test(hit.why) ? query.replace(hit.why, ' ') : '';
  return (around.match(/[A-Za-z]{3,}/g) ?? []).length >= MIN_WORDS_AROUND;
}

/** A concept page as a lookup entry; concept pages explain SCF's settings, so they sit with its catalog. */
function conceptEntryOf(concept: LookupConcept): LookupEntry {
  return { code: `concept:${concept.slug}`, catalog: 'scf', title: concept.title };
}

/**
 * A failure on SCF reported without any detail (`想问一下用腾讯云函数报错问题出在哪了`), when nothing else
 * answered: the function's own code raising is the most common cause, then a package that fails to
 * load; a weak guess at both. A failure in a part of openYuanrong's data system (`RoCE … failed`) is a
 * weak guess at its code for a data-system failure. Empty for any other text.
 */
export function guessVagueFailure(query: string, entries: readonly LookupEntry[]): LookupHit[] {
  const platform = platformOf(query);
  if (!reportsAFailure(query)) return [];
  const part = platform?.platform === 'openyuanrong' ? DATA_SYSTEM_PART.exec(query) : null;
  if (part) {
    const entry = entries.find((candidate) => candidate.code === VAGUE_DATA_SYSTEM_FAILURE);
    return entry ? [{ entry, reason: 'phrase' as const, why: part[0] }] : [];
  }
  if (platform?.platform !== 'tencent-scf' || platform.api) return [];
  return weakGuesses(VAGUE_FAILURE, entries, platform.evidence);
}

/** Weak guesses at codes, in order, each with the words that made them. */
function weakGuesses(codes: readonly string[], entries: readonly LookupEntry[], why: string): LookupHit[] {
  return codes.flatMap((code) => {
    const entry = entries.find((candidate) => candidate.code === code);
    return entry ? [{ entry, reason: 'phrase' as const, why }] : [];
  });
}

/**
 * A failure logged by openYuanrong's source (a line with its log format's blank, `{}`) whose message no
 * source lists and whose words the full text finds together on no page (`failed to stat file for upload:
 * {}`): a weak guess at the codes most such failures get, 3003 then 4299. Empty for any other text: a
 * sentence in someone's own words is better read by its words.
 */
export function guessUnlistedFailure(query: string, entries: readonly LookupEntry[]): LookupHit[] {
  const platform = platformOf(query);
  if (platform?.platform !== 'openyuanrong' || !LOG_FORMAT_BLANK.test(query) || !reportsAFailure(query)) return [];
  return weakGuesses(VAGUE_OPENYUANRONG_FAILURE, entries, platform.evidence);
}

/**
 * The hits with guesses on the platform the query names ahead of another platform's guesses, whichever
 * reader made them: the lookup's phrase for SCF's 434 gives way to an openYuanrong message's piece when
 * the line shows openYuanrong (`[ObjectKey k1] Out of memory`). Firm hits keep their places.
 */
export function namedPlatformFirst(hits: readonly LookupHit[], query: string): LookupHit[] {
  const signal = platformOf(query);
  if (!signal) return [...hits];
  const other = (hit: LookupHit) => !STRONG_REASONS.has(hit.reason) && !hit.concept && CATALOG_PLATFORM[hit.entry.catalog] !== signal.platform;
  const lead = hits.findIndex((hit) => !STRONG_REASONS.has(hit.reason));
  if (lead < 0) return [...hits];
  const rest = hits.slice(lead);
  return [...hits.slice(0, lead), ...rest.filter((hit) => !other(hit)), ...rest.filter(other)];
}

/** Reasons of a guess by words, which a concept page may explain better than the code it guessed. */
const WORD_GUESSES: ReadonlySet<LookupReason> = new Set(['phrase', 'message-part']);

/**
 * The hits with the concept page of a guessed code offered second: a text whose words guess at a code
 * (`一个云函数在运行15分钟后会超时`, 433 by 超时) more often talks about the setting the code's concept page
 * explains than pastes the error, so the page that explains it comes right after the guess, when the
 * first three do not already hold it. A firm first hit (a message, a field, a frame) keeps its list.
 */
export function withExplainingConcept(hits: readonly LookupHit[], concepts: readonly LookupConcept[]): LookupHit[] {
  const first = hits[0];
  if (!first || !WORD_GUESSES.has(first.reason) || first.concept) return [...hits];
  const concept = concepts.find(({ codes }) => codes?.includes(first.entry.code));
  if (!concept || hits.slice(0, 3).some((hit) => hit.concept?.slug === concept.slug)) return [...hits];
  const rest = hits.slice(1).filter((hit) => hit.concept?.slug !== concept.slug);
  return [first, { entry: conceptEntryOf(concept), concept, reason: 'concept', why: first.why ?? '' }, ...rest];
}

/**
 * Whether the lookup's first hit is firm enough that no further messages need to be read; with the
 * query, an exception whose message is quoted (`ValueError: …`) is not, since its message may be a known one.
 */
export function isFirm(hits: readonly LookupHit[], query?: string): boolean {
  return hits[0] !== undefined && STRONG_REASONS.has(hits[0].reason) && !isOpenException(hits[0], query);
}

/**
 * Whether a query needs the upstream messages (src/lib/search/upstream.ts): it has words to key them,
 * the lookup found nothing it can stand on, and the query does not name Tencent Cloud (whose
 * messages are all in the lookup already).
 */
export function needsUpstream(query: string, hits: readonly LookupHit[]): boolean {
  if (isFirm(hits, query)) return false;
  if (platformOf(query)?.platform === 'tencent-scf') return false;
  return keyWordsOf(query).length > 0;
}

/**
 * The lookup's hits with the openYuanrong statuses a query names first: `K_RPC_DEADLINE_EXCEEDED`
 * decides over everything but another status, and the status's own number (`code=1001`) no longer
 * counts as the code of that number.
 */
export function mergeStatuses(hits: readonly LookupHit[], statuses: readonly StatusHit[], entries: readonly LookupEntry[]): LookupHit[] {
  if (statuses.length === 0) return [...hits];
  const byCode = new Map(entries.map((entry) => [entry.code, entry]));
  const numbers = new Set(statuses.flatMap((status) => (status.number === undefined ? [] : [String(status.number)])));
  const named = statuses.flatMap((status): LookupHit[] => {
    const entry = byCode.get(status.code);
    return entry ? [{ entry, reason: 'code-field', why: status.why }] : [];
  });
  const kept = hits.filter((hit) => !(numbers.has(hit.entry.code) && (hit.reason === 'code-field' || hit.reason === 'in-text' || hit.reason === 'code')));
  const seen = new Set<string>();
  return [...named, ...kept].filter((hit) => !seen.has(hit.entry.code) && seen.add(hit.entry.code));
}

/**
 * The lookup's hits with the messages a query matched (upstream or the API's): a whole message that
 * says enough outranks guesses by words; a short one, or a piece of one, comes after them. In a
 * management call (`management`: a deploy tool's or an SDK's line) any whole API message outranks
 * them: `部署失败：函数不存在。` is the API's answer, and 部署失败 only says where it came from.
 * With `wording` (source titles by id), the hits are sentences of the vendors' tables, ranked the
 * same way and explained by the document they come from.
 */
export function mergeUpstream(hits: readonly LookupHit[], upstream: readonly UpstreamHit[], entries: readonly LookupEntry[], management = false, wording?: Readonly<Record<string, string>>): LookupHit[] {
  const byCode = new Map(entries.map((entry) => [entry.code, entry]));
  // A whole message of some length names its code; a short one ("out of memory") or a piece of one is a
  // guess that curated phrases outrank. A short one with a blank (`{text} not exist`) fits any sentence
  // of that shape: no exact answer.
  // A short whole message that names a code the query's words also point at is two signs agreeing:
  // it says enough (`etcd is unavailable` beside the word etcd, which several codes share).
  const guessed = new Set(hits.filter((hit) => !STRONG_REASONS.has(hit.reason)).map((hit) => hit.entry.code));
  // A piece the query quotes in code marks or quotes is the message it is about, ahead of guesses by words.
  const telling = (hit: UpstreamHit) => hit.quoted === true || (hit.reason === 'message' && (management || hit.whole === true || hit.specificity >= MIN_TELLING_MESSAGE || guessed.has(hit.code)));
  const toHit = (hit: UpstreamHit): LookupHit[] => {
    const entry = byCode.get(hit.code);
    // A sentence of a vendor's table (`wording`: the source titles by id) is shown by its source, not as a message.
    if (wording) return entry ? [{ entry, reason: 'wording', why: wording[hit.template] ?? hit.template }] : [];
    // A short message is certain only typed alone (`not found`); inside a longer text (`The specified
    // version is not found.`), or with a blank that fits any sentence of its shape, it is a guess.
    const reason = hit.reason === 'message' && !telling(hit) && (hit.template.includes('{') || !hit.whole) ? 'message-part' : hit.reason;
    return entry ? [{ entry, reason, why: hit.template, template: hit.template }] : [];
  };
  const whole = upstream.filter(telling).flatMap(toHit);
  const rest = upstream.filter((hit) => !telling(hit)).flatMap(toHit);
  // The lookup's leading strong hits keep their place; the lookup's own order stands after them (a
  // wrapper's generic code the lookup put behind the inner error's words stays behind them). An
  // exception's type alone (`ValueError`) gives way to the whole message it carries.
  const lead = hits.findIndex((hit) => !STRONG_REASONS.has(hit.reason) || hit.reason === 'exception');
  const before = lead < 0 ? hits : hits.slice(0, lead);
  const after = lead < 0 ? [] : hits.slice(lead);
  const strongAfter = after.filter((hit) => STRONG_REASONS.has(hit.reason));
  const weak = after.filter((hit) => !STRONG_REASONS.has(hit.reason));
  // Strong hits behind the first weak one keep their order among the weak, unless the first of them is
  // an exception's type, which the rest of the strong evidence still follows as before.
  const ordered = after[0]?.reason === 'exception' ? [...strongAfter, ...weak] : after;
  const seen = new Set<string>();
  return [...before, ...whole, ...ordered, ...rest].filter((hit) => !seen.has(hit.entry.code) && seen.add(hit.entry.code));
}

/** What a wrapper code written in the text adds to a phrase's weight for the code it stands for. */
const WRAPPER_CODE_WEIGHT = 50;

/** Characters a phrase needs to say what failed on its own, a Chinese character counting twice. */
const TELLING_PHRASE = 12;

/** Whether a phrase is long enough to say what failed on its own (`handler not found`, not `调用失败`). */
function saysOnItsOwn(text: string): boolean {
  const words = text.replace(/\s*…\s*/g, '');
  return words.length + cjkCount(words) >= TELLING_PHRASE;
}

/** How much of an inner error a reason quotes. */
const EXCERPT_LENGTH = 120;

/** The start of a long text, cut at a word where it can be, for a reason shown to the reader. */
function excerpt(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= EXCERPT_LENGTH) return flat;
  const cut = flat.slice(0, EXCERPT_LENGTH);
  const space = cut.lastIndexOf(' ');
  return `${space > EXCERPT_LENGTH / 2 ? cut.slice(0, space) : cut}…`;
}

/** Punctuation that ends a clause in Chinese, or a sentence in either language. */
const CLAUSE_END = /[，。；！？\n;]|[.!?](?=\s|$)/g;

/** The text with everything after the clause that goes on at `end` blanked, so positions still hold. */
function clauseEnd(text: string, end: number): string {
  const next = [...text.matchAll(CLAUSE_END)].find((match) => match.index >= end);
  return next === undefined ? text : text.slice(0, next.index) + ' '.repeat(text.length - next.index);
}

/** A name or an id with digits, dashes or underscores in it (`cloud1-9gu9ppxt5c82bbc1`, `my_func-v2`). */
const IDENTIFIER = /[A-Za-z0-9_.:@/-]*[0-9_-][A-Za-z0-9_.:@/-]*/g;
/** How long such a name must be to count as one character: a short word with a digit (`Base64`) is still words. */
const LONG_IDENTIFIER = 8;

/**
 * The length of the text between a resource and the words that say it is missing, an identifier counted
 * (a long one) as one character: the name a message prints between them (`环境 cloud1-9gu9ppxt5c82bbc1 未在…找到`)
 * does not take the resource out of reach, however long it is.
 */
function gapLength(gap: string): number {
  return gap.replace(IDENTIFIER, (name) => (name.length >= LONG_IDENTIFIER ? 'x' : name)).length;
}

/**
 * How far the nearest match of a pattern lies from the words at `position` (of `length` characters), on
 * the given side of them, at least `beyond` characters away; -1 when there is none.
 */
function nearestTo(pattern: RegExp, text: string, position: number, length: number, side: 'before' | 'after' | 'either', beyond = 0): number {
  const global = new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`);
  let best = -1;
  for (const match of text.matchAll(global)) {
    const end = match.index + match[0].length;
    const before = end <= position ? gapLength(text.slice(end, position)) : -1;
    const after = match.index >= position + length ? gapLength(text.slice(position + length, match.index)) : -1;
    const distance = side === 'before' ? before : side === 'after' ? after : Math.max(before, after);
    if (distance >= beyond && (best < 0 || distance < best)) best = distance;
  }
  return best;
}
