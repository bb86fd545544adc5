/** Writing to the clipboard with a confirmation, shared by the copy buttons and the code blocks' Copy. */

/** Writes text to the clipboard and says whether it worked in `status` (its data-copied / data-copy-failed text). */
export async function copyText(text: string | Promise<string>, status: HTMLElement): Promise<void> {
  try {
    await navigator.clipboard.writeText(await text);
    status.textContent = status.dataset.copied ?? '';
  } catch {
    status.textContent = status.dataset.copyFailed ?? '';
  }
}
