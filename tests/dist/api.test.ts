/**
 * The JSON API: every file validates against /api/v1/schema.json (with a real JSON Schema
 * validator), the list and the per-code files agree, and each record matches its pages.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Ajv2020 } from 'ajv/dist/2020.js';
import type { ApiIndex } from '../../src/lib/api/records.ts';
import { base, codePages, pages, readBuilt, siteOrigin } from './site.ts';

const schema = JSON.parse(readBuilt('api/v1/schema.json'));
const ajv = new Ajv2020({ allErrors: true, strict: false });
const validateIndex = ajv.compile<ApiIndex>(schema);
const validateCode = ajv.getSchema(`${schema.$id}#/$defs/code`)!;
const index: ApiIndex = JSON.parse(readBuilt('api/v1/codes.json'));
const byPath = new Map(pages.map((page) => [page.path, page]));

test('codes.json validates against the schema and counts its codes', () => {
  assert.ok(validateIndex(index), JSON.stringify(validateIndex.errors));
  assert.equal(index.count, index.codes.length);
  assert.equal(index.codes.length * 2, codePages.length);
});

test('every per-code file validates, equals its entry in the list, and matches both pages', () => {
  for (const record of index.codes) {
    const file = JSON.parse(readBuilt(`api/v1/codes/${record.code}.json`));
    assert.ok(validateCode(file), `${record.code}: ${JSON.stringify(validateCode.errors)}`);
    assert.deepEqual(file, record);
    for (const lang of ['en', 'zh'] as const) {
      const path = `/${lang}/codes/${record.code}/`;
      assert.equal(record.urls[lang], `${siteOrigin}${base}${path.slice(1)}`);
      const page = byPath.get(path);
      assert.ok(page, `no page ${path}`);
      assert.equal(page.root.querySelector('[data-pagefind-meta="label"]')!.text.trim(), record.title[lang]);
      assert.equal(page.root.querySelector('[data-summary]')!.text.trim(), record.summary[lang]);
      const h1 = page.root.querySelector('h1')!.text;
      assert.ok(h1.includes(record.code) && (!record.name || h1.includes(record.name)), `${path}: h1 ${h1}`);
      for (const related of record.related) {
        assert.ok(page.root.querySelector(`#related a[href$="/${lang}/codes/${related}/"]`), `${path}: related ${related} not linked`);
      }
    }
  }
});

test('a file that breaks the schema is rejected by it', () => {
  const broken = { ...index.codes[0], retry: 'sometimes', extra: true };
  assert.equal(validateCode(broken), false);
});
