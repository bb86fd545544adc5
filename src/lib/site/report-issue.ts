/** The prefilled "new issue" link of the project's repository for a code page. */

/** What the issue is about. */
export interface IssueSubject {
  code: string;
  lang: string;
  heading: string;
  pageUrl: string;
}

/**
 * `{repo}/issues/new?title=…&body=…` (GitHub's and Gitea's form), or undefined when no repository is
 * configured, in which case the page shows no link at all.
 */
export function newIssueUrl(repoUrl: string | undefined, subject: IssueSubject): string | undefined {
  if (!repoUrl) return undefined;
  const url = new URL(`${repoUrl.replace(/\/+$/, '')}/issues/new`);
  url.searchParams.set('title', `[${subject.lang}] ${subject.heading}: `);
  // The page's address, then room for the report: the title already says which page and language, and
  // every byte of this link is paid on every code page.
  url.searchParams.set('body', `${subject.pageUrl}\n\n`);
  // `/` and `:` need no escape in a query (RFC 3986 allows them there), which keeps the page's
  // address readable and the link shorter.
  return url.href.replace(/%2F/g, '/').replace(/%3A/g, ':');
}
