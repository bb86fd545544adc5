/**
 * "Copy link", "Copy summary", "Copy as Markdown", "Copy page" and "Copy prompt" on code pages,
 * with a confirmation that is both visible and announced (a polite live region). The link and the
 * summaries carry the same short link; a summary adds the first fix step and, after a paste, the
 * reader's message with their values. Where the browser refuses the clipboard, the text is shown
 * selected in a box, with how to copy it by hand.
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
  const stored = () => {
    try {
      const value = JSON.parse(sessionStorage.getItem(DIAGNOSIS_KEY) ?? 'null') as { code?: string; paste?: string; template?: string; values?: Record<string, string> } | null;
      return value?.code === document.querySelector<HTMLElement>('[data-code-page]')?.dataset.codePage ? value : null;
    } catch {
      return null;
    }
  };
  const paste = () => stored()?.paste ?? '';
  /** The first step of "How to fix it": its first list item, or its first paragraph, without code blocks or sub-lists. */
  const firstStep = () => {
    const fix = document.getElementById('fix');
    const step = fix?.querySelector('ol > li, ul > li') ?? fix?.querySelector('p');
    if (!step) return '';
    const copy = step.cloneNode(true) as HTMLElement;
    copy.querySelectorAll('pre, ol, ul, .code-block').forEach((node) => node.remove());
    return copy.textContent ?? '';
  };
  /** Where the browser refuses the clipboard: the text, selected, in a box, and the status says how to copy it. */
  const showFallback = (text: string) => {
    let area = tools.querySelector<HTMLTextAreaElement>('[data-copy-fallback]');
    if (!area) {
      area = document.createElement('textarea');
      area.dataset.copyFallback = '';
      area.readOnly = true;
      area.rows = 6;
      area.setAttribute('aria-label', data.fallbackLabel ?? '');
      // The browser's own field colours follow the theme (color-scheme); the border is the text colour.
      area.className = 'w-full rounded-md border p-2 font-mono text-xs';
      tools.append(area);
    }
    area.value = text;
    status.textContent = data.fallback ?? '';
    area.focus();
    area.select();
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
        void copyText(text, status, showFallback);
        return;
      }
      // One link for a code, whichever button: the short link, which opens in the reader's language.
      const link = origin + (data.short ?? location.pathname);
      let text = link;
      if (kind !== 'link') {
        const { ticketSummary, filledMessage } = await loadFormatter();
        const diagnosis = stored();
        text = ticketSummary(
          {
            lang: document.documentElement.lang.startsWith('zh') ? 'zh' : 'en',
            platform: data.platform ?? '',
            heading: data.heading ?? '',
            title: data.title ?? '',
            summary: document.querySelector('[data-summary]')?.textContent ?? '',
            retryLabel: data.retryLabel ?? '',
            retry: data.retry ?? '',
            firstStepLabel: data.firstStepLabel ?? '',
            firstStep: firstStep(),
            pasteLabel: data.pasteLabel ?? '',
            paste: diagnosis?.template ? filledMessage(diagnosis.template, diagnosis.values ?? {}) : '',
            url: link,
          },
          kind as SummaryFormat,
        );
      }
      void copyText(text, status, showFallback);
    });
  });
}
