/**
 * The built site carries the hosting rules in both forms: `_headers` as the rules print it for
 * this base, and on every HTML page a `<meta>` policy, first thing after `<meta charset>` (so it
 * governs every script and stylesheet), equal to the header policy minus the directives a meta
 * policy ignores.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { formatHeadersFile, HEADER_ONLY_DIRECTIVES, parsePolicy } from '../../src/lib/site/hosting.ts';
import { headersFor, parseHeadersFile } from '../headers.mjs';
import { base, pages, readBuilt } from './site.ts';

const headersFile = readBuilt('_headers');

test('_headers is the one the hosting rules print for this base', () => {
  assert.equal(headersFile, formatHeadersFile(base));
});

test('every page carries the header policy as <meta>, minus what a meta policy ignores', () => {
  const rules = parseHeadersFile(headersFile);
  const problems: string[] = [];
  for (const page of pages) {
    const headerPolicy = headersFor(rules, `${base}${page.path.slice(1)}`)['Content-Security-Policy'];
    assert.ok(headerPolicy, `${page.file}: _headers sends no Content-Security-Policy for ${page.path}`);
    const expected = parsePolicy(headerPolicy).filter(([name]) => !HEADER_ONLY_DIRECTIVES.includes(name));
    const head = page.root.querySelector('head');
    const metas = page.root.querySelectorAll('meta[http-equiv="Content-Security-Policy"]');
    if (metas.length !== 1) {
      problems.push(`${page.file}: ${metas.length} meta policies`);
      continue;
    }
    const [first, second] = head?.childNodes.filter((node) => node.nodeType === 1) ?? [];
    if (first?.toString() !== '<meta charset="utf-8">' || second !== metas[0]) problems.push(`${page.file}: the meta policy is not right after <meta charset>`);
    const meta = parsePolicy(metas[0]!.getAttribute('content') ?? '');
    try {
      assert.deepEqual(meta, expected);
    } catch {
      problems.push(`${page.file}: meta policy ${JSON.stringify(metas[0]!.getAttribute('content'))} differs from the header policy`);
    }
  }
  assert.deepEqual(problems, []);
  assert.ok(pages.length > 400, `only ${pages.length} pages were checked`);
});
