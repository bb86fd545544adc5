/**
 * Keeps what a paste told us (the matched message and its values) for the code page the reader
 * opens, in `sessionStorage` only: never in the URL, never sent anywhere.
 */
import { DIAGNOSIS_KEY, type Diagnosis } from '../../lib/search/diagnosis.ts';
import type { SearchResult } from './engine.ts';

/** Stores the diagnosis for a chosen result when it came from a matched message; clears it otherwise. */
export function rememberPaste(result: SearchResult): void {
  try {
    if (result.code && result.template) {
      const diagnosis: Diagnosis = { code: result.code, template: result.template, values: result.values ?? {} };
      sessionStorage.setItem(DIAGNOSIS_KEY, JSON.stringify(diagnosis));
    } else {
      sessionStorage.removeItem(DIAGNOSIS_KEY);
    }
  } catch {
    // Storage can be disabled (private modes, policies); the page then simply shows no diagnosis.
  }
}
