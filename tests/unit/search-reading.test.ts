/**
 * How the search reads a paste: envelopes opened to their inner error, stack traces by their frames,
 * report lines by their values, numbers in context, and the platform a query names.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { unwrapEnvelope } from '../../src/lib/search/envelope.ts';
import { isNotACode, readAllowedValues, readNumberHints, readReportLine, readTooLong, reportShowsMemoryLeft } from '../../src/lib/search/numbers.ts';
import { compileTemplate, matchTemplate, unescapePaste } from '../../src/lib/search/message-template.ts';
import { platformOf } from '../../src/lib/search/platform.ts';
import { readExceptionType, readTrace } from '../../src/lib/search/traces.ts';
import { createLookup, type LookupData } from '../../src/lib/search/lookup.ts';
import { askedConcepts, worksLocally } from '../../src/lib/search/intent.ts';
import { identifiersOf, namesIdentifier, quotedParts, recalledIn, stemsOf } from '../../src/lib/search/recall.ts';
import { buildUpstreamShards, distinctMessages, keyWordsOf, matchParaphrases, matchUpstream, mostEmittedFirst, shardsForQuery } from '../../src/lib/search/upstream.ts';

test('a Mini Program envelope is opened to the error inside, with the wrapper codes outermost first', () => {
  const envelope = unwrapEnvelope(
    'Error: errCode: -404011 cloud function execution error | errMsg: cloud.callFunction:fail requestID 1cb6, cloud function service error code -504002, error message wx is not defined; at cloud.callFunction api;',
  );
  assert.deepEqual(envelope, { markers: ['-404011', '-504002'], inner: 'wx is not defined' });
});

test('nested errCode | errMsg levels keep what an inner level says next to its code', () => {
  const envelope = unwrapEnvelope(
    'Error: cloud.callFunction:fail Error: errCode: -504002 functions execute fail | errMsg: Error: errCode: -604101 function has no permission to call this API | errMsg: system error: error code: -604101',
  );
  assert.deepEqual(envelope?.markers, ['-504002', '-604101']);
  assert.match(envelope!.inner, /^function has no permission to call this API system error/);
});

test('a CloudBase JSON envelope gives its message field, unescaped; plain text is no envelope', () => {
  const envelope = unwrapEnvelope('{"requestId":"34b2","code":"INVOKE_FUNCTION_FAILED","message":"Error: Cannot find module \'./dist/main\'\\n    at Function.Module._resolveFilename"}');
  assert.deepEqual(envelope?.markers, ['INVOKE_FUNCTION_FAILED']);
  assert.match(envelope!.inner, /^Error: Cannot find module '\.\/dist\/main'\n/);
  assert.equal(unwrapEnvelope('Invoking task timed out after 3 seconds'), undefined);
  assert.equal(unwrapEnvelope('{"code":"OK_DONE","message":"fine"}'), undefined);
});

test('numbers next to a unit, a port, a line or inside a token are not codes; a bare number is', () => {
  const at = (text: string, number: string) => isNotACode(text, text.indexOf(number), number.length);
  assert.equal(at('HTTPSConnectionPool(host=\'a.cn\', port=443)', '443'), true);
  assert.equal(at('https://mxwljsq.com:443 "GET /404 HTTP/1.1" 200 None', '443'), true);
  assert.equal(at('"GET /404 HTTP/1.1" 200 None', '200'), true);
  assert.equal(at('at Object.openSync (fs.js:438:3)', '438'), true);
  assert.equal(at('Memory:512MB', '512'), true);
  assert.equal(at('超时时间 900 秒', '900'), true);
  assert.equal(at('Timeout数量达到限制：1800', '1800'), true);
  assert.equal(at('File "x.py", line 433, in main', '433'), true);
  assert.equal(at('is 500 instances/minute', '500'), true);
  assert.equal(at('up to 500 new concurrent instances', '500'), true);
  assert.equal(at('每个函数最多 300 并发', '300'), true);
  assert.equal(at('腾讯云函数返回 433 怎么办', '433'), false);
  assert.equal(at('got status 437 after deploy', '437'), false);
  // A call said to return 404 got HTTP's Not Found; SCF's status 404 prints its subnet name beside it.
  assert.equal(at('init 里 env 与开通的环境不一致，函数调用 404', '404'), true);
  assert.equal(at('calling the function URL returns 404', '404'), true);
  assert.equal(at('调用失败 404 InvalidSubnetID', '404'), false);
  assert.equal(at('调用云函数返回状态码 404', '404'), false);
  // A code and its message after a colon, as an SDK's exception prints them; a time or a line:column stays glued.
  assert.equal(at('Exception - 4006: 不支持本地模式。', '4006'), false);
  assert.equal(at('快速返回 4299/DATASYSTEM 和具体操作名', '4299'), false);
  assert.equal(at('started at 12:30 today', '12'), true);
  assert.equal(at('handler.py:433:7', '433'), true);
  // A setting named with its unit, as a config table lists it; a status name is followed by its code.
  assert.equal(at('DATASYSTEM_CONNECT_TIME_MS 9000 设置与worker建立连接超时的时间', '9000'), true);
  assert.equal(at('DS_CONNECT_TIMEOUT_SEC=60', '60'), true);
  assert.equal(at('K_RPC_TIMEOUT 1001', '1001'), false);
});

test('a report line answers by its values', () => {
  assert.deepEqual(readReportLine('Report RequestId: 7c31 Duration:3000ms Memory:512MB MemUsage:30.5MB'), { code: '433', why: 'Duration:3000ms' });
  assert.equal(readReportLine('Report RequestId: 7c31 Duration:1234.56ms Memory:128MB MemUsage:130MB')?.code, '434');
  assert.equal(readReportLine('Report RequestId:c464 Duration:0ms Memory:128MB MemUsage:0.0MB')?.code, '443');
  // The handler's output between START and END says it ran: a 0 ms run there is a local invoke's rounding.
  const ran = "START RequestId: 4a06\n{'key1': 'value1'}\nEND RequestId: 4a06\nREPORT RequestId: 4a06 Duration: 0 ms Billed Duration: 100 ms Memory Size: 128 MB Max Memory Used: 15 MB";
  assert.equal(readReportLine(ran)?.code, '200');
  assert.equal(readReportLine('START RequestId: 4a06\nEND RequestId: 4a06\nREPORT RequestId: 4a06 Duration: 0 ms Max Memory Used: 15 MB')?.code, '443');
  // A handler that ran and raised is no success; its trace decides.
  assert.equal(readReportLine(ran.replace("{'key1': 'value1'}", 'Traceback (most recent call last):')), undefined);
  // The Invoke API's result with a zero code beside the run's duration and no error message completed.
  assert.deepEqual(readReportLine('"BillDuration":3,\n"Duration":3,\n"ErrMsg":"",\n"InvokeResult":0,'), { code: '200', why: '"InvokeResult":0' });
  assert.equal(readReportLine('"RetCode": 0,\n"InvokeFinished": 1,\n"Duration": 1,')?.code, '200');
  assert.equal(readReportLine('"Duration":3, "ErrMsg":"Traceback (most recent call last)", "InvokeResult":1'), undefined);
  assert.equal(readReportLine('"InvokeResult":0'), undefined);
  // CloudBase's invocation log says its outcome in words.
  assert.deepEqual(readReportLine('运行时间(ms)：0.38\n占用内存：35.730 MB\n调用状态：成功'), { code: '200', why: '调用状态：成功' });
  assert.equal(readReportLine('调用状态：失败\n错误信息：timeout'), undefined);
  assert.equal(readReportLine('Response RequestId:4677 RetMsg:null\nEND RequestId:4677')?.code, '200');
  // The cold start's own report, in either runtime's wording: the timeouts page, not a failure.
  assert.equal(readReportLine('Init Report RequestId: 09c3 InitDuration: 4598ms Duration: 3924ms Memory: 640MB MemUsage: 57.86MB')?.code, 'concept:timeouts');
  assert.equal(readReportLine('Init Report RequestId: 09c3 Coldstart: 153ms (PullCode: 0ms InitRuntime: 2ms InitFunction: 151ms) Memory: 128MB')?.code, 'concept:timeouts');
  // Memory to spare and a run that ended by itself: the invocation completed, unless the text says it failed.
  assert.deepEqual(readReportLine('Report RequestId: 7c31 Duration:1234.56ms Memory:128MB MemUsage:30MB'), { code: '200', why: 'Duration:1234.56ms, MemUsage:30MB < Memory:128MB' });
  assert.equal(readReportLine('Traceback (most recent call last):\nReport RequestId: 7c31 Duration:1234.56ms Memory:128MB MemUsage:30MB'), undefined);
  assert.equal(readReportLine('Report RequestId: 7c31 Duration:1234.56ms'), undefined);
  assert.equal(readReportLine('Invoking task timed out after 3 seconds'), undefined);
  // The cold start's own report times its phases: the timeouts page explains them, not the memory code.
  assert.deepEqual(readReportLine('Init Report RequestId: 6d89 Coldstart: 153ms (PullCode: 0ms InitRuntime: 3ms InitFunction: 150ms) Memory: 128MB MemUsage: 8.90MB'), {
    code: 'concept:timeouts',
    why: 'Init Report Coldstart: 153ms',
  });
  assert.equal(reportShowsMemoryLeft('Report RequestId: 7c31 Duration:1234.56ms Memory:128MB MemUsage:30MB'), true);
  assert.equal(reportShowsMemoryLeft('Report RequestId: 7c31 Duration:1234.56ms Memory:128MB MemUsage:128MB'), false);
  assert.equal(reportShowsMemoryLeft('Memory:128MB MemUsage:30MB'), false);
});

test('a trace through the runtime loader is a load-time failure; one through the handler a run-time failure', () => {
  const load = readTrace('Traceback (most recent call last):\n  File "/var/runtime/python3/bootstrap.py", line 133, in init_handler\n    func_handler = get_func_handler(a, b)');
  assert.equal(load?.stage, 'load');
  assert.match(load!.frames[0]!, /init_handler/);
  const run = readTrace('Traceback (most recent call last):\n  File "/var/user/index.py", line 284, in main\n    taskPool()\nKeyError: \'x\'');
  assert.equal(run?.stage, 'run');
  // Node.js loads the function inside Runtime.handleOnce on the first call: the loader frame decides.
  const nodeLoad = readTrace("Error: EACCES: permission denied, open '/var/user/index.js'\n    at Object.module.exports.load (/var/runtime/node10/UserFunction.js:27:19)\n    at Runtime.handleOnce (/var/runtime/node10/Runtime.engine.js:73:25)");
  assert.equal(nodeLoad?.stage, 'load');
  const imports = readTrace('File "/var/user/index.py", line 1, in <module>\n    import main\nModuleNotFoundError: No module named \'yaml\'');
  assert.equal(imports?.stage, 'load');
  // Top-level code of the handler's file runs while the runtime imports it, whatever it raises and
  // whichever of its own functions it calls on the way.
  const topLevel = readTrace('File "/var/user/index.py", line 17, in <module>\n    fh = logging.FileHandler(\'./log.txt\')\n  File "/var/user/util.py", line 4, in open_log\nPermissionError: [Errno 13]');
  assert.deepEqual(topLevel, { stage: 'load', runtime: 'python', frames: ['File "/var/user/index.py", line 17, in <module>'] });
  // A handler called by the runtime is running, even when the first frame of the file is its top level.
  assert.equal(readTrace('File "/var/runtime/python3/bootstrap.py", line 200, in handle\n  File "/var/user/index.py", line 9, in <module>\n  File "/var/user/index.py", line 5, in main_handler\nKeyError: 1')?.stage, 'run');
  // Node.js: a missing module the function's own file asked for (first in the require stack) is the
  // user code's exception; only a file the runtime's loader asked for (the handler's own) failed loading.
  assert.deepEqual(readTrace("Error: Cannot find module 'got'\nRequire stack:\n- /var/user/jd_live.js\n- /var/user/index.js"), {
    stage: 'run',
    runtime: 'node',
    frames: ['Require stack: - /var/user/jd_live.js'],
  });
  assert.equal(readTrace("Error: Cannot find module 'axios'\nRequire stack:\n- /var/user/index.js\n- /var/runtime/node16/UserFunction.js")?.stage, 'run');
  // Some loggers keep the list and drop its heading.
  assert.equal(readTrace("Error: Cannot find module 'crypto-js'\n\n- /var/user/jd_factory.js\n\n- /var/user/index.js\n\n- /var/runtime/node12/UserFunction.js")?.stage, 'run');
  assert.equal(readTrace("Error: Cannot find module '/var/user/app'\nRequire stack:\n- /var/runtime/node16/UserFunction.js")?.stage, 'load');
  // JSON escapes a paste carries (`\u003cmodule\u003e`, `\"`) are undone before frames are read.
  assert.equal(unescapePaste('File \\"/var/user/index.py\\", line 17, in \\u003cmodule\\u003e'), 'File "/var/user/index.py", line 17, in <module>');
  // PHP: the bootstrap's EventHandler hands the event to the handler, unless it says it found none.
  assert.equal(readTrace('#0 /var/runtime/php80/bootstrap.php(203): __scf_bootstrap_\\EventHandler->handle(Object(stdClass), Object(stdClass))')?.stage, 'run');
  assert.equal(readTrace('Exception: function main_handler not found in /var/runtime/php74/bootstrap.php:44 Stack trace: #0 /var/runtime/php74/bootstrap.php(98): __scf_bootstrap_\\EventHandler->handle(Object(stdClass))')?.stage, 'load');
  // CloudBase and Mini Program cloud functions export their handler as `main`.
  assert.deepEqual(readTrace('TypeError: Cannot read properties of undefined\n    at exports.main (/var/user/index.js:81:24)')?.stage, 'run');
  assert.equal(readTrace('Invoking task timed out after 3 seconds'), undefined);
});

test('an exception type without frames still tells loading from running', () => {
  // SCF's Node.js runtimes load the handler inside the first call: a missing module is the user code's
  // exception, unless the runtime names it an import failure or the module is a native binary.
  assert.deepEqual(readExceptionType("Error: Cannot find module 'crypto-js'"), { stage: 'run', type: 'Cannot find module' });
  assert.deepEqual(readExceptionType("Error: Cannot find module '../build/Release/canvas.node'"), { stage: 'load', type: "Cannot find module '../build/Release/canvas.node'" });
  assert.deepEqual(readExceptionType('"Cannot find module" or "No module named" when the function runs'), { stage: 'load', type: 'No module named' });
  assert.deepEqual(readExceptionType("Runtime.ImportModuleError: Error: Cannot find module 'got'"), { stage: 'load', type: 'Runtime.ImportModuleError' });
  // The handler's own module missing is the handler's failure (437 first); a package it imports is not.
  assert.equal(readExceptionType("Unable to import module 'index': No module named index")?.stage, 'handler');
  assert.equal(readExceptionType("Unable to import module 'index': No module named 'requests'")?.stage, 'load');
  // The runtime naming an import failure decides over a require stack of the function's own files.
  assert.equal(readTrace("Runtime.ImportModuleError: Error: Cannot find module 'tenpay' Require stack: - /var/user/index.js - /var/runtime/node12/UserFunction.js")?.stage, 'load');
  // Code that does not parse fails while loading; JSON that does not parse is data read while running.
  assert.deepEqual(readExceptionType('errMsg: Runtime.UserCodeSyntaxError'), { stage: 'load', type: 'Runtime.UserCodeSyntaxError' });
  assert.deepEqual(readExceptionType('SyntaxError: invalid syntax'), { stage: 'load', type: 'SyntaxError' });
  assert.equal(readExceptionType('SyntaxError: Unexpected token u in JSON at position 0')?.stage, 'run');
  // The Node.js bootstrap finds no exported handler to call.
  assert.equal(readTrace('TypeError: this.realHandler is not a function')?.stage, 'load');
  assert.deepEqual(readExceptionType('requests.exceptions.ConnectionError: HTTPSConnectionPool'), { stage: 'run', type: 'ConnectionError' });
  // Any exception class printed before its message, and file-system errors of running code.
  assert.deepEqual(readExceptionType("我用腾讯云函数他报错UnicodeEncodeError: 'ascii' codec can't encode"), { stage: 'run', type: 'UnicodeEncodeError' });
  assert.deepEqual(readExceptionType("Error: EROFS: read-only file system, open '/var/user/box.dat'"), { stage: 'run', type: 'EROFS' });
  // An SDK's wrapper of an API error is not the function's own exception.
  assert.equal(readExceptionType('[TencentCloudSDKException] code:InvalidParameter message:x'), undefined);
  assert.equal(readExceptionType('all good'), undefined);
  // PHP's fatal error, and a file it cannot open for inclusion, end the PHP process.
  assert.deepEqual(readExceptionType('Fatal error: Uncaught TypeError: Argument 2 passed to Request::create()'), { stage: 'exit', type: 'Fatal error:' });
  assert.equal(readExceptionType("Warning: include(): Failed opening 'functions.php' for inclusion (include_path='/var/user')")?.stage, 'exit');
  // A shell's report that the process died of a signal ends it, whatever it raised before.
  assert.deepEqual(readExceptionType('Unhandled exception. System.FormatException: bad switch\n./index.sh: line 3: 31 Aborted ./app'), { stage: 'exit', type: 'line 3: 31 Aborted' });
  assert.equal(readExceptionType('bootstrap: line 9:  712 Killed  python3 app.py')?.stage, 'exit');
});

test('the platform a query names or reveals, and whether it is a management call', () => {
  assert.equal(platformOf('腾讯云函数部署后权限报错')?.platform, 'tencent-scf');
  // Any call of the yr module names openYuanrong, its kill and cancel as much as its get.
  assert.equal(platformOf('yr.kill timed out after 30s')?.platform, 'openyuanrong');
  assert.equal(platformOf('yr.cancel(ref) raised')?.platform, 'openyuanrong');
  assert.equal(platformOf('function not found: 0-defaultservice-py310')?.platform, 'openyuanrong');
  // Its SDK's object references and its data system's stream modes and RDMA transports are its own.
  assert.equal(platformOf('传入 objectRef 需由 List 容器储存，否则抛出该异常')?.platform, 'openyuanrong');
  assert.equal(platformOf('流的模式，可选择 MPMC、MPSC 或者 SPSC')?.platform, 'openyuanrong');
  assert.equal(platformOf('InfiniBand 或 RoCE 链路正常，但业务报 endpoint timeout')?.platform, 'openyuanrong');
  assert.equal(platformOf('No HCCS engines available')?.platform, 'openyuanrong');
  assert.equal(platformOf('QueryAndGet UB transport is unavailable')?.platform, 'openyuanrong');
  // The function system's Go error values are its own; the Mini Program's `errMsg` field stays SCF's.
  assert.equal(platformOf('errmsg.FunctionNotFound, "function [aa] is not found. check input parameters",')?.platform, 'openyuanrong');
  assert.equal(platformOf('assert.Equal(t, errmsg.ZipFileError, err.(snerror.SNError).Code())')?.platform, 'openyuanrong');
  assert.equal(platformOf('errMsg: cloud.callFunction:fail timeout')?.platform, 'tencent-scf');
  // A printf verb left in a line copied from source is openYuanrong's, unless something names Tencent.
  assert.equal(platformOf('failed to get pod pool, error: %s')?.platform, 'openyuanrong');
  assert.equal(platformOf('[CloudNode-Tencent] Namespace already exists: %s')?.platform, 'tencent-scf');
  assert.equal(platformOf('disk usage at 95%')?.platform, undefined);
  assert.equal(platformOf('腾讯云函数部署时权限报错')?.api, true);
  // A deploy that went through is no management call: what failed came when the function was called.
  assert.equal(platformOf('云函数部署成功但调用失败')?.api, false);
  assert.equal(platformOf('SCF deployed successfully but every call fails')?.api, false);
  // A deploy tool's advice to deploy again is still the tool's words.
  assert.equal(platformOf('Serverless: 无法找到指定 SCF 实例，请检查 Region 信息或重新部署后调用')?.api, true);
  // An app's advice to deploy a function it called and did not find is not: the call was an invocation.
  assert.equal(platformOf('云函数不存在，请检查云函数是否正确部署')?.api, false);
  assert.equal(platformOf('💡 云函数不存在，请先部署：')?.api, false);
  // A function said not to be deployed was looked for by the app.
  assert.equal(platformOf('云函数未部署，请先上传云函数')?.api, false);
  assert.equal(platformOf('生产管理云函数尚未部署')?.api, false);
  assert.equal(platformOf('原因: 云函数未上传或上传失败')?.api, false);
  assert.equal(platformOf('腾讯云函数尚未部署，部署时报错')?.api, true);
  // Advice to upload and deploy, with or without 并, is an app's advice too.
  assert.equal(platformOf('未找到云函数 getData，请在开发者工具中上传部署')?.api, false);
  assert.equal(platformOf('云函数「login」不存在。解决：右键 cloudfunctions/login → “上传并部署：云端安装依赖”')?.api, false);
  assert.equal(platformOf('File "/var/user/index.py", line 3')?.platform, 'tencent-scf');
  assert.equal(platformOf('yr.init failed to connect')?.platform, 'openyuanrong');
  // The data system's KV interface and its DS_* settings name it too.
  assert.equal(platformOf('The timeout for KV interfaces is set by DS_CONNECT_TIMEOUT_SEC')?.platform, 'openyuanrong');
  assert.equal(platformOf('RuntimeError: load_state is not supported in local mode')?.platform, 'openyuanrong');
  // Actors, tasks and invoke options are openYuanrong's programming model.
  assert.equal(platformOf('创建actor实例后，调用实例成员方法失败')?.platform, 'openyuanrong');
  assert.equal(platformOf('InvokeOptions retryTimes')?.platform, 'openyuanrong');
  // Its components and its data system client's format name it in logs.
  assert.equal(platformOf('Read failed from function-proxy')?.platform, 'openyuanrong');
  assert.equal(platformOf('received cancel schedule from DomainSchedSrvActor')?.platform, 'openyuanrong');
  assert.equal(platformOf('RuntimeError: code: [RPC unavailable], msg [Disconnected from worker]')?.platform, 'openyuanrong');
  // A Mini Program's errMsg / errCode and wx-server-sdk are Tencent's.
  assert.equal(platformOf("errMsg: Runtime.ImportModuleError: Error: Cannot find module 'wx-server-sdk'")?.platform, 'tencent-scf');
  assert.equal(platformOf('errCode: -504002 functions execute fail')?.platform, 'tencent-scf');
  // CloudBase tools end an API error with its request id in parentheses.
  assert.deepEqual(platformOf('当前操作已超出频次限制，请等待后重试 (reqId: 14d53cc6)'), { platform: 'tencent-scf', evidence: '(reqId:', api: true });
  // The API's credential names Tencent Cloud and a management call.
  assert.deepEqual(platformOf('请求中的SecretId没有被主账户授权访问本接口'), { platform: 'tencent-scf', evidence: 'SecretId', api: true });
  assert.equal(platformOf('the factor is 3'), undefined);
  assert.equal(platformOf('permission denied'), undefined);
  // Both named: no preference.
  assert.equal(platformOf('openYuanrong vs 腾讯云'), undefined);
});

const data: LookupData = {
  catalogs: { scf: 'SCF', 'scf-api': 'SCF API', 'yr-sdk': 'openYuanrong SDK', 'yr-rest': 'openYuanrong REST API' },
  entries: [
    { code: '430', catalog: 'scf', name: 'UserCodeException', olderNames: [], title: 'Code error', seenAs: [{ text: 'cloud function service error code -504002', by: 'wx-cloud', wraps: true }] },
    { code: '433', catalog: 'scf', name: 'TimeLimitReached', olderNames: [], title: 'Timeout' },
    { code: '437', catalog: 'scf', name: 'HandlerNotFound', olderNames: [], title: 'Entry file' },
    { code: '441', catalog: 'scf', name: 'UnauthorizedOperation', olderNames: [], title: 'CAM' },
    { code: '443', catalog: 'scf', name: 'UserCodeError', olderNames: [], title: 'Loader' },
    { code: '4008', catalog: 'yr-sdk', olderNames: [], title: 'Invoke failed' },
    { code: 'FailedOperation.UpdateFunctionCode', catalog: 'scf-api', olderNames: [], title: 'State', seenAs: [{ text: '当前函数状态无法更新代码，请在状态为正常时更新。', by: 'scf-api' }] },
    { code: 'UnauthorizedOperation.CAM', catalog: 'scf-api', olderNames: [], title: 'CAM' },
    { code: 'UnauthorizedOperation', catalog: 'scf-api', olderNames: [], title: 'Unauthorized' },
    { code: '446', catalog: 'scf', name: 'PortBindingFailed', olderNames: [], title: 'Port' },
    { code: 'InvalidParameter', catalog: 'scf-api', olderNames: [], title: 'Parameter' },
    { code: 'InvalidParameterValue.Handler', catalog: 'scf-api', olderNames: [], title: 'Handler value' },
    { code: 'RequestLimitExceeded', catalog: 'scf-api', olderNames: [], title: 'Rate' },
    { code: 'LimitExceeded.Function', catalog: 'scf-api', olderNames: [], title: 'Functions' },
    { code: 'LimitExceeded.Namespace', catalog: 'scf-api', olderNames: [], title: 'Namespaces' },
    { code: 'LimitExceeded.Timeout', catalog: 'scf-api', olderNames: [], title: 'Timeout quota' },
    { code: '434', catalog: 'scf', name: 'MemoryLimitReached', olderNames: [], title: 'Memory' },
    { code: '200', catalog: 'scf', name: 'Success', olderNames: [], title: 'Success' },
  ],
  concepts: [{ slug: 'timeouts', title: 'Timeouts' }],
  phrases: [
    { text: 'no permission', codes: ['441', 'UnauthorizedOperation.CAM'] },
    { text: '执行超时时间', codes: ['concept:timeouts', '433'] },
    { text: 'invoke failed', codes: ['4008'] },
  ],
};
const lookup = createLookup(data);
const answers = (query: string) => lookup(query).map((hit) => [hit.entry.code, hit.reason]);

test('an envelope answers with its inner error first, and the wrapper\'s generic code as the fallback', () => {
  const inner = "Error: errCode: -404011 cloud function execution error | errMsg: cloud.callFunction:fail requestID x, cloud function service error code -504002, error message Error: Cannot find module './dist/main'; at cloud.callFunction api;";
  const hits = lookup(inner);
  assert.equal(hits[0]!.entry.code, '430');
  assert.deepEqual(hits[0]!.envelope, ['-404011', '-504002']);
  const plain = lookup('Error: errCode: -404011 cloud function execution error | errMsg: cloud.callFunction:fail requestID x, cloud function service error code -504002, error message wx is not defined; at cloud.callFunction api;');
  assert.deepEqual(plain.map((hit) => [hit.entry.code, hit.reason]), [['430', 'envelope']]);
  // A wrapper code retyped without its minus sign is still the wrapper.
  assert.deepEqual(answers('404011 和 504002 错误码?配置env 也没用!')[0], ['430', 'envelope']);
  // A WeChat open API the function itself called failed: the function's own code raised (430); a client
  // API (`wx.request:fail`) is not the function's.
  assert.deepEqual(answers('errMsg: openapi.security.msgSecCheck:fail system error')[0], ['430', 'phrase']);
  assert.equal(lookup('wx.request:fail timeout').some((hit) => hit.why?.includes(':fail')), false);
  // An envelope raised inside a trace of running code: the trace decides.
  const raised = lookup('UnhandledPromiseRejectionWarning: Error: errCode: -604104 illegal source of invocation | errMsg: system error: error code: -604104');
  assert.deepEqual([raised[0]?.entry.code, raised[0]?.reason], ['430', 'trace']);
});

test('API codes: typed as they are, in lower case, inside an SDK exception, or by their Chinese message', () => {
  assert.deepEqual(answers('FailedOperation.UpdateFunctionCode')[0], ['FailedOperation.UpdateFunctionCode', 'code']);
  assert.deepEqual(answers('failedoperation.updatefunctioncode')[0], ['FailedOperation.UpdateFunctionCode', 'code']);
  assert.deepEqual(answers('UpdateFunctionCode')[0], ['FailedOperation.UpdateFunctionCode', 'name']);
  assert.deepEqual(answers('[TencentCloudSDKError] Code=FailedOperation.UpdateFunctionCode, Message=x, RequestId=y')[0], ['FailedOperation.UpdateFunctionCode', 'code-field']);
  // The API's Chinese message matches with ASCII punctuation too.
  assert.deepEqual(answers('当前函数状态无法更新代码,请在状态为正常时更新.')[0], ['FailedOperation.UpdateFunctionCode', 'message']);
});

test('the platform decides first among words: a deploy question on SCF gets the API code, an openYuanrong one its own', () => {
  assert.equal(lookup('no permission')[0]?.entry.code, '441');
  assert.equal(lookup('腾讯云 部署 no permission')[0]?.entry.code, 'UnauthorizedOperation.CAM');
  // A name an SCF status and an API code share is the API's code in a management call, the status's otherwise.
  assert.equal(lookup('上传云函数失败 UnauthorizedOperation?')[0]?.entry.code, 'UnauthorizedOperation');
  assert.equal(lookup('云函数调用返回 UnauthorizedOperation')[0]?.entry.code, '441');
  assert.equal(lookup('yr.invoke invoke failed on 腾讯云')[0]?.entry.code, '4008');
});

test('a question about a setting offers the concept page that explains it, with why', () => {
  const [hit] = lookup('执行超时时间怎么改');
  assert.equal(hit?.entry.code, 'concept:timeouts');
  assert.equal(hit?.reason, 'concept');
  assert.equal(hit?.concept?.slug, 'timeouts');
});

test('an API action printed before the message: the message is read without it, and the action’s own FailedOperation code comes first', async () => {
  const { matchApiMessages } = await import('../../src/lib/search/upstream.ts');
  const messages = [
    { c: 'FailedOperation.CreateTrigger', t: '当前函数状态无法进行此操作。' },
    { c: 'FailedOperation.DeleteFunction', t: '当前函数状态无法进行此操作，请在函数状态正常时重试。' },
    { c: 'ResourceNotFound.Function', t: '函数不存在，请检查函数名称。' },
  ];
  const known = new Set(['FailedOperation.CreateTrigger', 'FailedOperation.DeleteFunction', 'FailedOperation.UpdateFunctionConfiguration', 'ResourceNotFound.Function']);
  const codes = (query: string) => matchApiMessages(query, messages, known).map((hit) => hit.code);
  assert.deepEqual(codes('UpdateFunctionConfiguration 当前函数状态无法进行此操作'), ['FailedOperation.UpdateFunctionConfiguration', 'FailedOperation.CreateTrigger', 'FailedOperation.DeleteFunction']);
  // Without an action, or for an action that has no code of its own, the message decides alone.
  assert.deepEqual(codes('当前函数状态无法进行此操作'), ['FailedOperation.CreateTrigger', 'FailedOperation.DeleteFunction']);
  assert.deepEqual(codes('ListAliases 当前函数状态无法进行此操作'), ['FailedOperation.CreateTrigger', 'FailedOperation.DeleteFunction']);
  // A message of another family is not rewritten, nor one whose code names a cause rather than an action.
  assert.deepEqual(codes('GetFunction 函数不存在，请检查函数名称'), ['ResourceNotFound.Function']);
  const cause = matchApiMessages('[CreateFunction] 操作COS资源失败。', [{ c: 'FailedOperation.Cos', t: '操作COS资源失败。' }], new Set(['FailedOperation.Cos', 'FailedOperation.CreateFunction']));
  assert.deepEqual(cause.map((hit) => hit.code), ['FailedOperation.Cos']);
});

test('a deploy line that quotes a short API message answers with that message, ahead of what 部署失败 guesses', async () => {
  const { matchApiMessages } = await import('../../src/lib/search/upstream.ts');
  const { mergeUpstream } = await import('../../src/lib/search/lookup.ts');
  const messages = [{ c: 'ActionOffline', t: '接口已下线。' }];
  const paste = '部署失败：接口已下线。 (reqId: 1a2b)';
  const matched = matchApiMessages(paste, messages, new Set(['ActionOffline']));
  assert.deepEqual(matched.map((hit) => [hit.code, hit.reason]), [['ActionOffline', 'message']]);
  const entries = [
    { code: 'ActionOffline', catalog: 'scf-api' as const, title: 'The API is offline' },
    { code: 'concept:api-errors', catalog: 'scf' as const, title: 'Cloud API errors' },
  ];
  const guess = { entry: entries[1]!, reason: 'concept' as const, why: '部署失败' };
  assert.equal(mergeUpstream([guess], matched, entries, true)[0]?.entry.code, 'ActionOffline');
  // Outside a management call a message this short still comes after the guess.
  assert.equal(mergeUpstream([guess], matched, entries, false)[0]?.entry.code, 'concept:api-errors');
});

test('a sub-code of another product answers with its family among the API codes', () => {
  assert.deepEqual(answers('An API error has returned: [TencentCloudSDKError] Code=InvalidParameter.InputIllegal, Message=x')[0], ['InvalidParameter', 'in-text']);
  assert.equal(lookup('Code = UnauthorizedOperation.CAM.Extra, Message = y')[0]?.entry.code, 'UnauthorizedOperation.CAM');
});

test('a parameter named beside a complaint is that parameter\'s code', () => {
  assert.equal(lookup('Error: The value specified in the parameter Handler is not valid.')[0]?.entry.code, 'InvalidParameterValue.Handler');
  assert.equal(lookup('部署失败：handler参数错误')[0]?.entry.code, 'InvalidParameterValue.Handler');
  // The API's English shapes that name the parameter in backticks.
  assert.equal(lookup('Error: Incorrect `Handler` parameter. (reqId: 1a2b)')[0]?.entry.code, 'InvalidParameterValue.Handler');
  // The complaint may come first: 不支持修改 handler.
  assert.equal(lookup('云开发平台不支持修改 handler，导致报错')[0]?.entry.code, 'InvalidParameterValue.Handler');
  assert.equal(lookup('the parameter Timeout is not valid')[0], undefined);
});

test('numbers with their unit say what failed, and are never codes', () => {
  const first = (query: string) => lookup(query)[0]?.entry.code;
  assert.equal(first('云函数要求必须绑定启动端口为9000'), '446');
  assert.equal(first('提工单说没监听9000端口'), '446');
  assert.equal(first('执行超过900秒失败了'), '433');
  assert.equal(first('希望能提高一下20qps的限制'), 'RequestLimitExceeded');
  assert.deepEqual(readNumberHints('the API allows 20 calls per second by default').map((hint) => hint.code), ['RequestLimitExceeded']);
  // A size beside what it measures: a response over it is 407, an event or request 406.
  assert.deepEqual(readNumberHints('云函数一次性返回了所有章节内容，导致响应体超过6MB限制。'), [{ code: '407', why: '响应体超过6MB' }]);
  assert.deepEqual(readNumberHints('event payload over 6 MB'), [{ code: '406', why: 'event payload over 6 MB' }]);
  assert.deepEqual(readNumberHints('超过6MB'), []);
  // A function called and not found over HTTP is missing where it was called.
  assert.deepEqual(readNumberHints('函数调用 404；在控制台核对环境 ID').map((hint) => hint.code), ['435']);
  assert.deepEqual(readNumberHints('Invoking a cloud function returns **404**').map((hint) => hint.code), ['435']);
  // A limit stated as a rule, with a clause between what it measures and its size.
  assert.deepEqual(readNumberHints('the request content a gateway can pass to the function at a time cannot be larger than 6 MB').map((hint) => hint.code), ['406']);
  assert.deepEqual(readNumberHints('单次请求内容大小不能超过 6MB').map((hint) => hint.code), ['406']);
  // A file uploaded through the function travels in its event.
  assert.deepEqual(readNumberHints('如果上传的文件在 Base64 编码后的大小超过6MB').map((hint) => hint.code), ['406']);
  // A table's short words for a response over its limit (`返回超限 | >6MB`).
  assert.deepEqual(readNumberHints('| -504002 | 返回超限 | >6MB |').map((hint) => hint.code), ['407']);
  // A response's limit named beside its size (`响应体上限 6MB`) is the same check.
  assert.deepEqual(readNumberHints('上传大文件失败：函数 URL 响应体上限 6MB').map((hint) => hint.code), ['407']);
  // A run that reached its time limit met the execution timeout; a limit stated as allowed values did not.
  assert.deepEqual(readNumberHints('中转请求已达到云函数 60 秒上限，请换用更快的节点'), [{ code: '433', why: '达到云函数 60 秒上限' }]);
  assert.deepEqual(readNumberHints('the job hit the 900s limit again').map((hint) => hint.code), ['433']);
  assert.deepEqual(readNumberHints('超时时间上限为 900 秒'), []);
  // A code package over a size is the API's package check, not the event's or the response's limit.
  assert.deepEqual(readNumberHints('函数代码不能大于 50MB').map((hint) => hint.code), ['InvalidParameterValue.ZipFile', 'RequestSizeLimitExceeded']);
  assert.deepEqual(readNumberHints('the zip file exceeds 50 MB').map((hint) => hint.code), ['InvalidParameterValue.ZipFile', 'RequestSizeLimitExceeded']);
  // A server listening on the loopback address cannot be reached from outside its container (446).
  assert.deepEqual(readNumberHints('Node.js 默认只监听 127.0.0.1，平台访问不到'), [{ code: '446', why: '监听 127.0.0.1' }]);
  assert.deepEqual(readNumberHints('Flask app listening on localhost:5000'), [{ code: '446', why: 'listening on localhost:5000' }]);
  assert.deepEqual(readNumberHints('请求 127.0.0.1 的 Redis 超时'), []);
  assert.deepEqual(readNumberHints('函数返回 Body 过大，超出 6MB 限制'), [{ code: '407', why: '返回 Body 过大，超出 6MB' }]);
  // A limit that is not enough is the execution timeout; a port in backticks is still a port.
  assert.deepEqual(readNumberHints('最大60秒不够用 有好办法吗'), [{ code: '433', why: '60秒不够' }]);
  // A time set in seconds is the execution timeout the text is about; a size set is not.
  assert.deepEqual(readNumberHints('云函数配置已修改为 120 秒，但云端仍在使用旧的配置'), [{ code: '433', why: '修改为 120 秒' }]);
  assert.deepEqual(readNumberHints('内存设置为 256 MB'), []);
  assert.deepEqual(readNumberHints('请检查您的业务代码是否监听`9000`端口'), [{ code: '446', why: '监听`9000' }]);
  // The port after the address the server binds.
  assert.deepEqual(readNumberHints('the server needs to listen on port 0.0.0.0:9000').map(({ code }) => code), ['446']);
  const text = '是否监听`9000`端口';
  assert.equal(isNotACode(text, text.indexOf('9000'), 4), true);
  // A sentence's full stop after a number leaves it a code; a decimal point or a version's does not.
  const stop = '否则会抛出异常 1001.';
  assert.equal(isNotACode(stop, stop.indexOf('1001'), 4), false);
  const decimal = 'line 433.5';
  assert.equal(isNotACode(decimal, decimal.indexOf('433'), 3), true);
  // A Node.js unhandled rejection is raised after the handler ran, even for a missing module.
  assert.equal(readTrace("UnhandledPromiseRejectionWarning: Error: Cannot find module 'got'\nRequire stack:\n- /var/user/a.js")?.stage, 'run');
});

test('a quota reached answers with the LimitExceeded code of what it counts', () => {
  const first = (query: string) => lookup(query)[0]?.entry.code;
  assert.equal(first('命名空间下函数个数达到上限'), 'LimitExceeded.Function');
  // A count's bound stated as a rule (数量不能超过 N 个).
  assert.equal(first('每个地域下的函数数量不能超过50个'), 'LimitExceeded.Function');
  // A count stated as what is supported, or as what can no longer be added.
  assert.equal(first('a region only supports 5 namespaces'), 'LimitExceeded.Namespace');
  assert.equal(first('已创建五个命名空间，则不能再增加命名空间'), 'LimitExceeded.Namespace');
  assert.equal(first('The number of namespaces per region reaches the upper limit.'), 'LimitExceeded.Namespace');
  // Passing a limit is a quota only in a management call; at run time it is the timeout itself.
  assert.equal(first('部署时报错，超过timeout限制'), 'LimitExceeded.Timeout');
  assert.notEqual(first('The size of function response body exceeds the upper limit'), 'LimitExceeded.Function');
  // A quota stated as a number (最多…个, 限额为, at most, up to N of something) is the same quota.
  assert.equal(first('目前每个地域内默认可创建5个命名空间'), 'LimitExceeded.Namespace');
  assert.equal(first('each region supports up to 5 namespaces'), 'LimitExceeded.Namespace');
  // A size or a length is no count of anything.
  assert.equal(first('Input parameter (optional): it can be a string of up to 4 KB'), undefined);
});

test('a monitoring label carries its status; a file the runtime cannot read fails loading', () => {
  assert.deepEqual(answers('http_434')[0], ['434', 'code-field']);
  assert.equal(readTrace("Error: EACCES: permission denied, open '/var/user/index.js'")?.stage, 'load');
});

test('a question about a setting asks for its concept page; a failure report or a request for a fix does not', () => {
  const slugs = (text: string) => askedConcepts(text).map(({ slug }) => slug);
  assert.deepEqual(slugs('How do I scale a function?'), ['concurrency']);
  assert.deepEqual(slugs('未使用并发管理功能前，一个云函数默认具有300的并发数量上限。'), ['concurrency']);
  assert.deepEqual(slugs('What is a bootstrap file? How do I write it?'), ['handler']);
  // Asking whether there is a limit is a question about the setting.
  assert.deepEqual(slugs('单一函数的并发实例个数有没有限制？'), ['concurrency']);
  // "Works locally, fails in the cloud" is a situation with its usual causes, most likely first.
  assert.deepEqual(worksLocally('本地调试是完全通过的,为何云端调用不可以呢?')?.codes, ['443', '430', '433']);
  assert.equal(worksLocally('It works locally but fails after deploy')?.why, 'works locally');
  assert.equal(worksLocally('问一下大佬local下的脚本为什么用云函数运行不了')?.codes[0], '443');
  assert.equal(worksLocally('云端测试成功,本地调用失败'), undefined);
  // Its twin, "deployed fine, fails when run", has the same causes; a deploy that failed does not.
  assert.deepEqual(worksLocally('部署成功后，访问页面一直报错')?.codes, ['443', '430', '433']);
  assert.equal(worksLocally('The deploy was successful, but every invocation fails')?.codes[0], '443');
  assert.equal(worksLocally('部署失败，报错 InvalidParameterValue'), undefined);
  // A timeout the text names decides instead (433 by the phrases).
  assert.equal(worksLocally('新环境部署后 AI 调用会因函数级超时失败'), undefined);
  assert.deepEqual(slugs('并发超限报错怎么办'), []);
  assert.deepEqual(slugs('How do I fix the handler error?'), []);
  // The timeout setting is explained on 433's own page: no concept page is asked for.
  assert.deepEqual(slugs('云函数默认超时仅 3 秒'), []);
});

test('the lookup puts the concept page of a question about a setting first, and a known message still first', () => {
  const data: LookupData = {
    catalogs: { scf: 'SCF', 'yr-sdk': 'SDK', 'yr-rest': 'REST', 'scf-api': 'API' },
    entries: [
      { code: '432', catalog: 'scf', name: 'ResourceLimitReached', title: 'Concurrency quota reached', seenAs: [{ text: 'Function instance concurrency reached the limit of {n}', by: 'scf-runtime' }] },
    ],
    concepts: [{ slug: 'concurrency', title: 'Concurrency' }],
    phrases: [{ text: 'concurrency', codes: ['432'] }],
  };
  const lookup = createLookup(data);
  assert.equal(lookup('What is the default concurrency of a function?')[0]?.entry.code, 'concept:concurrency');
  assert.equal(lookup('What is the default concurrency of a function?')[0]?.reason, 'concept');
  assert.equal(lookup('Function instance concurrency reached the limit of 100, what is the maximum?')[0]?.entry.code, '432');
});

test('a message quoted from memory matches by its words in order, stems compared, xxx for left-out parts', () => {
  const message = stemsOf('You are not authorized to perform this operation. Check your CAM policies');
  assert.deepEqual(quotedParts('What should I do if the error "xxx you are not authorized to perform operation xxx" is reported?'), ['xxx you are not authorized to perform operation xxx']);
  assert.equal(recalledIn(stemsOf('xxx you are not authorized to perform operation xxx'), message), true);
  assert.equal(recalledIn(stemsOf('Resource limit exceeded for function'), stemsOf('Resource limit exceed for function [ ]')), true);
  // Words out of order, or too far apart, or too few, are not the message.
  assert.equal(recalledIn(stemsOf('operation perform not authorized you'), message), false);
  assert.equal(recalledIn(stemsOf('you are not authorized to check'), message), false);
  assert.equal(recalledIn(stemsOf('not authorized'), message), false);
});

test('a one-word API code written in a message is a guess at that code, unless an SCF status carries it as its name', () => {
  const lookup = createLookup({
    catalogs: { scf: 'SCF', 'yr-sdk': 'SDK', 'yr-rest': 'REST', 'scf-api': 'API' },
    entries: [
      { code: '400', catalog: 'scf', name: 'InvalidParameterValue', title: 'Invalid parameter' },
      { code: 'InvalidParameterValue', catalog: 'scf-api', title: 'Invalid parameter value' },
      { code: 'ResourceInUse', catalog: 'scf-api', title: 'Resource in use' },
    ],
  });
  const first = lookup('ResourceInUse: function is currently updating')[0];
  assert.deepEqual([first?.entry.code, first?.reason], ['ResourceInUse', 'message-part']);
  assert.equal(lookup('Error: InvalidParameterValue returned by the gateway')[0]?.entry.code, '400');
  assert.equal(lookup('ResourceInUsers is a table name')[0], undefined);
});

test('a Chinese question that restates an API message in its own words finds it; one that shares only common words does not', () => {
  const messages = [
    { c: 'InvalidParameterValue.EnvironmentExceededLimit', t: '环境变量大小超限，请保持在 4KB 以内。' },
    { c: 'InvalidParameter.RequestTooLarge', t: '请求大小超限。' },
    { c: 'ResourceNotFound.Function', t: '函数不存在。' },
    { c: 'ResourceNotFound.Layer', t: '层不存在。' },
  ];
  assert.deepEqual(
    matchParaphrases('环境变量超过四个就提示大小超限，何解？', messages).map(({ code }) => code),
    ['InvalidParameterValue.EnvironmentExceededLimit', 'InvalidParameter.RequestTooLarge'],
  );
  assert.deepEqual(matchParaphrases('云函数部署一直不成功', messages), []);
  assert.deepEqual(matchParaphrases('size limit', messages), []);
  // A name the user chose is no word of a message; codes that share one message are ordered by what it says.
  const shared = [
    { c: 'InvalidParameterValue.FunctionName', t: '函数不存在。' },
    { c: 'ResourceNotFound.Function', t: '函数不存在。' },
    { c: 'ResourceNotFound.Demo', t: '不存在的Demo。' },
  ];
  assert.deepEqual(matchParaphrases('函数状态异常, 函数 scf-demo 不存在', shared).map(({ code }) => code), ['ResourceNotFound.Function', 'InvalidParameterValue.FunctionName']);
  // A message that names something in Latin letters is restated only by a question that names it.
  const demo = [{ c: 'ResourceNotFound.Demo', t: '不存在的Demo。' }];
  assert.deepEqual(matchParaphrases('我将配置文件中的vpc id 改为一个不存在的id', demo), []);
  assert.deepEqual(matchParaphrases('提示我用的demo是不存在的', demo).map(({ code }) => code), ['ResourceNotFound.Demo']);
});

test('a short English sentence restates an API message with a name filled in; a longer text does not', () => {
  const messages = [
    { c: 'ResourceNotFound.Function', t: 'The function does not exist.' },
    { c: 'ResourceNotFound.FunctionVersion', t: 'The function version does not exist.' },
    { c: 'ResourceNotFound.Namespace', t: 'Namespace does not exist.' },
  ];
  assert.equal(matchParaphrases('Function hello_world not exists', messages)[0]?.code, 'ResourceNotFound.Function');
  assert.deepEqual(matchParaphrases('the namespace prod-ns does not exist', messages).map(({ code }) => code), ['ResourceNotFound.Namespace']);
  // Shared words in a long log line are chance, not a restatement.
  assert.deepEqual(matchParaphrases('at handler (/var/user/index.js:3:9) the function failed because the file does not exist on disk', messages), []);
});

test('a setting named in a question is read as an identifier and found in the messages that print it', () => {
  assert.deepEqual(identifiersOf('配置invokeoptions中的recoverRetryTimes小于0'), ['recoverretrytimes']);
  assert.deepEqual(identifiersOf('max_instance_num too small, K_RPC_UNAVAILABLE, user_id, getData'), ['max_instance_num']);
  assert.equal(namesIdentifier('the recoverretrytimes: is invalid', 'recoverretrytimes'), true);
  assert.equal(namesIdentifier('the maxrecoverretrytimes: is invalid', 'recoverretrytimes'), false);
});

test('a wrapper code alone answers with its usual meaning, explained as an envelope; a shared one lists its conditions as guesses', () => {
  const lookup = createLookup({
    catalogs: { scf: 'SCF', 'yr-sdk': 'SDK', 'yr-rest': 'REST', 'scf-api': 'API' },
    entries: [
      { code: '430', catalog: 'scf', name: 'UserCodeException', title: 'Exception in code', seenAs: [{ text: 'cloud function service error code -504002', by: 'wx-cloud', wraps: true }] },
      { code: '435', catalog: 'scf', name: 'FunctionNotFound', title: 'Function not found', seenAs: [{ text: 'errCode: -501000  | errMsg: 找不到对应的FunctionName.', by: 'wx-cloud', shared: true }] },
      { code: '433', catalog: 'scf', name: 'TimeLimitReached', title: 'Timed out', seenAs: [{ text: 'Invoking task timed out after {seconds} seconds', by: 'scf-runtime' }] },
    ],
  });
  const alone = lookup('-504002')[0];
  assert.deepEqual([alone?.entry.code, alone?.reason, alone?.envelope], ['430', 'envelope', ['-504002']]);
  assert.deepEqual(lookup('部署后仍然报错 -501000').map(({ entry, reason }) => [entry.code, reason]), [['435', 'message-part']]);
  // A code two resources share: the resource named nearest to it decides, and the other is left out.
  const shared = createLookup({
    catalogs: { scf: 'SCF', 'yr-sdk': 'SDK', 'yr-rest': 'REST', 'scf-api': 'API' },
    entries: [
      { code: '435', catalog: 'scf', name: 'FunctionNotFound', title: 'Function not found', seenAs: [{ text: 'errCode: -501000  | errMsg: 找不到对应的FunctionName.', by: 'wx-cloud', shared: true }] },
      { code: 'ResourceNotFound.Namespace', catalog: 'scf-api', title: 'Namespace not found', seenAs: [{ text: 'errCode: -501000  | errMsg: Environment not found', by: 'wx-cloud', shared: true }] },
    ],
  });
  assert.deepEqual(shared('云开发环境未就绪 (-501000)').map(({ entry }) => entry.code), ['ResourceNotFound.Namespace']);
  assert.deepEqual(shared('云函数未部署 (错误码: -501000)，请部署到云端环境').map(({ entry }) => entry.code), ['435']);
  assert.deepEqual(shared('过一会就会报 -501000').map(({ entry }) => entry.code).sort(), ['435', 'ResourceNotFound.Namespace']);
  // Beside no resource, words that state what failed lead the shared code, whose resources follow.
  const stated = createLookup({
    catalogs: { scf: 'SCF', 'yr-sdk': 'SDK', 'yr-rest': 'REST', 'scf-api': 'API' },
    entries: [
      { code: '407', catalog: 'scf', name: 'ResultSizeLimitExceeded', title: 'Result too large' },
      { code: '435', catalog: 'scf', name: 'FunctionNotFound', title: 'Function not found', seenAs: [{ text: 'errCode: -501000  | errMsg: 找不到对应的FunctionName.', by: 'wx-cloud', shared: true }] },
      { code: 'ResourceNotFound.Namespace', catalog: 'scf-api', title: 'Namespace not found', seenAs: [{ text: 'errCode: -501000  | errMsg: Environment not found', by: 'wx-cloud', shared: true }] },
    ],
    phrases: [{ text: 'response size', codes: ['407'] }],
  });
  assert.deepEqual(stated('-501000 response size exceeded 1048576 bytes').map(({ entry }) => entry.code), ['407', '435', 'ResourceNotFound.Namespace']);
  // The inner error, when there is one, decides over the wrapper's usual meaning.
  assert.equal(lookup('-504002 Invoking task timed out after 3 seconds')[0]?.entry.code, '433');
});

test('200 beside a failure is an HTTP status, not the answer; a report line with memory to spare is not the memory code', () => {
  const lookup = createLookup({ ...data, phrases: [{ text: '超时', codes: ['433'] }, { text: 'memory', codes: ['434'] }] });
  const answers = (query: string) => lookup(query).map((hit) => [hit.entry.code, hit.reason]);
  assert.equal(lookup('腾讯云函数返回 200')[0]?.entry.code, '200');
  assert.deepEqual(answers('函数超时，API 响应 200 HTTP code，但返回内容是超时报错')[0], ['433', 'phrase']);
  assert.ok(!answers('函数超时，API 响应 200 HTTP code，但返回内容是超时报错').some(([code]) => code === '200'));
  assert.equal(lookup('memory limit')[0]?.entry.code, '434');
  assert.deepEqual(answers('Init Report RequestId: 6d89 Coldstart: 153ms (PullCode: 0ms InitRuntime: 3ms InitFunction: 150ms) Memory: 128MB MemUsage: 8.90MB'), [['concept:timeouts', 'report']]);
});

test('a sentence stating the values a setting allows names that setting, not a run that failed', () => {
  assert.deepEqual(readAllowedValues('函数最长执行时间，单位为秒，可选值范围 1-900 秒')?.codes, ['LimitExceeded.Timeout', 'concept:timeouts']);
  // The API's own description of the setting names it without the word timeout.
  assert.deepEqual(readAllowedValues('The duration a function is allowed to execute. Choose a value between 1 and 900 seconds')?.codes, ['LimitExceeded.Timeout', 'concept:timeouts']);
  assert.deepEqual(readAllowedValues('For each environment variable, the maximum size of the value is 128 bytes')?.codes, ['InvalidParameterValue.EnvironmentExceededLimit']);
  assert.deepEqual(readAllowedValues('函数初始化超时时间，可选值范围 3-300 秒')?.codes, ['LimitExceeded.InitTimeout', 'concept:timeouts', '450']);
  // The init phase's longest run is its timeout in other words, and its defaults are no execution timeout.
  assert.deepEqual(readAllowedValues('初始化阶段最长运行时间，可选值范围为 3-300 秒，默认 60 秒')?.codes, ['LimitExceeded.InitTimeout', 'concept:timeouts', '450']);
  assert.deepEqual(readNumberHints('初始化阶段最长运行时间默认 90 秒'), []);
  assert.deepEqual(readAllowedValues('Timer name (required): it can contain up to 60 characters')?.codes, ['InvalidParameterValue.TriggerName']);
  assert.equal(readAllowedValues('腾讯云环境变量设置不能超过4K')?.codes[0], 'InvalidParameterValue.EnvironmentExceededLimit');
  // A run that met the limit, a range a sentence merely mentions, and a setting-less range say no setting.
  assert.equal(readAllowedValues('执行超时时间：86400（会警告超范围）'), undefined);
  assert.equal(readAllowedValues('在配置的执行超时时间范围内没有执行完成时，会终止该请求'), undefined);
  assert.equal(readAllowedValues('port 65537 is out of valid range (1-65535)'), undefined);
  // A naming rule or the values a setting may take, as API references and Terraform modules state them.
  assert.deepEqual(readAllowedValues('Timeout of the SCF function, unit is second. Default 3. Available value is 1-900.')?.codes, ['LimitExceeded.Timeout', 'concept:timeouts']);
  assert.deepEqual(readAllowedValues('Handler of the SCF function. The format is <filename>.<method_name>, it should start with a letter.')?.codes, ['InvalidParameterValue.Handler', 'concept:handler']);
  assert.deepEqual(readAllowedValues('层名称，支持 26 个英文字母大小写、数字、连接符和下划线，第一个字符只能以字母开头')?.codes, ['InvalidParameterValue.LayerName']);
});

test('an exception whose message an SDK raises answers with that message\'s code before the bare type', async () => {
  const { isFirm, mergeUpstream, needsUpstream } = await import('../../src/lib/search/lookup.ts');
  const { matchUpstream } = await import('../../src/lib/search/upstream.ts');
  const paste = 'ValueError: Get params size is not equal to keys size';
  const entries = [
    { code: '1001', catalog: 'yr-sdk' as const, title: 'Invalid call parameters' },
    { code: '430', catalog: 'scf' as const, title: 'User code exception' },
    { code: '443', catalog: 'scf' as const, title: 'Load failure' },
  ];
  const byType = { entry: entries[1]!, reason: 'exception' as const, why: 'ValueError' };
  // The type alone is not the last word while the message may be a known one …
  assert.equal(isFirm([byType], paste), false);
  assert.equal(needsUpstream(paste, [byType]), true);
  const matched = matchUpstream(paste, [{ c: '1001', t: 'Get params size is not equal to keys size' }]);
  assert.deepEqual(mergeUpstream([byType], matched, entries).map((hit) => hit.entry.code), ['1001', '430']);
  // … but a type with no message of its own, or no known message, leaves the type's answer first.
  assert.equal(isFirm([byType], 'ValueError'), true);
  assert.deepEqual(mergeUpstream([byType], matchUpstream('ValueError: something of my own went wrong', [{ c: '1001', t: 'Get params size is not equal to keys size' }]), entries).map((hit) => hit.entry.code), ['430']);
  // Other hits read from the paste's structure keep their place before the exception's.
  const envelope = { entry: entries[2]!, reason: 'envelope' as const, why: '-504002' };
  assert.deepEqual(mergeUpstream([envelope, byType], [], entries).map((hit) => hit.entry.code), ['443', '430']);
});

test('a named value over its length in characters is that parameter\'s code, even where the sentence reports a failure', () => {
  assert.deepEqual(readTooLong('修复因云函数定时器名称超过60个字符导致的异常')?.codes, ['InvalidParameterValue.TriggerName']);
  assert.deepEqual(readTooLong('function name is longer than 60 characters')?.codes, ['InvalidParameterValue.FunctionName']);
  assert.equal(readTooLong('定时器名称不能为空'), undefined);
  assert.equal(readTooLong('返回值超过 6 MB'), undefined);
});

test('Python\'s syntax error pasted without its type is still read as code that failed to load', () => {
  assert.deepEqual(readExceptionType('失败原因:invalid syntax (sendNotify.py, line 473)'), { stage: 'load', type: 'invalid syntax (sendNotify.py, line 473)' });
  assert.equal(readExceptionType('invalid syntax (<unknown>, line 132)')?.stage, 'load');
  // A Go panic is recovered by SCF's Go library and returned as the run's error.
  assert.equal(readExceptionType('panic: runtime error: invalid memory address or nil pointer dereference')?.stage, 'run');
  // Node's parser words without the type: a file cut short, a stray character.
  assert.equal(readExceptionType('大文件易截断导致 `Unexpected end of input`')?.stage, 'load');
  assert.equal(readExceptionType('Invalid or unexpected token')?.stage, 'load');
  assert.notEqual(readExceptionType('Unexpected end of JSON input')?.stage, 'load');
  assert.equal(readExceptionType('invalid syntax near WHERE'), undefined);
  // An ES module's missing package is Node.js's missing module, met while the code runs.
  assert.equal(readExceptionType("Cannot find package 'axios' imported from /var/user/index.mjs")?.stage, 'run');
  // A library's exception named by its module is raised by running code.
  assert.equal(readExceptionType("requests.exceptions.InvalidSchema: No connection adapters were found for 'hhttps://'")?.stage, 'run');
});

test('the API\'s own complaint about a parameter names that parameter\'s code; 秘钥 is read as 密钥', () => {
  const lookup = createLookup({
    catalogs: { scf: 'SCF', 'yr-sdk': 'SDK', 'yr-rest': 'REST', 'scf-api': 'API' },
    entries: [
      { code: 'InvalidParameterValue.DeadLetterConfig', catalog: 'scf-api', title: 'DeadLetterConfig' },
      { code: 'InvalidParameterValue.Runtime', catalog: 'scf-api', title: 'Runtime' },
      { code: 'AuthFailure.SignatureFailure', catalog: 'scf-api', title: 'Signature' },
      { code: '1001', catalog: 'yr-sdk', title: 'Invalid parameter' },
    ],
    phrases: [{ text: '密钥 … 失败', codes: ['AuthFailure.SignatureFailure'] }],
  });
  const first = (query: string) => lookup(query)[0]?.entry.code;
  assert.equal(first('The value of DeadLetterConfig is invalid. The value of Type should be CMQ-TOPIC, CMQ-QUEUE, topic or queue.'), 'InvalidParameterValue.DeadLetterConfig');
  assert.equal(first('[TencentCloudSDKException]message:`该Runtime暂时不支持，请修正后再试。`'), 'InvalidParameterValue.Runtime');
  assert.equal(first('DeadLetterConfig 取值与规范不符，Type 取值不在 CMQ-TOPIC、CMQ-QUEUE、topic、queue 范围内'), 'InvalidParameterValue.DeadLetterConfig');
  // An older description's wording (`…传入错误`), the parameter in another case.
  assert.equal(first('deadletterconfig传入错误。'), 'InvalidParameterValue.DeadLetterConfig');
  assert.equal(first('scf部署时秘钥验证失败'), 'AuthFailure.SignatureFailure');
  // A parameter named in Chinese before a complaint about the value quoted after it.
  const named = createLookup({
    catalogs: { scf: 'SCF', 'yr-sdk': 'SDK', 'yr-rest': 'REST', 'scf-api': 'API' },
    entries: [{ code: 'InvalidParameterValue.FunctionName', catalog: 'scf-api', title: 'FunctionName' }],
  });
  assert.equal(named('Error: SCF 函数名称(http-flask-W0qIO2bt-)命名不符合规则。')[0]?.entry.code, 'InvalidParameterValue.FunctionName');
  assert.equal(named('函数名称可以包含连字符吗')[0]?.entry.code, undefined);
  // A parameter SCF has no code for names nothing.
  assert.equal(first('The value of Colour is invalid.'), undefined);
});

test('node affinity, dscli and SHM reveal openYuanrong', () => {
  assert.equal(platformOf('创建失败, 报错亲和节点不匹配')?.platform, 'openyuanrong');
  assert.equal(platformOf('SHM 容量不足')?.platform, 'openyuanrong');
  assert.equal(platformOf('dscli 启动失败')?.platform, 'openyuanrong');
});

test('a limit with a code page of its own (the speed of scaling out) is not sent to the concept page', () => {
  assert.deepEqual(askedConcepts('弹性并发的扩容速度默认限制为500个/分钟').map(({ slug }) => slug), []);
  assert.deepEqual(askedConcepts('The default maximum speed of elastic concurrency expansion (function burst) is 500 instances per minute').map(({ slug }) => slug), []);
  assert.deepEqual(askedConcepts('一个云函数默认具有 300 的并发数量上限').map(({ slug }) => slug), ['concurrency']);
});

test('a tagged message matches without its tag, and a value that ends it may be cut off; a tag with no words matches nothing', () => {
  const tagged = compileTemplate('[RPC_RECV_TIMEOUT] Rpc service for client {text} has not responded within the allowed time. Detail: {n}');
  assert.notEqual(matchTemplate(tagged, 'Rpc service for client 3c9e-client has not responded within the allowed time. Detail: '), undefined);
  assert.notEqual(matchTemplate(tagged, '[RPC_RECV_TIMEOUT] Rpc service for client 3c9e-client has not responded within the allowed time. Detail: 1001'), undefined);
  assert.equal(matchTemplate(compileTemplate('[RPC_RECV_TIMEOUT] {text}'), 'Worker etcd is unavailable'), undefined);
  // The tag keys no shard; a plural keys the same shard as its singular.
  assert.deepEqual(keyWordsOf('[REMOTE_SERVICE_WAIT_TIMEOUT] Remote service is not available'), ['remote', 'available']);
  assert.deepEqual(keyWordsOf("can't find objects"), keyWordsOf("can't find object"));
});

test("an exception's message matches without its type, as a result field prints it; a short one still needs the type", async () => {
  const typed = compileTemplate("AttributeError: module '{name}' has no attribute '{name}'");
  assert.ok(matchTemplate(typed, "module 'index' has no attribute 'main_handler'"));
  assert.ok(matchTemplate(typed, "AttributeError: module 'index' has no attribute 'main_handler'"));
  assert.equal(matchTemplate(compileTemplate('KeyError: {name}'), "'Records'"), undefined);
  const { contentLookupData } = await import('./content-lookup.ts');
  const en = createLookup(contentLookupData('en'));
  const hits = en('{"errorCode":1,"errorMessage":"user code exception caught","stackTrace":"module \'index\' has no attribute \'main_handler\'"}');
  assert.deepEqual(hits.slice(0, 2).map((hit) => hit.entry.code), ['443', '430']);
});

test("a name a status shares with an API code is the status's outside a management call, and the API code follows", async () => {
  const { contentLookupData } = await import('./content-lookup.ts');
  const zh = createLookup(contentLookupData('zh'));
  const codes = (query: string) => zh(query).slice(0, 3).map((hit) => hit.entry.code);
  assert.deepEqual(codes('关于 InvalidParameterValue 不太理解，什么样的 ID 是合法的呢？'), ['400', '436', 'InvalidParameterValue']);
  assert.equal(codes('上传云函数失败 InvalidParameterValue')[0], 'InvalidParameterValue');
});

test('messages joined in a list, or quoted in a Chinese sentence, are matched piece by piece', () => {
  const messages = [
    { c: '4299', t: 'Failed to wait jfc, ret = {n}' },
    { c: '4299', t: 'Failed to urma get device by name, errno = {n}' },
    { c: '4005', t: "can't find objects" },
  ];
  const codes = (query: string) => matchUpstream(query, messages).map((hit) => hit.template);
  assert.deepEqual(codes('Failed to wait jfc；Failed to poll jfc'), ['Failed to wait jfc, ret = {n}']);
  assert.deepEqual(codes('UB 初始化失败 Failed to urma get device；其他'), ['Failed to urma get device by name, errno = {n}']);
  assert.deepEqual(codes("access log 行 code=0 但 respMsg 含 Can't find object"), ["can't find objects"]);
  // A piece too short to tell messages apart matches none.
  assert.deepEqual(codes('日志里有 Failed to；以及 jfc'), []);
});

test('a text several codes emit is answered first with the code the source emits it with most often', () => {
  const ordered = mostEmittedFirst([
    { c: '1001', t: 'exception occurred because LibRuntime is null', sites: 1 },
    { c: '2002', t: 'runtime process exited', sites: 1 },
    { c: '3003', t: 'exception occurred because LibRuntime is null', sites: 41 },
  ]);
  assert.deepEqual(ordered, [
    { c: '3003', t: 'exception occurred because LibRuntime is null' },
    { c: '1001', t: 'exception occurred because LibRuntime is null' },
    { c: '2002', t: 'runtime process exited' },
  ]);
  assert.equal(matchUpstream('exception occurred because LibRuntime is null', ordered)[0]?.code, '3003');
});

test('a message lives in the shards of its two rarest words: a piece without one of them still loads it, once', () => {
  const messages = [
    { c: '1001', t: 'bypass_datasystem: return payload size ({n} bytes) exceeds the {n} bytes limit. Reduce the serialized return values or deploy DataSystem.' },
    { c: '1001', t: 'bypass_datasystem: request payload size ({n} bytes) exceeds the {n} bytes limit. Reduce the serialized arguments or deploy DataSystem.' },
    { c: '3002', t: 'the payload of the request was lost' },
  ];
  const shards = buildUpstreamShards(messages);
  const holding = (text: string) => shards.flatMap((list, shard) => (list.some((message) => message.t === text) ? [shard] : []));
  assert.ok(holding(messages[0]!.t).length >= 1 && holding(messages[0]!.t).length <= 2);
  // The paste lacks bypass_datasystem, the rarest word of the first message: its second word still leads there.
  const loaded = distinctMessages(shardsForQuery('return payload size (106954752 bytes) exceeds the 104857600 bytes limit. Reduce the serialized return values or deploy DataSystem.').map((shard) => shards[shard]!));
  assert.ok(loaded.some((message) => message.t === messages[0]!.t));
  assert.equal(new Set(loaded.map((message) => message.t)).size, loaded.length);
});

test('a piece of a message copied with its values is found where the message has blanks', () => {
  const messages = [
    { c: '1001', t: 'bypass_datasystem: return payload size ({n} bytes) exceeds the {n} bytes limit. Reduce the serialized return values or deploy DataSystem.' },
    { c: '1001', t: 'bypass_datasystem: request payload size ({n} bytes) exceeds the {n} bytes limit. Reduce the serialized arguments or deploy DataSystem.' },
  ];
  const hits = matchUpstream('bypass_datasystem: return payload size (106954752 bytes) exceeds the 104857600 bytes limit', messages);
  assert.equal(hits[0]?.template, messages[0]!.t);
  assert.equal(hits[0]?.reason, 'message-part');
  // Numbers the message writes itself are not blanks: another number there is another text, matched at
  // most as words recalled (specificity 16), never as a copied piece of the length of the paste.
  assert.deepEqual(matchUpstream('retried 3 times, HTTP 503 from the gateway', [{ c: '3002', t: 'retried {n} times, HTTP 500 from the gateway' }]).filter((hit) => hit.specificity > 16), []);
});

test('a message a sentence quotes in code marks is looked up, and the message that adds least to it leads', () => {
  const messages = [
    { c: '1001', t: 'failed to save state: empty instance id' },
    { c: '3003', t: 'failed to save state, status: {text}' },
    { c: '4006', t: 'SaveState is not supported in local mode' },
  ];
  const sentence = 'The maximum limit for saved instance state data is ``4M``. If the limit is exceeded, using `saveState` to save the state will fail and throw a `Failed to save state` exception.';
  const hits = matchUpstream(sentence, messages);
  assert.deepEqual(hits.slice(0, 2).map((hit) => hit.code), ['3003', '1001']);
  assert.equal(hits[0]?.quoted, true);
  // The quoted message's words key the shards first, however many longer words the sentence holds.
  const shards = buildUpstreamShards([...messages, ...'maximum exceeded exception limitation throwing something'.split(' ').map((word) => ({ c: '1001', t: `${word} ${word}` }))]);
  const loaded = distinctMessages(shardsForQuery(`${'maximum exceeded exception limitation throwing something '.repeat(2)}\`Failed to save state\``).map((shard) => shards[shard]!));
  assert.ok(loaded.some((message) => message.c === '3003'));
  // An error named by its words run together is looked up by those words, and keys their shards.
  const quota = [{ c: '1002', t: 'tenant quota exceeded, scheduling blocked' }];
  assert.equal(matchUpstream('若超限，返回 `TenantQuotaExceeded` 错误并进入冷却期', quota)[0]?.code, '1002');
  const quotaShards = buildUpstreamShards(quota);
  assert.ok(shardsForQuery('若超限，返回 TenantQuotaExceeded 错误').some((shard) => quotaShards[shard]!.length > 0));
  // A whole message quoted alone is the one the text is about; inside a longer quote it is only found.
  assert.equal(matchUpstream('etcd超时 | `etcd is timeout` | - | code=25', [{ c: '4299', t: 'etcd is timeout' }])[0]?.quoted, true);
  assert.equal(matchUpstream('Q: 部署后仍然出现 "the master said etcd is timeout again" 错误？', [{ c: '4299', t: 'etcd is timeout' }])[0]?.quoted, undefined);
  // A message in code marks counts however short; a single name in code marks is no message.
  const reset = [{ c: '3002', t: '[TCP_CONNECT_RESET] Connect reset. fd {n}. err {text}' }, { c: '1001', t: 'namespace default is not valid' }];
  assert.equal(matchUpstream('`Connect reset` | 连接重置 | 检查网络状态', reset)[0]?.code, '3002');
  assert.deepEqual(matchUpstream('函数默认命名空间为 `default`，需要带上 namespace 参数', reset), []);
  // Text between two code spans is no quote.
  assert.equal(matchUpstream('use `yr.init` then to save the state will fail and `saveState`', messages).some((hit) => hit.quoted), false);
});

test('a short message that agrees with a word of the query leads; alone it stays behind the words', async () => {
  const { mergeUpstream } = await import('../../src/lib/search/lookup.ts');
  const entries = [
    { code: '3005', catalog: 'yr-sdk' as const, title: 'Cluster metadata service failure' },
    { code: '3002', catalog: 'yr-sdk' as const, title: 'Internal communication failure' },
    { code: '4005', catalog: 'yr-sdk' as const, title: 'Get failed' },
  ];
  const words = [
    { entry: entries[0]!, reason: 'phrase' as const, why: 'etcd' },
    { entry: entries[1]!, reason: 'phrase' as const, why: 'etcd' },
  ];
  const short = matchUpstream('Master etcd is timeout；Worker etcd is unavailable', [{ c: '3002', t: 'etcd is unavailable' }, { c: '4005', t: 'etcd is timeout' }]);
  assert.deepEqual(mergeUpstream(words, short, entries).map((hit) => hit.entry.code), ['3002', '3005', '4005']);
});

test('codes listed with a slash, or after a code word, are codes whatever follows them', () => {
  const at = (text: string, n: string) => isNotACode(text, text.indexOf(n), n.length);
  assert.equal(at('WebSocket 连接失败时只返回 HTTP 446/443，没有日志', '446'), false);
  assert.equal(at('WebSocket 连接失败时只返回 HTTP 446/443，没有日志', '443'), false);
  assert.equal(at('delete reserve instance returns code 4115 function [x] is not found', '4115'), false);
  // A path, a date and a count stay what they are.
  assert.equal(at('GET /api/v1/433/items', '433'), true);
  assert.equal(at('扩容了 500 functions', '500'), true);
});

test('an action a tool says failed, then advice to check the function\'s status: the action leads the status error', () => {
  const lookup = createLookup({
    catalogs: { scf: 'SCF', 'yr-sdk': 'SDK', 'yr-rest': 'REST', 'scf-api': 'API' },
    entries: [
      ...['FailedOperation.FunctionStatusError', 'FailedOperation.CreateTrigger', 'FailedOperation.UpdateFunctionCode'].map((code) => ({ code, catalog: 'scf-api' as const, title: code })),
      { code: '438', catalog: 'scf', title: 'Function not in a normal state' },
    ],
  });
  const codes = (query: string) => lookup(query).map(({ entry }) => entry.code);
  assert.deepEqual(codes('Deploying my-func trigger failed. Please check function status.').slice(0, 2), ['FailedOperation.CreateTrigger', 'FailedOperation.FunctionStatusError']);
  assert.equal(codes('Function my-func upgrade failed. Please check function status.')[0], 'FailedOperation.UpdateFunctionCode');
  // A status the text names still decides first: the call was refused for it, and the failed action follows.
  const refused = codes('当前函数处于Updating状态，无法进行此操作。Deploying my-func trigger failed.');
  assert.ok(refused.indexOf('FailedOperation.FunctionStatusError') < refused.indexOf('FailedOperation.CreateTrigger'), refused.join());
});

test('a call refused for the function\'s own status is the status error, then the action it names', async () => {
  const { readStatusRefusal } = await import('../../src/lib/search/function-status.ts');
  const known = (code: string) => ['FailedOperation.DeleteFunction', 'FailedOperation.UpdateFunctionCode', 'FailedOperation.UpdateFunctionConfiguration'].includes(code);
  // With no action named, the call a tool retries while the function is busy is most often a deploy's
  // code update: it leads, and the status error explains the wait.
  assert.deepEqual(readStatusRefusal('当前函数处于Creating状态，无法进行此操作，请稍后重试。', known)?.codes, ['FailedOperation.UpdateFunctionCode', 'FailedOperation.FunctionStatusError']);
  assert.deepEqual(readStatusRefusal('Function my-function status is Updating, can not delete', known)?.codes, ['FailedOperation.FunctionStatusError', 'FailedOperation.DeleteFunction']);
  assert.deepEqual(readStatusRefusal('Function status Updating is not allowed to do UpdateFunctionConfiguration', known)?.codes, ['FailedOperation.FunctionStatusError', 'FailedOperation.UpdateFunctionConfiguration']);
  assert.deepEqual(readStatusRefusal('Error: function is not ready', known)?.codes, ['FailedOperation.FunctionStatusError']);
  // A tool that names the failed call before the message leads with that call's code; the status in
  // the API's case after 处于 is a refusal too.
  assert.deepEqual(readStatusRefusal('[scf/UpdateFunctionCode] 当前函数处于 Updating 状态，无法进行此操作', known)?.codes, ['FailedOperation.UpdateFunctionCode', 'FailedOperation.FunctionStatusError']);
  assert.deepEqual(readStatusRefusal('函数当前处于 Updating/非 Active，不要立即重试', known)?.codes, ['FailedOperation.UpdateFunctionCode', 'FailedOperation.FunctionStatusError']);
  // The console's `函数状态异常, …` leaves the reason after it to decide; a status only described is no refusal.
  assert.equal(readStatusRefusal('函数状态异常, 未找到函数执行入口文件', known), undefined);
  assert.equal(readStatusRefusal('CreateFailed The function failed to be created', known), undefined);
  // A status an operation failed in, named with no refusal of another call, is that operation's failure.
  const all = (code: string) => code.startsWith('FailedOperation.');
  assert.deepEqual(readStatusRefusal('函数处于 CreateFailed 状态，删除后重建...', all)?.codes, ['FailedOperation.CreateFunction', 'FailedOperation.FunctionStatusError']);
  assert.deepEqual(readStatusRefusal('当前函数处于CreateFailed状态，无法进行此操作', all)?.codes, ['FailedOperation.FunctionStatusError']);
  // A tool waiting for the function to be ready, or retrying while it is still being created.
  assert.deepEqual(readStatusRefusal('等待函数就绪超时(120s)', all)?.codes, ['FailedOperation.FunctionStatusError']);
  assert.deepEqual(readStatusRefusal('(创建中，10s 后重试)', all)?.codes, ['FailedOperation.UpdateFunctionCode', 'FailedOperation.FunctionStatusError']);
  // A failed status names no busy function: the status error alone.
  assert.deepEqual(readStatusRefusal('当前函数处于CreateFailed状态，无法进行此操作', all)?.codes, ['FailedOperation.FunctionStatusError']);
  // The current state refusing an action, no status named: the action's own code prints that message, and leads.
  assert.deepEqual(readStatusRefusal('腾讯云提示当前函数状态不支持绑定触发器怎么办?', all)?.codes, ['FailedOperation.CreateTrigger', 'FailedOperation.FunctionStatusError']);
  assert.deepEqual(readStatusRefusal('delete: this operation is not supported in the current function state', all)?.codes, ['FailedOperation.DeleteFunction', 'FailedOperation.FunctionStatusError']);
  assert.equal(readStatusRefusal('error creating function: cannot connect', known), undefined);
});

test('a tool that says an action failed points to that action\'s failure code, not to any action\'s', async () => {
  const { readActionFailure } = await import('../../src/lib/search/action-failure.ts');
  const known = (code: string) => code.startsWith('FailedOperation.');
  assert.equal(readActionFailure('[hello] 删除触发器失败：trigger not found', known)?.code, 'FailedOperation.DeleteTrigger');
  assert.equal(readActionFailure('函数发布新版本失败', known)?.code, 'FailedOperation.PublishVersion');
  // An action spelled as the API spells it, its failure later in the sentence.
  assert.deepEqual(readActionFailure('PublishVersion 紧跟在代码上传后调用会失败。', known), { code: 'FailedOperation.PublishVersion', why: 'PublishVersion 紧跟在代码上传后调用会失败', named: true });
  assert.equal(readActionFailure('PublishVersion 返回了新版本号。随后调用失败', known), undefined);
  assert.equal(readActionFailure('设置函数流量配置失败： bad weights', known)?.code, 'FailedOperation.UpdateAlias');
  assert.equal(readActionFailure('hello 更新配置失败：InvalidParameter', known)?.code, 'FailedOperation.UpdateFunctionConfiguration');
  assert.equal(readActionFailure('Error: failed to publish version of hello', known)?.code, 'FailedOperation.PublishVersion');
  // An error while the action ran, or a tool retrying it, says the call failed too.
  assert.equal(readActionFailure('更新配置时出错: timeout', known)?.code, 'FailedOperation.UpdateFunctionConfiguration');
  assert.equal(readActionFailure('重试发布版本（2/3）...', known)?.code, 'FailedOperation.PublishVersion');
  assert.equal(readActionFailure('error while creating the trigger', known)?.code, 'FailedOperation.CreateTrigger');
  // A tool's English `function deploy failed` is the code's update; Chinese 部署失败 is said of any step.
  assert.equal(readActionFailure('hello: function deploy failed (Status: Failed)', known)?.code, 'FailedOperation.UpdateFunctionCode');
  assert.equal(readActionFailure('云函数部署失败', known), undefined);
  // A trigger deployed is a trigger created; a function's upgrade is its code's update, its name between.
  assert.equal(readActionFailure('Deploying my-func trigger failed.', known)?.code, 'FailedOperation.CreateTrigger');
  assert.equal(readActionFailure('部署触发器失败：cron 表达式无效', known)?.code, 'FailedOperation.CreateTrigger');
  assert.equal(readActionFailure('Function my-func upgrade failed.', known)?.code, 'FailedOperation.UpdateFunctionCode');
  // An action named with no failure, or a code the catalog lacks, decides nothing.
  assert.equal(readActionFailure('删除触发器之后重新部署', known), undefined);
  assert.equal(readActionFailure('删除触发器失败', () => false), undefined);
});

test('Traditional Chinese and Taiwan\'s terms are read as Simplified; Simplified text is left as it is', async () => {
  const { simplifyChinese } = await import('../../src/lib/search/traditional.ts');
  assert.equal(simplifyChinese('函數在部署中，無法更新程式碼'), '函数在部署中，无法更新代码');
  assert.equal(simplifyChinese('沒有許可權訪問您的Cos資源'), '没有权限访问您的Cos资源');
  assert.equal(simplifyChinese('函数执行超时'), '函数执行超时');
});

test('code that names an API code by the Go SDK\'s constant, or reads the API\'s error object, is answered', async () => {
  const { contentLookupData } = await import('./content-lookup.ts');
  const lookup = createLookup(contentLookupData('en'));
  assert.equal(lookup('if err, ok := err.(*errors.TencentCloudSDKError); !ok || err.Code != scf.RESOURCENOTFOUND_FUNCTION {')[0]?.entry.code, 'ResourceNotFound.Function');
  assert.equal(lookup('return FAILEDOPERATION_UPDATEFUNCTIONCODE')[0]?.entry.code, 'FailedOperation.UpdateFunctionCode');
  assert.equal(lookup('if (body.Response.Error) throw Error(JSON.stringify(body.Response.Error));')[0]?.concept?.slug, 'api-errors');
  // Capitals that spell no API code decide nothing.
  assert.equal(lookup('FUNCTION_NOT_READY_YET')[0]?.entry.code.includes('.') ?? false, false);
});

test('a message copied alone without its final full stop still matches, not inside a longer text', () => {
  assert.ok(matchTemplate(compileTemplate('Function not found.'), 'Function not found'));
  assert.ok(matchTemplate(compileTemplate('没有权限访问您的Cos资源。'), '没有权限访问您的Cos资源'));
  assert.equal(matchTemplate(compileTemplate('Runtime error.'), 'RuntimeError: this instance is terminated'), undefined);
  assert.equal(matchTemplate(compileTemplate('当前函数状态无法进行此操作。'), 'UpdateFunctionConfiguration 当前函数状态无法进行此操作'), undefined);
});

test('a resource said to exist already is its ResourceInUse code; a deploy tool\'s missing function is the API\'s, as a guess', async () => {
  const { contentLookupData } = await import('./content-lookup.ts');
  const zh = createLookup(contentLookupData('zh'));
  const en = createLookup(contentLookupData('en'));
  assert.equal(zh('⚠ 定时触发器已存在')[0]?.entry.code, 'ResourceInUse.Trigger');
  assert.equal(en('alias prod already exists')[0]?.entry.code, 'ResourceInUse.Alias');
  const missing = en('Function does not exist. Use --create for the initial deployment.')[0];
  assert.deepEqual([missing?.entry.code, missing?.reason], ['ResourceNotFound.Function', 'phrase']);
  assert.equal(platformOf('Tencent credentials could not be authenticated')?.platform, 'tencent-scf');
});

test('the data system\'s RPC diagnostic endpoint names openYuanrong and a failed RPC (3002)', async () => {
  const { contentLookupData } = await import('./content-lookup.ts');
  const lookup = createLookup(contentLookupData('en'));
  assert.equal(platformOf('[10.0.0.1:45954]-QueryMeta->[10.0.0.2:31501] Request timeout')?.platform, 'openyuanrong');
  assert.equal(lookup('[10.0.0.1:45954]-QueryMeta->[10.0.0.2:31501] Request timeout')[0]?.entry.code, '3002');
  assert.equal(lookup('Publish->[10.0.0.3:31501] Request failed')[0]?.entry.code, '3002');
  // An arrow between words is no endpoint.
  assert.equal(platformOf('a -> b timeout'), undefined);
});

test('a name called that is no function is a run-time error, the handler\'s own name a handler error', () => {
  assert.deepEqual(readExceptionType('wx-server-sdk 无 createIndex API（createIndex is not a function）'), { stage: 'run', type: 'createIndex is not a function' });
  assert.equal(readExceptionType('exports.main_handler is not a function')?.stage, 'handler');
  assert.equal(readExceptionType('测试时候出现is not a function'), undefined);
});

test('a run limited to a time is the execution timeout; a signature\'s time window is not', () => {
  assert.deepEqual(readNumberHints('云函数最多执行3秒').map(({ code }) => code), ['433']);
  assert.deepEqual(readNumberHints('签名的时间戳超过 5 分钟窗口'), []);
  assert.equal(platformOf('Failed to urma write object')?.platform, 'openyuanrong');
});

test('a runtime\'s words for an error inside a longer message leave that message to be looked up', async () => {
  const { isFirm, mergeUpstream } = await import('../../src/lib/search/lookup.ts');
  const paste = "exception happens when executing user's function: division by zero";
  const entries = [
    { code: '430', catalog: 'scf' as const, title: 'User code exception' },
    { code: '2002', catalog: 'yr-sdk' as const, title: 'User function exception' },
  ];
  const byWords = { entry: entries[0]!, reason: 'exception' as const, why: 'division by zero' };
  assert.equal(isFirm([byWords], paste), false);
  const matched = matchUpstream(paste, [{ c: '2002', t: "exception happens when executing user's function: {text}" }]);
  assert.deepEqual(mergeUpstream([byWords], matched, entries).map((hit) => hit.entry.code), ['2002', '430']);
  // The words alone, or with a word or two around them, stand.
  assert.equal(isFirm([byWords], 'division by zero'), true);
  assert.equal(isFirm([byWords], 'got division by zero again'), true);
});

test('a wrapper code written out outranks a generic phrase beside it; an empty handler file is a load failure', async () => {
  const { contentLookupData } = await import('./content-lookup.ts');
  const lookup = createLookup(contentLookupData('zh'));
  assert.equal(lookup('云函数调用失败：-501000 无权限')[0]?.entry.code, '435');
  assert.equal(lookup('关键证据：cloudfunctions/login/index.js 为空文件（0 行），导致云函数调用没有有效返回')[0]?.entry.code, '443');
  assert.deepEqual(lookup('index.js 文件存在但为空，未导出 exports.main 处理函数').slice(0, 2).map((hit) => hit.entry.code).sort(), ['437', '443']);
});

test('a port named earlier in the sentence keeps its number from being a code; a web function on another port is 446', () => {
  const at = (text: string, n: string) => isNotACode(text, text.indexOf(n), n.length);
  assert.equal(at('The listening port in the HTTP-triggered function must be 9000', '9000'), true);
  assert.equal(at('port 3000 failed, status 433', '433'), false);
  assert.deepEqual(readNumberHints('The listening port in the HTTP-triggered function must be 9000').map(({ code }) => code), ['446']);
  assert.deepEqual(readNumberHints("Express listens on port 3000 by default if you don't specify it, web function").map(({ code }) => code), ['446']);
  // Without a web function, another port says nothing.
  assert.deepEqual(readNumberHints('Express listens on port 3000 by default'), []);
  // A development server's banner on the loopback address is out of reach from outside the container.
  assert.deepEqual(readNumberHints(' * Running on http://127.0.0.1:5000/ (Press CTRL+C to quit)').map(({ code }) => code), ['446']);
  assert.deepEqual(readNumberHints('Starting development server at http://127.0.0.1:8000/').map(({ code }) => code), ['446']);
});

test('a short message is certain typed alone, and only a guess inside a longer text', async () => {
  const { mergeUpstream } = await import('../../src/lib/search/lookup.ts');
  const entries = [{ code: '4299', catalog: 'yr-sdk' as const, title: 'Data system failure' }];
  const messages = [{ c: '4299', t: 'not found' }];
  const reasonOf = (query: string) => mergeUpstream([], matchUpstream(query, messages), entries)[0]?.reason;
  assert.equal(reasonOf('not found'), 'message');
  assert.equal(reasonOf('Not found.'), 'message');
  assert.equal(reasonOf('The specified version is not found.'), 'message-part');
});

test('an exception raised while an openYuanrong function runs is a guess at 2002; the SDK\'s RuntimeError is not', async () => {
  const { contentLookupData } = await import('./content-lookup.ts');
  const lookup = createLookup(contentLookupData('en'));
  assert.equal(lookup('java.nio.file.NoSuchFileException at com.example.MyApp.call(MyApp.java:11) at org.yuanrong.executor.FunctionHandler.invoke(FunctionHandler.java:361)')[0]?.entry.code, '2002');
  assert.notEqual(lookup('RuntimeError: yr.init cannot be called twice')[0]?.entry.code, '2002');
});

test('a quota\'s concept page is no exact match, so a table sentence about the same quota still names its code', async () => {
  const { contentLookupData } = await import('./content-lookup.ts');
  const { isFirm } = await import('../../src/lib/search/lookup.ts');
  const lookup = createLookup(contentLookupData('en'));
  const sentence = 'The container request rate is too high and exceeds the limit due to concurrency surges.';
  const hits = lookup(sentence);
  assert.equal(hits[0]?.entry.code, 'concept:concurrency');
  assert.equal(hits[0]?.reason, 'concept');
  assert.equal(isFirm(hits, sentence), false);
});

test('an HTTP status followed by an API code in words is that code in a call to the API; alone it is the status', async () => {
  const { contentLookupData } = await import('./content-lookup.ts');
  const lookup = createLookup(contentLookupData('en'));
  const codes = (query: string) => lookup(query).slice(0, 2).map((hit) => hit.entry.code);
  assert.deepEqual(codes('the CloudBase SDK returned a generic "400 invalid parameter value" error'), ['InvalidParameterValue', '400']);
  assert.deepEqual(codes('batch config update failed with "400 invalid parameter value"'), ['InvalidParameterValue', '400']);
  assert.equal(codes('400 invalid parameter value')[0], '400');
  assert.equal(codes('500 Internal Error')[0], '500');
});

test('a wrapper code beside words that state the inner error stays behind them, though another platform prints the wrapper', async () => {
  const { contentLookupData } = await import('./content-lookup.ts');
  const lookup = createLookup(contentLookupData('en'));
  assert.deepEqual(lookup('errCode: -504002\nResponse body exceeds 6MB').slice(0, 2).map((hit) => hit.entry.code), ['407', '430']);
});

test('a function said to be missing when called is a guess at 435; in a management call it is the API code', async () => {
  const { contentLookupData } = await import('./content-lookup.ts');
  const lookup = createLookup(contentLookupData('zh'));
  const first = lookup('云函数调用失败，提示 "not found"')[0];
  assert.equal(first?.entry.code, '435');
  assert.equal(first?.reason, 'phrase');
  assert.equal(lookup('部署失败：云函数 hello 不存在')[0]?.entry.code, 'ResourceNotFound.Function');
  // The entry point or the handler missing is not the function.
  assert.notEqual(lookup('调用时提示未找到函数入口执行文件')[0]?.entry.code, '435');
  // A version missing when called is the call's qualifier (442), not the function.
  assert.equal(lookup('调用云函数「hello」：指定版本不存在')[0]?.entry.code, '442');
  // Chinese may put what is missing right before 未找到; a word further back is no subject of it.
  assert.equal(lookup('updateBugStatus 云函数未找到，请部署后再试')[0]?.entry.code, '435');
  assert.notEqual(lookup('调用云函数时，未找到入口文件')[0]?.entry.code, '435');
  // A CloudBase environment is the namespace; the place something is missing from is not what is missing.
  assert.equal(lookup('当前账号下不存在 prod-1a2b 环境')[0]?.entry.code, 'ResourceNotFound.Namespace');
  assert.equal(lookup('云函数「login」在当前云环境中不存在。')[0]?.entry.code, '435');
  // What follows in the next clause is the advice's, not what is missing.
  assert.equal(lookup('云函数未找到，请检查环境配置')[0]?.entry.code, '435');
  assert.notEqual(lookup('环境变量不存在')[0]?.entry.code, 'ResourceNotFound.Namespace');
  // The developer tools' menu item a remedy names is no failure of the dependencies.
  assert.equal(lookup('云函数 login 未部署：右键 cloudfunctions/login「上传并部署：云端安装依赖」')[0]?.entry.code, '435');
  assert.equal(lookup('云函数 login 未部署，请选择【上传并部署-云端安装依赖】')[0]?.entry.code, '435');
});

test('data objects and the data system are openYuanrong\'s: a timeout fetching one is get\'s, not a function\'s run', async () => {
  assert.equal(platformOf('当前数据系统共享内存不足')?.platform, 'openyuanrong');
  assert.equal(platformOf('The dsmaster mount disk has problems')?.platform, 'openyuanrong');
  const { contentLookupData } = await import('./content-lookup.ts');
  assert.equal(createLookup(contentLookupData('zh'))('支持设置获取超时时间，超时时间内如果数据对象没有产生则抛出异常')[0]?.entry.code, '4005');
  assert.equal(createLookup(contentLookupData('en'))('If the data object is not produced within the timeout period, an exception is thrown.')[0]?.entry.code, '4005');
  // Without them, a timeout is still the function's.
  assert.equal(createLookup(contentLookupData('zh'))('云函数超时')[0]?.entry.code, '433');
});

test('a failed log search is the log search API\'s error; /tmp, the only writable directory, points to a failed write', async () => {
  const { contentLookupData } = await import('./content-lookup.ts');
  const lookup = createLookup(contentLookupData('en'));
  assert.equal(lookup('What should I do if the error "A query error has occurred" is reported during log query?')[0]?.entry.code, 'FailedOperation.QueryError');
  assert.deepEqual(lookup('In the SCF environment, only files in the /tmp directory are readable/writable.').slice(0, 2).map((hit) => hit.entry.code), ['430', '405']);
});

test('a cron expression is a timer trigger\'s TriggerDesc, even beside a generic failure to create triggers', async () => {
  const { contentLookupData } = await import('./content-lookup.ts');
  const lookup = createLookup(contentLookupData('zh'));
  assert.equal(lookup('[BatchCreateTrigger] 批量创建触发器失败，请稍后重试。 "type": "timer", "config": "{\\"cron\\": \\"0 */1 * * * * *\\"}"')[0]?.entry.code, 'InvalidParameterValue.TriggerDesc');
});

