/**
 * The fixed vocabulary of the reference: catalogs, the groups inside them, retry advice and the
 * kinds of limits a code page can state. Content files may only use these ids, so a typo in a
 * YAML file is a schema error instead of a page that silently lands in no table.
 */

/** Catalog ids in the order the homes list them. */
export const CATALOG_IDS = ['scf', 'scf-api', 'yr-sdk', 'yr-rest'] as const;
export type CatalogId = (typeof CATALOG_IDS)[number];

/** Platform that each catalog belongs to; related codes on another platform get a visible note. */
export const CATALOG_PLATFORM: Record<CatalogId, PlatformId> = {
  scf: 'tencent-scf',
  'scf-api': 'tencent-scf',
  'yr-sdk': 'openyuanrong',
  'yr-rest': 'openyuanrong',
};

export const PLATFORM_IDS = ['tencent-scf', 'openyuanrong'] as const;
export type PlatformId = (typeof PLATFORM_IDS)[number];

/** Group ids per catalog, in display order. */
export const GROUPS_BY_CATALOG = {
  scf: [
    'scf-general',
    'scf-request',
    'scf-access',
    'scf-config',
    'scf-user-code',
    'scf-container',
    'scf-capacity',
  ],
  'scf-api': [
    'api-failed-operation',
    'api-invalid-parameter',
    'api-limit-exceeded',
    'api-resource-not-found',
    'api-resource-state',
    'api-auth',
    'api-unsupported',
    'api-internal-error',
  ],
  'yr-sdk': [
    'sdk-scheduling',
    'sdk-user-code',
    'sdk-platform',
    'sdk-usage',
    'sdk-data-system',
    'sdk-lifecycle',
  ],
  'yr-rest': [
    'rest-functions',
    'rest-aliases',
    'rest-layers',
    'rest-triggers',
    'rest-packages',
    'rest-metadata',
    'rest-requests',
  ],
} as const satisfies Record<CatalogId, readonly string[]>;

export type GroupId = (typeof GROUPS_BY_CATALOG)[CatalogId][number];

/** Every group id, catalog by catalog. */
export const GROUP_IDS = Object.values(GROUPS_BY_CATALOG).flat() as [GroupId, ...GroupId[]];

/**
 * Whether retrying the same request can help: `yes` the cause is usually transient, `maybe` only
 * once a condition clears (load drops, a status recovers), `no` fix the cause first, `n/a` not an error.
 */
export const RETRY_VALUES = ['yes', 'maybe', 'no', 'n/a'] as const;
export type Retry = (typeof RETRY_VALUES)[number];

/**
 * The source documents (described in `content/sources.yaml`), newest first per platform. A code's
 * `editions` say which of them list it; its `changes` compare two of them.
 */
export const SOURCE_IDS = [
  'scf-en-current',
  'scf-zh-current',
  'scf-en-older',
  'scf-zh-older',
  'scf-api-sdk-zh',
  'scf-api-sdk-en',
  'scf-api-errors-zh',
  'scf-api-errors-en',
  'yr-reference',
] as const;
export type SourceId = (typeof SOURCE_IDS)[number];

/**
 * The catalogs each source document describes: a code may only cite its own catalog's documents
 * (the SCF status-code pages say nothing of the SCF API's error codes, and the reverse).
 */
export const SOURCE_CATALOGS: Record<SourceId, readonly CatalogId[]> = {
  'scf-en-current': ['scf'],
  'scf-zh-current': ['scf'],
  'scf-en-older': ['scf'],
  'scf-zh-older': ['scf'],
  'scf-api-sdk-zh': ['scf-api'],
  'scf-api-sdk-en': ['scf-api'],
  'scf-api-errors-zh': ['scf-api'],
  'scf-api-errors-en': ['scf-api'],
  'yr-reference': ['yr-sdk', 'yr-rest'],
};

/** Languages a source document can be written in. */
export const LANGS_OF_SOURCES = ['en', 'zh'] as const;

/** Whether a source is a current edition; a code that no current edition lists is legacy. */
export const SOURCE_IS_CURRENT: Record<SourceId, boolean> = {
  'scf-en-current': true,
  'scf-zh-current': true,
  'scf-en-older': false,
  'scf-zh-older': false,
  'scf-api-sdk-zh': true,
  'scf-api-sdk-en': true,
  'scf-api-errors-zh': true,
  'scf-api-errors-en': true,
  'yr-reference': true,
};

/**
 * What changed for a code between two source documents (`from` the older or first, `to` the newer
 * or second), both of which list it: `renamed` another status name; `narrowed` / `broadened` the
 * meaning; `new-advice` different advice; `disagreement` two editions of the same date say
 * different things. Codes added or dropped between editions are not recorded here: `editions`
 * already says which documents list a code, and the pages derive both from it.
 */
export const CHANGE_KINDS = ['renamed', 'narrowed', 'broadened', 'new-advice', 'disagreement'] as const;
export type ChangeKind = (typeof CHANGE_KINDS)[number];

/**
 * What the sources say about instance recycling: `documented` a source says the code triggers it;
 * `not-stated` no source says either way (never read as "no").
 */
export const RECYCLING_VALUES = ['documented', 'not-stated'] as const;
export type Recycling = (typeof RECYCLING_VALUES)[number];

/** Units a limit can carry; each is rendered per language (`24 hours`, `24 小时`). */
export const LIMIT_UNITS = ['KB', 'MB', 'GB', 'second', 'hour'] as const;
export type LimitUnit = (typeof LIMIT_UNITS)[number];

/** Kinds of numeric limits a page can state; each has a label in both languages. */
export const LIMIT_KINDS = [
  'sync-event-max',
  'async-event-max',
  'response-max',
  'burst-per-region',
  'listen-port',
  'legacy-container-start',
  'memory-max',
  'async-duration-max',
  'routing-weight-total',
] as const;
export type LimitKind = (typeof LIMIT_KINDS)[number];

/** Concept pages that code pages may point to. */
export const CONCEPT_SLUGS = ['handler', 'timeouts', 'concurrency', 'api-errors'] as const;
export type ConceptSlug = (typeof CONCEPT_SLUGS)[number];

/** The catalog a group belongs to. */
export function catalogOfGroup(group: GroupId): CatalogId {
  for (const catalog of CATALOG_IDS) {
    if ((GROUPS_BY_CATALOG[catalog] as readonly string[]).includes(group)) return catalog;
  }
  throw new Error(`unknown group ${group}`);
}
