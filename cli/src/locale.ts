/** The language of the answers when none is asked for: the locale's. */
import type { Lang } from './data.ts';

/** The language a locale names (`zh_CN.UTF-8` → zh); English otherwise. LC_ALL wins, then LC_MESSAGES, then LANG. */
export function langFromEnv(env: NodeJS.ProcessEnv): Lang {
  const locale = [env.LC_ALL, env.LC_MESSAGES, env.LANG].find((value) => value && value.trim()) ?? '';
  return /^zh/i.test(locale) ? 'zh' : 'en';
}
