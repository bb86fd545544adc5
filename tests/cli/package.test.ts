/**
 * The package as a user gets it: `npm pack` in cli/, then `npm install -g --offline` of the tarball
 * into an empty prefix with an empty npm cache (any dependency would fail to install), then the
 * installed command under Node 20 with no network (an unreachable proxy) and nothing of the
 * repository on its path. Its MCP server answers the SDK's own client over stdio: tools, an error
 * result for a bad call after which it goes on serving, and the code pages as resources.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { after, before, test } from 'node:test';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import { node20, root, spawnCli } from './run.ts';

const work = mkdtempSync(join(tmpdir(), 'sec-cli-'));
const prefix = join(work, 'prefix');
const bin = join(prefix, 'bin', 'serverless-error-codes');
/** Node 20 first on the path, so the installed script's `#!/usr/bin/env node` runs on it; nothing else. */
const env = {
  PATH: `${dirname(node20)}:/usr/bin:/bin`,
  LANG: 'en_US.UTF-8',
  HOME: work,
  // No network: a request would go to a proxy that is not there.
  HTTP_PROXY: 'http://127.0.0.1:9',
  HTTPS_PROXY: 'http://127.0.0.1:9',
  NO_PROXY: '',
};
let tarball = '';

before(() => {
  mkdirSync(prefix);
  const npmEnv = { ...process.env, npm_config_cache: join(work, 'npm-cache'), npm_config_update_notifier: 'false', npm_config_fund: 'false', npm_config_audit: 'false' };
  const packed = JSON.parse(execFileSync('npm', ['pack', '--json', '--pack-destination', work], { cwd: join(root, 'cli'), env: npmEnv, encoding: 'utf8' })) as Array<{ filename: string; size: number; unpackedSize: number; entryCount: number; files: Array<{ path: string }> }>;
  tarball = join(work, packed[0]!.filename);
  execFileSync('npm', ['install', '--global', '--prefix', prefix, '--offline', tarball], { env: npmEnv, stdio: 'pipe' });
});
after(() => rmSync(work, { recursive: true, force: true }));

test('the tarball holds the bundle and the data, and installs with no dependencies', (t) => {
  const files = execFileSync('tar', ['-tzf', tarball], { encoding: 'utf8' }).split('\n');
  for (const file of ['package/package.json', 'package/README.md', 'package/dist/cli.js', 'package/dist/THIRD-PARTY-LICENSES.txt', 'package/data/meta.json', 'package/data/en/lookup.json', 'package/data/zh/codes/433.md', 'package/data/pagefind/pagefind.js']) {
    assert.ok(files.includes(file), `${file} in the tarball`);
  }
  assert.ok(!files.some((file) => file.startsWith('package/src/') || file.endsWith('.ts')), 'no sources in the tarball');
  const installed = join(prefix, 'lib', 'node_modules', 'serverless-error-codes');
  const manifest = JSON.parse(readFileSync(join(installed, 'package.json'), 'utf8'));
  assert.equal(manifest.dependencies, undefined);
  assert.deepEqual(manifest.bin, { 'serverless-error-codes': 'dist/cli.js' });
  assert.ok(!existsSync(join(installed, 'node_modules')), 'nothing installed beside it');
  t.diagnostic(`tarball ${(statSync(tarball).size / 1024 / 1024).toFixed(1)} MB, ${files.filter(Boolean).length} entries`);
});

test('the installed command answers offline on Node 20, with exit statuses 0, 1 and 2', async () => {
  const version = await spawnCli(['/usr/bin/env', 'node', '--version'], { env });
  assert.match(version.stdout, /^v20\./, 'Node 20 is the node the installed script runs on');
  const run = (args: string[], stdin?: string) => spawnCli([bin, ...args], { env, cwd: work, ...(stdin === undefined ? {} : { stdin }) });
  const exact = await run(['explain', 'errCode: -504003 | errMsg: Invoking task timed out after 3 seconds']);
  assert.equal(exact.status, 0, exact.stderr);
  assert.match(exact.stdout, /^433 TimeLimitReached · Function execution timed out$/m);
  const likely = await run(['explain', 'function keeps timing out']);
  assert.equal(likely.status, 1, likely.stderr);
  // Words the lookup cannot place go to the packaged Pagefind index, as in the header box.
  const words = await run(['explain', '--json', 'checkpoint']);
  assert.equal(JSON.parse(words.stdout).fullText, true);
  assert.equal(words.status, 1);
  const none = await run(['explain', 'xyzzyplugh']);
  assert.equal(none.status, 2);
  const noText = await run(['explain']);
  assert.equal(noText.status, 2);
  assert.match(noText.stderr, /Usage:/);
  const piped = await run(['explain', '--lang', 'zh'], 'ERROR RequestId:1 Result:{"errorCode":-1,"errorMessage":"Invoking task timed out after 5 seconds","statusCode":433}\n');
  assert.equal(piped.status, 0);
  assert.match(piped.stdout, /函数执行超时/);
});

