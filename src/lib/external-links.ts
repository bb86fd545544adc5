/**
 * The only external URLs the site may link to. Everything else must be a page of this site; the
 * link check fails on any other origin. Empty on purpose: facts are restated, not linked out.
 */
export const ALLOWED_EXTERNAL_ORIGINS: readonly string[] = [];
