#!/usr/bin/env node
/**
 * Imports the SCF API (2018-04-16) error codes from TencentCloud's own SDKs into
 * `content/catalogs/scf-api.yaml`: every code `errors.go` defines, its one-line description in
 * Chinese (tencentcloud-sdk-go) and English (tencentcloud-sdk-go-intl-en), and the API actions whose
 * documentation lists it (`client.go`, "可能返回的错误码" / "error code that may be returned").
 *
 *   node scripts/import-scf-api.mjs --mirrors DIR [--commit tencentcloud-sdk-go=SHA …] [--write]
 *
 * The mirrors are git clones (bare is fine) at DIR/TencentCloud+<repo>/repo, or a clone directory
 * given as --repo NAME=PATH. Without --write it prints what would change (new codes, codes gone,
 * changed descriptions and actions) and exits 1 when anything differs, so a newer SDK release can be
 * checked before it is imported. With --write it rewrites the SDK-derived fields (`descriptions`,
 * `actions`, `editions`) and keeps every field written by hand (group, retry, related, refs,
 * concepts, checked); codes the SDKs do not define (the API's common codes, from the error-code
 * pages) are kept as they are. A new code gets its family's group and retry verdict as a start.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Document, isScalar, isSeq, parseDocument, visit } from 'yaml';

/** The SDK repositories and the commits the catalog was imported from. */
const SDKS = {
  zh: { repo: 'tencentcloud-sdk-go', commit: '144f6c8d39e410da77a70472f1416e9903740593', source: 'scf-api-sdk-zh' },
  en: { repo: 'tencentcloud-sdk-go-intl-en', commit: 'badc16e87d32730bcf830deeaefcaaf0039395d8', source: 'scf-api-sdk-en' },
};
const DIR = 'tencentcloud/scf/v20180416';
const OUT = 'content/catalogs/scf-api.yaml';

/** A new code's group and retry verdict, by family (the part before the first dot). */
const FAMILY_DEFAULTS = [
  [/^FailedOperation/, 'api-failed-operation', 'maybe'],
  [/^(InvalidParameter|MissingParameter|UnknownParameter)/, 'api-invalid-parameter', 'no'],
  [/^(RequestLimitExceeded)/, 'api-limit-exceeded', 'yes'],
  [/^(LimitExceeded|RequestSizeLimitExceeded)/, 'api-limit-exceeded', 'no'],
  [/^ResourceNotFound/, 'api-resource-not-found', 'no'],
  [/^(ResourceInUse|ResourceInsufficient|ResourceUnavailable)/, 'api-resource-state', 'maybe'],
  [/^(AuthFailure|UnauthorizedOperation|OperationDenied)/, 'api-auth', 'no'],
  [/^InternalError/, 'api-internal-error', 'yes'],
  [/^/, 'api-unsupported', 'no'],
];

const args = process.argv.slice(2);
const option = (name) => args.flatMap((arg, i) => (arg === `--${name}` ? [args[i + 1]] : []));
const mirrors = option('mirrors')[0] ?? process.env.TC_SDK_MIRRORS ?? '/work/.mirror';
for (const pair of option('commit')) {
  const [repo, sha] = pair.split('=');
  const sdk = Object.values(SDKS).find((candidate) => candidate.repo === repo);
  if (!sdk || !/^[0-9a-f]{40}$/.test(sha ?? '')) throw new Error(`--commit wants REPO=SHA for one of ${Object.values(SDKS).map((s) => s.repo).join(', ')}`);
  sdk.commit = sha;
}
const repoPaths = Object.fromEntries(option('repo').map((pair) => pair.split('=')));

/** A file of an SDK at its commit. */
function show({ repo, commit }, path) {
  const gitDir = repoPaths[repo] ?? join(mirrors, `TencentCloud+${repo}`, 'repo');
  if (!existsSync(gitDir)) throw new Error(`no clone of TencentCloud/${repo} at ${gitDir} (use --mirrors DIR or --repo ${repo}=PATH)`);
  return execFileSync('git', ['-C', gitDir, 'show', `${commit}:${path}`], { encoding: 'utf8', maxBuffer: 64 << 20 });
}

/** `errors.go`: code → its one-line comment (empty comments are kept as null). */
function readErrors(sdk) {
  const codes = new Map();
  let comment = [];
  for (const line of show(sdk, `${DIR}/errors.go`).split('\n')) {
    const text = /^\s*\/\/ ?(.*)$/.exec(line);
    const constant = /^\s*[A-Z0-9_]+ = "([^"]+)"/.exec(line);
    if (text) comment.push(text[1].trim());
    else if (constant) {
      const description = comment.join(' ').trim();
      codes.set(constant[1], description || null);
      comment = [];
    } else comment = [];
  }
  return codes;
}

