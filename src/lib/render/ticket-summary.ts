/**
 * What a support engineer pastes into a ticket for one code: plain text or Markdown. "Copy link"
 * copies the same link the summary ends with (the language-neutral short link), so a ticket never
 * carries two different URLs for one code.
 */
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
  /** Label and value of the retry verdict, e.g. `Retry` / `No, fix the cause first.` */
  retryLabel: string;
  retry: string;
  /** Label and text of the first step of "How to fix it", when the page has one. */
  firstStepLabel?: string;
  firstStep?: string;
  /** Label and text of the message the reader pasted, with their values, when they came from a paste. */
  pasteLabel?: string;
  paste?: string;
  /** The language-neutral short link, absolute. */
  url: string;
}

/** Longest first step the summary carries; a longer one is cut at a word and marked. */
const STEP_LENGTH = 280;

/** Cuts text to about `max` characters at a word (or anywhere, for text without spaces), marked with `…`. */
export function shorten(text: string, max: number = STEP_LENGTH): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:，；：、]+$/, '')}…`;
}

/**
 * Formats one code for a ticket: platform, code and name, title, meaning, retry verdict, the first
 * fix step, the reader's pasted message (when there was one), short link.
 */
export function ticketSummary(input: TicketSummaryInput, format: SummaryFormat = 'text'): string {
  const { lang, platform, heading, title, summary, retryLabel, retry, url } = input;
  const clean = (text: string) => text.replace(/\s+/g, ' ').trim();
  const colon = lang === 'zh' ? '：' : ': ';
  const [open, close] = lang === 'zh' ? ['（', '）'] : [' (', ')'];
  // Labelled lines; the pasted message is quoted as code in Markdown (it is the platform's text).
  const lines: Array<{ label: string; value: string; code?: boolean }> = [{ label: retryLabel, value: clean(retry) }];
  if (input.firstStep && clean(input.firstStep)) lines.push({ label: input.firstStepLabel ?? '', value: shorten(clean(input.firstStep)) });
  if (input.paste && clean(input.paste)) lines.push({ label: input.pasteLabel ?? '', value: clean(input.paste), code: true });
  if (format === 'markdown') {
    return [
      `**${clean(heading)}** · ${clean(title)}${open}${clean(platform)}${close}`,
      '',
      clean(summary),
      '',
      ...lines.map(({ label, value, code }) => `- **${clean(label)}${colon.trim()}** ${code ? `\`${value.replace(/`/g, "'")}\`` : value}`),
      `- <${url}>`,
    ].join('\n');
  }
  return [`${clean(platform)} ${clean(heading)} · ${clean(title)}`, clean(summary), ...lines.map(({ label, value }) => `${clean(label)}${colon}${value}`), url].join('\n');
}

/** A matched message with the reader's values put back into its `{placeholders}` (those without a value stay). */
export function filledMessage(template: string, values: Readonly<Record<string, string | undefined>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);
}
