/**
 * Zod schemas for every content file. The content config and the offline content checks share
 * them, so a unit test that feeds a broken fixture sees exactly what the build would reject.
 */
import { z } from 'astro/zod';
import {
  CATALOG_IDS,
  CONCEPT_SLUGS,
  GROUP_IDS,
  LIMIT_KINDS,
  RETRY_VALUES,
} from './catalogs.ts';

/** A code: a positive integer, kept as it is written in the platform's output. */
const codeNumber = z.number().int().positive();

/** Language-neutral facts about one code: one entry of `content/codes.yaml`, keyed by the code. */
export const codeFactsSchema = z.strictObject({
  /** Which catalog (and so which platform) returns the code. */
  catalog: z.enum(CATALOG_IDS),
  /** What the code concerns; must be a group of the same catalog. */
  group: z.enum(GROUP_IDS),
  /** The exact status name or message the platform returns, spelling kept. SDK codes have none. */
  name: z.string().min(1).optional(),
  /** Names the same code had in older editions of the platform's docs. */
  olderNames: z.array(z.string().min(1)).default([]),
  /** Full messages the platform prints for this code (`xxx` marks a variable part). */
  messages: z.array(z.string().min(1)).default([]),
  /** Listed only in older editions of the docs. */
  legacy: z.boolean().default(false),
  /** Whether retrying the same request can help. */
  retry: z.enum(RETRY_VALUES),
  /** The platform recycles the function instance after this code. */
  recyclesInstance: z.boolean().default(false),
  /** Numbers that matter, each with a kind that has a label in both languages. */
  limits: z
    .array(z.strictObject({ kind: z.enum(LIMIT_KINDS), value: z.string().min(1) }))
    .default([]),
  /** Codes worth reading next; they must exist. Links are shown in both directions. */
  related: z.array(codeNumber).default([]),
  /** Concept pages the code depends on. */
  concepts: z.array(z.enum(CONCEPT_SLUGS)).default([]),
});
export type CodeFacts = z.infer<typeof codeFactsSchema>;

/** Front matter of `content/codes/{lang}/{code}.mdx`. */
export const codeDocSchema = z.strictObject({
  /** A short human title in the page's language. */
  title: z.string().min(2).max(80),
  /** One sentence: what the code means. Used in tables, search results and meta descriptions. */
  summary: z.string().min(10).max(240),
});
export type CodeDoc = z.infer<typeof codeDocSchema>;

/** Front matter of `content/concepts/{lang}/{slug}.mdx`. */
export const conceptDocSchema = z.strictObject({
  /** Page title in the page's language. */
  title: z.string().min(2).max(80),
  /** One or two sentences for the meta description and search results. */
  summary: z.string().min(10).max(300),
});
export type ConceptDoc = z.infer<typeof conceptDocSchema>;

/** Kinds of string a code shows up as in the wild. */
export const SEEN_AS_KINDS = ['message', 'console-result', 'log-line', 'stack-trace', 'wrapper-code', 'wrapper-name', 'exception', 'deploy-message'] as const;
/** Who prints a seen-as string. */
export const SEEN_AS_PRINTERS = [
  'scf-runtime', 'scf-console', 'scf-api', 'cloudbase', 'wx-cloud', 'serverless-cli',
  'yr-python', 'yr-cpp', 'yr-java', 'yr-go', 'yr-rest', 'yr-frontend', 'yr-datasystem',
] as const;

/** A public address: where a string or phrase was seen. */
const sourceUrl = z.url({ protocol: /^https$/ });

/** One real string a code shows up as: one item of `content/seen-as.yaml`, listed under its code. */
export const seenAsItemSchema = z.strictObject({
  /** The exact string, variable parts as `{placeholders}` (see `src/lib/message-template.ts`). */
  text: z.string().min(1),
  /** What sort of string it is. */
  kind: z.enum(SEEN_AS_KINDS),
  /** Who prints it. */
  by: z.enum(SEEN_AS_PRINTERS),
  /** Where it was seen: an issue or page address, or a file as `https://github.com/OWNER/REPO/blob/REF/PATH`. */
  source: sourceUrl,
  /** What the variable parts or the format mean, in both languages. */
  note: z.strictObject({ en: z.string().min(1), zh: z.string().min(1) }).optional(),
});
export type SeenAsItem = z.infer<typeof seenAsItemSchema>;

/** One everyday phrase: one item of `content/phrases.yaml`. */
export const phraseSchema = z.strictObject({
  /** The phrase as people write it, in either language. */
  text: z.string().min(2),
  /** Codes it usually means, most likely first; they must exist. */
  codes: z.array(z.string().regex(/^[1-9]\d*$/)).min(1),
  /** A public post where people used it; omitted for a curated variant of a sourced phrase. */
  source: sourceUrl.optional(),
});
export type Phrase = z.infer<typeof phraseSchema>;