test('a message\'s sentence inside someone\'s own words names it; the words around it key no shard', async () => {
  const { shardsForQuery, shardOf } = await import('../../src/lib/search/upstream.ts');
  const messages = [{ c: '4103', t: 'total routing weight is not 100. check the routing weight. the sum of the values is 100' }];
  const hits = matchUpstream('After deploying, every call fails with total routing weight is not 100 -- any idea why?', messages);
  assert.deepEqual(hits.map(({ code, reason }) => [code, reason]), [['4103', 'message-part']]);
  // A sentence too short to stand for a message is no evidence.
  assert.deepEqual(matchUpstream('After deploying it says the weight is not 100', messages), []);
  const words = keyWordsOf('After deploying, every call fails with failed to connect to grpc server -- any idea why?');
  assert.ok(!words.includes('after') && !words.includes('every') && !words.includes('fail'), words.join(' '));
  assert.ok(shardsForQuery('After deploying, every call fails with failed to connect to grpc server -- any idea why?').includes(shardOf('grpc')));
});

test('"deployed, then every call fails" is a guess only for a text that names no error of its own', async () => {
  const { contentLookupData } = await import('./content-lookup.ts');
  const lookup = createLookup(contentLookupData('zh'));
  assert.equal(lookup('部署后调用云函数一直报错：错误代码 errCode: -501000 请问是什么原因？')[0]?.entry.code, '435');
  assert.equal(lookup('部署成功了，但是调用就报错')[0]?.entry.code, '443');
});

