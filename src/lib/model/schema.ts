/**
 * Zod schemas for every content file. The content config and the offline content checks share
 * them, so a unit test that feeds a broken fixture sees exactly what the build would reject.
 */
import { z } from 'astro/zod';
import { CODE_PATTERN } from './codes.ts';
import {
  CATALOG_IDS,
  CHANGE_KINDS,
  CONCEPT_SLUGS,
  GROUP_IDS,
  LANGS_OF_SOURCES,
  LIMIT_KINDS,
  LIMIT_UNITS,
  PLATFORM_IDS,
  RECYCLING_VALUES,
  RETRY_VALUES,
  SOURCE_IDS,
} from './vocabulary.ts';

/** A code: a positive integer, or a dotted API code as the platform writes it (`ResourceNotFound.Function`). */
const codeRef = z.union([z.number().int().positive(), z.string().regex(CODE_PATTERN)]);

/** A short text in both languages (facts data that readers see). */
export const bilingualText = z.strictObject({ en: z.string().min(2), zh: z.string().min(2) });

/** A limit: a number, its unit (rendered per language) and what it limits. */
export const limitSchema = z.strictObject({
  /** What the number limits; each kind has a label in both languages. */
  kind: z.enum(LIMIT_KINDS),
  /** The number as the source gives it. */
  value: z.number().positive(),
  /** Its unit; none for counts and port numbers. */
  unit: z.enum(LIMIT_UNITS).optional(),
});
export type Limit = z.infer<typeof limitSchema>;

/** One difference between two source documents for a code. */
export const changeSchema = z.strictObject({
  /** What kind of difference (see CHANGE_KINDS). */
  kind: z.enum(CHANGE_KINDS),
  /** The older (or first) document compared. */
  from: z.enum(SOURCE_IDS),
  /** The newer (or second) document compared. */
  to: z.enum(SOURCE_IDS),
  /** What changed, in our own words. */
  text: bilingualText,
});
export type Change = z.infer<typeof changeSchema>;

/** A public source beyond the five documents, shown and linked on the code page. */
export const refSchema = z.strictObject({
  /** Address of the source (a repository file at a fixed commit, or an official page). */
  url: z.url({ protocol: /^https$/ }),
  /** What the source shows about this code. */
  about: bilingualText,
});
export type Ref = z.infer<typeof refSchema>;

/**
 * A check of a code's pages: a reader who saw only the sources and the page confirmed every statement
 * on that date. `against` names the source documents (ids of `content/sources.yaml`) and the upstream
 * repositories at a commit (`owner/repo@sha`) read for it; `review` is the file under
 * `content/reviews/` that keeps the check's findings.
 */
export const checkSchema = z.strictObject({
  /** The day of the check, `YYYY-MM-DD`. */
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  /** What the page was checked against. */
  against: z.array(z.union([z.enum(SOURCE_IDS), z.string().regex(/^[\w.-]+\/[\w.-]+@[0-9a-f]{40}$/)])).min(1),
  /** The review file with the check's findings, relative to `content/reviews/`. */
  review: z.string().regex(/^[\w.-]+\.md$/),
});
export type Check = z.infer<typeof checkSchema>;

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
  /** Listed only in older editions of the docs. */
  legacy: z.boolean().default(false),
  /** Whether retrying the same request can help. */
  retry: z.enum(RETRY_VALUES),
  /** Whether a source says the platform recycles the instance after this code (never an invented "no"). */
  recycling: z.enum(RECYCLING_VALUES).default('not-stated'),
  /** Numbers that matter, each with a kind that has a label in both languages. */
  limits: z.array(limitSchema).default([]),
  /** The source documents that list the code. */
  editions: z.array(z.enum(SOURCE_IDS)).min(1),
  /** What changed for the code between source documents. */
  changes: z.array(changeSchema).default([]),
  /** Public sources beyond the five documents that support a statement on the page. */
  refs: z.array(refSchema).default([]),
  /** Codes worth reading next; they must exist. Links are shown in both directions. */
  related: z.array(codeRef).default([]),
  /** Concept pages the code depends on. */
  concepts: z.array(z.enum(CONCEPT_SLUGS)).default([]),
  /**
   * The message the platform really returns with the code, where it differs from `name` (openYuanrong's
   * REST API returns `{"code": N, "message": "<text>"}` with the upstream text, while the reference
   * names the code by its constant): the text with `{placeholders}`, and the upstream file at a commit.
   */
  message: z.strictObject({ text: z.string().min(1), source: z.url({ protocol: /^https$/ }) }).optional(),
  /**
   * The one-line descriptions the platform's SDKs or API documentation give for the code, quoted
   * exactly (SCF API codes): shown on the page and matched by the search as the API's message.
   */
  descriptions: z.strictObject({ zh: z.string().min(1).optional(), en: z.string().min(1).optional() }).optional(),
  /** The API actions whose documentation lists the code (SCF API codes). */
  actions: z.array(z.string().regex(/^[A-Z][A-Za-z0-9]+$/)).default([]),
  /** When the page was last checked against its sources, and against what. */
  checked: checkSchema,
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

