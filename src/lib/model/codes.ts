/**
 * What a code looks like and how codes sort. Codes are either numbers (`433`, `121057`: SCF status
 * codes, openYuanrong codes) or the Tencent Cloud API's dotted names (`FailedOperation.UpdateFunctionCode`,
 * `RequestLimitExceeded`), kept exactly as the platform returns them, case included.
 */

/** A code as the content may write it: a positive number, or a dotted API error code. */
export const CODE_PATTERN = /^(?:[1-9]\d*|[A-Z][A-Za-z0-9]*(?:\.[A-Za-z0-9]+)*)$/;

/** Whether a string is a code in either form. */
export function isCodeString(text: string): boolean {
  return CODE_PATTERN.test(text);
}

/** Whether a code is a number (`433`) rather than a dotted API code. */
export function isNumericCode(code: string): boolean {
  return /^\d+$/.test(code);
}

/** Numbers in numeric order, before named codes, which sort by code point (so `COS` before `Cos`). */
export function compareCodes(a: string, b: string): number {
  const an = isNumericCode(a);
  const bn = isNumericCode(b);
  if (an && bn) return Number(a) - Number(b);
  if (an !== bn) return an ? -1 : 1;
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The family of a dotted code (`FailedOperation` of `FailedOperation.UpdateFunctionCode`); undefined for numbers. */
export function codeFamily(code: string): string | undefined {
  return isNumericCode(code) ? undefined : code.split('.')[0];
}

/** The part after the family (`UpdateFunctionCode`); undefined for numbers and bare families. */
export function codeSuffix(code: string): string | undefined {
  const at = code.indexOf('.');
  return isNumericCode(code) || at < 0 ? undefined : code.slice(at + 1);
}
