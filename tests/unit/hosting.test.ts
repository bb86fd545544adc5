/**
 * The hosting rules cannot drift: every form a host reads (`_headers`, the nginx server block, the
 * `<meta>` policy, the deploy guide's table) is read back here and compared with src/lib/site/hosting.ts.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import {
  CONTENT_SECURITY_POLICY,
  CSP_DIRECTIVES,
  formatHeadersFile,
  formatHostingTable,
  formatNetlifyNotFoundRedirects,
  formatNginxServer,
  HEADER_ONLY_DIRECTIVES,
  headersForPath,
  META_CONTENT_SECURITY_POLICY,
  notFoundPageFor,
  parsePolicy,
  SECURITY_HEADERS,
  SLASH_REDIRECT_STATUS,
} from '../../src/lib/site/hosting.ts';
import { headersFor, parseHeadersFile } from '../headers.mjs';

/** A page, a not-found path, an asset, Pagefind's index and the JSON API: every kind of response. */
const SAMPLE_PATHS = ['/', '/en/', '/zh/codes/437/', '/codes/437/', '/zh/codes/9999/', '/_astro/site.abc123.css', '/pagefind/pagefind.js', '/api/v1/codes.json'];

for (const base of ['/', '/errors/']) {
  test(`_headers under base ${base} gives every path the headers of the rules`, () => {
    const rules = parseHeadersFile(formatHeadersFile(base));
    for (const sitePath of SAMPLE_PATHS) {
      const expected = headersForPath(sitePath);
      const sent = headersFor(rules, `${base}${sitePath.slice(1)}`);
      const { 'Cache-Control': cacheControl, ...security } = sent;
      assert.deepEqual(security, SECURITY_HEADERS, sitePath);
      // Without a rule the host's default applies (revalidate), which is what `no-cache` asks for.
      if (expected['Cache-Control'] === 'no-cache') assert.equal(cacheControl, undefined, sitePath);
      else assert.equal(cacheControl, expected['Cache-Control'], sitePath);
    }
    assert.deepEqual(headersFor(rules, '/elsewhere/'), base === '/' ? { ...SECURITY_HEADERS } : {});
  });

  test(`the nginx server block under base ${base} carries every rule`, () => {
    const root = '/srv/error codes/dist';
    const config = formatNginxServer({ root, listen: '127.0.0.1:8080', base });
    assert.match(config, /^\s*listen 127\.0\.0\.1:8080;$/m);
    assert.match(config, /^\s*absolute_redirect off;$/m, 'redirects must keep the port and host the reader used');
    const locations = [...config.matchAll(/^ {4}location (= )?(\S+) \{\n([\s\S]*?)^ {4}\}/gm)].map(([, exact, path, body]) => ({
      exact: Boolean(exact),
      path: path!,
      body: body!,
      headers: Object.fromEntries([...body!.matchAll(/add_header (\S+) "([^"]*)" always;/g)].map(([, name, value]) => [name!, value!])),
    }));
    const served = locations.filter((location) => /alias /.test(location.body));
    assert.ok(served.length >= 4, 'a location for assets, each language and the rest');
    for (const location of served) {
      const sitePath = `/${location.path.slice(base.length)}`;
      assert.deepEqual(location.headers, headersForPath(sitePath), location.path);
      assert.match(location.body, new RegExp(`alias "${root}${sitePath}";`), location.path);
      const notFound = /error_page 403 404 =404 (\S+);/.exec(location.body)?.[1];
      if (notFound) assert.equal(notFound, `${base}${notFoundPageFor(sitePath).slice(1)}`, location.path);
    }
    for (const sitePath of SAMPLE_PATHS) {
      // nginx answers with the longest prefix: the headers that path gets must be the rules'.
      const chosen = served.filter((location) => `${base}${sitePath.slice(1)}`.startsWith(location.path)).sort((a, b) => b.path.length - a.path.length)[0];
      assert.ok(chosen, `no location serves ${sitePath}`);
      assert.deepEqual(chosen.headers, headersForPath(sitePath), sitePath);
    }
    for (const lang of ['en', 'zh']) {
      const location = served.find((candidate) => candidate.path === `${base}${lang}/`);
      assert.match(location?.body ?? '', new RegExp(`error_page 403 404 =404 ${base}${lang}/404\\.html;`), `${lang} has its own not-found page`);
    }
    if (base !== '/') {
      const bare = locations.find((location) => location.exact && location.path === base.slice(0, -1));
      assert.match(bare?.body ?? '', new RegExp(`return ${SLASH_REDIRECT_STATUS} ${base};`));
      assert.deepEqual(bare?.headers, headersForPath('/'));
    }
  });
}

test('the nginx block refuses values that would change meaning in its syntax', () => {
  assert.throws(() => formatNginxServer({ root: '/srv/$site', listen: '80' }), /cannot put/);
  assert.throws(() => formatNginxServer({ root: '/srv', listen: '80', base: 'errors/' }), /must start with "\/"/);
});

test('the meta policy is the header policy minus what a meta policy ignores', () => {
  const header = parsePolicy(CONTENT_SECURITY_POLICY);
  assert.deepEqual(header, CSP_DIRECTIVES);
  assert.ok(header.some(([name]) => name === 'frame-ancestors'), 'the header keeps frame-ancestors');
  assert.deepEqual(
    parsePolicy(META_CONTENT_SECURITY_POLICY),
    header.filter(([name]) => !HEADER_ONLY_DIRECTIVES.includes(name)),
  );
  assert.doesNotMatch(META_CONTENT_SECURITY_POLICY, /frame-ancestors|report-uri|sandbox/);
});

test('Netlify sends each language its own not-found page with status 404', () => {
  for (const base of ['/', '/errors/']) {
    const rules = formatNetlifyNotFoundRedirects(base)
      .split('\n')
      .map((line) => line.split(/\s+/));
    assert.deepEqual(
      rules.map(([from, to, status]) => [from, to, status]),
      ['en', 'zh'].map((lang) => [`${base}${lang}/*`, `${base}${notFoundPageFor(`/${lang}/codes/9999/`).slice(1)}`, '404']),
    );
  }
});

/** The text between `<!-- NAME:start … -->` and `<!-- NAME:end -->` in docs/deploy.md, and the start marker's arguments. */
function readmeBlock(name: string): { args: string[]; text: string } {
  const readme = readFileSync('docs/deploy.md', 'utf8');
  const match = new RegExp(`<!-- ${name}:start ?(.*?) ?-->\n([\\s\\S]*?)\n<!-- ${name}:end -->`).exec(readme);
  assert.ok(match, `docs/deploy.md has no ${name} block between its markers`);
  return { args: match[1]!.split(/\s+/).filter(Boolean), text: match[2]! };
}

test('the deploy guide shows what the rules print: hand-configuration table, nginx block, Netlify redirects', () => {
  assert.equal(readmeBlock('hosting-table').text, formatHostingTable('/'), 'docs/deploy.md: the table must be formatHostingTable()');

  const nginx = readmeBlock('nginx-conf');
  const option = (name: string) => nginx.args[nginx.args.indexOf(name) + 1]!;
  const printed = formatNginxServer({ root: option('--root'), listen: option('--listen'), serverName: option('--server-name') });
  assert.equal(nginx.text, `\`\`\`nginx\n${printed}\`\`\``, 'docs/deploy.md › nginx: paste the output of the command in its marker');

  assert.equal(readmeBlock('netlify-redirects').text, `\`\`\`text\n${formatNetlifyNotFoundRedirects('/')}\n\`\`\``);
});
