/**
 * A "Copy" button on each code block of the page's prose (JavaScript only, like the clipboard). When
 * the browser refuses to copy, the code is selected for the reader to copy by hand.
 */
import { copyText } from './clipboard.ts';

/** The labels a prose container passes in `data-copy-code` (see codeCopyStrings in src/i18n). */
interface CodeCopyStrings {
  copy: string;
  label: string;
  copied: string;
  failed: string;
}

/** Wraps each `<pre>` inside a `[data-copy-code]` container and adds its copy button. */
export function initCodeCopy(): void {
  if (!navigator.clipboard) return;
  for (const pre of document.querySelectorAll<HTMLPreElement>('[data-copy-code] pre')) {
    const strings = JSON.parse(pre.closest<HTMLElement>('[data-copy-code]')!.dataset.copyCode!) as CodeCopyStrings;
    const wrapper = document.createElement('div');
    wrapper.className = 'code-block';
    pre.replaceWith(wrapper);
    const button = document.createElement('button');
    button.type = 'button';
    button.textContent = strings.copy;
    button.setAttribute('aria-label', strings.label);
    const status = document.createElement('span');
    status.className = 'sr-only';
    status.setAttribute('role', 'status');
    status.dataset.copied = strings.copied;
    status.dataset.copyFailed = strings.failed;
    // Refused: the code is selected and the status, shown now (no longer screen-reader only), says how to copy it by hand.
    const selectCode = () => {
      status.className = '';
      window.getSelection()?.selectAllChildren(pre);
    };
    button.addEventListener('click', () => void copyText(pre.textContent ?? '', status, selectCode));
    wrapper.append(pre, button, status);
  }
}
