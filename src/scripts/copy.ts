/**
 * "Copy link" and "Copy summary" on code pages, with a confirmation that is both visible and
 * announced (a polite live region).
 */
import { ticketSummary } from '../lib/ticket-summary.ts';

/** Wires up the copy buttons, if this is a code page. */
export function initCopyButtons(): void {
  const tools = document.querySelector<HTMLElement>('[data-copy-tools]');
  const status = tools?.querySelector<HTMLElement>('[data-copy-status]');
  if (!tools || !status || !navigator.clipboard) return;
  tools.hidden = false;

  const summaryText = () =>
    ticketSummary({
      heading: tools.dataset.heading ?? '',
      title: document.querySelector('[data-pagefind-meta="label"]')?.textContent?.trim() ?? '',
      summary: document.querySelector('[data-summary]')?.textContent?.trim() ?? '',
      steps: [...document.querySelectorAll('#fix ol > li')].map((li) => li.textContent ?? ''),
      url: tools.dataset.url ?? location.href,
    });

  tools.querySelectorAll<HTMLButtonElement>('button[data-copy]').forEach((button) => {
    button.addEventListener('click', async () => {
      const text = button.dataset.copy === 'link' ? (tools.dataset.url ?? location.href) : summaryText();
      try {
        await navigator.clipboard.writeText(text);
        status.textContent = status.dataset.copied ?? '';
      } catch {
        status.textContent = status.dataset.copyFailed ?? '';
      }
    });
  });
}
