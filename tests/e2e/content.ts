/**
 * What the end-to-end tests walk, read from the content itself (so a new code is tested the moment
 * it is added), plus the fixed guard lists that catch a code going missing.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

/** One code as the tests see it. */
export interface TestCode {
  code: string;
  catalog: string;
  name?: string;
  olderNames: string[];
  related: number[];
}

const dir = join(process.cwd(), 'content', 'catalogs');

/** Every code in content/catalogs/*.yaml. */
export const codes: TestCode[] = readdirSync(dir)
  .filter((file) => file.endsWith('.yaml'))
  .flatMap((file) =>
    Object.entries(parse(readFileSync(join(dir, file), 'utf8')) as Record<string, Partial<TestCode>>).map(([code, facts]) => ({
      code,
      catalog: file.replace(/\.yaml$/, ''),
      name: facts.name,
      olderNames: facts.olderNames ?? [],
      related: facts.related ?? [],
    })),
  );

/** The 33 Tencent Cloud SCF codes of the four SCF documents; fixed on purpose. */
export const SCF_CODES = [
  200, 400, 401, 402, 403, 404, 405, 406, 407, 410, 429, 430, 432, 433, 434, 435, 436, 437, 438, 439, 440, 441, 442, 443,
  444, 445, 446, 447, 449, 450, 499, 500, 532,
].map(String);

/** The languages and their `<html lang>`. */
export const LANGS = [
  { lang: 'en', htmlLang: 'en' },
  { lang: 'zh', htmlLang: 'zh-CN' },
] as const;
