/**
 * The fixed vocabulary of the reference: catalogs, the groups inside them, retry advice and the
 * kinds of limits a code page can state. Content files may only use these ids, so a typo in a
 * YAML file is a schema error instead of a page that silently lands in no table.
 */

/** Catalog ids in the order the homes list them. */
export const CATALOG_IDS = ['scf', 'yr-sdk', 'yr-rest'] as const;
export type CatalogId = (typeof CATALOG_IDS)[number];

/** Platform that each catalog belongs to; related codes on another platform get a visible note. */
export const CATALOG_PLATFORM: Record<CatalogId, PlatformId> = {
  scf: 'tencent-scf',
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
export const CONCEPT_SLUGS = ['handler', 'timeouts', 'concurrency'] as const;
export type ConceptSlug = (typeof CONCEPT_SLUGS)[number];

/** The catalog a group belongs to. */
export function catalogOfGroup(group: GroupId): CatalogId {
  for (const catalog of CATALOG_IDS) {
    if ((GROUPS_BY_CATALOG[catalog] as readonly string[]).includes(group)) return catalog;
  }
  throw new Error(`unknown group ${group}`);
}
