/**
 * The platform a query names or reveals. A question that says 腾讯云, 云函数, SCF or CloudBase, or a
 * paste whose paths and formats are SCF's (`/var/user/`, `/var/runtime/`, `RequestId:`, `tccli`,
 * `TencentCloudSDKException`, the API's `SecretId` credential, a region id such as `ap-guangzhou`, CloudBase tools' `(reqId: …)`, an API action
 * a deploy tool prints before its message: `[UpdateFunctionCode]`; not `[Invoke]`, which calls the function), is about
 * Tencent Cloud; one that says openYuanrong, or shows its SDK (`yr.init`, `YRInvokeError`, `ErrCode`), is
 * about openYuanrong. The platform decides which catalogs come first before any shared word does.
 */
import type { PlatformId } from '../model/vocabulary.ts';

/** The platform of a query and what revealed it. */
export interface PlatformSignal {
  platform: PlatformId;
  /** The words or formats that named it, as they appear in the query. */
  evidence: string;
  /** Signs of a management call (deploy, create, update, tccli, an SDK exception) rather than an invocation. */
  api: boolean;
}

/**
 * The endpoint the data system's RPC diagnostics print before a failure's reason: `[src]-Method->[dst]`
 * or `Method->[dst]` (`[10.0.0.1:45954]-QueryMeta->[10.0.0.2:31501] Request timeout`;
 * datasystem/src/datasystem/common/util/rpc_diagnostic.cpp at 667de4ae).
 */
export const RPC_ENDPOINT = /(?:\[[\w.:-]+\]-)?[A-Za-z]\w*->\[[\w.:-]+\]/;

/**
 * openYuanrong's data system named by its parts: its RDMA and NPU transports (InfiniBand, RoCE, HCCS, UB)
 * and URMA (UB memory access), shared memory (SHM), the component itself (`datasystem`, 数据系统), its
 * master (`dsmaster`), workers (`worker_oc_`) and command (`dscli`), its client classes (`KVClient`,
 * `ObjectClient`, `StreamClient`: include/datasystem/*_client.h at 667de4ae), and the hash ring its client
 * routes keys by (datasystem/src/datasystem/client/routing/hash_ring_refresher.cpp at 667de4ae). SCF has none of them.
 */
export const DATA_SYSTEM_PART = /\bhash ring\b|哈希环|\bRDMA\b|InfiniBand|\bRoCE\b|\bHCCS\b|\bUB (?:transport|memory)\b|\burma\b|\bSHM\b|datasystem|\bdata ?system\b|数据系统|worker_oc_|\bdsmaster\b|\bdscli\b|\b(?:KV|Object|Stream)Client\b/i;

/**
 * A blank of the C++ `fmt` format its components log with (`YRLOG_ERROR("failed to … {}: {}", …)`), left
 * in a message copied from its source or a template: `id: {}`, `({})`, `{}|{}|`. Not JSON's empty
 * object (`"data": {}`) nor a template literal (`${}`); SCF's runtimes print no such blank.
 */