/** `client.go`: code → the actions whose documentation lists it. */
function readActions(sdk) {
  const actions = new Map();
  let action;
  let listing = false;
  for (const line of show(sdk, `${DIR}/client.go`).split('\n')) {
    const name = /^\/\/ ([A-Z][A-Za-z0-9]+)$/.exec(line);
    if (name) {
      action = name[1];
      listing = false;
    } else if (/可能返回的错误码|error code that may be returned/.test(line)) listing = true;
    else if (listing) {
      const code = /^\/\/\s+[A-Z0-9_]+ = "([^"]+)"/.exec(line);
      if (code && action) actions.set(code[1], new Set([...(actions.get(code[1]) ?? []), action]));
      else if (!/^\/\/\s*$/.test(line)) listing = false;
    }
  }
  return actions;
}

const sdkData = Object.fromEntries(Object.entries(SDKS).map(([lang, sdk]) => [lang, { errors: readErrors(sdk), actions: readActions(sdk) }]));
const sdkCodes = [...new Set([...sdkData.zh.errors.keys(), ...sdkData.en.errors.keys()])].sort();

const document = existsSync(OUT) ? parseDocument(readFileSync(OUT, 'utf8')) : undefined;
const current = document?.toJS() ?? {};
const changes = [];
const next = { ...current };
for (const code of sdkCodes) {
  const descriptions = {};
  for (const lang of ['zh', 'en']) {
    const text = sdkData[lang].errors.get(code);
    if (text) descriptions[lang] = text;
  }
  const actions = [...new Set([...(sdkData.zh.actions.get(code) ?? []), ...(sdkData.en.actions.get(code) ?? [])])].sort();
  const editions = Object.entries(SDKS).filter(([lang]) => sdkData[lang].errors.has(code)).map(([, sdk]) => sdk.source);
  const before = current[code];
  if (!before) {
    const [, group, retry] = FAMILY_DEFAULTS.find(([pattern]) => pattern.test(code));
    changes.push(`new: ${code}`);
    next[code] = { group, retry, descriptions, actions, editions };
    continue;
  }
  const keepEditions = (before.editions ?? []).filter((id) => !Object.values(SDKS).some((sdk) => sdk.source === id));
  const merged = { ...before, descriptions, actions, editions: [...editions, ...keepEditions] };
  for (const field of ['descriptions', 'actions', 'editions']) {
    if (JSON.stringify(before[field] ?? null) !== JSON.stringify(merged[field])) changes.push(`changed ${field}: ${code}`);
  }
  next[code] = merged;
}
for (const code of Object.keys(current)) {
  const fromSdk = (current[code].editions ?? []).some((id) => Object.values(SDKS).some((sdk) => sdk.source === id));
  if (fromSdk && !sdkCodes.includes(code)) changes.push(`gone from the SDKs: ${code} (kept; remove it by hand if the API no longer returns it)`);
}

const counts = `${sdkData.zh.errors.size} codes in ${SDKS.zh.repo}@${SDKS.zh.commit.slice(0, 12)}, ${sdkData.en.errors.size} in ${SDKS.en.repo}@${SDKS.en.commit.slice(0, 12)}, ${sdkCodes.length} in either`;
if (!args.includes('--write')) {
  console.log(`${counts}; ${Object.keys(current).length} in ${OUT}.`);
  for (const change of changes) console.log(`  ${change}`);
  console.log(changes.length ? `${changes.length} differences: run with --write to import them.` : 'No differences.');
  process.exit(changes.length ? 1 : 0);
}

const header = `# Tencent Cloud SCF API (2018-04-16) error codes. The SDK-derived fields (descriptions, actions and
# the scf-api-sdk-* editions) are imported by scripts/import-scf-api.mjs from TencentCloud's SDKs at
# the commits content/sources.yaml names: re-run it, do not edit them by hand. Everything else (group,
# retry, related, refs, concepts, checked) and the API's common codes (editions scf-api-errors-*) are
# written by hand. Fields: src/lib/model/schema.ts. Prose: content/codes/{en,zh}/{code}.mdx.
`;
const ordered = Object.fromEntries(Object.keys(next).sort().map((code) => [code, next[code]]));
const out = new Document(ordered);
// Lists of plain values (actions, editions, related, concepts) on one line each: a reviewer scans
// the file as a table.
visit(out, { Seq: (_, node) => { if (isSeq(node) && node.items.every(isScalar)) node.flow = true; } });
writeFileSync(OUT, `${header}\n${out.toString({ lineWidth: 0, flowCollectionPadding: false })}`);
console.log(`${counts}; wrote ${Object.keys(ordered).length} codes to ${OUT} (${changes.length} changes).`);
