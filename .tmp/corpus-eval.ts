import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { createLookup } from '/work/wt/search/src/lib/lookup.ts';
const corpus = parse(readFileSync('/work/wt/search/tests/corpus/real-world.yaml', 'utf8'));
let ok = 0, top3 = 0, none = 0, n = 0;
for (const lang of ['en', 'zh']) {
  const lookup = createLookup(JSON.parse(readFileSync(`/work/wt/search/dist/${lang}/lookup.json`, 'utf8')));
  for (const e of corpus) {
    if (e.lang !== 'any' && e.lang !== lang) continue;
    n++;
    const codes = lookup(e.query).map((h) => h.entry.code);
    if (codes[0] === e.top) ok++;
    else console.log(lang, e.kind, JSON.stringify(e.query).slice(0, 110), '→', codes.slice(0, 4).join(','), 'want', e.top);
    if (codes.slice(0, 3).includes(e.top)) top3++;
    if (codes.length === 0) none++;
  }
}
console.log({ n, ok, top3, none });
