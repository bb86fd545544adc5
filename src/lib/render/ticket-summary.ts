/** What a support engineer pastes into a ticket for one code: plain text or Markdown. */
import type { Lang } from '../model/langs.ts';

/** The formats "Copy summary" offers; plain text is the default. */
export const SUMMARY_FORMATS = ['text', 'markdown'] as const;
export type SummaryFormat = (typeof SUMMARY_FORMATS)[number];

/** What the summary is made of, as shown on the code page, in the page's language. */
export interface TicketSummaryInput {
  /** The page's language: Chinese text takes a full-width colon. */
  lang: Lang;
  /** Platform or catalog, e.g. `Tencent Cloud SCF`. */
  platform: string;
  /** `437 HandlerNotFound`, or just `4008` for unnamed codes. */
  heading: string;
  /** The page title, e.g. `Handler not found`. */
  title: string;
  /** The one-line meaning. */
  summary: string;
  /** Label and value of the retry verdict, e.g. `Retry` / `No: fix the cause first.` */
  retryLabel: string;
  retry: string;
  /** The language-neutral short link, absolute. */
  url: string;
}

/** Formats one code for a ticket: platform, code and name, title, meaning, retry verdict, short link. */
export function ticketSummary(input: TicketSummaryInput, format: SummaryFormat = 'text'): string {
  const { lang, platform, heading, title, summary, retryLabel, retry, url } = input;
  const clean = (text: string) => text.replace(/\s+/g, ' ').trim();
  const colon = lang === 'zh' ? '：' : ': ';
  const [open, close] = lang === 'zh' ? ['（', '）'] : [' (', ')'];
  if (format === 'markdown') {
    return [`**${clean(heading)}** · ${clean(title)}${open}${clean(platform)}${close}`, '', clean(summary), '', `- **${clean(retryLabel)}${colon.trim()}** ${clean(retry)}`, `- <${url}>`].join('\n');
  }
  return [`${clean(platform)} ${clean(heading)} · ${clean(title)}`, clean(summary), `${clean(retryLabel)}${colon}${clean(retry)}`, url].join('\n');
}