/** One source document: an entry of `content/sources.yaml`, keyed by its id (SOURCE_IDS). */
export const sourceDocSchema = z.strictObject({
  /** The platform the document describes. */
  platform: z.enum(PLATFORM_IDS),
  /** The language the document is written in. */
  lang: z.enum(LANGS_OF_SOURCES),
  /** `current` or `older` edition. */
  edition: z.enum(['current', 'older']),
  /** The date the document shows (YYYY-MM-DD), or null when it shows none. */
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).nullable(),
  /** The document's title, in both languages. */
  title: bilingualText,
  /** A short name for lists of changes ("older English edition"). */
  short: bilingualText,
  /** What the document covers, in both languages. */
  covers: bilingualText,
  /** The seed file it is kept as (`000` … `004` in the shared seeds); none for documents beyond the seeds. */
  seed: z.string().regex(/^\d{3}$/).optional(),
  /** The public address of the document, so a page can link it. */
  url: z.url({ protocol: /^https$/ }).optional(),
  /**
   * The same document in the other language, published beside it (a GitHub file at the same commit):
   * scripts/vendor-wording.mjs fingerprints its table too, so a sentence copied from either finds its code.
   */
  translation: z.strictObject({ lang: z.enum(LANGS_OF_SOURCES), url: z.url({ protocol: /^https$/ }) }).optional(),
});
export type SourceDoc = z.infer<typeof sourceDocSchema>;
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
  /** The exact string, variable parts as `{placeholders}` (see `src/lib/search/message-template.ts`). */
  text: z.string().min(1),
  /** What sort of string it is. */
  kind: z.enum(SEEN_AS_KINDS),
  /** Who prints it. */
  by: z.enum(SEEN_AS_PRINTERS),
  /** Where it was seen: an issue or page address, or a file as `https://github.com/OWNER/REPO/blob/REF/PATH`. */
  source: sourceUrl,
  /** What the variable parts or the format mean, in both languages. */
  note: z.strictObject({ en: z.string().min(1), zh: z.string().min(1) }).optional(),
  /**
   * A wrapper's generic code or name (`-504002`, `INVOKE_FUNCTION_FAILED`) that carries the real error
   * inside it: the search reads the inner error first and falls back to this code only when the
   * inner error says nothing more.
   */
  wraps: z.literal(true).optional(),
  /**
   * The wrapper code in this string stands for several conditions (`-501000`): only the whole message
   * decides, so the code alone is not read as this status.
   */
  shared: z.literal(true).optional(),
});
export type SeenAsItem = z.infer<typeof seenAsItemSchema>;

/** One everyday phrase: one item of `content/phrases.yaml`. */
export const phraseSchema = z.strictObject({
  /** The phrase as people write it, in either language. */
  text: z.string().min(2),
  /** Codes it usually means, most likely first, or a concept page (`concept:timeouts`); they must exist. */
  codes: z.array(z.union([z.string().regex(CODE_PATTERN), z.string().regex(/^concept:[a-z-]+$/)])).min(1),
  /** A public post where people used it; omitted for a curated variant of a sourced phrase. */
  source: sourceUrl.optional(),
});
export type Phrase = z.infer<typeof phraseSchema>;

/**
 * The upstream repositories whose messages are mined, and the commit each was read at; after them, the
 * other editions of a component (`datasystem-openeuler`, the openEuler mirror of the data system at a
 * later commit; `datasystem-2026-06`, the data system's June 2026 release) whose messages the
 * component's own commit lacks.
 */
export const UPSTREAM_REPOS = ['functionsystem', 'runtime', 'frontend', 'datasystem', 'ray-adapter', 'datasystem-openeuler', 'datasystem-2026-06'] as const;
export type UpstreamRepo = (typeof UPSTREAM_REPOS)[number];

/** The component an edition's messages are listed with on a code page (its group), by edition. */
export const UPSTREAM_EDITION_OF: Partial<Record<UpstreamRepo, UpstreamRepo>> = { 'datasystem-openeuler': 'datasystem', 'datasystem-2026-06': 'datasystem' };

/** One message an upstream repository emits with a code: an item of `content/upstream-messages.yaml`. */
export const upstreamMessageSchema = z.strictObject({
  /** The message, its variable parts as `{placeholders}`. */
  text: z.string().min(1),
  /** Where it is written: `repository/path#Lline`, at the commit of the file's `commits`. */
  at: z.string().regex(new RegExp(`^(?:${UPSTREAM_REPOS.join('|')})/[^#\\s]+#L\\d+$`)),
  /** The code as the source writes it (`StatusCode::K_INVALID`). */
  symbol: z.string().min(1),
  /** How a data-system or function-system status becomes this code, when it does. */
  via: z.string().min(1).optional(),
  /** How many other places emit the same text with the same code. */
  also: z.number().int().positive().optional(),
});
export type UpstreamMessage = z.infer<typeof upstreamMessageSchema>;

