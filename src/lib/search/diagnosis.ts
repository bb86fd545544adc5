/**
 * Paste to diagnosis: when a reader opens a code from a pasted error, the values read from the
 * paste (seconds, MB, function name) travel to the code page in `sessionStorage`, never in the URL
 * and never to a server, since a paste can hold customer data. This module is the record's shape.
 */
import { PLACEHOLDER_PATTERNS, type Placeholder } from './message-template.ts';

export { DIAGNOSIS_KEY } from './diagnosis-key.ts';

/**
 * What a code page needs to show "your timeout is 3 s": the code, the matched template (empty when
 * the paste matched no message), its values, and the paste itself (for "Copy prompt"), cut to a
 * few kilobytes.
 */
export interface Diagnosis {
  code: string;
  template: string;
  values: Partial<Record<Placeholder, string>>;
  paste?: string;
}

/** How much of a paste is kept for the prompt. */
export const MAX_PASTE = 4000;

/** Reads a stored diagnosis; anything malformed (an old format, a hand edit) is ignored. */
export function parseDiagnosis(stored: string | null): Diagnosis | undefined {
  if (!stored) return undefined;
  try {
    const value = JSON.parse(stored) as Partial<Diagnosis>;
    if (typeof value.code !== 'string' || typeof value.template !== 'string' || typeof value.values !== 'object' || !value.values) return undefined;
    const values = Object.fromEntries(
      Object.entries(value.values).filter(([name, v]) => name in PLACEHOLDER_PATTERNS && typeof v === 'string'),
    ) as Diagnosis['values'];
    return { code: value.code, template: value.template, values, ...(typeof value.paste === 'string' && value.paste ? { paste: value.paste.slice(0, MAX_PASTE) } : {}) };
  } catch {
    return undefined;
  }
}
