/**
 * The JSON API (`/api/v1/…`): one record per code with its facts and both languages' title,
 * summary and page URL. The record schema is written once in Zod; `/api/v1/schema.json` is
 * generated from it, so the documentation cannot drift from the files.
 */
import { z } from 'astro/zod';
import { CODE_PATTERN } from '../model/codes.ts';
import {
  CATALOG_IDS,
  CATALOG_PLATFORM,
  CHANGE_KINDS,
  CONCEPT_SLUGS,
  GROUP_IDS,
  LIMIT_KINDS,
  LIMIT_UNITS,
  PLATFORM_IDS,
  RECYCLING_VALUES,
  RETRY_VALUES,
  SOURCE_IDS,
} from '../model/vocabulary.ts';
import type { CodeEntry } from '../model/catalog.ts';
import { SEEN_AS_KINDS, SEEN_AS_PRINTERS, type SeenAsItem } from '../model/schema.ts';
import type { Lang } from '../model/langs.ts';

const perLanguage = z.strictObject({ en: z.string(), zh: z.string() });

/** One code in the API. */
export const apiCodeSchema = z.strictObject({
  code: z.string().regex(CODE_PATTERN).describe('The code, as the platform returns it: a number, or a dotted API error code.'),
  catalog: z.enum(CATALOG_IDS),
  platform: z.enum(PLATFORM_IDS),
  group: z.enum(GROUP_IDS),
  name: z.string().nullable().describe('Exact status name or REST message; null for SDK codes.'),
  olderNames: z.array(z.string()).describe('Names used by older editions of the docs.'),
  seenAs: z
    .array(z.strictObject({ text: z.string(), kind: z.enum(SEEN_AS_KINDS), by: z.enum(SEEN_AS_PRINTERS), source: z.string() }))
    .describe('Real strings the error shows up as (the "Seen as" section); {placeholders} mark the variable parts.'),
  legacy: z.boolean().describe('Listed only in older editions of the docs.'),
  retry: z.enum(RETRY_VALUES).describe('yes | maybe (once a condition clears) | no (fix first) | n/a (not an error).'),
  retryable: z.boolean().describe('True when retry is yes or maybe.'),
  recycling: z.enum(RECYCLING_VALUES).describe('documented (a source says the code triggers instance recycling) | not-stated (no source says either way).'),
  limits: z.array(
    z.strictObject({ kind: z.enum(LIMIT_KINDS), value: z.number(), unit: z.enum(LIMIT_UNITS).nullable().describe('null for counts and port numbers.') }),
  ),
  editions: z.array(z.enum(SOURCE_IDS)).describe('Source documents that list the code; see /{lang}/sources/.'),
  changes: z
    .array(z.strictObject({ kind: z.enum(CHANGE_KINDS), from: z.enum(SOURCE_IDS), to: z.enum(SOURCE_IDS), text: perLanguage }))
    .describe('Differences between two source documents that both list the code.'),
  refs: z.array(z.strictObject({ url: z.string(), about: perLanguage })).describe('Public sources beyond the five documents.'),
  related: z.array(z.string()),
  concepts: z.array(z.enum(CONCEPT_SLUGS)),
  message: z
    .strictObject({ text: z.string(), source: z.string() })
    .nullable()
    .describe('The message the platform really returns with the code where it differs from name (openYuanrong REST: the upstream text, {placeholders} for the variable parts), with the upstream file at a commit; null otherwise.'),
  descriptions: z
    .strictObject({ zh: z.string().nullable(), en: z.string().nullable() })
    .nullable()
    .describe("The platform's own one-line descriptions of the code, quoted exactly (SCF API codes: the SDKs' error lists); null when it has none."),
  actions: z.array(z.string()).describe('The API actions whose documentation lists the code (SCF API codes); empty otherwise.'),
  upstreamMessages: z.number().int().nonnegative().describe("How many (code, message) pairs openYuanrong's upstream source emits with the code (listed on the page)."),
  checked: z
    .strictObject({ date: z.string(), against: z.array(z.string()), review: z.string() })
    .describe('When a reader who saw only the sources and the page last confirmed every statement, what they read (source ids and owner/repo@commit), and the file of that check under content/reviews/.'),
  title: perLanguage,
  summary: perLanguage,
  urls: perLanguage.describe('Absolute URLs of the code page in each language.'),
  markdown: perLanguage.describe('Absolute URLs of the Markdown twin of the code page in each language.'),
});
export type ApiCode = z.infer<typeof apiCodeSchema>;

/** The list file `/api/v1/codes.json`. */
export const apiIndexSchema = z.strictObject({
  version: z.literal(1),
  count: z.number().int().nonnegative(),
  codes: z.array(apiCodeSchema),
});
export type ApiIndex = z.infer<typeof apiIndexSchema>;

/** JSON Schema (draft 2020-12) for both files, served as `/api/v1/schema.json`. */
export function apiJsonSchema(schemaUrl: string): Record<string, unknown> {
  const { $schema: _dialect, ...code } = z.toJSONSchema(apiCodeSchema, { target: 'draft-2020-12' });
  return {
    ...z.toJSONSchema(apiIndexSchema, { target: 'draft-2020-12' }),
    $id: schemaUrl,
    title: 'Serverless error codes API, version 1',
    description: 'The root schema describes /api/v1/codes.json; #/$defs/code describes /api/v1/codes/{code}.json.',
    $defs: { code },
  };
}

/** Builds one API record from a code, its related codes, its "Seen as" strings, its count of upstream messages and its per-language text and URLs. */
export function apiRecord(
  entry: CodeEntry,
  related: readonly CodeEntry[],
  seenAs: readonly SeenAsItem[],
  upstreamMessages: number,
  text: (lang: Lang) => { title: string; summary: string; url: string; markdown: string },
): ApiCode {
  const { facts } = entry;
  const en = text('en');
  const zh = text('zh');
  return {
    code: entry.code,
    catalog: facts.catalog,
    platform: CATALOG_PLATFORM[facts.catalog],
    group: facts.group,
    name: facts.name ?? null,
    olderNames: facts.olderNames,
    seenAs: seenAs.map(({ text, kind, by, source }) => ({ text, kind, by, source })),
    legacy: facts.legacy,
    retry: facts.retry,
    retryable: facts.retry === 'yes' || facts.retry === 'maybe',
    recycling: facts.recycling,
    limits: facts.limits.map((limit) => ({ kind: limit.kind, value: limit.value, unit: limit.unit ?? null })),
    editions: facts.editions,
    changes: facts.changes,
    refs: facts.refs,
    related: related.map((other) => other.code),
    concepts: facts.concepts,
    message: facts.message ?? null,
    descriptions: facts.descriptions ? { zh: facts.descriptions.zh ?? null, en: facts.descriptions.en ?? null } : null,
    actions: facts.actions,
    upstreamMessages,
    checked: facts.checked,
    title: { en: en.title, zh: zh.title },
    summary: { en: en.summary, zh: zh.summary },
    urls: { en: en.url, zh: zh.url },
    markdown: { en: en.markdown, zh: zh.markdown },
  };
}
