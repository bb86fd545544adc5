/**
 * Situations and platforms read from the phrases and intents over the data built from content/
 * (tests/unit/content-lookup.ts): a situation named in a few words reaches the page that explains
 * it, a failure word added to it reaches the failure's code, and a query that names openYuanrong
 * gets openYuanrong's code for a word both platforms use, while SCF keeps it otherwise.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createLookup } from '../../src/lib/search/lookup.ts';
import { contentLookupData } from './content-lookup.ts';

const lookups = { en: createLookup(contentLookupData('en')), zh: createLookup(contentLookupData('zh')) };
const first = (lang: 'en' | 'zh', query: string) => lookups[lang](query)[0]?.entry.code;
const top3 = (lang: 'en' | 'zh', query: string) => lookups[lang](query).slice(0, 3).map((hit) => hit.entry.code);

test('a cold start or a slow first request is explained by the timeouts page; a cold start that timed out is 450', () => {
  assert.equal(first('zh', '函数冷启动太慢，怎么优化？'), 'concept:timeouts');
  assert.equal(first('en', 'Why is the first request after a deploy so slow?'), 'concept:timeouts');
  assert.equal(first('zh', '冷启动超时'), '450');
  // An application that takes long to start runs into the initialization timeout.
  assert.equal(first('zh', 'Django 项目启动耗时很长'), '450');
});

test('a rejected argument is the API code InvalidParameterValue on SCF and 1001 on openYuanrong; an extra folder in the zip is 437', () => {
  assert.equal(first('zh', '创建函数时提示参数非法'), 'InvalidParameterValue');
  assert.equal(first('zh', 'yr.invoke 报参数非法'), '1001');
  assert.equal(first('zh', '压缩包里多了一层文件夹'), '437');
});

test('a start script, a failed deploy and a deleted function reach their pages', () => {
  // The function's entry file missing, even in a deploy log, is the handler's code, not the function's absence.
  assert.equal(first('zh', 'Github部署日志:未找到函数执行入口文件'), '437');
  // Advice to check that the function was deployed.
  assert.equal(first('zh', '云资源未找到，请检查云函数是否已部署'), '435');
  // A function not created yet is missing, as one that does not exist is.
  assert.equal(first('zh', '函数尚未创建'), 'ResourceNotFound.Function');
  // Permission missing when the function is called is the caller's invoke permission.
  assert.equal(first('zh', '调用云函数时权限不足'), '441');
  // Memory over its limit while functions run is the run's memory error; the account's memory quota needs a
  // management call or the word quota.
  assert.equal(first('zh', '内存超限导致 4xx 问题，压测压力越大越多这种错误'), '434');
  assert.equal(first('zh', '创建函数失败：内存配额超限'), 'LimitExceeded.Memory');
  // An environment in an abnormal state is suspended (402), often for its bill (410).
  assert.deepEqual(top3('zh', '环境状态异常，请前往控制台检查环境配置和套餐状态').slice(0, 2), ['402', '410']);
  assert.ok(['445', '405'].includes(first('zh', '启动文件没有可执行权限') ?? ''), top3('zh', '启动文件没有可执行权限').join());
  assert.equal(first('en', 'SCF deployment failed, what now?'), 'concept:api-errors');
  assert.equal(first('zh', '函数被删除了还能调用吗'), '435');
  assert.equal(first('en', 'the response too big for the caller'), '407');
});

test('"deployed fine, fails when run" has the works-locally causes, unless it names a timeout', () => {
  assert.deepEqual(top3('en', 'Deployed successfully, but every call returns an error'), ['443', '430', '433']);
  assert.equal(first('zh', '部署后调用一直超时'), '433');
});

test('a word both platforms use: openYuanrong first only when the query names openYuanrong', () => {
  assert.equal(first('zh', 'yr.get 超时了'), '4005');
  assert.equal(first('en', 'actor call timed out'), '4005');
  assert.equal(first('zh', '云函数超时'), '433');
  assert.ok(!top3('en', 'timeout').includes('4005'), top3('en', 'timeout').join());
  assert.equal(first('zh', 'openYuanrong 调度失败，资源不足'), '1002');
  assert.equal(first('zh', '云函数资源不足'), '449');
  // A crash by signal: SCF's process exit, or openYuanrong's user-code crash when an actor is named.
  assert.equal(first('en', 'Segmentation fault (core dumped)'), '439');
  assert.equal(first('en', 'my actor died with SIGSEGV'), '2002');
  // A Java exception in an openYuanrong log is no sign of SCF's load or run stage.
  assert.notEqual(first('en', 'exception occurred when processing user code, runtimeId: runtime-1a2b, throwable: java.lang.IllegalStateException'), '430');
  assert.equal(first('en', 'java.lang.IllegalStateException: boom'), '430');
});

test('a phrase inside a longer one adds nothing: the setting is its page, the setting passed is its code', () => {
  // 执行超时时间 names the setting; 执行超时 and 超时 inside it do not also count as a timeout.
  assert.equal(first('zh', '执行超时时间'), 'concept:timeouts');
  assert.equal(first('zh', '展开高级配置，将执行超时时间修改为 300 秒'), 'concept:timeouts');
  // The same setting beside words that say it was passed is the execution timeout.
  assert.equal(first('zh', '执行超时时间只有 3 秒，执行时间超了'), '433');
  assert.equal(first('zh', '执行超时'), '433');
});

test('a Node.js module missing at run time is the user code exception; a Python import is a load-time error', () => {
  assert.deepEqual(top3('en', "Cannot find module 'iconv-lite'").slice(0, 2), ['430', '443']);
  assert.equal(first('en', "Runtime.ImportModuleError: Error: Cannot find module 'wx-server-sdk'"), '443');
  assert.equal(first('en', "ModuleNotFoundError: No module named 'requests'"), '443');
});

test('a phrase with a gap matches a message whose middle varies, and what lies inside it is not counted again', () => {
  const refusal = 'you are not authorized to perform operation (tcb:DescribeEnvs) resource (qcs::tcb:ap-shanghai:uin/100000:env/*) has no permission';
  assert.equal(first('en', refusal), 'AuthFailure.UnauthorizedOperation');
  // One of SCF's own actions refused: SCF's API files it under its CAM code.
  assert.equal(first('en', 'you are not authorized to perform operation (scf:ListFunctions) resource (qcs::scf:ap-guangzhou:uin/100000:namespace/default/function/*) has no permission'), 'UnauthorizedOperation.CAM');
  // "has no permission" alone is still a function's own permission error first.
  assert.equal(first('en', 'has no permission'), '441');
});

test('a function that fails to run, with nothing said of how, gets the usual causes instead of words that happen to match', () => {
  // A run said to have failed most often raised in the code; one that does not work at all, never loaded.
  assert.deepEqual(top3('zh', '腾讯云函数执行失败'), ['430', '443', '433']);
  assert.deepEqual(top3('en', 'my SCF function is not working'), ['443', '430', '433']);
  // A variable named with the platform's own prefix, and CAM permissions, have the API's codes.
  assert.equal(first('zh', '环境变量Key包含前缀SCFQCLOUD.或TENCENTCLOUD_，请修正后重试。'), 'InvalidParameterValue.EnvironmentSystemProtect');
  assert.equal(first('zh', '需要 CAM 权限才能使用云函数'), 'UnauthorizedOperation.CAM');
  // Dependencies to deploy again point to the package as deployed.
  assert.equal(first('zh', '批量导入云函数执行失败，请重新部署云函数依赖后再试。'), '443');
  // A failure word in the same query still decides.
  assert.equal(first('zh', '云函数执行失败，提示执行超时'), '433');
});

test('the reason after a failure outweighs the stage before it', () => {
  assert.equal(first('zh', 'range调度失败：非法调用'), '4008');
  assert.equal(first('zh', '调度失败'), '1002');
});

test('a runtime version, a binary built elsewhere, a signature that fails now and then, a burst of users', () => {
  assert.equal(first('zh', '原因可能是python解释器版本，默认是3.7.4，改成3.6可以了'), '443');
  assert.equal(first('zh', '本地编译的二进制文件无法在云函数中运行'), '445');
  assert.equal(first('zh', '每天刚过0点签名就会失败'), 'AuthFailure.SignatureFailure');
  assert.equal(first('zh', '怎么应对用户爆发式增长'), 'concept:concurrency');
  assert.equal(first('en', 'Is there a limit to the number of functions that can be executed at once?'), 'concept:concurrency');
});

test('an envelope whose short inner error a piece of a message or a phrase explains answers for the inner error first', () => {
  const wrapped = 'errCode: -404011 cloud function execution error | errMsg: cloud.callFunction:fail requestID x, cloud function service error code -501005, error message Environment not found; at cloud.callFunction api;';
  const [hit] = lookups.en(wrapped);
  assert.deepEqual([hit?.entry.code, hit?.reason], ['ResourceNotFound.Namespace', 'envelope']);
  // Without an inner error the wrapper's generic meaning stays.
  assert.equal(first('en', 'errCode: -504002 functions execute fail'), '430');
});

test('a paste cut short or wrapped in filler still reads as its message', () => {
  // Cut off inside the quoted message, inside a phrase's last word, or before a quota's limit.
  assert.equal(first('en', '{"errorCode":-1,"errorMessage":"Task timed ou'), '433');
  assert.equal(first('en', '[Invoke] Function not foun'), '435');
  assert.equal(first('en', 'The number of namespaces per region reache'), 'LimitExceeded.Namespace');
  // Filler before the message in its clause; an errno by its number.
  assert.equal(first('zh', '请问 Bootstrap not executable，Bootstrap不可执行'), '443');
  assert.equal(first('zh', '这个报错是什么意思：Bootstrap not executable，Bootstrap不可执行'), '443');
  // A Chinese word glued to the message leaves it as a run of Latin words; a path between Chinese words is no message.
  assert.equal(first('zh', 'release接口 Bootstrap not executable'), '443');
  assert.equal(first('zh', '根因：c:\\Users\\me\\cloudfunctions\\login\\index.js 文件存在但为空，未导出 exports.main 处理函数；package.json 指向 main: index.js。'), '443');
  // Quotes around the clause that holds the message are the question's.
  assert.equal(first('zh', '云函数报错“一直报错，找不到对应的FunctionName”，这是什么原因？'), '435');
  assert.equal(first('en', 'OSError: [Errno 98] Address al'), '446');
  // A handler module without the function the handler names fails while loading.
  assert.ok(['443', '437'].includes(first('en', "AttributeError: module 'index' has no attrib") ?? ''));
});

test('an error wrapped in an envelope keeps the answer it has alone; the wrapper stands for an inner error that is missing', () => {
  const wrap = (inner: string) => `Error: cloud.callFunction:fail Error: errCode: -504002 functions execute fail | errMsg: ${inner}`;
  for (const inner of ['it hit the memory limit again', 'FUNCTIONS_MEMORY_LIMIT_EXCEEDED', 'File "/var/runtime/python37/bootstrap.py", line 160, in get_func_handler']) {
    assert.equal(first('en', wrap(inner)), first('en', inner), inner);
  }
  assert.equal(first('en', JSON.stringify({ code: 'FUNCTIONS_EXECUTE_FAIL', message: '-504003' })), '433');
  // The function's own database call failed: that is its exception, whatever the database said.
  assert.equal(first('en', wrap('Error: collection.update:fail -502005 database collection not exists. [ResourceNotFound] Db or Table not exist.')), '430');
});

test('a parameter bounded by a number is its limit code; a time range said too wide is the range check', () => {
  assert.deepEqual(top3('en', "offset + limit can't greater than 10000").slice(0, 2), ['LimitExceeded.Offset', 'InvalidParameterValue.Offset']);
  assert.equal(first('zh', '数据的偏移量，Offset+Limit 不能大于10000'), 'LimitExceeded.Offset');
  // A word in the API's case that is no parameter bounded right there stays out.
  assert.notEqual(first('en', 'Function code exceeds 50MB'), 'LimitExceeded.Function');
  assert.equal(first('zh', 'endTime 与 startTime 只能相差一天之内'), 'InvalidParameterValue.DateTime');
  assert.equal(first('en', "end_time - start_time can't greater then 1 day"), 'InvalidParameterValue.DateTime');
});

test('a cold start after an idle spell, a client that stops waiting, a server on the loopback address, a call before init', () => {
  assert.equal(first('en', 'the delay becomes higher when the function is idle for a long time'), 'concept:timeouts');
  assert.equal(first('zh', '长时间未调用后第一次请求很慢'), 'concept:timeouts');
  assert.deepEqual(top3('zh', 'wx.cloud.callFunction 报 -404005 exceed max poll retry').slice(0, 2).sort(), ['433', 'concept:timeouts']);
  assert.equal(first('zh', 'Node.js 默认只监听 127.0.0.1，平台访问不到'), '446');
  assert.equal(first('zh', '如果在初始化前调用 ParallelFor，将抛出异常'), '4001');
  assert.equal(first('zh', 'handler 参数与源码包不对应'), '437');
});

test('a caller without permission to invoke is 401; a refusal that points at CAM policies is the API\'s permission check', () => {
  assert.equal(first('en', 'No permission to call this cloud function. Please check the calling permission of the current account'), '401');
  assert.equal(first('zh', '您没有权限执行此操作，请检查 CAM 策略'), 'UnauthorizedOperation.CAM');
  assert.equal(first('en', 'You need to authorize the current service role and grant operation permissions for SCF'), 'FailedOperation.QcsRoleNotFound');
});

test('a setting that cannot be changed is its parameter code; the number of concurrent requests is the concurrency page', () => {
  assert.equal(first('en', 'Forgetting that runtime cannot be changed after creation.'), 'InvalidParameterValue.Runtime');
  assert.equal(first('en', 'Number of concurrent requests (for a single cloud function) | 20'), 'concept:concurrency');
  // A dependency not installed fails while the code loads or, required inside the handler, while it runs.
  assert.deepEqual(top3('zh', '部署时没有安装依赖').slice(0, 2), ['443', '430']);
});

test('a function said to fail to update or create, a layer being created and a zip that fails to create a function', () => {
  assert.equal(first('en', 'Function thinkphp-function update failed'), 'FailedOperation.UpdateFunctionCode');
  assert.equal(first('en', 'Cannot create layer success in 2 minutes'), 'FailedOperation.PublishLayerVersion');
  assert.equal(first('zh', '上传 demo.zip 创建失败'), '437');
});

test('a parameter named in Chinese and said to be too long is that parameter\'s code', () => {
  assert.equal(first('zh', '好像是触发器的name太长了，超过60字节了？'), 'InvalidParameterValue.TriggerName');
  assert.equal(first('zh', '函数名称太长'), 'InvalidParameterValue.FunctionName');
});

test('the runtime saying the handler function is missing decides over its loader frames', () => {
  assert.equal(first('en', 'ERROR RequestId: c93f Result: Exception: function main_handler not found in /var/runtime/php74/bootstrap.php:44 Stack trace: #0 /var/runtime/php74/bootstrap.php(204)'), '437');
  // A function (not its handler) said to be missing is still not the handler.
  assert.notEqual(first('en', 'Cloud function not found'), '437');
});

test('a failure said without its kind counts for little beside the words that say what failed', () => {
  assert.equal(first('zh', '使用云函数测试时出现调用失败，任务超时'), '433');
  // Alone, it is still the usual guess.
  assert.equal(first('zh', '云函数调用失败'), '430');
});

test('PHP\'s fatal error ends the process: 439 before the user code exception, frames or not', () => {
  assert.deepEqual(top3('en', 'Fatal error: Uncaught TypeError: Argument 2 passed to Symfony\\Component\\HttpFoundation\\Request::createRequestFromFactory() must be of the type array, null given, called in /var/user/vendor/symfony/http-foundation/Request.php on line 1952').slice(0, 2), ['439', '430']);
  assert.equal(first('en', 'Warning: include(vendor/autoload.php): failed to open stream: No such file or directory in /var/user/index.php on line 2'), '439');
});

test('a time in the wrong format is the query range\'s check; two triggers of one name are the name in use', () => {
  assert.equal(first('zh', '时间格式错误，必须为 2019-05-16 20:59:59 类型'), 'InvalidParameterValue.DateTime');
  assert.equal(first('zh', '一个函数下不支持同名的多个定时触发器'), 'ResourceInUse.TriggerName');
  assert.equal(first('zh', '云开发控制台中云函数列表为空'), '435');
});

test('a zip whose entry is not at its root, in the FAQ\'s English words, is 437', () => {
  assert.equal(first('en', 'When I try to create a function by uploading a zip package, the system prompts "Function service creation failed. Please try again"'), '437');
  assert.equal(first('en', 'make sure that the root directory of the ZIP package contains the specified binary files'), '437');
});

test('无法找到 says a resource is missing as 找不到 does; a qualifier missing is its own code; a caller that cannot find a function was calling it', () => {
  assert.equal(first('zh', '无法找到指定的命名空间 test'), 'ResourceNotFound.Namespace');
  assert.equal(first('zh', '发布时提示未找到指定的 Qualifier'), 'ResourceNotFound.Qualifier');
  assert.equal(first('en', 'qualifier not found: prod'), 'ResourceNotFound.Qualifier');
  // Deploy words around it, but the Mini Program was the one looking for it.
  assert.equal(first('zh', '函数创建后忘了部署，小程序端调用时找不到这个云函数'), '435');
  assert.equal(first('zh', '调用云函数时无法找到指定函数'), '435');
});

test('a value said to be required (不能为空, cannot be empty) is the API\'s MissingParameter on SCF, 1001 on openYuanrong', () => {
  assert.equal(first('zh', 'Namespace 不能为空'), 'MissingParameter');
  assert.equal(first('en', 'FunctionName cannot be empty'), 'MissingParameter');
  assert.equal(first('zh', 'yr.invoke 的参数 key 不能为空'), '1001');
});

test('a CFS file system and a VPC named together point to their match: the same VPC, and a VPC at all', () => {
  assert.deepEqual(top3('en', 'mount failed: the CFS instance is in another VPC than the function').slice(0, 2), ['ResourceNotFound.CfsVpcNotMatch', 'InvalidParameterValue.VpcNotSetWhenOpenCfs']);
  // Which of the two it is the words do not always say: both are offered.
  assert.ok(top3('zh', '函数没有配置私有网络 VPC，无法挂载 CFS').includes('InvalidParameterValue.VpcNotSetWhenOpenCfs'));
});

test('a value said not to be JSON, in Chinese, is the request event\'s 400, then the invoke payload\'s code', () => {
  assert.deepEqual(top3('zh', '事件参数不是合法的 JSON').slice(0, 2), ['400', 'InvalidParameterValue.Param']);
  assert.equal(first('zh', '测试事件必须为 JSON 格式'), '400');
});
