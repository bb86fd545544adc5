/**
 * The only external URLs the site may link to. Everything else must be a page of this site; the
 * link check fails on any other origin. Facts are restated, not linked out; the exception is a
 * public source beyond the five documents (a fact's `refs`, or a page a concept page cites), which
 * readers must be able to check.
 */
export const ALLOWED_EXTERNAL_ORIGINS: readonly string[] = [
  // openYuanrong source files at fixed commits, cited in the codes' `refs`.
  'https://github.com',
  // Tencent Cloud's Concurrency Overview (583/37040) and Concurrency Management (583/39464) pages,
  // which content/concepts/{en,zh}/concurrency.mdx cite for facts outside the five documents.
  'https://www.tencentcloud.com',
];