test('a tool\'s missing resource: the function named after "not exist", a region, a VPC id; a region id names Tencent Cloud', async () => {
  const { contentLookupData } = await import('./content-lookup.ts');
  const lookup = createLookup(contentLookupData('en'));
  assert.equal(platformOf('Could not find function resource: ap-guangzhou - default - hello_world')?.platform, 'tencent-scf');
  assert.equal(lookup('Region ap-guangzhou namespace default not exist function hello_world')[0]?.entry.code, 'ResourceNotFound.Function');
  assert.equal(lookup('Could not find function resource: ap-guangzhou - default - hello_world')[0]?.entry.code, 'ResourceNotFound.Function');
  assert.equal(lookup('VpcId not found in \'scf-demo\'')[0]?.entry.code, 'ResourceNotFound.Vpc');
  // The Mini Program's and CloudBase's 云函数不存在 is what their calls print: 435.
  assert.equal(createLookup(contentLookupData('zh'))('错误 1：云函数 getBanners 不存在')[0]?.entry.code, '435');
});

test('a parameter\'s format complained of, a runtime a tool does not support, and a status refused in Chinese', async () => {
  const { contentLookupData } = await import('./content-lookup.ts');
  const zh = createLookup(contentLookupData('zh'));
  assert.equal(zh('CodeSecret 格式错误，格式为 1-160 位大小字母，数字+=/')[0]?.entry.code, 'InvalidParameterValue.CodeSecret');
  // A field deep in a parameter, by the API's path to it, and a value of the wrong type.
  assert.equal(zh('部署时报错"Environment.Variables.0.Value类型应为string"')[0]?.entry.code, 'InvalidParameterValue.Environment');
  assert.equal(zh('MemorySize类型应为int')[0]?.entry.code, 'InvalidParameterValue.MemorySize');
  // An entry file missing from the chosen folder or package is 437; a module the running code requires is not.
  assert.equal(zh('在您选择的文件夹里面找不到my-project-master/index.py文件')[0]?.entry.code, '437');
  assert.notEqual(zh("Cannot find module './index.js' 找不到")[0]?.entry.code, '437');
  // The data system's client classes name openYuanrong; one that fails to start is the SDK's 4205.
  const en = createLookup(contentLookupData('en'));
  assert.equal(platformOf('KVClient init failed: connection refused')?.platform, 'openyuanrong');
  assert.equal(en('KVClient init failed: connection refused')[0]?.entry.code, '4205');
  // A local emulator's check of an integration response, a runtime's fault with the handler's result, a metric's words.
  assert.equal(en('TypeError: statusCode must be positive int')[0]?.entry.code, '403');
  assert.equal(en('stringify response to json failed: Converting circular structure to JSON')[0]?.entry.code, '430');
  assert.equal(en('Number of times that resource limit is exceeded')[0]?.entry.code, '432');
  assert.equal(zh('暂不支持开始时间到结束时间超出24小时的日志检索。')[0]?.entry.code, 'InvalidParameterValue.DateTime');
  // Cloud Monitor's names of statuses, integration response, debug mode's timeout, only /tmp writable.
  assert.equal(zh('BorrowContainerLimit')[0]?.entry.code, '429');
  assert.equal(zh('开启了集成响应，云函数返回值格式不对')[0]?.entry.code, '403');
  assert.equal(zh('开启调试模式会把函数超时时间修改为 900 秒')[0]?.entry.code, 'FailedOperation.DebugModeUpdateTimeOutFail');
  assert.equal(zh('函数只有 /tmp 有读写权限')[0]?.entry.code, '405');
  assert.equal(createLookup(contentLookupData('en'))('InitException: runtime nodejs16.13 not support')[0]?.entry.code, 'InvalidParameterValue.Runtime');
  assert.deepEqual(zh('当前函数处于更新状态，无法进行此操作，请稍后重试').slice(0, 2).map((hit) => hit.entry.code), ['FailedOperation.UpdateFunctionCode', 'FailedOperation.FunctionStatusError']);
  assert.equal(zh('[TRIGGER] 未知触发器类型： http')[0]?.entry.code, 'InvalidParameterValue.Type');
  assert.equal(zh('handler 中的 main 方法不存在，请检查你的配置！')[0]?.entry.code, '437');
});

