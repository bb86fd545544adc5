/**
 * Keeps what a paste told us (the matched message and its values) for the code page the reader
 * opens, in `sessionStorage` only: never in the URL, never sent anywhere.
 */
import { DIAGNOSIS_KEY, MAX_PASTE, type Diagnosis } from '../../lib/search/diagnosis.ts';
import type { SearchResult } from './engine.ts';

/** A query long enough to be a pasted error rather than a few typed words. */
const PASTE_LENGTH = 20;

/**
 * Stores the diagnosis for a chosen result when it came from a matched message or a paste (the
 * paste itself, for the page's "Copy prompt"); clears it otherwise.
 */
export function rememberPaste(result: SearchResult, query = ''): void {
  try {
    const paste = query.trim().length >= PASTE_LENGTH ? query.trim().slice(0, MAX_PASTE) : '';
    if (result.code && (result.template || paste)) {
      const diagnosis: Diagnosis = { code: result.code, template: result.template ?? '', values: result.values ?? {}, ...(paste ? { paste } : {}) };
      sessionStorage.setItem(DIAGNOSIS_KEY, JSON.stringify(diagnosis));
    } else {
      sessionStorage.removeItem(DIAGNOSIS_KEY);
    }
  } catch {
    // Storage can be disabled (private modes, policies); the page then simply shows no diagnosis.
  }
}
