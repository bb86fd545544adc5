/**
 * A function that refused an operation because of its own status: `当前函数处于Creating状态，无法进行此
 * 操作`, `Function my-function status is Updating, can not delete`, `function is not ready`. SCF's
 * management calls are asynchronous: while a function is being created, updated, published or deleted,
 * or after one of those failed, other calls on it are refused. FailedOperation.FunctionStatusError
 * ("the function is deploying") explains the wait; the action named, when one is, has its own
 * FailedOperation code, which comes after it.
 */

/**
 * The statuses a function passes through (and stops in, when an operation failed), as the API names them,
 * or in Chinese as the console writes them (`当前函数处于更新状态`), or as a tool says a function is in one
 * (`functions are still creating`, `function is updating`), or a failed state it names no operation of (`is in failed state`).
 */
const STATUS = /\b(?:Creating|CreateFailed|Updating|UpdateFailed|Publishing|PublishFailed|Deleting|DeleteFailed)\b|(?<=处于\s*)(?:创建|更新|发布|删除)(?:中|失败)?(?=\s*状态)|(?:创建|更新|发布|删除)中(?=[^。\n]{0,16}重试)|\b(?:[Ss]till|[Cc]urrently) (?:being )?(?:creating|updating|publishing|deleting|created|updated|published|deleted)\b|\b(?:is|are) (?:still |currently )?(?:creating|updating|publishing|deleting|being (?:created|updated|published|deleted))\b|\b[Ii]n (?:a |the )?[Ff]ailed (?:state|status)\b/;
/** Every status the text names. */
const STATUSES = new RegExp(STATUS.source, 'g');

/** Words that say the status stood in the way: a refusal, or the status named as the function's state. */
const REFUSED = /\bin (?:a |the )?failed (?:state|status)\b|无法进行此操作|无法(?:进行|执行|操作)|不能(?:进行|执行|操作)|不允许|请稍后重试|稍后再试|后重试|不要(?:立即|马上)重试|处于[^。，,\n]{0,20}状态|处于\s*(?=[A-Z][a-z]+(?:ing|Failed)\b)|is not allowed|not allowed to|can ?not|cannot|unable to|try again later|\bretry(?:ing)? (?:in|after)\b|status (?:is )?[A-Z]/i;

/** A call refused outright, beyond the status named as the function's state. */
const REFUSED_CALL = /无法|不能|不允许|稍后|后重试|not allowed|can ?not|unable to|try again/i;

/** The operation that failed, by the status a function stops in. */
const FAILED_STATUS = {
  CreateFailed: 'FailedOperation.CreateFunction',
  UpdateFailed: 'FailedOperation.UpdateFunctionCode',
  PublishFailed: 'FailedOperation.PublishVersion',
  DeleteFailed: 'FailedOperation.DeleteFunction',
  创建失败: 'FailedOperation.CreateFunction',
  更新失败: 'FailedOperation.UpdateFunctionCode',
  发布失败: 'FailedOperation.PublishVersion',
  删除失败: 'FailedOperation.DeleteFunction',
} as const;

/**
 * A function said not to be ready, without the status value, or a tool that gave up waiting for it
 * (`Timeout waiting for my-func to become active`, `云函数尚未部署完成`). (`函数状态异常, …` is the console's prefix
 * for a function that failed to deploy: the reason after it decides, so it is no refusal here.)
 */
const NOT_READY = /\bfunction is not ready\b|\bfunction (?:is )?not (?:yet )?active\b|函数(?:当前)?(?:状态)?(?:不是|非|未处于)\s*Active|函数(?:当前)?(?:还)?未就绪|等待(?:函数)?(?:就绪|变为\s*Active)|wait(?:ing|ed)? for (?:the )?function to (?:be(?:come)? )?(?:ready|active)\b|wait(?:ing|ed)? for\s+(?:\S+\s+){0,3}to become active\b|wait(?:ing|ed)? for (?:the )?function(?:'s)? (?:status (?:to be(?:come)? )?)?Active\b|(?:尚未|还未|未)部署完成|部署(?:尚未|还未|未)完成|\b(?:check|verify) (?:the )?function(?:'s)? (?:status|state)\b|请检查(?:云)?函数(?:的)?状态/i;

/**
 * The API's own message for an action its function's status refused, with no status named (`当前函数状态无法
 * 进行此操作`, This operation is not supported in the current function state), or a user's words for it
 * (`当前函数状态不支持绑定触发器`): the action's own FailedOperation code, which prints that message, leads.
 */
