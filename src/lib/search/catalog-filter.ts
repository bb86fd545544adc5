/**
 * The catalog page's filter rule, kept pure so it is tested without a browser. It matches the way the
 * search does, not by substring: the query's filler words are dropped (query-clean.ts), text is keyed
 * as the lookup keys phrases (phrases.ts: case, punctuation and spacing folded, Chinese runs joined),
 * and a name counts as its words (`HandlerNotFound` is "handler not found" and "handlernotfound").
 * The codes the search itself finds for the query (names, seen-as messages, everyday phrases, the
 * pages' text) are passed in as `found`, so "timeout" keeps 433, 446 and 499 although none of their
 * rows has the word.
 */
import { phraseKey } from './phrases.ts';
import { stripFiller } from './query-clean.ts';

/** A row's words: its text keyed like a phrase, with identifiers also split at their humps. */
export function rowWords(rowText: string): string[] {
  const humps = rowText.replace(/(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])/g, ' ');
  return [...new Set(`${phraseKey(rowText)} ${phraseKey(humps)}`.split(' ').filter(Boolean))];
}

/** The words a query asks for, filler aside; empty when it asks for nothing. */
export function queryWords(query: string): string[] {
  return phraseKey(stripFiller(query)).split(' ').filter(Boolean);
}

/**
 * Whether a row's own text answers every word of the query: a Latin word or number starts one of
 * the row's words (`time` finds `TimeLimitReached`), a Chinese word appears in its text.
 */
export function textMatches(rowText: string, query: string): boolean {
  const words = rowWords(rowText);
  const joined = words.join(' ');
  return queryWords(query).every((word) => (/[\u3400-\u9fff]/.test(word) ? joined.includes(word) : words.some((candidate) => candidate.startsWith(word))));
}

/**
 * Whether a row is shown: its retry value is the chosen one (or none is), and the query is empty,
 * matches the row's text, or found the row's code through the search (`found`).
 */
export function rowMatches(rowText: string, rowRetry: string, query: string, retry: string, found = false): boolean {
  if (retry && rowRetry !== retry) return false;
  if (queryWords(query).length === 0) return true;
  return found || textMatches(rowText, query);
}

/** Whether a query is worth a full-text search: a Latin word of three letters or a Chinese word of two characters. */
export function worthFullText(query: string): boolean {
  return queryWords(query).some((word) => /[a-z0-9]{3}/.test(word) || /[\u3400-\u9fff]{2}/.test(word));
}

/** The filter's state as URL parameters (`?q=…&retry=…`), the rest of `search` kept. */
export function filterSearch(search: string, query: string, retry: string): string {
  const params = new URLSearchParams(search);
  if (query.trim()) params.set('q', query.trim());
  else params.delete('q');
  if (retry) params.set('retry', retry);
  else params.delete('retry');
  const text = params.toString();
  return text ? `?${text}` : '';
}
