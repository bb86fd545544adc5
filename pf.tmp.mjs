import * as pagefind from 'pagefind';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
const site = '.bench/dist-10000';
const files = readdirSync(join(site, 'zh'), { recursive: true }).filter((f) => f.endsWith('.html')).map((f) => join(site, 'zh', f));
const { index } = await pagefind.createIndex({});
let n = 0;
for (const file of files) {
  const r = await index.addHTMLFile({ sourcePath: relative(site, file), content: readFileSync(file, 'utf8') });
  if (r.errors.length) console.log(r.errors);
  n++;
}
await index.writeFiles({ outputPath: '/tmp/pf-api' });
console.log('files', n);
await pagefind.close();
