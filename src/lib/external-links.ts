/**
 * The only external URLs the site may link to. Everything else must be a page of this site; the
 * link check fails on any other origin. Facts are restated, not linked out; the exceptions are the
 * public sources of real-world messages (`content/seen-as.yaml`), which a reader must be able to check.
 */
export const ALLOWED_EXTERNAL_ORIGINS: readonly string[] = [
  'https://github.com',
  'https://gitee.com',
  'https://cloud.tencent.com',
  'https://developers.weixin.qq.com',
  'https://docs.cloudbase.net',
];
