/**
 * A management action a deploy tool says failed, in its own words: `[hello] 删除触发器失败：…`,
 * `函数发布新版本失败`, `更新配置失败`, `failed to publish version`. Tools such as the CloudBase CLI
 * print the action they called and then whatever the API answered; when the API's answer is missing or
 * says nothing more specific, the action's own FailedOperation code (the API's failure of that call)
 * is the best page.
 */

/** An action as tools word it, and the API code of its failure. Most specific first: a trigger's deletion is no function's. */
const ACTIONS: ReadonlyArray<readonly [RegExp, string]> = [
  [/删除(?:函数)?触发器|delete (?:the )?trigger/i, 'FailedOperation.DeleteTrigger'],
  // A deploy tool deploys a trigger by creating it (`Deploying my-func trigger failed`, `部署触发器失败`).
  [/(?:创建|新建|添加|部署)(?:函数)?触发器|creat(?:e|ing) (?:the )?trigger|\bdeploy(?:ing)?\s+(?:the\s+)?(?:\S+\s+)?triggers?\b/i, 'FailedOperation.CreateTrigger'],
  [/发布(?:新|函数)?版本|版本发布|publish(?:ing)? (?:a )?(?:new )?version/i, 'FailedOperation.PublishVersion'],
  [/(?:设置|更新|修改|创建)(?:函数)?(?:流量配置|别名)|updat(?:e|ing) (?:the )?alias/i, 'FailedOperation.UpdateAlias'],
  [/(?:更新|修改)(?:函数)?配置|updat(?:e|ing) (?:the )?(?:function )?configuration/i, 'FailedOperation.UpdateFunctionConfiguration'],
  [/删除(?:函数|操作)|delet(?:e|ing) (?:the )?function/i, 'FailedOperation.DeleteFunction'],
  // A tool's `Function deploy failed` is its code's update, the call deploy tools make for a function that
  // exists. (Chinese 部署失败 is said of any step of a deploy, and of what failed after it: not read.)
  // So is its upgrade (`Function my-func upgrade failed`), the name of the function between or not.
  [/\b(?:function|code)(?:\s+\S+)?\s+(?:deploy(?:ment)?|upgrade)\b|\b(?:deploy(?:ing)?|upgrad(?:e|ing)) (?:the )?(?:function|code)\b/i, 'FailedOperation.UpdateFunctionCode'],
];

/**
 * The failure words right after the action (`…失败`, `更新配置时出错`, `… failed`) or before it
 * (`failed to …`, `error while …`); a tool that retries the action (`重试更新配置（2/3）`,
 * `retrying publish version`) says the same: the call failed at least once.
 */
const FAILED_AFTER = /^[^。！!\n]{0,4}?(?:失败|出错|报错|\s*failed\b|\s*error\b)/i;
const FAILED_BEFORE = /(?:failed to|could not|unable to|error (?:while|when)|重试|retry(?:ing)?)\s*$/i;

/**
 * The API code of the action the text says failed, and the words that say so (`named` when the text spells
 * the action as the API does); undefined when none.
 */
export function readActionFailure(text: string, known: (code: string) => boolean): { code: string; why: string; named?: true } | undefined {
  for (const [pattern, code] of ACTIONS) {
    const match = pattern.exec(text);
    if (!match || !known(code)) continue;
    const after = text.slice(match.index + match[0].length);
    const failedAfter = FAILED_AFTER.exec(after);
    if (failedAfter) return { code, why: `${match[0]}${failedAfter[0]}` };
    const before = FAILED_BEFORE.exec(text.slice(0, match.index));
    if (before) return { code, why: `${before[0]}${match[0]}` };
  }
  // An action named as the API spells it (`PublishVersion / UpdateAlias 紧跟在代码上传后调用会失败`) is
  // unmistakable, so the failure words may come later in its sentence.
  for (const match of text.matchAll(API_ACTION_NAME)) {
    const code = `FailedOperation.${match[0]}`;
    if (!known(code)) continue;
    const failed = FAILED_IN_SENTENCE.exec(text.slice(match.index + match[0].length));
    if (failed) return { code, why: `${match[0]}${failed[0]}`, named: true };
  }
  return undefined;
}

/** An SCF API action in its own case (`PublishVersion`, `UpdateFunctionCode`). */
const API_ACTION_NAME = /\b(?:Create|Update|Delete|Publish|Put|Copy|Invoke|Terminate)[A-Z][A-Za-z]+\b/g;
/** Failure words later in the same sentence. */
const FAILED_IN_SENTENCE = /^[^。！!.\n]{0,40}?(?:失败|出错|报错|\bfail(?:s|ed)?\b|\berror\b)/i;