test('a label a log prints before a message (Error:, 错误：) hides neither an upstream message nor a named parameter\'s complaint', async () => {
  const messages = [{ c: '1001', t: 'invalid bundles number, actual: 0, expect: > 0.' }];
  assert.deepEqual(matchUpstream('Error: invalid bundles number, actual: 0', messages).map(({ code }) => code), ['1001']);
  const { contentLookupData } = await import('./content-lookup.ts');
  assert.equal(createLookup(contentLookupData('zh'))('错误：SCF 函数名称(my_func-)命名不符合规则')[0]?.entry.code, 'InvalidParameterValue.FunctionName');
});

test('a guess by words is followed by the concept page its code links; a firm answer keeps its list', async () => {
  const { withExplainingConcept } = await import('../../src/lib/search/lookup.ts');
  const { contentLookupData } = await import('./content-lookup.ts');
  const data = contentLookupData('zh');
  const lookup = createLookup(data);
  const guessed = withExplainingConcept(lookup('腾讯云函数最多只能 60秒 超时'), data.concepts ?? []);
  assert.deepEqual(guessed.slice(0, 2).map((hit) => hit.entry.code), ['433', 'concept:timeouts']);
  const firm = lookup('Invoking task timed out after 3 seconds');
  assert.deepEqual(withExplainingConcept(firm, data.concepts ?? []).map((hit) => hit.entry.code), firm.map((hit) => hit.entry.code));
});