export const LOG_FORMAT_BLANK = /(?<![$\w{"'])(?<!["']\s*:\s*)\{\}(?!\})/;

const SIGNS: ReadonlyArray<{ platform: PlatformId; pattern: RegExp }> = [
  {
    platform: 'tencent-scf',
    pattern:
      /腾讯云|云函数|云开发|小程序|\bSCF\b|\bscf_bootstrap\b|CloudBase|\btcb\b|tencent\s*cloud|\bTencent\b|tencentcloud|TencentCloudSDK|\bSecret(?:Id|Key)\b|\btccli\b|callFunction|wx-server-sdk|\berrMsg\b|\berrCode\s*[:：]\s*-\d|\/var\/user\/|\/var\/runtime\/|\/data\/scf\/|RequestId\s*[:：]|\(reqId\s*[:：]|serverless\.yml|\bsls\b|cloudbaserc|\b(?:ap-(?:guangzhou|shanghai|beijing|chengdu|chongqing|nanjing|hongkong|singapore|mumbai|seoul|tokyo|bangkok|jakarta)|na-(?:siliconvalley|ashburn|toronto)|eu-(?:frankfurt|moscow)|sa-saopaulo)\b/i,
  },
  // An API action as written, in its own case (`[getRankingSimple]` is a function's name, not GetRanking).
  { platform: 'tencent-scf', pattern: /\[(?:Create|Update|Delete|Get|List|Publish|Batch)[A-Z][A-Za-z]*\]/ },
  {
    platform: 'openyuanrong',
    // Actors, tasks and invoke options are openYuanrong's programming model; SCF has none of them. Its
    // components (function proxy, function master, busproxy, the *Actor classes, etcd) and its `yr`
    // command name it in logs, and so does the data system client's `code: [Status], msg [...]`. Node
    // affinity is its scheduler's, and data objects, the data system's KV interface and its `DS_*`
    // settings (`DS_CONNECT_TIMEOUT_SEC`) are its data system's, and so is the SDK's local mode
    // (`load_state is not supported in local mode`): SCF has none. Its default service (`defaultservice`)
    // names its functions (`0-defaultservice-py310`). Object references (`ObjectRef`) are its SDK's, and
    // stream modes (MPMC, SPSC) and Raft coordinator its data system's, and so is its ZeroMQ RPC layer
    // (`ZMQ RPC session not initialized`), and the object key its logs tag a line with (`[ObjectKey k1] …`).
    // The data system's own parts follow (DATA_SYSTEM_PART).
    pattern: /openYuanrong|\bZMQ\b|ZeroMQ|yuanrong|元戎|\bactors?\b|\bObjectRefs?\b|\b(?:MPMC|MPSC|SPSC)\b|\bCoordinator Raft\b|invoke ?options|有状态函数|无状态函数|\.remote\(|\byr\.(?:init|invoke|get|put|remote|finalize|exception|kill|cancel|wait|instance|method|terminate)|\bYR::|YRInvokeError|YRuntimeError|YRException|\bErrCode\s*[:=](?!\s*-)|ModuleCode|function[-_ ]?system|yr-frontend|function[-_ ]?proxy|function[-_ ]?master|busproxy|\w+(?:Manager|Srv|Ctrl|Scheduler|Proxy|Control)Actor\b|\bruntimeId\b|\betcd\b|\byr (?:start|stop|status)\b|\bcode: ?\[[A-Za-z ]+\], msg:? ?\[|亲和|\baffinity\b|数据对象|\bdata objects?\b|\bDS_[A-Z]+_[A-Z_]+\b|\bKV (?:interfaces?|client|API)\b|KV ?接口|\blocal mode\b|本地模式|\bdefaultservice\b|\[ObjectKey\b/i,
  },
  // So do its data system's parts and the endpoint its RPC diagnostics print.
  { platform: 'openyuanrong', pattern: DATA_SYSTEM_PART },
  { platform: 'openyuanrong', pattern: LOG_FORMAT_BLANK },
  { platform: 'openyuanrong', pattern: RPC_ENDPOINT },
];

/** Management calls: deploying, creating, updating and configuring, as tools print them. */
const API_SIGNS = /TencentCloudSDK|\(reqId\s*[:：]|\bSecret(?:Id|Key)\b|\btccli\b|Code=|\bcode\s*[:=]\s*["']?[A-Z][a-z]+[A-Z][A-Za-z]*\.|部署|deploy|上传(?:云函数|函数|代码)?失败|函数代码更新失败|创建失败|更新失败|terraform|tencentcloud_scf/i;

/**
 * A deploy said to have gone through (部署成功, 部署后, deployed successfully, after deploying): what failed
 * came after it, when the function was called, so the deploy is no sign of a management call. Advice to
 * deploy again (重新部署后调用) is a deploy tool's own words, which still are.
 */
const DEPLOY_DONE = /(?<!重新)(?:部署|上传)(?:已经|都)?(?:成功|完成|之后|以后|后|好了)|\bdeploy(?:ed|ment)?\s+(?:was\s+|is\s+)?(?:success(?:ful(?:ly)?)?|succeeded|ok|fine|complete[ds]?)\b|\b(?:successfully|after)\s+deploy(?:ed|ing|ment)?\b/gi;

/**
 * Advice to deploy a function that is missing (`请检查云函数是否正确部署`, `请先部署`, `请部署后再试`,
 * `上传并部署`): the app called it and did not find it, so the advice is no sign of a management call.
 */
const DEPLOY_ADVICE = /(?:请|是否)(?:先|检查[^，。,.；;]{0,12}?是否)?(?:正确|已经?|成功)?(?:上传并?)?部署|(?<!重新)部署后再试|上传并?部署/g;

/**
 * A function said not to be deployed or uploaded (`云函数未部署`, `尚未部署`, `没有部署`, `未上传或上传失败`): the
 * app looked for it and did not find it, which is no sign of a management call either.
 */
const NOT_DEPLOYED = /(?:尚未|还未|还没有?|未|没有|没)(?:(?:上传(?:并|或)?)?部署|上传(?:或上传失败)?)/g;

/** An API action in brackets, in its own case: `[getOpenId]` names a function, not an action. */
const API_ACTION = /\[(?:Create|Update|Delete|Get|List|Put|Publish|Invoke|Batch)[A-Za-z]*\]/;

/**
 * The function system's Go error values as its source and tests write them (`errmsg.FunctionNotFound`,
 * `snerror.New(…)`, `err.(snerror.SNError)`; functionsystem's go/pkg/common/faas_common). In its own
 * case: `errMsg` with a capital is the Mini Program's field (an SCF sign), which this takes out of the
 * text before the other signs are read.
 */
const FUNCTION_SYSTEM_GO = /\b(?:errmsg\.[A-Z]\w*|snerror\.[A-Za-z]\w*)/g;

/** A printf verb: `%s`, `%d`, `%v`, `%+v`, `%.3f`. */
const PRINTF_VERB = /%(?:\+?v|[sd]|\.\d+f)(?![A-Za-z0-9])/;

/** The platform the query names or reveals, or undefined when it shows none (or both). */
export function platformOf(query: string): PlatformSignal | undefined {
  const goError = query.match(FUNCTION_SYSTEM_GO)?.[0];
  const text = goError ? query.replace(FUNCTION_SYSTEM_GO, ' ') : query;
  const found = [
    ...(goError ? [{ platform: 'openyuanrong' as const, evidence: goError }] : []),
    ...SIGNS.flatMap(({ platform, pattern }) => {
      const match = pattern.exec(text);
      return match ? [{ platform, evidence: match[0] }] : [];
    }),
  ].filter((sign, index, all) => all.findIndex((other) => other.platform === sign.platform) === index);
  // A printf verb left in a line copied from source (`failed to get pod pool, error: %s`): SCF's runtime
  // is not public, so such lines come from openYuanrong's Go and C++ components; the weakest sign,
  // read only when nothing else names a platform (a Tencent tool's own `Namespace already exists: %s`
  // names Tencent).
  const verb = found.length === 0 ? PRINTF_VERB.exec(text) : null;
  if (verb) return { platform: 'openyuanrong', evidence: verb[0], api: false };
  if (found.length !== 1) return undefined;
  return { ...found[0]!, api: found[0]!.platform === 'tencent-scf' && (API_SIGNS.test(query.replace(DEPLOY_DONE, ' ').replace(DEPLOY_ADVICE, ' ').replace(NOT_DEPLOYED, ' ')) || API_ACTION.test(query)) };
}
