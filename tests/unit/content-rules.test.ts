/** Bad content stops the build with a message naming the file and the field (docs/content.md: "Bad input"). */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { validateFixture } from './fixtures.ts';

test('the good fixture passes', () => {
  assert.equal(validateFixture(), '');
});

test('a missing front-matter field names the file and the field', () => {
  assert.match(validateFixture({ 'codes/en/433.mdx': 'missing-title.mdx' }), /content\/codes\/en\/433\.mdx › frontmatter\.title: /);
});

test('a mistyped front-matter field is rejected, not ignored', () => {
  const out = validateFixture({ 'codes/zh/433.mdx': 'mistyped-field.mdx' });
  assert.match(out, /content\/codes\/zh\/433\.mdx › frontmatter.*titel/);
  assert.match(out, /content\/codes\/zh\/433\.mdx › frontmatter\.title: /);
});

test('an unknown group and a group of another catalog are named', () => {
  const out = validateFixture({ 'catalogs/scf.yaml': 'unknown-group.yaml' });
  assert.match(out, /content\/catalogs\/scf\.yaml › "433"\.group: /);
  assert.match(out, /content\/catalogs\/scf\.yaml › "450"\.group: group "sdk-usage" does not belong to catalog "scf"/);
});

test('an unknown catalog file is rejected', () => {
  const out = validateFixture({ 'catalogs/lambda.yaml': 'unknown-catalog.yaml' });
  assert.match(out, /content\/catalogs\/lambda\.yaml › "777"\.catalog: /);
});

test('a retry value outside the list and an unknown key are named', () => {
  const out = validateFixture({ 'catalogs/scf.yaml': 'bad-retry.yaml' });
  assert.match(out, /content\/catalogs\/scf\.yaml › "433"\.retry: /);
  assert.match(out, /content\/catalogs\/scf\.yaml › "450": Unrecognized key: "color"/);
});

