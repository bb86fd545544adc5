/**
 * The corpora's bookkeeping: every retired set on disk is tuned on and has its floors, and the
 * held-out set shares no string with the tuning corpora (a shared string would be measured on rules
 * written for it).
 */
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { barsOf, readCorpus, TUNING_CORPORA } from '../corpus/corpus.ts';

const onDisk = readdirSync(join(import.meta.dirname, '../corpus')).filter((file) => /^retired-\d+\.yaml$/.test(file)).map((file) => file.replace(/\.yaml$/, ''));

test('every retired set on disk is a tuning corpus with floors in both languages, and the reverse', () => {
  assert.deepEqual([...onDisk].sort(), TUNING_CORPORA.filter((name) => name !== 'real-world').sort());
  for (const name of TUNING_CORPORA) {
    const bars = barsOf(name);
    assert.ok(bars.en && bars.zh, `${name} has floors in one language only`);
    assert.ok(readCorpus(name).length > 0, `${name} is empty`);
  }
});

test('no held-out string is in a tuning corpus', () => {
  const normal = (query: string) => query.replace(/\s+/g, ' ').trim().toLowerCase();
  const tuned = new Set(TUNING_CORPORA.flatMap((name) => readCorpus(name).map((entry) => normal(entry.query))));
  const shared = readCorpus('held-out').filter((entry) => tuned.has(normal(entry.query))).map((entry) => entry.query);
  assert.deepEqual(shared, []);
});