test('a line a console wrapped still reads: a report line\'s fields on the next line, a runtime\'s words across the break', () => {
  assert.equal(readReportLine('Report RequestId: 7015fe71-cf58-44a5-9c2b-b4de757f4105\nDuration:900000ms Memory:128MB MemUsage:52.554688MB')?.code, '433');
  assert.equal(readTrace("Error: EACCES: permission\ndenied, open '/var/user/index.js'")?.stage, 'load');
  assert.equal(readTrace('TypeError: this.realHandler\nis not a function')?.stage, 'load');
});

test('a run of 0 ms said in words never reached the handler (443); a run of 10 ms says nothing', () => {
  assert.deepEqual(readNumberHints('云函数日志为空，函数运行时间为0ms，内存使用为0MB').map(({ code }) => code), ['443']);
  assert.deepEqual(readNumberHints('函数现在可以正常执行（不再是0ms运行时间）').map(({ code }) => code), ['443']);
  assert.deepEqual(readNumberHints('函数运行时间为10ms'), []);
});

test('a failure on SCF told without detail is a weak guess at 430 then 443, only when nothing else answered', async () => {
  const { guessVagueFailure } = await import('../../src/lib/search/lookup.ts');
  const { contentLookupData } = await import('./content-lookup.ts');
  const { entries } = contentLookupData('zh');
  const vague = guessVagueFailure('想问一下用腾讯云函数报错问题出在哪了', entries);
  assert.deepEqual(vague.map((hit) => [hit.entry.code, hit.reason]), [['430', 'phrase'], ['443', 'phrase']]);
  // No platform named, no failure reported, or a management call: no guess.
  assert.deepEqual(guessVagueFailure('报错问题出在哪了', entries), []);
  assert.deepEqual(guessVagueFailure('腾讯云函数怎么收费', entries), []);
  assert.deepEqual(guessVagueFailure('腾讯云函数部署报错', entries), []);
  // A failure in a part of openYuanrong's data system is a weak guess at its data-system code; another
  // part of openYuanrong is no such guess.
  assert.deepEqual(guessVagueFailure('RoCE DSP2PCommInitRootInfo failed, kind=', entries).map((hit) => hit.entry.code), ['4299']);
  assert.deepEqual(guessVagueFailure('yr.invoke failed', entries), []);
  // SCF's own service role missing is its own code.
  assert.equal(createLookup(contentLookupData('en'))('The SCF_QcsRole role does not exist.')[0]?.entry.code, 'FailedOperation.QcsRoleNotFound');
});

