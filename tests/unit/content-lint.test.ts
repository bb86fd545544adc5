/**
 * The content lint (src/lib/content/lint.ts, rules listed in content/STYLE.md): every content file
 * and both UI string files pass it, and each rule fires on a line that breaks it and stays quiet
 * on the line written the house way.
 */
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { formatFindings, lintFile, type LintFile, type LintRule } from '../../src/lib/content/lint.ts';

const root = join(import.meta.dirname, '..', '..');

function files(dir: string, ext: string, kind: LintFile['kind']): LintFile[] {
  return readdirSync(join(root, dir))
    .filter((name) => name.endsWith(ext))
    .sort()
    .map((name) => ({ file: `${dir}/${name}`, text: readFileSync(join(root, dir, name), 'utf8'), kind }));
}

const everyContentFile: LintFile[] = [
  ...files('content/codes/en', '.mdx', 'en'),
  ...files('content/codes/zh', '.mdx', 'zh'),
  ...files('content/concepts/en', '.mdx', 'en'),
  ...files('content/concepts/zh', '.mdx', 'zh'),
  ...files('content/catalogs', '.yaml', 'bilingual'),
  ...files('content', '.yaml', 'bilingual'),
  ...files('src/i18n', 'en.ts', 'en'),
  ...files('src/i18n', 'zh.ts', 'zh'),
];

test(`every content file and the UI strings pass the lint (${everyContentFile.length} files)`, () => {
  assert.ok(everyContentFile.length > 290, `only ${everyContentFile.length} files found`);
  const findings = everyContentFile.flatMap(lintFile);
  assert.equal(formatFindings(findings), '');
});

/** Rules a single line triggers, in a file of the given kind. */
function rulesOf(line: string, kind: LintFile['kind']): LintRule[] {
  return lintFile({ file: 'fixture', text: line, kind }).map((finding) => finding.rule);
}

const rows: ReadonlyArray<{ rule: LintRule; kind: LintFile['kind']; bad: string; good: string }> = [
  { rule: 'zh-ni', kind: 'zh', bad: '请检查你的函数配置。', good: '请检查您的函数配置。' },
  { rule: 'zh-ascii-colon', kind: 'zh', bad: '常见原因:内存不足。', good: '常见原因：内存不足。' },
  { rule: 'zh-english-unit', kind: 'zh', bad: '异步执行最长可运行 24 h。', good: '异步执行最长可运行 24 小时。' },
  { rule: 'zh-english-unit', kind: 'zh', bad: '容器启动超过 15s 即超时。', good: '同步请求事件最大为 6 MB。' },
  { rule: 'zh-english-unit', kind: 'zh', bad: '重连等待 1.5 min 后放弃。', good: '参考文档将其描述为 K8S 不可达。' },
  { rule: 'zh-product-name', kind: 'zh', bad: 'SCF 会返回该状态码。', good: '云函数（SCF）会返回该状态码。' },
  { rule: 'en-british', kind: 'en', bad: 'The SDK failed to initialise.', good: 'The SDK failed to initialize.' },
  { rule: 'en-british', kind: 'en', bad: 'The request was cancelled.', good: 'The request was canceled.' },
  { rule: 'en-british', kind: 'en', bad: 'Check the behaviour of the catalogue.', good: 'Check the behavior of the catalog.' },
  { rule: 'banned-phrase', kind: 'zh', bad: '请联系平台团队。', good: '请联系集群管理员。' },
  { rule: 'banned-phrase', kind: 'zh', bad: '状态码 402 搭配 ServiceSuspended 返回。', good: '返回 402 状态码和 ServiceSuspended。' },
  { rule: 'banned-phrase', kind: 'en', bad: 'Send the logs to the platform operator.', good: "Send the logs to the cluster's administrators." },
  { rule: 'zh-colloquial', kind: 'zh', bad: '异步调用的上限要小得多，很容易踩坑。', good: '异步调用的上限要小得多，需特别注意。' },
  { rule: 'zh-colloquial', kind: 'zh', bad: '先弄清时间耗在哪里。', good: '先定位耗时环节。' },
  { rule: 'zh-colloquial', kind: 'zh', bad: '调用方拿到的是状态码 407。', good: '调用方收到的是状态码 407。' },
  { rule: 'zh-colloquial', kind: 'zh', bad: '某个下游卡住时，函数会一直等待。', good: '某个下游服务无响应时，函数会一直等待。' },
  { rule: 'zh-colloquial', kind: 'zh', bad: '实例每处理一个请求，内存就涨一点。', good: '实例每处理一个请求，内存占用都会略有增加。' },
  { rule: 'zh-colloquial', kind: 'zh', bad: '建议收集环境信息后联系项目方。', good: '建议收集环境信息后联系 openYuanrong 社区。' },
  { rule: 'zh-colloquial', kind: 'zh', bad: '确认失败是否与一波流量高峰同时出现。', good: '确认失败是否与流量高峰同时出现。' },
  { rule: 'zh-colloquial', kind: 'zh', bad: '将其与初始化超时时间挂钩。', good: '以初始化超时时间为准。' },
  { rule: 'zh-calque', kind: 'zh', bad: '调用会以 437 失败。', good: '调用会失败并返回 437。' },
  { rule: 'zh-calque', kind: 'zh', bad: '重试仍会以同样的方式失败。', good: '重试仍会返回同样的错误，以便排查。' },
  { rule: 'zh-calque', kind: 'zh', bad: '请求以未授权操作为由被拒绝。', good: '请检查函数以及触发器的配置是否失败。' },
  { rule: 'zh-calque', kind: 'zh', bad: '声明的大小超限时会立即以 <CodeLink code="4130" /> 被拒绝。', good: '声明的大小超限时，请求会立即被拒绝并返回 <CodeLink code="4130" />。' },
  { rule: 'zh-calque', kind: 'zh', bad: '在上游源码中，网关会检查权重。', good: '上游接口的返回结构变化后，代码可能抛出 KeyError。' },
];

