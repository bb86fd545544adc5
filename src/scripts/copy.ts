/**
 * "Copy link", "Copy summary", "Copy as Markdown", "Copy page" and "Copy prompt" on code pages,
 * with a confirmation that is both visible and announced (a polite live region).
 */
import { shareOrigin } from '../lib/site/share-origin.ts';
import type { SummaryFormat } from '../lib/render/ticket-summary.ts';
import { DIAGNOSIS_KEY } from '../lib/search/diagnosis-key.ts';
import { copyText } from './clipboard.ts';

/** Wires up the copy buttons, if this is a code page. */
export function initCopyButtons(): void {
  const tools = document.querySelector<HTMLElement>('[data-copy-tools]');
  const status = tools?.querySelector<HTMLElement>('[data-copy-status]');
  if (!tools || !status) return;
  if (!navigator.clipboard || tools.dataset.copyReady !== undefined) return;
  tools.dataset.copyReady = '';
  const data = tools.dataset;
  const origin = shareOrigin(data.origin, location.origin);
  // The summary formatter loads on first approach (pointer or keyboard), so a reader who never
  // copies never pays for it, and the click still writes to the clipboard right away.
  let formatter: Promise<typeof import('../lib/render/ticket-summary.ts')> | undefined;
  const loadFormatter = () => (formatter ??= import('../lib/render/ticket-summary.ts'));
  tools.addEventListener('pointerenter', loadFormatter, { once: true });
  tools.addEventListener('focusin', loadFormatter, { once: true });

  // The page's Markdown twin, fetched once from this site (no other origin), for "Copy page" and "Copy prompt".
  let twin: Promise<string> | undefined;
  const loadTwin = () => (twin ??= fetch(data.twin ?? '').then((response) => (response.ok ? response.text() : Promise.reject(new Error(String(response.status))))));
  /** The reader's paste for this code, kept in this tab only by the search (never sent anywhere). */
  const paste = () => {
    try {
      const stored = JSON.parse(sessionStorage.getItem(DIAGNOSIS_KEY) ?? 'null') as { code?: string; paste?: string } | null;
      return stored?.code === document.querySelector<HTMLElement>('[data-code-page]')?.dataset.codePage ? (stored?.paste ?? '') : '';
    } catch {
      return '';
    }
  };

  tools.querySelectorAll<HTMLButtonElement>('button[data-copy]').forEach((button) => {
    button.addEventListener('click', async () => {
      // Cleared first, so that a second copy is announced again and never shows the last one's result.
      status.textContent = '';
      const kind = button.dataset.copy;
      if (kind === 'page' || kind === 'prompt') {
        // The twin is fetched on the first such click; the write follows within the click.
        const text = loadTwin().then(async (page) => {
          if (kind === 'page') return page;
          const { aiPrompt } = await import('../lib/render/ai-prompt.ts');
          return aiPrompt(document.documentElement.lang.startsWith('zh') ? 'zh' : 'en', page, paste());
        });
        void copyText(text, status);
        return;
      }
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