test('a parameter said to be left out is its MissingParameter code; an unknown sub-code finds the same sub-code under another family', async () => {
  const { contentLookupData } = await import('./content-lookup.ts');
  const lookup = createLookup(contentLookupData('en'));
  const codes = (query: string) => lookup(query).slice(0, 2).map((hit) => hit.entry.code);
  assert.deepEqual(codes('missing required parameter Runtime'), ['MissingParameter.Runtime', 'MissingParameter']);
  assert.equal(codes('The request is missing a required parameter `Region`.')[0], 'MissingParameter');
  // FailedOperation.GetRoleError is no code of SCF's API; InternalError.GetRoleError is, and says more than the family.
  assert.deepEqual(codes('Code=FailedOperation.GetRoleError, Message=获取角色失败'), ['InternalError.GetRoleError', 'FailedOperation']);
  assert.deepEqual(readAllowedValues('memory can be 128 - 1,536 MB in increments of 1 MB')?.codes, ['InvalidParameterValue.Memory', 'InvalidParameterValue.MemorySize']);
});

test('what 未在…中找到 and 不在…列表中 miss is named before them, however long the id printed between', async () => {
  const { contentLookupData } = await import('./content-lookup.ts');
  const zh = createLookup(contentLookupData('zh'));
  assert.equal(zh('环境 prod-3fa9c1d27b8e4 未在当前账号的环境列表中找到')[0]?.entry.code, 'ResourceNotFound.Namespace');
  assert.equal(zh('别名 release-2026-12 不在别名列表中')[0]?.entry.code, 'ResourceNotFound.Alias');
});

