/**
 * Errors pasted without their exception type, frames of the function's own callbacks, and a deploy
 * tool's check of its own snake_case argument.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readExceptionType, readTrace } from '../../src/lib/search/traces.ts';
import { createLookup, type LookupData } from '../../src/lib/search/lookup.ts';
import { contentLookupData } from './content-lookup.ts';

test('a runtime message without its exception type still says the code was running', () => {
  for (const message of ["global name 'xxx' is not defined", "name 'requests' is not defined", "'NoneType' object has no attribute 'get'", 'list index out of range', "Cannot read properties of undefined (reading 'data')", 'wx is not defined', 'Unexpected end of JSON input']) {
    assert.equal(readExceptionType(message)?.stage, 'run', message);
  }
  // Python 2's words for a handler its module lacks are the handler's stage, not running code.
  assert.equal(readExceptionType("处理方法不存在 {'module' object has no attribute 'xxx'}")?.stage, 'handler');
  // Plain words are no exception.
  assert.equal(readExceptionType('the function is not deployed'), undefined);
});

test('a named frame in the function\'s own files is running code, unless the module loader called it', () => {
  const callback = readTrace("SyntaxError: Unexpected token '<'\n    at Request._callback (/var/user/index.js:15:22)\n    at Request.self.callback (/var/user/node_modules/request/request.js:185:22)");
  assert.equal(callback?.stage, 'run');
  assert.deepEqual(callback?.frames, ['at Request._callback (/var/user/index.js:15:22)']);
  const atLoad = readTrace('TypeError: x\n    at loadConfig (/var/user/config.js:3:9)\n    at Object.<anonymous> (/var/user/index.js:2:1)\n    at Module._compile (internal/modules/cjs/loader.js:1085:14)');
  assert.equal(atLoad?.stage, 'load');
  // A dependency's top level runs when it is required, even when the loader's frames were cut off.
  const dependency = readTrace('ReferenceError: TextEncoder is not defined\n    at Object.<anonymous> (/var/user/node_modules/whatwg-url/dist/encoding.js:2:21)');
  assert.equal(dependency?.stage, 'load');
  // The function's own file's top level alone says nothing of who required it.
  assert.equal(readTrace('ReferenceError: x is not defined\n    at Object.<anonymous> (/var/user/index.js:2:21)'), undefined);
});

const data: LookupData = {
  catalogs: { scf: 'SCF', 'scf-api': 'SCF API', 'yr-sdk': 'openYuanrong SDK', 'yr-rest': 'openYuanrong REST API' },
  entries: [
    { code: 'InvalidParameterValue.TriggerName', catalog: 'scf-api', olderNames: [], title: 'Trigger name' },
    { code: 'InvalidParameterValue.EipConfig', catalog: 'scf-api', olderNames: [], title: 'EIP' },
    { code: 'InvalidParameterValue.Runtime', catalog: 'scf-api', olderNames: [], title: 'Runtime' },
    { code: 'UnsupportedOperation.EipFixed', catalog: 'scf-api', olderNames: [], title: 'Fixed EIP' },
  ],
};

test('a tool\'s check of its snake_case argument answers with the API parameter of that name', () => {
  const lookup = createLookup(data);
  assert.equal(lookup('trigger_name must match <bucket>.cos.<region>.myqcloud.com when type is cos')[0]?.entry.code, 'InvalidParameterValue.TriggerName');
  // The switch before the parameter's name is the tool's, not the API's.
  assert.equal(lookup('cannot set enable_eip_config to true if enable_public_net was disable')[0]?.entry.code, 'InvalidParameterValue.EipConfig');
  // A snake_case name the API has no parameter for names nothing.
  assert.deepEqual(lookup('cache_dir must be writable'), []);
  // `Invalid <parameter> value`, as a layer tool prints it, names the parameter too; a word the API has
  // no parameter for does not.
  assert.equal(lookup('Invalid runtime value. Now only support: Nodejs8.9, Php7')[0]?.entry.code, 'InvalidParameterValue.Runtime');
  assert.notEqual(lookup('Invalid request parameter')[0]?.reason, 'in-text');
});

const missing: LookupData = {
  catalogs: { scf: 'SCF', 'scf-api': 'SCF API', 'yr-sdk': 'openYuanrong SDK', 'yr-rest': 'openYuanrong REST API' },
  entries: [
    { code: 'ResourceNotFound.Namespace', catalog: 'scf-api', olderNames: [], title: 'Namespace missing' },
    { code: 'ResourceNotFound.Alias', catalog: 'scf-api', olderNames: [], title: 'Alias missing' },
    { code: 'ResourceNotFound.Function', catalog: 'scf-api', olderNames: [], title: 'Function missing' },
  ],
};

test('a resource said to be missing answers with its ResourceNotFound code, a function only in a management call', () => {
  const lookup = createLookup(missing);
  assert.equal(lookup('Region ap-guangzhou not exist namespace default')[0]?.entry.code, 'ResourceNotFound.Namespace');
  assert.equal(lookup('别名不存在')[0]?.entry.code, 'ResourceNotFound.Alias');
  assert.equal(lookup('[UpdateFunctionCode] 函数不存在')[0]?.entry.code, 'ResourceNotFound.Function');
  // Invoking a missing function is SCF's 435, not the API's code; `[getOpenId]` is a function's name.
  assert.notEqual(lookup('云函数 [getOpenId] 不存在！')[0]?.entry.code, 'ResourceNotFound.Function');
  // 找不到 names what follows it: here a package, not the function mentioned before.
  assert.deepEqual(lookup('部署的云函数一致，bs4依旧找不到lxml'), []);
});

test('requests said to fail on the concurrency quota met status 432; the quota itself is the concept page\'s', () => {
  const lookup = createLookup({
    catalogs: { scf: 'SCF', 'scf-api': 'SCF API', 'yr-sdk': 'openYuanrong SDK', 'yr-rest': 'openYuanrong REST API' },
    entries: [{ code: '432', catalog: 'scf', olderNames: [], title: 'Concurrency quota exceeded' }],
    concepts: [{ slug: 'concurrency', title: 'Concurrency' }],
  });
  assert.equal(lookup('所有针对该函数的请求，都会出现并发超限的错误')[0]?.entry.code, '432');
  assert.equal(lookup('并发数达到上限')[0]?.entry.code, 'concept:concurrency');
});

test('a management call refused for want of permission is CAM\'s refusal, or the missing service role when a role is named', () => {
  const lookup = createLookup({
    catalogs: { scf: 'SCF', 'scf-api': 'SCF API', 'yr-sdk': 'openYuanrong SDK', 'yr-rest': 'openYuanrong REST API' },
    entries: [
      { code: 'UnauthorizedOperation.CAM', catalog: 'scf-api', olderNames: [], title: 'CAM denied the SCF operation' },
      { code: 'AuthFailure.UnauthorizedOperation', catalog: 'scf-api', olderNames: [], title: 'CAM policy does not allow the action' },
      { code: 'FailedOperation.QcsRoleNotFound', catalog: 'scf-api', olderNames: [], title: 'SCF service role not found' },
    ],
  });
  assert.equal(lookup('权限问题导致部署失败该如何处理？')[0]?.entry.code, 'UnauthorizedOperation.CAM');
  assert.equal(lookup('deploy failed: permission denied')[0]?.entry.code, 'UnauthorizedOperation.CAM');
  assert.equal(lookup('更新函数代码时收到无角色或无权限报错，需要配置 SCF_QcsRole 角色')[0]?.entry.code, 'FailedOperation.QcsRoleNotFound');
  // A file's permission, met by the function's own code or a local tool, is no CAM refusal.
  assert.deepEqual(lookup("deploy failed: EACCES: permission denied, open '/root/.serverless'"), []);
  assert.deepEqual(lookup('部署后 scf_bootstrap 没有执行权限'), []);
});

test('a message after a tool\'s own words and a colon is matched as if pasted alone', () => {
  const lookup = createLookup(contentLookupData('en'));
  const alone = lookup('you are not authorized to perform this operation')[0]?.entry.code;
  assert.ok(alone);
  assert.equal(lookup('sls deploy error: you are not authorized to perform this operation')[0]?.entry.code, alone);
});
