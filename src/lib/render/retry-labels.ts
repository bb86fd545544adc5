/** The UI string keys of a retry verdict: the sentence on a code page and the short table label. */
import type { UiKey } from '../../i18n/en.ts';
import type { Retry } from '../model/vocabulary.ts';

const LONG: Record<Retry, UiKey> = { yes: 'retryYes', maybe: 'retryMaybe', no: 'retryNo', 'n/a': 'retryN/a' };
const SHORT: Record<Retry, UiKey> = { yes: 'retryShortYes', maybe: 'retryShortMaybe', no: 'retryShortNo', 'n/a': 'retryShortN/a' };

/** Key of the retry sentence shown on a code page ("No, fix the cause first."). */
export function retryKey(retry: Retry): UiKey {
  return LONG[retry];
}

/** Key of the short retry label in tables and filters ("No"). */
export function retryShortKey(retry: Retry): UiKey {
  return SHORT[retry];
}