test('a tool that says a function is still being created and retries (its deploy refused), or asks to check its status, met the status error; 438 follows', async () => {
  const { contentLookupData } = await import('./content-lookup.ts');
  const en = createLookup(contentLookupData('en'));
  const creating = en('functions are still being created, retry in 30s').map((hit) => hit.entry.code);
  assert.deepEqual(creating.slice(0, 2), ['FailedOperation.UpdateFunctionCode', 'FailedOperation.FunctionStatusError']);
  assert.ok(creating.slice(0, 3).includes('438'), creating.join(', '));
  assert.equal(en('Deploy stopped. Please verify the function state of api-handler')[0]?.entry.code, 'FailedOperation.FunctionStatusError');
  // A note that a tool waits instead of retrying names no refusal.
  assert.notEqual(en('wait for Active instead of retrying UpdateFunctionConfiguration')[0]?.entry.code, '438');
});

test('a blank of the C++ log format ({}) names openYuanrong; JSON\'s empty object and a template literal do not', () => {
  assert.equal(platformOf('failed to open checkpoint {} for instance({})')?.platform, 'openyuanrong');
  assert.equal(platformOf('{}|{}|lease renewal failed')?.platform, 'openyuanrong');
  assert.equal(platformOf('{"errorCode": 0, "data": {}}'), undefined);
  assert.equal(platformOf('console.log(`value: ${}`)'), undefined);
});