test('related codes must exist and not point at themselves; named catalogs need a name', () => {
  const out = validateFixture({ 'catalogs/scf.yaml': 'bad-related.yaml' });
  assert.match(out, /content\/catalogs\/scf\.yaml › "433"\.related: related code 999 does not exist/);
  assert.match(out, /content\/catalogs\/scf\.yaml › "433"\.related: a code cannot be related to itself/);
  assert.match(out, /content\/catalogs\/scf\.yaml › "450"\.name: codes of catalog "scf" need the platform's exact name/);
});

test('one code claimed by two catalogs stops the build and names both files', () => {
  assert.match(
    validateFixture({ 'catalogs/yr-sdk.yaml': 'claims-433.yaml' }),
    /content\/catalogs\/yr-sdk\.yaml › "433": code 433 is already claimed by content\/catalogs\/scf\.yaml/,
  );
});

test('broken YAML names the file', () => {
  assert.match(validateFixture({ 'catalogs/scf.yaml': 'broken.yaml' }), /content\/catalogs\/scf\.yaml › yaml: /);
});

test('a code with a page in one language only is named, with the file to add', () => {
  assert.match(validateFixture({ 'codes/zh/450.mdx': null }), /content\/catalogs\/scf\.yaml › "450": no zh page: add content\/codes\/zh\/450\.mdx/);
});

test('a page whose file name is not a known code is named', () => {
  const out = validateFixture({ 'codes/en/4330.mdx': 'missing-title.mdx', 'codes/en/handler.mdx': 'missing-title.mdx' });
  assert.match(out, /content\/codes\/en\/4330\.mdx › file name: code 4330 has no facts entry/);
  assert.match(out, /content\/codes\/en\/handler\.mdx › file name: the file name must be the code/);
});

test('API codes are dotted names, other codes are numbers, and each cites its own catalog\'s documents', () => {
  const out = validateFixture({ 'catalogs/scf-api.yaml': 'scf-api-numeric.yaml' });
  assert.match(out, /scf-api\.yaml › "4404"\.code: codes of catalog "scf-api" are API error codes, not numbers/);
  assert.match(out, /scf-api\.yaml › "Resource-NotFound"\.code: "Resource-NotFound" is not a code/);
  assert.match(out, /scf-api\.yaml › "ResourceNotFound\.Function"\.editions: source "scf-en-current" does not describe catalog "scf-api"/);
});

test('unsafe markup in MDX is named with its line', () => {
  const out = validateFixture({ 'codes/en/433.mdx': 'unsafe.mdx' });
  assert.match(out, /433\.mdx › line 8: raw <script> is not allowed/);
  assert.match(out, /433\.mdx › line 9: javascript: URLs are not allowed/);
  assert.match(out, /433\.mdx › line 10: inline event handlers \(on\*=\) are not allowed/);
  assert.match(out, /433\.mdx › line 11: <iframe> is not allowed/);
  assert.match(out, /433\.mdx › line 12: set:html is not allowed/);
});

test('missing sections, an unnumbered fix and a link to a missing code are named', () => {
  assert.match(validateFixture({ 'codes/en/450.mdx': 'no-meaning.mdx' }), /450\.mdx › body <Meaning>: the <Meaning> section is missing/);
  const out = validateFixture({ 'codes/en/450.mdx': 'fix-not-numbered.mdx' });
  assert.match(out, /450\.mdx › body <Fix>: the fix must be a numbered list/);
  assert.match(out, /450\.mdx › line 8: <CodeLink code="9999"> points at a code that does not exist/);
});

test('facts need the source documents that list them', () => {
  assert.match(validateFixture({ 'catalogs/scf.yaml': 'no-editions.yaml' }), /content\/catalogs\/scf\.yaml › "433"\.editions: /);
});

test('provenance that does not hold together is named field by field', () => {
  const out = validateFixture({ 'catalogs/scf.yaml': 'bad-provenance.yaml' });
  // recycling is "documented" or "not-stated": an invented "no" is not a value
  assert.match(out, /scf\.yaml › "433"\.recycling: /);
  assert.match(out, /scf\.yaml › "450"\.limits\.0\.value: /);
});

test('editions, legacy, changes and public sources must agree with each other', () => {
  // the same data as bad-provenance.yaml with the schema errors fixed, so the cross-checks run
  const fixed = validateFixture({ 'catalogs/scf.yaml': 'bad-provenance-crosscheck.yaml' });
  assert.match(fixed, /scf\.yaml › "433"\.editions: source "yr-reference" does not describe catalog "scf"/);
  assert.match(fixed, /scf\.yaml › "433"\.legacy: no current edition lists this code: set legacy: true/);
  assert.match(fixed, /scf\.yaml › "433"\.changes\.0: source "scf-zh-current" does not list this code/);
  assert.match(fixed, /scf\.yaml › "433"\.refs\.0\.url: https:\/\/example\.com is not an allowed origin/);
  assert.match(fixed, /scf\.yaml › "450"\.legacy: a current edition lists this code, so it is not legacy/);
});

test('the sources file must describe exactly the documents the facts cite', () => {
  const out = validateFixture({ 'sources.yaml': 'sources-unknown-id.yaml' });
  assert.match(out, /content\/sources\.yaml › scf-zh-older: source "scf-zh-older" is not described/);
  assert.match(out, /content\/sources\.yaml › scf-zh-oldest: unknown source id/);
});

test('seen-as strings: unknown code, bad placeholder and missing source name the file and the field', () => {
  const out = validateFixture({ 'seen-as.yaml': 'seen-as-bad.yaml' });
  assert.match(out, /content\/seen-as\.yaml › "433"\[0\]\.text: unknown placeholder \{secs\}/);
  assert.match(out, /content\/seen-as\.yaml › "433"\[1\]\.source: /);
  assert.match(out, /content\/seen-as\.yaml › "999"\[0\]: code 999 does not exist/);
});

test('an everyday phrase pointing at a code that does not exist is named', () => {
  assert.match(validateFixture({ 'phrases.yaml': 'phrases-bad.yaml' }), /content\/phrases\.yaml › \[0\]\.codes: code 9999 does not exist/);
});

test('every code records its last check, and the check names a review file that exists', () => {
  assert.match(validateFixture({ 'catalogs/scf.yaml': 'unchecked.yaml' }), /content\/catalogs\/scf\.yaml › "433"\.checked: /);
  assert.match(validateFixture({ 'reviews/2026-12-fixture.md': null }), /content\/catalogs\/scf\.yaml › "433"\.checked\.review: content\/reviews\/2026-12-fixture\.md does not exist/);
});
