/**
 * The only external URLs the site may link to. Everything else must be a page of this site; the
 * link check fails on any other origin. Facts are restated, not linked out; the exceptions are public
 * sources a reader must be able to check: a fact's `refs` or a page a concept page cites (sources
 * beyond the five documents), and where a real-world message was seen (`content/seen-as.yaml`).
 */
export const ALLOWED_EXTERNAL_ORIGINS: readonly string[] = [
  // openYuanrong source files at fixed commits (refs), and issues and files where messages were seen.
  'https://github.com',
  // Tencent Cloud's Concurrency Overview (583/37040) and Concurrency Management (583/39464) pages,
  // which content/concepts/{en,zh}/concurrency.mdx cite for facts outside the five documents.
  'https://www.tencentcloud.com',
  // Where real-world messages were seen (content/seen-as.yaml).
  'https://gitee.com',
  'https://cloud.tencent.com',
  // Tencent Cloud's international site: the SCF status-code pages (583/35311) in both languages.
  'https://intl.cloud.tencent.com',
  'https://developers.weixin.qq.com',
  'https://docs.cloudbase.net',
  // Where other platforms document the errors of the equivalents matrix (content/equivalents.yaml):
  // their docs, error indexes and knowledge bases (GitHub, CloudBase and openYuanrong's own are above or below).
  'https://docs.aws.amazon.com',
  'https://repost.aws',
  'https://www.alibabacloud.com',
  'https://alibabacloud.com',
  'https://help.aliyun.com',
  'https://support.huaweicloud.com',
  'https://cloud.google.com',
  'https://docs.cloud.google.com',
  'https://developers.cloudflare.com',
  'https://vercel.com',
  'https://docs.openyuanrong.org',
];
