/**
 * A synthetic catalog of N codes in both languages, written to a temporary content folder (never
 * committed), so the benchmark can show how the build grows with the catalog.
 */
import { copyFileSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const GROUPS = ['scf-general', 'scf-request', 'scf-access', 'scf-config', 'scf-user-code', 'scf-container', 'scf-capacity'];

/** Writes N codes (catalogs/scf.yaml plus en and zh MDX) into `dir`; returns `dir`. */
export function writeSyntheticContent(dir, count) {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, 'catalogs'), { recursive: true });
  // The real concept pages link real codes that a synthetic catalog lacks, so it gets its own.
  for (const lang of ['en', 'zh']) {
    mkdirSync(join(dir, 'codes', lang), { recursive: true });
    mkdirSync(join(dir, 'concepts', lang), { recursive: true });
    writeFileSync(
      join(dir, 'concepts', lang, 'handler.mdx'),
      `---\ntitle: Synthetic concept\nsummary: A generated concept page for the benchmark.\n---\n\nA generated concept page.\n`,
    );
  }
  const first = 10_000;
  const yaml = [];
  for (let i = 0; i < count; i++) {
    const code = first + i;
    yaml.push(
      `"${code}":\n  group: ${GROUPS[i % GROUPS.length]}\n  name: SyntheticError${code}\n  retry: "no"\n  editions: [scf-en-current]\n` +
        // Every code records its last check (issue 24); the synthetic ones point at one generated log.
        `  checked: {date: "2026-12-03", against: [scf-en-current], review: synthetic.md}\n` +
        (i > 0 ? `  related: [${code - 1}]\n` : ''),
    );
    const en = `---\ntitle: Synthetic error ${code}\nsummary: A generated code that exists only to measure how the build scales with the catalog.\n---\n\n<Meaning>\n\nThis code ${code} is generated for the benchmark. It stands for a failure that a real platform would report when a request cannot be served, and it is as long as a typical page so that the build does the same work per page.\n\n</Meaning>\n\n<Fix>\n\n1. Read the full error message and note the request ID.\n2. Check the configuration that the message names and correct it.\n3. Retry the request once the cause is fixed.\n\n</Fix>\n`;
    const zh = `---\ntitle: 合成错误 ${code}\nsummary: 仅用于基准测试的生成错误码，用来衡量构建耗时随目录规模的增长情况。\n---\n\n<Meaning>\n\n错误码 ${code} 由基准测试生成，代表平台无法处理请求时返回的一类失败。它的篇幅与真实页面相当，因此每个页面的构建工作量与真实站点一致。\n\n</Meaning>\n\n<Fix>\n\n1. 阅读完整的报错信息并记下请求 ID。\n2. 检查报错信息提到的配置并改正。\n3. 排除原因后重新发起请求。\n\n</Fix>\n`;
    writeFileSync(join(dir, 'codes', 'en', `${code}.mdx`), en);
    writeFileSync(join(dir, 'codes', 'zh', `${code}.mdx`), zh);
  }
  writeFileSync(join(dir, 'catalogs', 'scf.yaml'), yaml.join(''));
  mkdirSync(join(dir, 'reviews'), { recursive: true });
  writeFileSync(join(dir, 'reviews', 'synthetic.md'), '# Synthetic check\n\nGenerated for the benchmark; no page here was read.\n');
  copyFileSync(join('content', 'sources.yaml'), join(dir, 'sources.yaml'));
  return dir;
}