test('the MCP server answers the SDK client over stdio, returns an error result for a bad call and goes on serving', async () => {
  const client = new Client({ name: 'serverless-error-codes-test', version: '1.0.0' });
  const transport = new StdioClientTransport({ command: bin, args: ['mcp'], env, cwd: work, stderr: 'pipe' });
  await client.connect(transport);
  try {
    const { tools } = await client.listTools();
    assert.deepEqual(tools.map((tool) => tool.name).sort(), ['explain_error', 'get_code_page', 'list_codes']);
    for (const tool of tools) {
      assert.equal(tool.inputSchema.type, 'object', tool.name);
      assert.equal(tool.outputSchema?.type, 'object', tool.name);
    }

    const explained = await client.callTool({ name: 'explain_error', arguments: { text: '{"errorCode":-1,"errorMessage":"Invoking task timed out after 3 seconds","statusCode":433}', lang: 'en' } });
    assert.notEqual(explained.isError, true);
    const structured = explained.structuredContent as { status: string; matches: Array<{ code: string; fix: string[]; url: string; values?: Record<string, string> }> };
    assert.equal(structured.status, 'exact');
    assert.equal(structured.matches[0]!.code, '433');
    assert.deepEqual(structured.matches[0]!.values, { seconds: '3' });
    assert.ok(structured.matches[0]!.fix.length >= 3);
    const text = (explained.content as Array<{ type: string; text: string }>)[0]!.text;
    assert.match(text, /^## 433 TimeLimitReached · Function execution timed out/);
    assert.match(text, /### How to fix it/);

    const page = await client.callTool({ name: 'get_code_page', arguments: { code: '437', lang: 'zh' } });
    assert.equal((page.structuredContent as { code: string }).code, '437');
    assert.match((page.content as Array<{ text: string }>)[0]!.text, /^# 437 HandlerNotFound · /);

    const listed = await client.callTool({ name: 'list_codes', arguments: { catalog: 'yr-sdk' } });
    const catalogs = (listed.structuredContent as { catalogs: Array<{ id: string; codes: unknown[] }> }).catalogs;
    assert.equal(catalogs.length, 1);
    assert.equal(catalogs[0]!.codes.length, 49);

    // Bad calls: a missing argument, a value outside the schema, a code that does not exist.
    const missing = await client.callTool({ name: 'get_code_page', arguments: {} });
    assert.equal(missing.isError, true);
    assert.match((missing.content as Array<{ text: string }>)[0]!.text, /code/);
    const wrong = await client.callTool({ name: 'explain_error', arguments: { text: '433', lang: 'fr' } });
    assert.equal(wrong.isError, true);
    const empty = await client.callTool({ name: 'explain_error', arguments: { text: '   ' } });
    assert.equal(empty.isError, true);
    const unknown = await client.callTool({ name: 'get_code_page', arguments: { code: '4399' } });
    assert.equal(unknown.isError, true);
    assert.match((unknown.content as Array<{ text: string }>)[0]!.text, /No code "4399" in the reference\. Closest codes:\n- 4\d{3}/);
    // … and the server still answers.
    const after = await client.callTool({ name: 'explain_error', arguments: { text: 'HandlerNotFound', lang: 'zh', limit: 1 } });
    assert.equal((after.structuredContent as { matches: Array<{ code: string }> }).matches[0]!.code, '437');

    const { resources } = await client.listResources();
    assert.ok(resources.some((resource) => resource.uri === 'serverless-error-codes://en/codes/433' && resource.mimeType === 'text/markdown'));
    assert.ok(resources.some((resource) => resource.uri === 'serverless-error-codes://zh/codes/ResourceNotFound.Function'));
    const { resourceTemplates } = await client.listResourceTemplates();
    assert.deepEqual(resourceTemplates.map((template) => template.uriTemplate), ['serverless-error-codes://{lang}/codes/{code}']);
    const read = await client.readResource({ uri: 'serverless-error-codes://zh/codes/433' });
    const content = read.contents[0] as { mimeType: string; text: string };
    assert.equal(content.mimeType, 'text/markdown');
    assert.match(content.text, /^# 433 TimeLimitReached · 函数执行超时/);
    await assert.rejects(client.readResource({ uri: 'serverless-error-codes://en/codes/4399' }), /No code "4399"/);
  } finally {
    await client.close();
  }
});
