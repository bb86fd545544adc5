/** The Markdown a support engineer pastes into a ticket for one code. */

/** What the summary is made of, as shown on the code page. */
export interface TicketSummaryInput {
  heading: string;
  title: string;
  summary: string;
  steps: string[];
  url: string;
}

/** Formats the code, name, one-line meaning, numbered fix steps and the link as Markdown. */
export function ticketSummary({ heading, title, summary, steps, url }: TicketSummaryInput): string {
  const lines = [`**${heading}** · ${title}`, '', summary];
  if (steps.length > 0) lines.push('', ...steps.map((step, index) => `${index + 1}. ${step.replace(/\s+/g, ' ').trim()}`));
  lines.push('', url);
  return lines.join('\n');
}