/** The whole file: the commits, the repositories and the messages by code. */
export const upstreamFileSchema = z.strictObject({
  commits: z.strictObject(Object.fromEntries(UPSTREAM_REPOS.map((repo) => [repo, z.string().regex(/^[0-9a-f]{40}$/)])) as Record<UpstreamRepo, z.ZodString>),
  /** The GitHub repository (`owner/name`) each component was read from, which the pages link to. */
  repositories: z.strictObject(Object.fromEntries(UPSTREAM_REPOS.map((repo) => [repo, z.string().regex(/^[\w.-]+\/[\w.-]+$/)])) as Record<UpstreamRepo, z.ZodString>),
  messages: z.record(z.string().regex(/^[1-9]\d*$/), z.array(upstreamMessageSchema)),
});
export type UpstreamFile = z.infer<typeof upstreamFileSchema>;

/**
 * One sentence of a vendor's status-code table as the search ships it: an item of
 * `content/vendor-wording.yaml` (scripts/vendor-wording.mjs; src/lib/search/vendor-wording.ts).
 */
export const vendorSentenceSchema = z.strictObject({
  /** The codes whose row holds the sentence. */
  c: z.array(z.string().regex(CODE_PATTERN)).min(1),
  /** The source document the sentence is from. */
  s: z.enum(SOURCE_IDS),
  /** The fingerprint: the sentence's hashed words, two URL-safe characters each. */
  h: z.string().regex(/^(?:[A-Za-z0-9_-]{2})+$/),
  /** How many distinct words the sentence has, when `h` keeps only its rarest. */
  n: z.number().int().positive().optional(),
  /** The language the sentence is written in, when it is not its document's (a sentence of the document's `translation`). */
  l: z.enum(LANGS_OF_SOURCES).optional(),
});
export type VendorSentenceData = z.infer<typeof vendorSentenceSchema>;

/** The platforms the equivalents compare, in the matrix's column order. */
export const OTHER_PLATFORMS = [
  'aws-lambda',
  'alibaba-fc3',
  'huawei-functiongraph',
  'azure-functions',
  'google-cloud-run-functions',
  'cloudflare-workers',
  'vercel-functions',
  'tencent-cloudbase',
  'openyuanrong',
] as const;
export type OtherPlatform = (typeof OTHER_PLATFORMS)[number];

/** How close another platform's error is to the row's failure (gRPC's mapping is the model: not one to one). */
export const EQUIVALENCE_STRENGTHS = ['same', 'similar', 'look-alike'] as const;

/** Another platform's error for one failure: one cell of `content/equivalents.yaml`. */
export const equivalentCellSchema = z.strictObject({
  /** The platform's own code, name or exact message, as its source writes it. */
  error: z.string().min(1),
  /** What the string is. */
  kind: z.enum(['message', 'code', 'exception', 'status']),
  /** The HTTP status that comes with it, when the source gives one. */
  http: z.number().int().min(100).max(599).optional(),
  /** The same condition, a similar one (the difference stated), or a look-alike that is not the same. */
  strength: z.enum(EQUIVALENCE_STRENGTHS),
  /** How it differs from the SCF code: limits, retries, what the caller sees. Our own words. */
  differs: bilingualText,
  /** The public page (or repository file at a commit) that shows the error. */
  source: z.url({ protocol: /^https$/ }),
  /** A public report, not the vendor's documentation, is the only source of the wording. */
  reported: z.literal(true).optional(),
  /**
   * How the error shows up in a paste, as templates (`Task timed out after {seconds} seconds`,
   * `FUNCTION_INVOCATION_TIMEOUT`): the search matches them and names the platform.
   */
  patterns: z.array(z.string().min(3)).default([]),
});
export type EquivalentCell = z.infer<typeof equivalentCellSchema>;

/** A platform with no documented equivalent for the failure: said so, with what the docs do say. */
export const noEquivalentSchema = z.strictObject({ none: bilingualText });

/** One failure that several platforms share: one row of the matrix. */
export const equivalentRowSchema = z.strictObject({
  /** The row's name. */
  title: bilingualText,
  /** The SCF codes of this failure (the pages that show the row). */
  scf: z.array(z.string().regex(CODE_PATTERN)).min(1),
  /** openYuanrong codes of this failure, where one clearly matches. */
  yr: z.array(z.string().regex(CODE_PATTERN)).default([]),
  /** One cell per platform: its error, or `none`. */
  cells: z.record(z.enum(OTHER_PLATFORMS), z.union([equivalentCellSchema, noEquivalentSchema])),
});
export type EquivalentRow = z.infer<typeof equivalentRowSchema>;

/** `content/equivalents.yaml`: the platforms' names and the rows, keyed by failure id. */
export const equivalentsFileSchema = z.strictObject({
  platforms: z.record(z.enum(OTHER_PLATFORMS), z.strictObject({ name: bilingualText })),
  failures: z.record(z.string().regex(/^[a-z][a-z-]+$/), equivalentRowSchema),
});
export type EquivalentsFile = z.infer<typeof equivalentsFileSchema>;
