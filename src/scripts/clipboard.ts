/** Writing to the clipboard with a confirmation, shared by the copy buttons and the code blocks' Copy. */

/**
 * Writes text to the clipboard and says whether it worked in `status` (its data-copied /
 * data-copy-failed text). When the browser refuses, `onFail` gets the text, so that the reader can
 * copy it by hand from something already selected.
 */
export async function copyText(text: string | Promise<string>, status: HTMLElement, onFail?: (text: string) => void): Promise<void> {
  let value = '';
  try {
    value = await text;
    await navigator.clipboard.writeText(value);
    status.textContent = status.dataset.copied ?? '';
  } catch {
    status.textContent = status.dataset.copyFailed ?? '';
    if (value) onFail?.(value);
  }
}
