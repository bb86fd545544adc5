#!/usr/bin/env node
/**
 * `npm run build:cli`: makes the command-line package in cli/ from the site's build output.
 *   cli/data/  each language's lookup, the SCF API and openYuanrong messages, every code and concept
 *              page's Markdown twin, the site's Pagefind index and script (what a search needs of
 *              them, not the UI), and meta.json (version, site URL, the site strings the output
 *              prints, from src/i18n)
 *   cli/dist/  cli/src bundled with esbuild for Node 20: cli.js (the `bin`), the MCP server in a
 *              chunk loaded only by `mcp`, and the licenses of the bundled packages
 * It reads the build in OUT_DIR (default dist), so it runs after `npm run build`; the package then
 * has no dependencies and needs no network (`npm pack` in cli/ makes the tarball).
 */
import { build } from 'esbuild';
import { chmodSync, cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { useTranslations } from '../src/i18n/index.ts';
import { PLACEHOLDER_PATTERNS } from '../src/lib/search/message-template.ts';
import { fromWire } from '../src/lib/search/lookup.ts';
import { parseTwin, sectionOf } from './src/twin.ts';

const root = resolve(import.meta.dirname, '..');
const cli = import.meta.dirname;
const outDir = resolve(root, process.env.OUT_DIR ?? 'dist');
const data = join(cli, 'data');
const dist = join(cli, 'dist');
const LANGS = ['en', 'zh'];

const fail = (message) => {
  console.error(`build:cli: ${message}`);
  process.exit(1);
};
for (const file of ['en/lookup.json', 'zh/lookup.json', 'phrases/han.json', 'en/other-platforms.json', 'zh/other-platforms.json', 'api-messages/zh.json', 'api-messages/en.json', 'vendor-wording/tencent-scf/zh.json', 'vendor-wording/openyuanrong/zh.json', 'upstream/0.json', 'en/codes/433.md', 'pagefind/pagefind.js', 'pagefind/pagefind-entry.json']) {
  if (!existsSync(join(outDir, file))) fail(`${relative(root, join(outDir, file))} is missing: build the site first (npm run build, or OUT_DIR=<folder> npm run build and the same OUT_DIR here).`);
}

const started = performance.now();
rmSync(data, { recursive: true, force: true });
rmSync(dist, { recursive: true, force: true });
mkdirSync(join(data, 'upstream'), { recursive: true });

const pkg = JSON.parse(readFileSync(join(cli, 'package.json'), 'utf8'));
const copy = (from, to = from) => {
  mkdirSync(dirname(join(data, to)), { recursive: true });
  cpSync(join(outDir, from), join(data, to), { recursive: true });
};
copy('api-messages');
// The English lookup's phrases written in Chinese characters ship apart; the CLI merges them back in.
copy('phrases/han.json');
copy('vendor-wording');
for (const name of readdirSync(join(outDir, 'upstream'))) if (/^(?:\d+|statuses)\.json$/.test(name)) copy(`upstream/${name}`);
// Pagefind: the script, its entry file, each language's metadata and WebAssembly, the index, filters
// and fragments; not its UI scripts and styles, nor its worker (the search runs with noWorker).
for (const name of readdirSync(join(outDir, 'pagefind'))) {
  if (/^(pagefind\.js|pagefind-entry\.json|.*\.pf_meta|wasm\..*\.pagefind|index|filter|fragment)$/.test(name)) copy(`pagefind/${name}`);
}

let site;
const strings = {};
for (const lang of LANGS) {
  const t = useTranslations(lang);
  strings[lang] = {
    meaning: t('meaning'),
    fix: t('fix'),
    page: t('twinCanonical'),
    separator: t('labelSeparator'),
    values: t('diagnosisValues'),
    placeholders: Object.fromEntries(Object.keys(PLACEHOLDER_PATTERNS).filter((name) => name !== 'text').map((name) => [name, t(`placeholder.${name}`)])),
  };
  copy(`${lang}/lookup.json`);
  copy(`${lang}/other-platforms.json`);
  const lookup = JSON.parse(readFileSync(join(outDir, lang, 'lookup.json'), 'utf8'));
  for (const entry of fromWire(lookup).entries) {
    const file = `${lang}/codes/${encodeURIComponent(entry.code)}.md`;
    if (!existsSync(join(outDir, file))) fail(`${relative(root, join(outDir, file))} is missing: every code in the lookup needs its Markdown twin.`);
    copy(file);
    const parts = parseTwin(readFileSync(join(outDir, file), 'utf8'));
    const path = `${lang}/codes/${entry.code}/`;
    if (!parts.url.endsWith(`/${path}`)) fail(`${file}: its last line should be the page's URL ending in /${path}, not "${parts.url}"`);
    const siteRoot = parts.url.slice(0, -path.length);
    if (site !== undefined && siteRoot !== site) fail(`${file}: its URL's site ${siteRoot} differs from ${site}`);
    site = siteRoot;
    if (!sectionOf(parts, strings[lang].meaning) || !sectionOf(parts, strings[lang].fix)) fail(`${file}: no "${strings[lang].meaning}" or "${strings[lang].fix}" section`);
  }
  for (const concept of lookup.concepts ?? []) {
    const file = `${lang}/concepts/${encodeURIComponent(concept.slug)}.md`;
    if (!existsSync(join(outDir, file))) fail(`${relative(root, join(outDir, file))} is missing`);
    copy(file);
  }
}
writeFileSync(join(data, 'meta.json'), `${JSON.stringify({ version: pkg.version, site, built: new Date().toISOString().slice(0, 10), strings }, null, 2)}\n`);

const result = await build({
  entryPoints: { cli: join(cli, 'src/bin.ts') },
  outdir: dist,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  minify: process.env.CLI_MINIFY !== "0",
  legalComments: 'none',
  // Chunks sit beside cli.js: data.ts finds the data at ../data/ from any of them.
  chunkNames: '[name]-[hash]',
  metafile: true,
  logLevel: 'warning',
  define: { PACKAGE_VERSION: JSON.stringify(pkg.version) },
  // Some bundled CommonJS packages call require() on Node's own modules.
  banner: { js: "#!/usr/bin/env node\nimport { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
});
chmodSync(join(dist, 'cli.js'), 0o755);

// The bundle holds third-party code (the MCP SDK, zod, ajv, …), and data/ holds Pagefind's script and
// WebAssembly: their licenses travel with them.
const packages = new Map();
const pagefindPackage = join(root, 'node_modules/pagefind');
const pagefindMeta = JSON.parse(readFileSync(join(pagefindPackage, 'package.json'), 'utf8'));
// (Its LICENSE is a folder: Pagefind's own license, and ripgrep's for its installer.)
const pagefindLicense = statSync(join(pagefindPackage, 'LICENSE')).isDirectory() ? join(pagefindPackage, 'LICENSE', 'LICENSE') : join(pagefindPackage, 'LICENSE');
packages.set('pagefind', `${pagefindMeta.name} ${pagefindMeta.version} (${pagefindMeta.license}), in data/pagefind/\n\n${readFileSync(pagefindLicense, 'utf8').trim()}`);
for (const input of Object.keys(result.metafile.inputs)) {
  const match = /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(input);
  if (!match || packages.has(match[1])) continue;
  const dir = join(root, input.slice(0, match.index + match[0].length));
  const meta = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
  const licenseFile = readdirSync(dir).find((name) => /^(licen[cs]e|copying)(\.|$)/i.test(name));
  packages.set(match[1], `${meta.name} ${meta.version} (${meta.license ?? 'see below'})\n\n${licenseFile ? readFileSync(join(dir, licenseFile), 'utf8').trim() : `No license file; package.json says: ${meta.license}`}`);
}
writeFileSync(
  join(dist, 'THIRD-PARTY-LICENSES.txt'),
  `The bundle in this folder and the data beside it include these packages:\n\n${[...packages.keys()].sort().map((name) => `${'='.repeat(72)}\n${packages.get(name)}`).join('\n\n')}\n`,
);

const size = (dir) => readdirSync(dir, { recursive: true }).reduce((sum, name) => sum + (statSync(join(dir, name)).isFile() ? statSync(join(dir, name)).size : 0), 0);
const mb = (bytes) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
console.log(
  `build:cli: data from ${relative(root, outDir) || '.'} (${mb(size(data))}, site ${site}), bundle ${mb(size(dist))} with ${packages.size} packages, in ${((performance.now() - started) / 1000).toFixed(1)} s`,
);