test('zh-meta: naming the source once in a Chinese page is attribution, every later mention is a finding', () => {
  const page = ['现行中文文档说明，该状态码表示执行超时。', '请检查函数的执行超时时间。', '文档建议先定位耗时环节。', '旧版文档指出两者相同。'].join('\n');
  assert.deepEqual(
    lintFile({ file: 'fixture', text: page, kind: 'zh' }).map((f) => [f.line, f.rule]),
    [
      [3, 'zh-meta'],
      [4, 'zh-meta'],
    ],
  );
  assert.deepEqual(lintFile({ file: 'fixture', text: page.split('\n').slice(0, 2).join('\n'), kind: 'zh' }), []);
});

for (const { rule, kind, bad, good } of rows) {
  test(`${rule} fires on "${bad}" and not on "${good}"`, () => {
    assert.ok(rulesOf(bad, kind).includes(rule), `${rule} did not fire`);
    assert.deepEqual(rulesOf(good, kind), []);
  });
}

test('findings name the file, the line and the rule', () => {
  const text = '---\ntitle: 超时\nsummary: 函数运行超时。\n---\n\n<Meaning>\n\n你的函数运行超过 3 s。\n\n</Meaning>\n';
  assert.equal(
    formatFindings(lintFile({ file: 'content/codes/zh/433.mdx', text, kind: 'zh' })),
    'content/codes/zh/433.mdx:8: zh-ni: 你 → 您\ncontent/codes/zh/433.mdx:8: zh-english-unit: 3 s: write the unit in Chinese (秒, 毫秒, 分钟, 小时, 天)',
  );
});

test('code spans, fenced code and URLs are not prose', () => {
  assert.deepEqual(rulesOf('消息为 `Instance scheduling cancelled` 时：', 'en'), []);
  assert.deepEqual(rulesOf('参见 https://example.org/a:b 的说明。', 'zh'), []);
  assert.deepEqual(lintFile({ file: 'f', text: '```\ntimeout: 3s 你\n```\n', kind: 'zh' }), []);
});

test('in a bilingual YAML file, zh lines get the zh rules and en lines the en rules', () => {
  const text = 'text:\n  en: "It was cancelled after 3 s."\n  zh: "你的请求在 3 s 后取消。"\n';
  const found = lintFile({ file: 'content/catalogs/scf.yaml', text, kind: 'bilingual' }).map((f) => `${f.line}:${f.rule}`);
  assert.deepEqual(found, ['2:en-british', '3:zh-ni', '3:zh-english-unit']);
});