test('an openYuanrong log line of a failure no source lists is a weak guess at 3003, then 4299; a sentence is not', async () => {
  const { guessUnlistedFailure } = await import('../../src/lib/search/lookup.ts');
  const { contentLookupData } = await import('./content-lookup.ts');
  const entries = contentLookupData('en').entries;
  const guess = guessUnlistedFailure('failed to open checkpoint {} for instance({})', entries);
  assert.deepEqual(guess.map((hit) => [hit.entry.code, hit.reason]), [['3003', 'phrase'], ['4299', 'phrase']]);
  // Read by its words instead: someone's own sentence, and a line that reports no failure.
  assert.deepEqual(guessUnlistedFailure('The openYuanrong cluster failed to start', entries), []);
  assert.deepEqual(guessUnlistedFailure('instance({}) is ready', entries), []);
});

test('a deploy script\'s setting in capitals, after the platform\'s prefix, is the parameter it sets', async () => {
  const { contentLookupData } = await import('./content-lookup.ts');
  const en = createLookup(contentLookupData('en'));
  assert.equal(en('Invalid TCB_FUNCTION_NAME: must start with a letter')[0]?.entry.code, 'InvalidParameterValue.FunctionName');
  assert.equal(en('invalid SCF_MEMORY_SIZE "100"')[0]?.entry.code, 'InvalidParameterValue.MemorySize');
});

test('a tool that gave up waiting for a function to become active, or says it has not finished deploying, met the status error', async () => {
  const { contentLookupData } = await import('./content-lookup.ts');
  const en = createLookup(contentLookupData('en'));
  const zh = createLookup(contentLookupData('zh'));
  assert.equal(en('Gave up: timeout waiting for api-gateway-fn to become active')[0]?.entry.code, 'FailedOperation.FunctionStatusError');
  assert.equal(en('error: timed out while waiting for function Active status')[0]?.entry.code, 'FailedOperation.FunctionStatusError');
  assert.equal(zh('以下云函数部署尚未完成：login、pay')[0]?.entry.code, 'FailedOperation.FunctionStatusError');
  assert.equal(en('deploy paused: function is not yet active')[0]?.entry.code, 'FailedOperation.FunctionStatusError');
  assert.equal(en('Gave up waiting for the SCF function to become Active')[0]?.entry.code, 'FailedOperation.FunctionStatusError');
  // A script's message copied with its template hole, which the query's cleaning leaves as spaces.
  assert.equal(en('Timeout waiting for ${functionName} to become active.')[0]?.entry.code, 'FailedOperation.FunctionStatusError');
  // A failed state with no operation named is most often a code update's.
  assert.equal(en('function hello is in a failed state')[0]?.entry.code, 'FailedOperation.UpdateFunctionCode');
  assert.equal(zh('函数当前状态非 Active，跳过更新')[0]?.entry.code, 'FailedOperation.FunctionStatusError');
  // Waiting for something else to be ready is no function status (a Web function's port).
  assert.notEqual(en('timeout waiting for port 9000 to be ready')[0]?.entry.code, 'FailedOperation.FunctionStatusError');
});

test('缺少 names the resource after it as missing, not a parameter or a permission it lacks', async () => {
  const { contentLookupData } = await import('./content-lookup.ts');
  const zh = createLookup(contentLookupData('zh'));
  // A deploy tool's check manages the function: the API's code.
  assert.equal(zh('部署检查：缺少云函数 getUserInfo')[0]?.entry.code, 'ResourceNotFound.Function');
  assert.equal(zh('调用前检查：缺少云函数 getUserInfo')[0]?.entry.code, '435');
  assert.notEqual(zh('缺少函数参数 Handler')[0]?.entry.code, 'ResourceNotFound.Function');
});

test('a line tagged with a data-system object key is openYuanrong\'s, and its guesses come before another platform\'s', async () => {
  const { namedPlatformFirst } = await import('../../src/lib/search/lookup.ts');
  const { contentLookupData } = await import('./content-lookup.ts');
  assert.equal(platformOf('[ObjectKey a1b2] get remote abort')?.platform, 'openyuanrong');
  assert.equal(platformOf('hash ring refresh failed')?.platform, 'openyuanrong');
  const entries = new Map(contentLookupData('en').entries.map((entry) => [entry.code, entry]));
  const hits = [
    { entry: entries.get('434')!, reason: 'phrase' as const, why: 'out of memory' },
    { entry: entries.get('4202')!, reason: 'message-part' as const, why: 'Out of memory' },
  ];
  assert.deepEqual(namedPlatformFirst(hits, '[ObjectKey k1] Out of memory').map((hit) => hit.entry.code), ['4202', '434']);
  // With no platform shown, the order stands.
  assert.deepEqual(namedPlatformFirst(hits, 'Out of memory').map((hit) => hit.entry.code), ['434', '4202']);
});

test('a code package said to be too large is the API\'s refusal of a request that large, then the inline package\'s code', async () => {
  const { contentLookupData } = await import('./content-lookup.ts');
  const en = createLookup(contentLookupData('en'));
  const zh = createLookup(contentLookupData('zh'));
  assert.deepEqual(en('bundle.zip is 31.4 MB, exceeds the 20 MB limit').slice(0, 2).map((hit) => hit.entry.code), ['RequestSizeLimitExceeded', 'InvalidParameterValue.InlineZipFile']);
  assert.equal(zh('代码包太大了，上传不上去')[0]?.entry.code, 'RequestSizeLimitExceeded');
  // A package's size said without excess is no complaint.
  assert.notEqual(en('function.zip is 2.1 MB')[0]?.entry.code, 'RequestSizeLimitExceeded');
});

test('a CloudBase env said to be missing is the namespace; an open API the function called speaks of its own; an empty handler field is the handler page', () => {
  const lookup = createLookup({
    catalogs: { scf: 'SCF', 'yr-sdk': 'SDK', 'yr-rest': 'REST', 'scf-api': 'API' },
    entries: [
      { code: 'ResourceNotFound.Namespace', catalog: 'scf-api', title: 'Namespace not found' },
      { code: '430', catalog: 'scf', title: 'Exception in code' },
      { code: '434', catalog: 'scf', title: 'Memory' },
    ],
    concepts: [{ slug: 'handler', title: 'Handler' }],
    phrases: [{ text: 'memorySize', codes: ['434'] }],
  });
  const first = (query: string) => lookup(query)[0]?.entry.code;
  assert.equal(first('❌ env 不存在：请在 app.js 填入正确的环境 ID'), 'ResourceNotFound.Namespace');
  // `process.env` is the runtime's variables, no environment of CloudBase.
  assert.notEqual(first('process.env 不存在 API_KEY'), 'ResourceNotFound.Namespace');
  assert.equal(first('errMsg: urlscheme.generate:fail [100003] env not exists'), '430');
  assert.equal(first('runtime:      Go1\nhandler:      \nmemorySize:   128'), 'concept:handler');
  assert.equal(first('{"Runtime": "Go1", "Handler": ""}'), 'concept:handler');
  assert.notEqual(first('handler: index.main_handler\nmemorySize: 128'), 'concept:handler');
});
