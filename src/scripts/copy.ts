/**
 * "Copy link", "Copy summary" and "Copy as Markdown" on code pages, with a confirmation that is
 * both visible and announced (a polite live region).
 */
import { shareOrigin } from '../lib/site/share-origin.ts';
import type { SummaryFormat } from '../lib/render/ticket-summary.ts';

/** Writes text to the clipboard and says whether it worked in `status`. */
export async function copyText(text: string, status: HTMLElement): Promise<void> {
  try {
    await navigator.clipboard.writeText(text);
    status.textContent = status.dataset.copied ?? '';
  } catch {
    status.textContent = status.dataset.copyFailed ?? '';
  }
}

/** Wires up the copy buttons, if this is a code page. */
export function initCopyButtons(): void {
  const tools = document.querySelector<HTMLElement>('[data-copy-tools]');
  const status = tools?.querySelector<HTMLElement>('[data-copy-status]');
  if (!tools || !status) return;
  if (!navigator.clipboard) {
    tools.hidden = true;
    return;
  }
  const data = tools.dataset;
  const origin = shareOrigin(data.origin, location.origin);
  // The summary formatter loads on first approach (pointer or keyboard), so a reader who never
  // copies never pays for it, and the click still writes to the clipboard right away.
  let formatter: Promise<typeof import('../lib/render/ticket-summary.ts')> | undefined;
  const loadFormatter = () => (formatter ??= import('../lib/render/ticket-summary.ts'));
  tools.addEventListener('pointerenter', loadFormatter, { once: true });
  tools.addEventListener('focusin', loadFormatter, { once: true });

  tools.querySelectorAll<HTMLButtonElement>('button[data-copy]').forEach((button) => {
    button.addEventListener('click', async () => {
      const kind = button.dataset.copy;
      const text =
        kind === 'link'
          ? origin + (data.path ?? location.pathname)
          : (await loadFormatter()).ticketSummary(
              {
                lang: document.documentElement.lang.startsWith('zh') ? 'zh' : 'en',
                platform: data.platform ?? '',
                heading: data.heading ?? '',
                title: data.title ?? '',
                summary: document.querySelector('[data-summary]')?.textContent ?? '',
                retryLabel: data.retryLabel ?? '',
                retry: data.retry ?? '',
                url: origin + (data.short ?? ''),
              },
              kind as SummaryFormat,
            );
      void copyText(text, status);
    });
  });
}
