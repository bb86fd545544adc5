/**
 * The only external URLs the site may link to. Everything else must be a page of this site; the
 * link check fails on any other origin. Facts are restated, not linked out; the exception is a
 * public source beyond the five documents (a fact's `refs`), which readers must be able to check.
 */
export const ALLOWED_EXTERNAL_ORIGINS: readonly string[] = ['https://github.com'];
