/**
 * A paste typed in lower case reads as the paste it stands for: the names the readers know get their
 * casing back, and a query with any capital letter is left as written.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createRecaser } from '../../src/lib/search/recase.ts';
import { createLookup } from '../../src/lib/search/lookup.ts';
import { contentLookupData } from './content-lookup.ts';

const data = contentLookupData('en');
const recase = createRecaser(data);
const lookup = createLookup(data);

test('names, statuses, system codes and trace headers get their casing back in an all-lower-case query', () => {
  assert.equal(recase("typeerror: cannot read property 'split' of undefined"), "TypeError: cannot read property 'split' of undefined");
  assert.equal(recase('关键失败：`resourcenotfound.function`'), '关键失败：`ResourceNotFound.Function`');
  assert.equal(recase('code=1002 — k_rpc_unavailable'), 'code=1002 — K_RPC_UNAVAILABLE');
  assert.equal(recase('[zmq_recv_timeout] blocking recv timed out'), '[ZMQ_RECV_TIMEOUT] blocking recv timed out');
  assert.equal(recase("error: eacces: permission denied, open '/var/user/index.js'"), "error: EACCES: permission denied, open '/var/user/index.js'");
  assert.equal(recase('[scf/updatefunctioncode] 当前函数处于 updating'), '[scf/UpdateFunctionCode] 当前函数处于 updating');
  assert.equal(recase('traceback (most recent call last):\n  file "index.py", line 9'), 'Traceback (most recent call last):\n  File "index.py", line 9');
  // An unknown exception class before its message; a file name and a path stay as they are.
  assert.equal(recase('requests.exceptions.connectionerror: x'), 'requests.exceptions.ConnectionError: x');
  assert.equal(recase("cannot find module 'got'\nrequire stack:\n- /var/user/jd_live.js"), "Cannot find module 'got'\nRequire stack:\n- /var/user/jd_live.js");
  // A capital anywhere means the query was written with its casing: nothing changes.
  assert.equal(recase('TypeError: x of resourcenotfound.function'), 'TypeError: x of resourcenotfound.function');
});

test('a lower-case paste gets the answer of the paste as printed', () => {
  const same = (printed: string) => assert.equal(lookup(printed.toLowerCase())[0]?.entry.code, lookup(printed)[0]?.entry.code, printed);
  same('ResourceNotFound.Function');
  same("TypeError: Cannot read property 'split' of undefined\n    at exports.main_handler (/var/user/index.js:3:9)");
  same("Error: EACCES: permission denied, open '/var/user/index.js'");
  same('Traceback (most recent call last):\n  File "/var/user/index.py", line 1, in <module>\nModuleNotFoundError: No module named \'requests\'');
  same('TypeError: this.realHandler is not a function');
  same("errMsg: Runtime.ImportModuleError: Error: Cannot find module 'wx-server-sdk'");
  assert.equal(lookup('handlernotfound')[0]?.entry.code, '437');
});
