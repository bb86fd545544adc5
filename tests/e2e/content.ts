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

/** The 49 openYuanrong SDK error codes of the source document; fixed on purpose. */
export const YR_SDK_CODES = [
  1001, 1002, 1003, 1004, 1005, 1006, 1007, 1008, 1010, 1011, 1012, 1013, 1014, 1015, 1016, 1017, 2001, 2002, 3001, 3002,
  3003, 3004, 3005, 3006, 3007, 3008, 3009, 3010, 3011, 3012, 3013, 3014, 4001, 4002, 4003, 4004, 4005, 4006, 4007, 4008,
  4009, 4201, 4202, 4203, 4204, 4205, 4299, 4306, 9000,
].map(String);

/** The 60 openYuanrong REST API error codes of the source document; fixed on purpose. */
export const YR_REST_CODES = [
  4037, 4101, 4102, 4103, 4104, 4105, 4106, 4107, 4108, 4109, 4110, 4111, 4112, 4113, 4114, 4115, 4116, 4117, 4118, 4119,
  4120, 4123, 4124, 4125, 4126, 4127, 4128, 4129, 4130, 4134, 121016, 121017, 121018, 121019, 121026, 121029, 121030,
  121032, 121036, 121046, 121047, 121048, 121049, 121052, 121057, 121058, 122001, 122002, 122003, 122004, 122005, 122006,
  122007, 122008, 122009, 130600, 150424, 150444, 150500, 330404,
].map(String);

/** The languages and their `<html lang>`. */
export const LANGS = [
  { lang: 'en', htmlLang: 'en' },
  { lang: 'zh', htmlLang: 'zh-CN' },
] as const;