const STATE_REFUSED = /当前(?:的)?函数状态(?:下)?(?:不支持|无法|不能|不允许)|\bnot (?:supported|allowed) in the current function (?:state|status)\b|\bcurrent function (?:state|status) (?:does not|doesn't|cannot) (?:support|allow)\b/i;

/** The call a deploy makes for a function that exists: its code's update. */
const DEPLOY_CALL = 'FailedOperation.UpdateFunctionCode';

/** The action a refused call names, by the API's name or by a verb, and its own code. */
const ACTIONS: ReadonlyArray<readonly [RegExp, string]> = [
  [/\b(?:Create|Update|Delete|Publish|Invoke|Copy)[A-Z][A-Za-z]+\b/, ''],
  [/\bdelet(?:e|ing)\b|删除/i, 'FailedOperation.DeleteFunction'],
  [/\bpublish(?:ing)?\b|发布/i, 'FailedOperation.PublishVersion'],
  [/(?:绑定|创建|添加|新建)触发器|\b(?:create|add|bind)(?:ing)? (?:a |the )?trigger\b/i, 'FailedOperation.CreateTrigger'],
  [/\bconfigur(?:e|ation)\b|配置/i, 'FailedOperation.UpdateFunctionConfiguration'],
  [/\bupdat(?:e|ing)\b|\bupload|\bdeploy|更新|上传|部署/i, 'FailedOperation.UpdateFunctionCode'],
];

/**
 * What a status refusal points at: the status error first, the named action's own code next (first when
 * a tool names the action by its API name before the message).
 */
export interface StatusRefusal {
  codes: string[];
  why: string;
  /** Whether the text names the status (`Updating`, `更新中`), not only a wait or a check of it. */
  statusNamed: boolean;
}

/**
 * Reads a refusal for the function's status; `known` tells which API codes exist (an action named by
 * the API's name counts only when `FailedOperation.{Action}` is one). Undefined when the text names no
 * status that stood in the way.
 */
export function readStatusRefusal(text: string, known: (code: string) => boolean): StatusRefusal | undefined {
  const status = STATUS.exec(text);
  const stateRefused = status ? null : STATE_REFUSED.exec(text);
  const refused = (status ? REFUSED.exec(text) : null) ?? stateRefused ?? NOT_READY.exec(text);
  if (!refused) return undefined;
  // The status value is no verb: `Updating` names no update of the caller's.
  // Blanked to its own length, so positions in `rest` are positions in the text.
  const rest = status ? text.replace(STATUSES, (value) => ' '.repeat(value.length)) : text;
  const codes = ['FailedOperation.FunctionStatusError'];
  // A status an operation failed in (`函数处于 CreateFailed 状态，删除后重建`), named with no refusal of
  // another call, says that operation failed: its own code leads, the status error follows.
  // A failed state with no operation named (`function is in failed state`) is most often a code update's.
  const stopped = status && /failed (?:state|status)/i.test(status[0]) ? 'UpdateFailed' : status?.[0];
  const failedIn = status && !REFUSED_CALL.test(text) ? FAILED_STATUS[stopped as keyof typeof FAILED_STATUS] : undefined;
  if (failedIn && known(failedIn)) return { codes: [failedIn, ...codes], why: saying(status![0], refused[0]), statusNamed: true };
  for (const [pattern, code] of ACTIONS) {
    const match = pattern.exec(rest);
    if (!match) continue;
    const action = code || `FailedOperation.${match[0]}`;
    if (known(action)) {
      // An action a tool names by its API name before the message (`[scf/UpdateFunctionCode] 当前函数处于
      // Updating`) is the call that failed, and its own code leads; one named after the status (`not allowed
      // to do UpdateFunctionConfiguration`) or said in words comes after the status error.
      // The status that counts is the one the refusal names (the last before the refusal's end): a note
      // may mention the status earlier (`进入 Updating 状态 … UpdateFunctionConfiguration 拒绝（当前函数处于
      // Updating状态）`).
      const statusAt = status ? ([...text.matchAll(STATUSES)].map((named) => named.index).filter((at) => at <= refused.index + refused[0].length).at(-1) ?? status.index) : refused.index;
      const before = match.index < statusAt;
      if ((!code && before) || stateRefused) codes.unshift(action);
      else codes.push(action);
      break;
    }
  }
  // No action named while the function is busy (`当前函数处于Updating状态，请稍后重试`, `function is updating,
  // retrying in 5s`): the call a tool retries is most often a deploy's code update, which leads; the status
  // error explains the wait.
  if (codes.length === 1 && status && !/failed|失败/i.test(status[0]) && known(DEPLOY_CALL)) codes.unshift(DEPLOY_CALL);
  return { codes, why: status ? saying(status[0], refused[0]) : refused[0], statusNamed: status !== null };
}

/** The status and the refusal as the reason shows them; once when they are the same words (`in a failed state`). */
function saying(status: string, refused: string): string {
  return status === refused ? status : `${status} … ${refused}`;
}
