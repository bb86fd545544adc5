#!/usr/bin/env node
// Mines every (error code, message) pair that the openYuanrong upstream repositories emit, into
// content/upstream-messages.yaml: the code pages list them and the search matches them.
//
//   node scripts/mine-openyuanrong.mjs --mirrors /work/.mirror --out content/upstream-messages.yaml
//
// Options:
//   --mirrors DIR        directory holding the git mirrors (default: $YR_MIRRORS). A repository is
//                        looked up as DIR/OWNER+NAME/repo (its repository in REPOSITORIES), then
//                        DIR/openyuanrong+NAME/repo, DIR/openyuanrong+NAME, DIR/NAME.git or DIR/NAME;
//                        bare mirrors are fine, everything is read through git.
//   --commit REPO=SHA    mine another commit than the one fixed in COMMITS below (repeatable).
//   --repository REPO=OWNER/NAME
//                        read REPO from another GitHub repository than the one in REPOSITORIES below
//                        (its mirror DIR/OWNER+NAME/repo; the pages link there). Repeatable.
//   --out FILE           pairs whose code is in the catalogs (default content/upstream-messages.yaml).
//   --unmatched FILE     every other pair, for review (default: yr-unmatched.yaml in the system's temp folder).
//   --catalogs DIR       the site's catalogs (default: content/catalogs next to this script).
//   --sample N           print N pairs picked at random, each with its source lines (spot checks).
//   --seed N             seed of --sample (default 1).
//   --survey             also print the wrappers found and the callees that took a code and a message
//                        but are not treated as error constructors (to review EMITTERS below).
//   env YR_MINE_DROPS=R  print where the pairs dropped for reason R were found.
//
// How the pairs are recognised: docs/search.md › Upstream openYuanrong messages. In short, every call whose
// arguments hold an error-code symbol that resolves to a number and a message expression is found
// with a small lexer per language (C++, Go, Python, Java); the callee must be a known emitter
// (EMITTERS below); the message expression is rendered as a template with the site's
// placeholders. Only Node's standard library is used.

import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

// ------------------------------------------------------------------------------------ settings
export const COMMITS = {
  functionsystem: 'cd468dbaf99d5dd03fb985e7f7a057f9ba0e022a',
  runtime: '96152fe84c6814540bbea9958cd34813bcb046ad',
  frontend: '379f8887309b03e8c25a376a8644690945607cf7',
  datasystem: '667de4ae3e9c33de95710af23c61eec0b455322c',
  'ray-adapter': '7bea891f10f9ed0cb6c74bed686dc07d670989a9',
};
// Another edition of a component, mined as well: its pairs whose (code, text) the main edition lacks are
// listed under their own component name, linking to that edition's repository and commit. The openEuler
// mirror of the data system is a later snapshot than openyuanrong/datasystem and holds messages it lacks
// (client state, stream cache, RPC session errors). The June 2026 data system (openyuanrong/datasystem
// at 78992421) still emitted messages removed since (exclusive connections, RocksDB replica checkpoints,
// the router client, page-attention tensors), which deployments of that release print.
export const EDITIONS = {
  'datasystem-openeuler': { of: 'datasystem', repository: 'openeuler-mirror/yuanrong-datasystem', commit: '42fa5c25219469f4af57a903f1cb5fab8dff1d67' },
  'datasystem-2026-06': { of: 'datasystem', repository: 'openyuanrong/datasystem', commit: '78992421b8450890996007c70882ff35d5f0bd39' },
};
const REPOS = Object.keys(COMMITS);
const COMPONENTS = [...REPOS, ...Object.keys(EDITIONS)];
// Where each component is published on GitHub. openyuanrong/functionsystem stopped at January 2026; the
// openEuler mirror carries the function system at the same August 2026 release as the other three.
export const REPOSITORIES = {
  functionsystem: 'openeuler-mirror/yuanrong-functionsystem',
  runtime: 'openyuanrong/runtime',
  frontend: 'openyuanrong/frontend',
  datasystem: 'openyuanrong/datasystem',
  'ray-adapter': 'openyuanrong/ray-adapter',
};
const GITHUB = 'https://github.com';

const SCRIPT_DIR = path.dirname(fileURLToPath(import.meta.url));
const PROJECT_DIR = path.resolve(SCRIPT_DIR, '..');

// Placeholders the site accepts (README.md, "Add a real-world message").
const PLACEHOLDERS = ['seconds', 'ms', 'mb', 'function', 'namespace', 'request_id', 'region', 'handler', 'path',
  'version', 'name', 'port', 'n', 'text'];

// Paths that do not ship: tests, mocks, examples, vendored code, docs, build helpers.
const SKIP_DIR = /(^|\/)(tests?|testing|unittests?|ut|st|it|llt|fuzz|mocks?|stubs?|fakes?|fakecontext|examples?|samples?|demos?|benchmarks?|dsbench|third_party|thirdparty|vendor|docs?|\.[^/]+|build|scripts|tools|tmp|deploy)\//i;
const SKIP_FILE = /((^|\/)benchmark[^/]*\.py|(^|\/)setup\.py|_test\.go|_test\.(cc|cpp|h|py)|(^|\/)test_[^/]*\.py|(^|\/)conftest\.py|Test\.java|Tests\.java|(^|\/)Test[A-Z][^/]*\.java|_mock\.(h|cpp|go)|(^|\/)mock_[^/]*|\.pb\.(h|cc|go)|_pb2\.py)$/;
// Cython (.pyx) is the Python SDK's binding to libruntime; its calls are written as Python's.
const LANG_BY_EXT = { '.cpp': 'cpp', '.cc': 'cpp', '.cxx': 'cpp', '.h': 'cpp', '.hpp': 'cpp', '.go': 'go', '.py': 'python', '.pyx': 'python', '.java': 'java' };

// ------------------------------------------------------------------------------------------ CLI
class UsageError extends Error {}
function parseArgs(argv) {
  const o = { mirrors: process.env.YR_MIRRORS || '', out: 'content/upstream-messages.yaml',
    unmatched: path.join(os.tmpdir(), 'yr-unmatched.yaml'), catalogs: path.join(PROJECT_DIR, 'content', 'catalogs'),
    commits: { ...COMMITS }, repositories: { ...REPOSITORIES }, sample: 0, seed: 1, survey: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const val = () => {
      if (a.includes('=') && a.startsWith('--')) return a.slice(a.indexOf('=') + 1);
      if (i + 1 >= argv.length) throw new UsageError(`${a} needs a value`);
      return argv[++i];
    };
    const key = a.startsWith('--') ? a.slice(2).split('=')[0] : a;
    if (key === 'mirrors') o.mirrors = val();
    else if (key === 'out') o.out = val();
    else if (key === 'unmatched') o.unmatched = val();
    else if (key === 'catalogs') o.catalogs = val();
    else if (key === 'sample') o.sample = Number(val());
    else if (key === 'seed') o.seed = Number(val());
    else if (key === 'survey') o.survey = true;
    else if (key === 'commit') {
      const v = a.startsWith('--commit=') ? a.slice('--commit='.length) : argv[++i];
      const m = /^([\w-]+)=([0-9a-fA-F]{4,40})$/.exec(v || '');
      if (!m || !(m[1] in COMMITS)) throw new UsageError(`--commit expects REPO=SHA with REPO one of ${REPOS.join(', ')}`);
      o.commits[m[1]] = m[2];
    } else if (key === 'repository') {
      const m = /^([\w-]+)=([\w.-]+\/[\w.-]+)$/.exec(val());
      if (!m || !(m[1] in COMMITS)) throw new UsageError(`--repository expects REPO=OWNER/NAME with REPO one of ${REPOS.join(', ')}`);
      o.repositories[m[1]] = m[2];
    } else if (key === 'help' || key === 'h') {
      process.stdout.write(fs.readFileSync(fileURLToPath(import.meta.url), 'utf8').split('\n').slice(1, 22)
        .map((l) => l.replace(/^\/\/ ?/, '')).join('\n') + '\n');
      process.exit(0);
    } else throw new UsageError(`unknown argument ${a} (see --help)`);
  }
  if (!o.mirrors) throw new UsageError('no mirrors: pass --mirrors DIR or set YR_MIRRORS');
  return o;
}

// ------------------------------------------------------------------------------------------ git
class Repo {
  constructor(name, mirrors, commit, repository) {
    this.name = name;
    const cands = [path.join(mirrors, repository.replace('/', '+'), 'repo'), path.join(mirrors, `openyuanrong+${name}`, 'repo'), path.join(mirrors, `openyuanrong+${name}`),
      path.join(mirrors, `${name}.git`), path.join(mirrors, name)];
    this.dir = cands.find((d) => fs.existsSync(d) && this.isGit(d));
    if (!this.dir) throw new UsageError(`no git mirror of ${name} under ${mirrors}`);
    this.commit = this.git(['rev-parse', '--verify', `${commit}^{commit}`]).trim();
    this.cache = new Map();
  }
  isGit(d) {
    try { execFileSync('git', ['-C', d, 'rev-parse', '--git-dir'], { stdio: 'ignore' }); return true; } catch { return false; }
  }
  git(args, okCodes = [0]) {
    try {
      return execFileSync('git', ['-C', this.dir, ...args], { encoding: 'utf8', maxBuffer: 1 << 30, stdio: ['ignore', 'pipe', 'ignore'] });
    } catch (e) {
      if (okCodes.includes(e.status)) return e.stdout || '';
      throw e;
    }
  }
  files() {
    if (!this._files) this._files = this.git(['ls-tree', '-r', '--name-only', '-z', this.commit]).split('\0').filter(Boolean);
    return this._files;
  }
  show(p) {
    if (!this.cache.has(p)) {
      let t = '';
      try { t = this.git(['show', `${this.commit}:${p}`]); } catch { t = ''; }
      this.cache.set(p, t);
    }
    return this.cache.get(p);
  }
  // Reads many files at once (git cat-file --batch on `commit:path`), filling the cache of show().
  load(paths) {
    const todo = paths.filter((p) => !this.cache.has(p));
    for (let i = 0; i < todo.length; i += 2000) {
      const chunk = todo.slice(i, i + 2000);
      const out = execFileSync('git', ['-C', this.dir, 'cat-file', '--batch'], { input: chunk.map((p) => `${this.commit}:${p}`).join('\n') + '\n', maxBuffer: 2 ** 31, stdio: ['pipe', 'pipe', 'ignore'] });
      let off = 0;
      for (const p of chunk) {
        const nl = out.indexOf(10, off);
        const head = out.subarray(off, nl).toString('utf8');
        off = nl + 1;
        const m = /^\S+ (\w+) (\d+)$/.exec(head);
        if (!m) { this.cache.set(p, ''); continue; }
        const size = Number(m[2]);
        this.cache.set(p, m[1] === 'blob' ? out.subarray(off, off + size).toString('utf8') : '');
        off += size + 1;
      }
    }
  }
  // Files (at the commit) whose text matches an extended regular expression.
  grep(pattern, pathspecs = []) {
    const out = this.git(['grep', '-l', '-I', '-E', '-e', pattern, this.commit, '--', ...pathspecs], [0, 1]);
    const pre = `${this.commit}:`;
    return out.split('\n').filter(Boolean).map((l) => (l.startsWith(pre) ? l.slice(pre.length) : l));
  }
}

const shipped = (p) => !SKIP_DIR.test(p) && !SKIP_FILE.test(p);
const langOf = (p) => LANG_BY_EXT[path.extname(p)] || null;

// ---------------------------------------------------------------------------------------- lexer
// mask() returns a copy of the source of the same length in which comments are blanked and every
// string literal is replaced by `"` + \x01… + `"`, plus the list of literals with decoded values.
// Offsets therefore stay valid between the two texts.
function decodeEscapes(s, lang) {
  return s.replace(/\\(u\{[0-9a-fA-F]+\}|u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|x[0-9a-fA-F]{1,2}|[0-7]{1,3}|.)/gs, (m, e) => {
    if (e[0] === 'u' && e[1] === '{') return String.fromCodePoint(parseInt(e.slice(2, -1), 16));
    if (e[0] === 'u' || e[0] === 'U') return String.fromCodePoint(parseInt(e.slice(1), 16));
    if (e[0] === 'x') return String.fromCharCode(parseInt(e.slice(1), 16));
    if (/^[0-7]+$/.test(e)) return e === '0' ? '' : String.fromCharCode(parseInt(e, 8));
    return { n: '\n', t: '\t', r: '\r', a: '', b: '', f: '', v: '', '\n': '' }[e] ?? e;
  });
}

function mask(src, lang) {
  const out = src.split('');
  const lits = [];
  const n = src.length;
  const blank = (s, e) => { for (let k = s; k < e; k++) if (out[k] !== '\n') out[k] = ' '; };
  const fill = (s, e) => { for (let k = s + 1; k < e - 1; k++) if (out[k] !== '\n') out[k] = '\x01'; out[s] = '"'; out[e - 1] = '"'; };
  let i = 0;
  while (i < n) {
    const c = src[i];
    const c2 = src[i + 1];
    if (lang === 'python') {
      if (c === '#') { const e = src.indexOf('\n', i); const end = e < 0 ? n : e; blank(i, end); i = end; continue; }
      const pm = /^([rRbBuUfF]{0,2})('''|"""|'|")/.exec(src.slice(i, i + 5));
      if (pm && (i === 0 || !/[\w]/.test(src[i - 1]))) {
        const prefix = pm[1].toLowerCase();
        const q = pm[2];
        let j = i + pm[0].length;
        while (j < n) {
          if (src[j] === '\\' && !prefix.includes('r')) { j += 2; continue; }
          if (src[j] === '\\' && prefix.includes('r')) { j += 2; continue; }
          if (src.startsWith(q, j)) break;
          if (q.length === 1 && src[j] === '\n') break;
          j++;
        }
        const end = Math.min(n, j + q.length);
        const raw = src.slice(i + pm[0].length, j);
        lits.push({ s: i, e: end, raw, value: prefix.includes('r') ? raw : decodeEscapes(raw, lang), f: prefix.includes('f'), lang });
        fill(i, end);
        i = end;
        continue;
      }
      i++;
      continue;
    }
    if (c === '/' && c2 === '/') { const e = src.indexOf('\n', i); const end = e < 0 ? n : e; blank(i, end); i = end; continue; }
    if (c === '/' && c2 === '*') { const e = src.indexOf('*/', i + 2); const end = e < 0 ? n : e + 2; blank(i, end); i = end; continue; }
    if (lang === 'cpp') {
      const rm = /^(?:u8|u|U|L)?R"([^()\\\s]{0,16})\(/.exec(src.slice(i, i + 24));
      if (rm && (i === 0 || !/\w/.test(src[i - 1]))) {
        const close = `)${rm[1]}"`;
        const e = src.indexOf(close, i + rm[0].length);
        const end = e < 0 ? n : e + close.length;
        const raw = src.slice(i + rm[0].length, e < 0 ? n : e);
        lits.push({ s: i, e: end, raw, value: raw, lang });
        fill(i, end);
        i = end;
        continue;
      }
    }
    if (lang === 'go' && c === '`') {
      const e = src.indexOf('`', i + 1);
      const end = e < 0 ? n : e + 1;
      const raw = src.slice(i + 1, end - 1);
      lits.push({ s: i, e: end, raw, value: raw, lang });
      fill(i, end);
      i = end;
      continue;
    }
    if (lang === 'java' && src.startsWith('"""', i)) {
      const e = src.indexOf('"""', i + 3);
      const end = e < 0 ? n : e + 3;
      const raw = src.slice(i + 3, end - 3).replace(/^[ \t]*\n/, '');
      lits.push({ s: i, e: end, raw, value: decodeEscapes(raw.replace(/\n[ \t]*/g, '\n'), lang), lang });
      fill(i, end);
      i = end;
      continue;
    }
    if (c === '"') {
      let j = i + 1;
      while (j < n && src[j] !== '"' && src[j] !== '\n') j += src[j] === '\\' ? 2 : 1;
      const end = Math.min(n, j + 1);
      // C++ string prefixes (u8"", L"") stay part of the identifier before: harmless.
      const raw = src.slice(i + 1, j);
      lits.push({ s: i, e: end, raw, value: decodeEscapes(raw, lang), lang });
      fill(i, end);
      i = end;
      continue;
    }
    if (c === "'") {
      // C++14 digit separator (1'000) is not a character literal.
      if (lang === 'cpp' && i > 0 && /[0-9a-fA-F]/.test(src[i - 1]) && /[0-9a-fA-F]/.test(c2 || '') && /\d/.test(src.slice(Math.max(0, i - 12), i).replace(/.*[^\w']/, '')[0] || '')) { i++; continue; }
      let j = i + 1;
      while (j < n && src[j] !== "'" && src[j] !== '\n' && j - i < 12) j += src[j] === '\\' ? 2 : 1;
      if (src[j] === "'") { blank(i + 1, j); i = j + 1; continue; }
      i++;
      continue;
    }
    i++;
  }
  return { code: out.join(''), lits };
}

// Line number (1-based) of an offset.
function lineIndex(src) {
  const starts = [0];
  for (let i = 0; i < src.length; i++) if (src[i] === '\n') starts.push(i + 1);
  return (off) => {
    let lo = 0; let hi = starts.length - 1;
    while (lo < hi) { const mid = (lo + hi + 1) >> 1; if (starts[mid] <= off) lo = mid; else hi = mid - 1; }
    return lo + 1;
  };
}

const OPEN = { '(': ')', '[': ']', '{': '}' };
// Offset of the bracket that closes the one at `start` in masked code, or -1.
function matchClose(code, start) {
  const stack = [];
  for (let i = start; i < code.length; i++) {
    const c = code[i];
    if (c === '(' || c === '[' || c === '{') stack.push(OPEN[c]);
    else if (c === ')' || c === ']' || c === '}') {
      if (stack.pop() !== c) return -1;
      if (!stack.length) return i;
    }
  }
  return -1;
}

// Top-level comma split of masked code between s and e; returns [start, end) spans, trimmed.
function splitArgs(code, s, e, sep = ',') {
  const spans = [];
  let depth = 0; let st = s;
  for (let i = s; i < e; i++) {
    const c = code[i];
    if (c === '(' || c === '[' || c === '{') depth++;
    else if (c === ')' || c === ']' || c === '}') depth--;
    else if (depth === 0 && code.startsWith(sep, i)) { spans.push([st, i]); st = i + sep.length; i += sep.length - 1; }
  }
  spans.push([st, e]);
  return spans.map(([a, b]) => {
    while (a < b && /\s/.test(code[a])) a++;
    while (b > a && /\s/.test(code[b - 1])) b--;
    return [a, b];
  }).filter(([a, b], k, all) => b > a || all.length > 1);
}

const KEYWORDS = new Set(['if', 'for', 'while', 'switch', 'return', 'else', 'do', 'try', 'catch', 'sizeof', 'case',
  'defer', 'go', 'func', 'range', 'select', 'elif', 'and', 'or', 'not', 'in', 'is', 'lambda', 'with', 'assert',
  'def', 'class', 'struct', 'enum', 'union', 'namespace', 'template', 'typename', 'decltype', 'alignof', 'noexcept',
  'throw', 'new', 'delete', 'const', 'static', 'public', 'private', 'protected', 'synchronized', 'interface',
  'import', 'package', 'from', 'raise', 'print', 'map', 'chan', 'type', 'var', 'operator']);

// Every call or brace initialisation in a file: { callee, open, close, args: [[s,e]…], line }.
function findCalls(code, lang) {
  const calls = [];
  const re = /([A-Za-z_$][\w$]*(?:\s*(?:::|\.|->)\s*[A-Za-z_~$][\w$]*)*)(\s*<[\w:,\s*&<>]*>)?\s*([({])/g;
  let m;
  while ((m = re.exec(code))) {
    const callee = m[1].replace(/\s+/g, '');
    const last = callee.split(/::|\.|->/).pop();
    const open = m.index + m[0].length - 1;
    if (KEYWORDS.has(last)) continue;
    if (m[3] === '{') {
      // Only type-like brace initialisations: Go composite literals and C++ T{…}, and a C++ status
      // declared with its braces (`Status lastConnectFailure_{ K_NOT_READY, "…" }`), read as a declaration.
      if (lang === 'python') continue;
      const declared = lang === 'cpp' && !callee.includes(':') && /\b(?:Status|ErrorInfo)\s+$/.test(code.slice(Math.max(0, m.index - 24), m.index));
      if (!/^[A-Z]/.test(last) && !(lang === 'cpp' && /ErrorInfo|Status|Exception/.test(last)) && !declared) continue;
    }
    const close = matchClose(code, open);
    if (close < 0) continue;
    calls.push({ callee, last, start: m.index, brace: m[3] === '{', open, close, args: splitArgs(code, open + 1, close), tmpl: (m[2] || '').replace(/\s+/g, '') });
  }
  if (lang === 'cpp') {
    // A status returned or assigned as a bare brace list, its type left to the compiler (`return {
    // K_TRY_AGAIN, FormatString("Waited for %zu ms. No response", timeoutMs) }`, `rc = { K_…, "…" }`):
    // read as the type its first element's code belongs to, a data-system Status for a K_ status, an
    // ErrorInfo for an SDK ERR_ code.
    const bare = /(?:\breturn|[^=!<>]=)\s*(\{)\s*(?:(?:StatusCode|ErrorCode|datasystem|common)::)*(K_|ERR_)[A-Z0-9_]+\s*,/g;
    while ((m = bare.exec(code))) {
      const open = m.index + m[0].indexOf('{');
      const close = matchClose(code, open);
      if (close < 0) continue;
      const callee = m[2] === 'K_' ? 'Status' : 'ErrorInfo';
      calls.push({ callee, last: callee, start: open, brace: true, bare: true, open, close, args: splitArgs(code, open + 1, close), tmpl: '' });
    }
  }
  return calls;
}

// ------------------------------------------------------------------------ integer expressions
// Evaluates the constant expressions found in enums and consts: literals, names, casts, + - * / << | ( ).
function evalInt(expr, lookup) {
  let s = expr.replace(/static_cast\s*<[^<>]*>/g, '').replace(/\((?:u?int\d*_t|int|long|unsigned|uint32|int32|int64)\)/g, '')
    .replace(/\b(?:u?int(?:8|16|32|64)?|int32_t|uint32_t|int64_t)\s*\(/g, '(');
  const toks = s.match(/0[xX][0-9a-fA-F']+|\d[\d'_]*[uUlL]*|[A-Za-z_][\w]*(?:\s*(?:::|\.)\s*[A-Za-z_]\w*)*|<<|>>|[-+*/|&()~]|\S/g) || [];
  let k = 0;
  const peek = () => toks[k];
  const prim = () => {
    const t = toks[k++];
    if (t === undefined) throw new Error('eof');
    if (t === '(') { const v = bor(); if (toks[k++] !== ')') throw new Error(')'); return v; }
    if (t === '-') return -prim();
    if (t === '+') return prim();
    if (t === '~') return ~prim();
    if (/^0[xX]/.test(t)) return parseInt(t.replace(/'/g, ''), 16);
    if (/^\d/.test(t)) return parseInt(t.replace(/['_]/g, '').replace(/[uUlL]+$/, ''), 10);
    if (/^[A-Za-z_]/.test(t)) { const v = lookup(t.replace(/\s+/g, '')); if (v === undefined || v === null) throw new Error(`unknown ${t}`); return v; }
    throw new Error(`bad ${t}`);
  };
  const mul = () => { let v = prim(); while (peek() === '*' || peek() === '/') { const o = toks[k++]; const r = prim(); v = o === '*' ? v * r : Math.trunc(v / r); } return v; };
  const add = () => { let v = mul(); while (peek() === '+' || peek() === '-') { const o = toks[k++]; const r = mul(); v = o === '+' ? v + r : v - r; } return v; };
  const sh = () => { let v = add(); while (peek() === '<<' || peek() === '>>') { const o = toks[k++]; const r = add(); v = o === '<<' ? v * 2 ** r : Math.trunc(v / 2 ** r); } return v; };
  const band = () => { let v = sh(); while (peek() === '&') { k++; v &= sh(); } return v; };
  const bor = () => { let v = band(); while (peek() === '|') { k++; v |= band(); } return v; };
  try { const v = bor(); return k === toks.length ? v : undefined; } catch { return undefined; }
}

// ------------------------------------------------------------------------------- symbol tables
// A code symbol: { name, value, ns, quals:Set, lang, repo, path, line, desc? }.
//   ns 'sdk'      an enum that defines the SDK codes (it holds ERR_PARAM_INVALID = 1001)
//   ns 'ds'       the data system's StatusCode (K_…), reported by the SDK through datasystemErrCodeMap
//   ns 'fs'       the function system's internal StatusCode (mapped through Status::codeToPosix_)
//   ns 'rest'     Go constants of a package named errmsg (the meta service's REST codes)
//   ns 'frontend' Go constants of a package named statuscode (HTTP-facing codes)
//   ns 'other'    any other error-code enum or constant (FaaS codes, …)
class SymbolTable {
  constructor() { this.byName = new Map(); this.strings = new Map(); this.errVars = new Map(); }
  add(sym) {
    if (!this.byName.has(sym.name)) this.byName.set(sym.name, []);
    const list = this.byName.get(sym.name);
    if (!list.some((x) => x.path === sym.path && x.value === sym.value && x.scope === sym.scope)) list.push(sym);
  }
  addString(name, value, where) {
    if (!this.strings.has(name)) this.strings.set(name, []);
    this.strings.get(name).push({ value, ...where });
  }
}
const normName = (n) => n.toLowerCase().replace(/[^a-z0-9]/g, '').replace(/^(err|k)(?=[a-z])/, '').replace(/(errcode|code|error)$/, '');

function enclosingNamespaces(code, off) {
  const names = [];
  const re = /\bnamespace\s+([\w:]+)\s*\{/g;
  let m;
  while ((m = re.exec(code)) && m.index < off) names.push(...m[1].split('::'));
  return names;
}

const CODE_ENUM = /^(ErrorCode|StatusCode|ErrCode)$/;
function parseCppEnums(file, text, lang, table, nsHint) {
  const { code, lits } = mask(text, 'cpp');
  const lineOf = lineIndex(text);
  const protoPkg = /\bpackage\s+([\w.]+)\s*;/.exec(code);
  const re = /\benum\s+(?:class\s+|struct\s+)?(\w+)\s*(?::\s*[\w:\s]+?)?\s*\{/g;
  let m;
  const out = [];
  while ((m = re.exec(code))) {
    const open = m.index + m[0].length - 1;
    const close = matchClose(code, open);
    if (close < 0) continue;
    const enumName = m[1];
    const isProto = file.path.endsWith('.proto');
    const quals = new Set([enumName, ...(isProto && protoPkg ? protoPkg[1].split('.') : enclosingNamespaces(code, m.index))]);
    const members = [];
    for (const [s, e] of splitArgs(code, open + 1, close, isProto ? ';' : ',')) {
      const body = code.slice(s, e).trim();
      const mm = /^([A-Za-z_]\w*)\s*(?:=\s*([\s\S]+))?$/.exec(body.replace(/\[[^\]]*\]\s*$/, '').trim());
      if (!mm) continue;
      members.push({ name: mm[1], expr: mm[2] ? mm[2].trim() : null, line: lineOf(s) });
    }
    out.push({ enumName, quals, members, lits });
  }
  // Evaluate, allowing references to earlier members of any enum of the same file.
  const known = new Map();
  for (const en of out) {
    let prev = -1;
    for (const mem of en.members) {
      let v;
      if (mem.expr === null) v = prev + 1;
      else v = evalInt(mem.expr, (id) => known.get(id.split(/::|\./).pop()));
      if (v === undefined) { prev = NaN; continue; }
      prev = v;
      known.set(mem.name, v);
      if (!CODE_ENUM.test(en.enumName)) continue;
      table.add({ name: mem.name, value: v, ns: nsHint(en.enumName, mem.name, v), quals: en.quals, scope: `${file.path}#${en.enumName}`,
        lang, repo: file.repo, path: file.path, line: mem.line, enumName: en.enumName });
    }
  }
  return out;
}

function parseGoConsts(file, text) {
  const { code, lits } = mask(text, 'go');
  const lineOf = lineIndex(text);
  const dir = path.posix.dirname(file.path);
  const litAt = new Map(lits.map((l) => [l.s, l]));
  const specs = [];
  const re = /\b(const|var)\s*(\(|[A-Za-z_])/g;
  let m;
  while ((m = re.exec(code))) {
    const kind = m[1];
    if (m[2] === '(') {
      const open = m.index + m[0].length - 1;
      const close = matchClose(code, open);
      if (close < 0) continue;
      let iota = 0; let last = null;
      let st = open + 1;
      const lines = [];
      let depth = 0;
      for (let i = open + 1; i <= close; i++) {
        const c = code[i];
        if (c === '(' || c === '{' || c === '[') depth++;
        else if (c === ')' || c === '}' || c === ']') { if (i === close) { lines.push([st, i]); break; } depth--; }
        if (depth === 0 && (c === '\n' || c === ';')) { lines.push([st, i]); st = i + 1; }
      }
      for (const [s, e] of lines) {
        const t = code.slice(s, e).trim();
        if (!t) { continue; }
        const mm = /^([A-Za-z_]\w*)\s*(?:[\w.*\[\]]+\s*)?(?:=\s*([\s\S]+))?$/.exec(t);
        if (!mm) { if (kind === 'const') iota++; continue; }
        let exprS = mm[2] !== undefined ? s + code.slice(s, e).indexOf(mm[2]) : null;
        if (mm[2] !== undefined) last = { text: text.slice(exprS, e).trim(), s: exprS, e };
        specs.push({ kind, name: mm[1], expr: mm[2] !== undefined ? { text: text.slice(exprS, e).trim(), s: exprS, e } : last, iota, line: lineOf(s), dir });
        if (kind === 'const') iota++;
      }
      re.lastIndex = close;
    } else {
      const st = m.index + m[0].length - 1;
      const eol = code.indexOf('\n', st);
      const lineText = code.slice(st, eol < 0 ? code.length : eol);
      const mm = /^([A-Za-z_]\w*)\s*(?:[\w.*\[\]]+\s*)?=\s*([\s\S]+)$/.exec(lineText.trim());
      if (mm) {
        const exprS = st + lineText.indexOf(mm[2]);
        let e = eol < 0 ? code.length : eol;
        // multi-line expressions (open brackets)
        const o = code.slice(exprS, e).search(/[({[]\s*$/);
        if (o >= 0) { const c = matchClose(code, exprS + o + code.slice(exprS + o).search(/[({[]/)); if (c > 0) e = c + 1; }
        specs.push({ kind: m[1], name: mm[1], expr: { text: text.slice(exprS, e).trim(), s: exprS, e }, iota: 0, line: lineOf(m.index), dir });
      }
    }
  }
  return { specs, code, lits, litAt };
}

// Builds the symbol tables of every repository.
function buildSymbols(repos) {
  const tables = {};
  for (const r of Object.values(repos)) tables[r.name] = { cpp: new SymbolTable(), go: new SymbolTable(), python: new SymbolTable(), java: new SymbolTable() };
  const sdkNames = new Map(); // normalised name -> Set(values) of authoritative SDK enums

  // 1. C++ / proto enums named …Code / …Error… (authoritative SDK enums hold ERR_PARAM_INVALID = 1001).
  for (const r of Object.values(repos)) {
    const files = r.grep('enum\\s+(class\\s+|struct\\s+)?(ErrorCode|StatusCode|ErrCode)\\b', ['*.h', '*.hpp', '*.cpp', '*.proto']).filter((p) => shipped(p) || p.endsWith('.proto'));
    for (const p of files) {
      if (!shipped(p) && !/(^|\/)proto\//.test(p)) continue;
      const text = r.show(p);
      const isSdk = /ERR_PARAM_INVALID\s*=\s*1001\b/.test(text);
      parseCppEnums({ repo: r.name, path: p }, text, 'cpp', tables[r.name].cpp, (enumName, name, v) => {
        if (isSdk && /^ERR_/.test(name)) { if (!sdkNames.has(normName(name))) sdkNames.set(normName(name), new Set()); sdkNames.get(normName(name)).add(v); return 'sdk'; }
        if (/^K_/.test(name) && enumName === 'StatusCode') return 'ds';
        if (enumName === 'StatusCode' && r.name === 'functionsystem') return 'fs';
        return 'other';
      });
    }
  }
  // 2. Python enums.
  for (const r of Object.values(repos)) {
    for (const p of r.grep('^class\\s+\\w+\\((enum\\.)?(Int)?Enum\\)', ['*.py']).filter(shipped)) {
      const text = r.show(p);
      const lineOf = lineIndex(text);
      const isSdk = /ERR_PARAM_INVALID\s*=\s*1001\b/.test(text);
      const re = /^class\s+(\w+)\s*\(([^)]*)\)\s*:[^\n]*\n((?:[ \t]+[^\n]*\n|[ \t]*\n)+)/gm;
      let m;
      while ((m = re.exec(text))) {
        if (!/Enum/.test(m[2])) continue;
        const bodyStart = m.index + m[0].indexOf(m[3]);
        const mre = /^[ \t]+([A-Z_][A-Z0-9_]*)\s*=\s*(-?\d+)\s*(?:#.*)?$/gm;
        let mm;
        while ((mm = mre.exec(m[3]))) {
          const v = Number(mm[2]);
          const ns = isSdk && m[1] === 'ErrorCode' ? 'sdk' : 'other';
          if (ns === 'sdk') { if (!sdkNames.has(normName(mm[1]))) sdkNames.set(normName(mm[1]), new Set()); sdkNames.get(normName(mm[1])).add(v); }
          tables[r.name].python.add({ name: mm[1], value: v, ns, quals: new Set([m[1]]), scope: `${p}#${m[1]}`, lang: 'python', repo: r.name, path: p, line: lineOf(bodyStart + mm.index), enumName: m[1] });
        }
      }
    }
  }
  // 3. Java constants and enums.
  for (const r of Object.values(repos)) {
    for (const p of r.grep('static\\s+final\\s+\\w+\\s+\\w+\\s*=\\s*(new\\s+\\w+\\()?-?[0-9]+|^\\s*[A-Z_]+\\(-?[0-9]+\\s*[,)]', ['*.java']).filter(shipped)) {
      const text = r.show(p);
      const { code, lits } = mask(text, 'java');
      const lineOf = lineIndex(text);
      const cls = path.posix.basename(p, '.java');
      const isSdk = /ERR_PARAM_INVALID\s*=\s*new\s+ErrorCode\(1001\)/.test(text);
      let m;
      const re1 = /static\s+final\s+(\w+)\s+([A-Z_][A-Z0-9_]*)\s*=\s*(?:new\s+\w+\()?(-?\d+)\)?\s*;/g;
      while ((m = re1.exec(code))) {
        const v = Number(m[3]);
        let ns = isSdk && cls === 'ErrorCode' ? 'sdk' : 'other';
        if (/^K_/.test(m[2]) && cls === 'StatusCode') ns = 'ds';
        if (ns === 'sdk') { if (!sdkNames.has(normName(m[2]))) sdkNames.set(normName(m[2]), new Set()); sdkNames.get(normName(m[2])).add(v); }
        tables[r.name].java.add({ name: m[2], value: v, ns, quals: new Set([cls]), scope: `${p}#${cls}`, lang: 'java', repo: r.name, path: p, line: lineOf(m.index), enumName: cls });
      }
      const en = /\benum\s+(\w+)\s*\{/g;
      while ((m = en.exec(code))) {
        const open = m.index + m[0].length - 1;
        const close = matchClose(code, open);
        const body = code.slice(open + 1, close);
        const semi = body.indexOf(';');
        const re2 = /(?:^|,)\s*([A-Z_][A-Z0-9_]*)\s*\(\s*(-?\d+)\s*(?:,\s*"\x01*"\s*)?\)/g;
        let mm;
        const head = semi < 0 ? body : body.slice(0, semi);
        while ((mm = re2.exec(head))) {
          const off = open + 1 + mm.index;
          const lit = lits.find((l) => l.s > off && l.s < open + 1 + mm.index + mm[0].length);
          tables[r.name].java.add({ name: mm[1], value: Number(mm[2]), ns: 'other', quals: new Set([m[1]]), scope: `${p}#${m[1]}`, lang: 'java', repo: r.name, path: p, line: lineOf(off + mm[0].search(/[A-Z]/)), enumName: m[1], desc: lit ? lit.value : undefined });
        }
      }
    }
  }
  // 4. Go constants (integers: codes; strings: message constants; errors.New values).
  for (const r of Object.values(repos)) {
    const files = r.files().filter((p) => p.endsWith('.go') && shipped(p));
    const pending = [];
    for (const p of files) {
      const text = r.show(p);
      if (!/\b(const|var)\b/.test(text)) continue;
      const { specs, lits, litAt } = parseGoConsts({ repo: r.name, path: p }, text);
      for (const sp of specs) pending.push({ ...sp, path: p, text, lits, litAt });
    }
    const goTable = tables[r.name].go;
    const intOf = new Map(); // dir|name -> value
    const dirNs = (dir) => (/(^|\/)errmsg$/.test(dir) ? 'rest' : /(^|\/)statuscode$/.test(dir) ? 'frontend' : 'other');
    for (let round = 0; round < 4; round++) {
      for (const sp of pending) {
        if (!sp.expr || sp.kind !== 'const') continue;
        const key = `${sp.dir}|${sp.name}`;
        if (intOf.has(key)) continue;
        const t = sp.expr.text;
        if (/["`]/.test(t)) continue;
        const v = evalInt(t.replace(/\biota\b/g, String(sp.iota)), (id) => {
          const parts = id.split('.');
          if (parts.length === 1) return intOf.get(`${sp.dir}|${id}`);
          const cands = [...intOf.entries()].filter(([k]) => k.endsWith(`/${parts[0]}|${parts[1]}`) || k === `${parts[0]}|${parts[1]}`);
          return cands.length ? cands[0][1] : undefined;
        });
        if (v === undefined) continue;
        intOf.set(key, v);
        goTable.add({ name: sp.name, value: v, ns: dirNs(sp.dir), quals: new Set([path.posix.basename(sp.dir)]), scope: sp.dir, dir: sp.dir, lang: 'go', repo: r.name, path: sp.path, line: sp.line });
      }
    }
    for (const sp of pending) {
      if (!sp.expr) continue;
      const t = sp.expr.text.trim();
      const onlyLits = t.match(/^("(?:[^"\\\n]|\\.)*"|`[^`]*`)(\s*\+\s*("(?:[^"\\\n]|\\.)*"|`[^`]*`))*$/);
      const where = { repo: r.name, path: sp.path, line: sp.line, dir: sp.dir };
      if (onlyLits) {
        const vals = sp.lits.filter((l) => l.s >= sp.expr.s && l.e <= sp.expr.e).map((l) => l.value);
        goTable.addString(sp.name, vals.join(''), where);
      } else {
        const em = /^(?:errors\.New|fmt\.Errorf)\(\s*("(?:[^"\\\n]|\\.)*")\s*\)$/.exec(t);
        if (em) { const l = sp.lits.find((x) => x.s >= sp.expr.s && x.e <= sp.expr.e); if (l) { if (!goTable.errVars.has(sp.name)) goTable.errVars.set(sp.name, []); goTable.errVars.get(sp.name).push({ value: l.value, ...where }); } }
        // expression-valued strings (userMessage(…) + …): kept for lazy evaluation
        if (sp.kind === 'var' || sp.kind === 'const') {
          if (!goTable.lazy) goTable.lazy = new Map();
          if (!goTable.lazy.has(sp.name)) goTable.lazy.set(sp.name, []);
          goTable.lazy.get(sp.name).push({ ...where, s: sp.expr.s, e: sp.expr.e });
        }
      }
    }
  }
  return { tables, sdkNames };
}

// ------------------------------------------------------------------------------- file contexts
/**
 * A code generator's source with each line that is one string literal ending in `\n` (`"    return
 * Status(K_TRY_AGAIN, \"Async RPC not yet completed\");\n"`) replaced by the line it writes, unescaped;
 * other lines, and the line numbers, stay as they are.
 */
function generatedCode(text) {
  const unescape = (s) => s.replace(/\\(["\\tn])/g, (_, c) => (c === 't' ? '\t' : c === 'n' ? ' ' : c));
  // The generator's substitutions (`$methodName$`) inside a generated string are values the message prints.
  const substituted = (line) => line.replace(/"(?:[^"\\]|\\.)*"/g, (literal) => literal.replace(/\$(\w+)\$/g, '" + $1 + "'));
  return text.split('\n').map((line) => {
    // The last literal of a snippet may close the call that holds it (`…\n");`): its parentheses stay.
    const m = /^(\s*)"((?:[^"\\]|\\.)*?)(?:\\n)?"(\s*\)*)\s*;?\s*$/.exec(line);
    return m ? m[1] + substituted(unescape(m[2])) + m[3] : line;
  }).join('\n');
}

class FileCtx {
  constructor(repo, p, lang, text) {
    this.repo = repo; this.path = p; this.lang = lang; this.text = text;
    const { code, lits } = mask(text, lang);
    this.code = code; this.lits = lits;
    this.litAt = new Map(lits.map((l) => [l.s, l]));
    this.lineOf = lineIndex(text);
    if (lang === 'go') this.imports = goImports(code, text);
    if (lang === 'java') { this.staticImports = new Map(); for (const m of code.matchAll(/^import\s+static\s+[\w.]*?\.(\w+)\.(\w+|\*)\s*;/gm)) this.staticImports.set(m[2], m[1]); }
  }
  calls() { if (!this._calls) this._calls = findCalls(this.code, this.lang); return this._calls; }
  callAt(open) { if (!this._callByOpen) this._callByOpen = new Map(this.calls().map((c) => [c.open, c])); return this._callByOpen.get(open); }
  src(s, e) { return this.text.slice(s, e); }
}

function goImports(code, text) {
  const map = new Map();
  const add = (alias, p) => map.set(alias || p.split('/').pop(), p);
  const re = /\bimport\s*(\(|[\w.]*\s*")/g;
  let m;
  while ((m = re.exec(code))) {
    if (m[1] === '(') {
      const close = code.indexOf(')', m.index);
      const block = text.slice(m.index + m[0].length, close);
      for (const l of block.split('\n')) { const mm = /^\s*([\w.]+)?\s*"([^"]+)"/.exec(l); if (mm) add(mm[1], mm[2]); }
    } else {
      const mm = /^import\s*([\w.]+)?\s*"([^"]+)"/.exec(text.slice(m.index, m.index + 300));
      if (mm) add(mm[1], mm[2]);
    }
  }
  return map;
}

// Trims a span of whitespace.
function trimSpan(code, s, e) {
  while (s < e && /\s/.test(code[s])) s++;
  while (e > s && /\s/.test(code[e - 1])) e--;
  return [s, e];
}

// Splits a span at a top-level binary operator (not inside brackets).
function splitTop(code, s, e, op) {
  const parts = [];
  let depth = 0; let st = s;
  for (let i = s; i < e; i++) {
    const c = code[i];
    if (c === '(' || c === '[' || c === '{') depth++;
    else if (c === ')' || c === ']' || c === '}') depth--;
    else if (depth === 0 && code.startsWith(op, i)) {
      if (op === '+' && (code[i + 1] === '+' || code[i + 1] === '=' || code[i - 1] === '+' || code[i - 1] === 'e' && /\d/.test(code[i - 2] || ''))) continue;
      if (op === '<<' && (code[i + 2] === '=' || code[i - 1] === '<')) continue;
      if (op === '%' && code[i + 1] === '=') continue;
      if (op === '?' && (code[i + 1] === '?' || code[i + 1] === '.' || code[i + 1] === ':')) continue;
      if (i === s && op === '+') { st = i + 1; continue; }
      parts.push(trimSpan(code, st, i));
      st = i + op.length; i += op.length - 1;
    }
  }
  parts.push(trimSpan(code, st, e));
  return parts;
}

const PH = (name) => ({ ph: name });
const LIT = (v) => ({ lit: v });

// ------------------------------------------------------------------------- placeholder choice
const NUMERIC_WORD = /^(count|cnt|num|number|size|len|length|idx|index|limit|max|min|total|times|retries|port|capacity|offset|sec|secs|seconds|timeout|interval|duration|elapsed|pid|bytes|percent|ratio|threshold|quota|weight|depth|round|attempts?|errno|rc|ret|code|nums|counts|sizes|mb|kb|gb|int|int32|int64|uint64)$/;
function placeholderFor(text, verb = '', numericHint = false) {
  let t = (text || '').trim();
  let numeric = numericHint || /^[-+ #0]*\d*(\.\d+)?(hh|h|ll|l|L|q|j|z|t|I64)?[diouxXeEfFgGaAb]$/.test(verb);
  // unwrap conversions / measures
  for (let k = 0; k < 4; k++) {
    let m;
    if ((m = /^(?:std::)?to_string\s*\(([\s\S]*)\)$/.exec(t)) || (m = /^strconv\.(?:Itoa|FormatInt|FormatUint|FormatFloat)\s*\(([\s\S]*?)(?:,[^,()]*)*\)$/.exec(t))
      || (m = /^(?:Integer|Long|Double|String)\.(?:toString|valueOf)\s*\(([\s\S]*)\)$/.exec(t))) { if (!/^String/.test(t) || /^(Integer|Long|Double)/.test(t)) numeric = numeric || !/^String/.test(t); t = m[1].trim(); continue; }
    if ((m = /^(?:len|cap)\s*\(([\s\S]*)\)$/.exec(t)) || (m = /^([\s\S]*?)\s*(?:\.|->)\s*(?:size|length|count|Len|Size|Count)\s*\(\s*\)$/.exec(t))) { numeric = true; t = m[1].trim(); break; }
    if ((m = /^(?:str|repr|string|std::string|String\.valueOf|fmt::underlying|static_cast<[^>]+>)\s*\(([\s\S]*)\)$/.exec(t))) { t = m[1].trim(); continue; }
    if ((m = /^([\s\S]*?)\s*(?:\.|->)\s*(?:c_str|data|Error|what|str|value|String|ToString|toString|getMessage|GetMessage|Msg|GetMsg)\s*\(\s*\)$/.exec(t))) { t = m[1].trim(); continue; }
    break;
  }
  // an element of a container is named by the container: Split(x, "/")[IDX] -> Split(x, "/")
  for (let k = 0; k < 3 && /\]\s*$/.test(t); k++) { const o = t.lastIndexOf('['); if (o <= 0) break; t = t.slice(0, o).trim(); }
  // accessors that turn anything into text: status.ToString(), e.what(), err.Error()
  if (/(?:\.|->)\s*(?:ToString|what|Error|GetMsg|Msg|message|getMessage|toString|String|GetMessage|Message|ErrorMessage|Detail|dump|DebugString|ShortDebugString)\s*\(\s*\)$/.test(t)) return PH('text');
  const ids = t.match(/[A-Za-z_]\w*/g) || [];
  let id = ids.length ? ids[ids.length - 1] : '';
  // a call is named by its function: StrErr(errno) -> StrErr, GetFunctionName() -> FunctionName
  const cm = /([A-Za-z_]\w*)\s*\(((?:[^()]|\((?:[^()]|\([^()]*\))*\))*)\)\s*$/.exec(t);
  if (cm && !numeric) {
    const byCallee = placeholderFor(cm[1].replace(/^(Get|get)_?(?=[A-Z_a-z])/, ''), '', false);
    if (byCallee.ph !== 'text') return byCallee;
    const argIds = cm[2].match(/[A-Za-z_]\w*/g) || [];
    const byArg = argIds.length ? placeholderFor(argIds[argIds.length - 1], '', false) : PH('text');
    return ['function', 'name', 'version'].includes(byArg.ph) ? byArg : PH('text');
  }
  if (/\(\s*\)\s*$/.test(t) && /^(Get|get)[A-Z_]/.test(id)) id = id.replace(/^(Get|get)_?/, '');
  if (/^\d+(\.\d+)?$/.test(t)) return { lit: t };
  // words of the identifier: timeoutMs -> [timeout, ms]; max_retry_times -> [max, retry, times]
  const words = id.replace(/([a-z0-9])([A-Z])/g, '$1 $2').replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2').toLowerCase().split(/[\s_]+/).filter(Boolean);
  const lastW = words[words.length - 1] || '';
  const prevW = words[words.length - 2] || '';
  const isMs = /^(ms|millis|milliseconds?|msec)$/.test(lastW) || /^\w+ms$/.test(lastW) && /timeout|interval|duration|elapsed|cost|wait|delay|time/.test(lastW);
  if (isMs) return PH('ms');
  if (numeric || NUMERIC_WORD.test(lastW)) return PH('n');
  // sizeDst, lengthSrc, countOfKeys: a numeric word anywhere, unless the name ends with a text-like word
  if (words.some((w) => NUMERIC_WORD.test(w) && !/^(code|rc|ret|int)$/.test(w)) && !/^(name|names|id|ids|str|msg|message|path|key|keys|type|info|list|addr|address|url|string|text|desc|file|dir|status|state|reason|err|error|map|set|vec|array)$/.test(lastW)) return PH('n');
  const joined = words.join('');
  if (/^(f|func|function|fn)?(name|key|urn)$/.test(joined) && /^(f|func|function|fn)/.test(joined) || /^(func|function)(name|key|urn|id)$/.test(prevW + lastW) || joined === 'function' || joined === 'func') return PH('function');
  if (lastW === 'version' || lastW === 'ver') return PH('version');
  if ((lastW === 'name' || lastW === 'entry') && !/^(file|path|host|dir|key|class|method|type|field|param|attr|env|header)$/.test(prevW)) return PH('name');
  return PH('text');
}

// --------------------------------------------------------------------------- format handling
function pushArg(out, a) {
  if (!a) out.push(PH('text'));
  else if (a.multi) out.push(...a.multi);
  else out.push(a);
}
const PRINTF = /%(?:\d+\$)?([-+ #0']*(?:\*|\d+)?(?:\.(?:\*|\d+))?(?:hh|h|ll|l|L|q|j|z|t|I64|I32)?)([diouxXeEfFgGaAcspvqTtwbU%])/g;
function applyFormat(fmtParts, argFn, style) {
  // argFn(i, verb) -> part for the i-th format argument (or null when missing)
  const out = [];
  let ai = 0;
  for (const p of fmtParts) {
    if (!('lit' in p)) { out.push(p); continue; }
    const s = p.lit;
    let last = 0;
    const re = style === 'printf' ? new RegExp(PRINTF.source, 'g') : /\{\{|\}\}|\{([^{}]*)\}/g;
    let m;
    while ((m = re.exec(s))) {
      out.push(LIT(s.slice(last, m.index)));
      last = m.index + m[0].length;
      if (style === 'printf') {
        if (m[2] === '%') { out.push(LIT('%')); continue; }
        pushArg(out, argFn(ai++, m[1] + m[2]));
      } else {
        if (m[0] === '{{') { out.push(LIT('{')); continue; }
        if (m[0] === '}}') { out.push(LIT('}')); continue; }
        const spec = m[1];
        const mm = /^(\w*)(?:![rsa])?(?::(.*))?$/.exec(spec) || [];
        const key = mm[1] || '';
        const verb = (mm[2] || '').replace(/^.*?([diouxXeEfFgGbn%])?$/, '$1');
        if (/^\d+$/.test(key)) pushArg(out, argFn(Number(key), verb));
        else if (key) pushArg(out, argFn(key, verb));
        else pushArg(out, argFn(ai++, verb));
      }
    }
    out.push(LIT(s.slice(last)));
  }
  return out;
}

// Python f-string body -> parts
function fstringParts(raw, value, env) {
  const out = [];
  let i = 0; let buf = '';
  const src = raw;
  while (i < src.length) {
    if (src.startsWith('{{', i)) { buf += '{'; i += 2; continue; }
    if (src.startsWith('}}', i)) { buf += '}'; i += 2; continue; }
    if (src[i] === '{') {
      let depth = 1; let j = i + 1;
      while (j < src.length && depth) { if (src[j] === '{') depth++; else if (src[j] === '}') depth--; if (depth) j++; }
      const inner = src.slice(i + 1, j);
      const mm = /^([\s\S]*?)(?:![rsa])?(?::([^:]*))?$/.exec(inner);
      const expr = mm[1].replace(/=$/, '');
      const verb = (mm[2] || '').replace(/^.*?([diouxXeEfFgGbn%])?$/, '$1');
      out.push(LIT(decodeEscapes(buf, 'python'))); buf = '';
      const id = expr.trim();
      const b = env && /^[A-Za-z_]\w*$/.test(id) && env.vars.has(id) ? env.vars.get(id) : null;
      if (b && b.probe) out.push(PH(`@${b.probe}|${verb}`));
      else if (b && b.span) pushArg(out, b.ctx.ev.placeholderOf(b.ctx, b.span, verb, b.env));
      else out.push(placeholderFor(expr, verb));
      i = j + 1;
      continue;
    }
    buf += src[i]; i++;
  }
  out.push(LIT(decodeEscapes(buf, 'python')));
  return out;
}


// ---------------------------------------------------------------------------- message evaluator
// Functions whose result is their format string filled with the remaining arguments.
const FORMATTERS = {
  printf: /^(?:fmt\.(?:Sprintf|Errorf)|errors\.Errorf|String\.format|absl::StrFormat|StrFormat|StringPrintf|FormatString|sprintf|snprintf|FormatErrMsg|log\.Printf|Sprintf|Errorf)$/,
  brace: /^(?:fmt::format|std::format|format|FormatMsg|MessageFormat\.format|spdlog::fmt_lib::format)$/,
};
// Functions returning (a transformation of) their first argument's text.
const PASS_THROUGH = /^(?:std::string|string|errors\.New|std::string_view|String|str|convert_response_to_jsonstr|transform_init_response_to_str|StatusWithStack|errors\.WithStack|new\s+String|TrimSpace|strings\.TrimSpace|Trim|_)$/;
const CONCAT = /^(?:absl::StrCat|StrCat|fmt\.Sprint|fmt\.Sprintln|String\.join|strings\.Join|Concat)$/;

class Evaluator {
  constructor(world) { this.world = world; }

  eval(ctx, s, e, env, depth = 0) {
    [s, e] = trimSpan(ctx.code, s, e);
    if (s >= e) return [];
    if (depth > 8) return [PH('text')];
    const code = ctx.code;
    while (code[s] === '(' && matchClose(code, s) === e - 1) [s, e] = trimSpan(code, s + 1, e - 1);
    // C++ / Java casts and Go type conversions of whole expressions
    let m = /^\((?:const\s+)?(?:std::string|String|char\s*\*|const char\s*\*)\)\s*/.exec(code.slice(s, e));
    if (m) s += m[0].length;
    // conditional expressions: either branch may be the message -> unknown text
    if (ctx.lang !== 'python' && splitTop(code, s, e, '?').length > 1) {
      const parts = splitTop(code, s, e, '?');
      const rest = splitTop(code, parts[1][0], e, ':');
      if (rest.length > 1) {
        const a = this.eval(ctx, rest[0][0], rest[0][1], env, depth + 1);
        const b = this.eval(ctx, rest[1][0], rest[1][1], env, depth + 1);
        return render(a) === render(b) ? a : [PH('text')];
      }
    }
    if (ctx.lang === 'python' && /\sif\s/.test(code.slice(s, e)) && /\selse\s/.test(code.slice(s, e))) return [PH('text')];
    // string concatenation
    const ops = splitTop(code, s, e, '+');
    if (ops.length > 1 && ops.every(([a, b]) => b > a)) return ops.flatMap(([a, b]) => this.eval(ctx, a, b, env, depth + 1));
    // stream expression (ss << a << b)
    if (ctx.lang === 'cpp') {
      const sh = splitTop(code, s, e, '<<');
      if (sh.length > 1) return sh.slice(/^[A-Za-z_][\w.]*$/.test(code.slice(sh[0][0], sh[0][1])) && !ctx.litAt.has(sh[0][0]) ? 1 : 0)
        .flatMap(([a, b]) => this.streamOperand(ctx, a, b, env, depth));
    }
    // python "%" formatting
    if (ctx.lang === 'python') {
      const pc = splitTop(code, s, e, '%');
      if (pc.length === 2 && this.isLiteralRun(ctx, pc[0][0], pc[0][1])) {
        const fmt = this.literalParts(ctx, pc[0][0], pc[0][1], env);
        let [as, ae] = pc[1];
        let args = [[as, ae]];
        if (code[as] === '(' && matchClose(code, as) === ae - 1) args = splitArgs(code, as + 1, ae - 1);
        return applyFormat(fmt, (i) => (typeof i === 'number' && args[i] ? this.placeholderOf(ctx, args[i], '', env) : null), 'printf');
      }
    }
    return this.operand(ctx, s, e, env, depth);
  }

  streamOperand(ctx, s, e, env, depth) {
    const t = ctx.code.slice(s, e).trim();
    if (/^(?:std::)?(?:endl|flush|setw\(.*\)|setfill\(.*\)|fixed|setprecision\(.*\)|hex|dec|boolalpha)$/.test(t)) return [];
    return this.eval(ctx, s, e, env, depth + 1);
  }

  isLiteralRun(ctx, s, e) {
    const code = ctx.code;
    let i = s; let any = false;
    while (i < e) {
      if (/\s/.test(code[i])) { i++; continue; }
      // string prefix letters are part of the literal start in python; in C++ u8/L prefixes precede the quote
      let j = i;
      while (j < e && /[A-Za-z0-9_]/.test(code[j]) && j - i < 3) j++;
      const lit = ctx.litAt.get(i) || (j > i ? ctx.litAt.get(j) : undefined);
      if (!lit) {
        // C++ format macros between literals ("%" PRId64)
        const mm = /^PRI[diuxX](?:8|16|32|64|MAX|PTR)\b/.exec(code.slice(i, e));
        if (mm && ctx.lang === 'cpp') { i += mm[0].length; continue; }
        return false;
      }
      any = true;
      i = lit.e;
    }
    return any;
  }

  literalParts(ctx, s, e, env) {
    const out = [];
    let i = s;
    const code = ctx.code;
    while (i < e) {
      if (/\s/.test(code[i])) { i++; continue; }
      let lit = ctx.litAt.get(i);
      if (!lit) { let j = i; while (j < e && /[A-Za-z0-9_]/.test(code[j]) && j - i < 3) j++; lit = ctx.litAt.get(j); }
      if (!lit) { const mm = /^PRI([diuxX])\w*/.exec(code.slice(i, e)); if (mm) { out.push(LIT(mm[1])); i += mm[0].length; continue; } break; }
      // Python: the prefix letters sit before the quote in the source; the literal record starts at the prefix
      if (lit.f) out.push(...fstringParts(lit.raw, lit.value, env));
      else out.push(LIT(lit.value));
      i = lit.e;
    }
    return out;
  }

  placeholderOf(ctx, span, verb, env, numericHint = false) {
    const t = ctx.src(span[0], span[1]).trim();
    const id = t.replace(/\.\.\.$/, '');
    if (env && /^[A-Za-z_]\w*$/.test(id) && env.vars.has(id)) {
      const b = env.vars.get(id);
      if (b.span) return b.ctx.ev.placeholderOf(b.ctx, b.span, verb, b.env, numericHint);
      if (b.probe) return PH(`@${b.probe}|${verb}`);
    }
    // a literal argument (or a concatenation of literals) fills the verb with its own text
    if (this.isLiteralRun(ctx, span[0], span[1])) return LIT(render(this.literalParts(ctx, span[0], span[1], env)));
    if (ctx.lits.some((l) => l.s >= span[0] && l.e <= span[1]) && splitTop(ctx.code, span[0], span[1], '+').length > 1) {
      const parts = this.eval(ctx, span[0], span[1], env, 1);
      return { multi: parts };
    }
    // a resolvable string constant also fills it
    if (/^[A-Za-z_][\w.:]*$/.test(t) && !/^(?:[diouxXeEfFgGb]|\.\d*f)$/.test(verb.slice(-1))) {
      const c = this.world.stringConst(ctx, t, span[0]);
      if (c) return LIT(render(c));
    }
    return placeholderFor(t, verb, numericHint);
  }

  // Arguments of a call given as spans; Go's v... expands to the caller's variadic arguments.
  expandArgs(ctx, spans, env) {
    const out = [];
    for (const sp of spans) {
      const t = ctx.src(sp[0], sp[1]).trim();
      const mm = /^([A-Za-z_]\w*)\s*\.\.\.$/.exec(t);
      if (mm && env && env.vars.has(mm[1]) && env.vars.get(mm[1]).variadic) {
        const b = env.vars.get(mm[1]);
        for (const v of b.variadic) out.push({ ctx: b.ctx, span: v, env: b.env });
      } else if (ctx.lang === 'python' && /^\*[A-Za-z_]\w*$/.test(t) && env && env.vars.has(t.slice(1)) && env.vars.get(t.slice(1)).variadic) {
        const b = env.vars.get(t.slice(1));
        for (const v of b.variadic) out.push({ ctx: b.ctx, span: v, env: b.env });
      } else out.push({ ctx, span: sp, env });
    }
    return out;
  }

  formatCall(ctx, fmtSpan, restSpans, style, env, depth) {
    const fmt = this.eval(ctx, fmtSpan[0], fmtSpan[1], env, depth + 1);
    const args = this.expandArgs(ctx, restSpans, env);
    let st = style;
    if (st === 'auto') st = fmt.some((p) => 'lit' in p && /\{\}|\{\d+\}/.test(p.lit)) ? 'brace' : 'printf';
    const kw = new Map();
    for (const a of args) { const mm = /^([A-Za-z_]\w*)\s*=(?!=)\s*/.exec(a.ctx.src(a.span[0], a.span[1])); if (mm) kw.set(mm[1], { ...a, span: [a.span[0] + mm[0].length, a.span[1]] }); }
    const pos = args.filter((a) => !/^([A-Za-z_]\w*)\s*=(?!=)/.test(a.ctx.src(a.span[0], a.span[1])));
    return applyFormat(fmt, (i, verb) => {
      const a = typeof i === 'number' ? pos[i] : kw.get(i);
      return a ? this.placeholderOf(a.ctx, a.span, verb, a.env) : null;
    }, st);
  }

  operand(ctx, s, e, env, depth) {
    const code = ctx.code;
    const t = code.slice(s, e);
    if (this.isLiteralRun(ctx, s, e)) return this.literalParts(ctx, s, e, env);
    let m;
    // "…".format(…) (python) / "…".formatted(…) (java)
    if ((m = /^([\s\S]*?)\.\s*(format|formatted)\s*\($/.exec(t.slice(0, t.lastIndexOf('(') + 1))) && code[e - 1] === ')' && matchClose(code, s + t.lastIndexOf('(')) === e - 1) {
      const open = s + t.lastIndexOf('(');
      if (this.isLiteralRun(ctx, s, s + m[1].length)) {
        return this.formatCall(ctx, [s, s + m[1].length], splitArgs(code, open + 1, e - 1), m[2] === 'format' && ctx.lang === 'python' ? 'brace' : 'printf', env, depth);
      }
    }
    // trailing accessors that keep the text: .c_str(), .data(), .str() (streams), .Error() (Go errors),
    // .encode() (Cython's bytes for the C++ SDK: `"generator_id should not be empty".encode()`)
    if ((m = /^([\s\S]+?)\s*(?:\.|->)\s*(c_str|data|str|Error|toString|ToString|String|encode)\s*\(\s*\)$/.exec(t))) {
      const inner = m[1];
      const innerT = inner.trim();
      if (/^[A-Za-z_][\w.:]*$/.test(innerT)) {
        if (m[2] === 'Error' && ctx.lang === 'go') {
          const ev = this.world.goErrVar(ctx, innerT);
          if (ev) return [LIT(ev)];
        }
        if (['c_str', 'data', 'str', 'toString', 'String'].includes(m[2])) {
          const r = this.identifier(ctx, s, s + inner.length, env, depth, true);
          if (r) return r;
        }
      }
      if (m[2] === 'c_str' || m[2] === 'data' || m[2] === 'encode') return this.eval(ctx, s, s + inner.length, env, depth + 1);
      return [placeholderFor(ctx.src(s, e))];
    }
    // calls
    const callM = /^((?:new\s+)?[A-Za-z_][\w]*(?:\s*(?:::|\.|->)\s*[A-Za-z_][\w]*)*)\s*(<[^<>()]*>)?\s*\($/.exec(t.slice(0, t.indexOf('(') + 1));
    if (callM && code[e - 1] === ')' && matchClose(code, s + t.indexOf('(')) === e - 1) {
      const open = s + t.indexOf('(');
      const callee = callM[1].replace(/\s+/g, '');
      const args = splitArgs(code, open + 1, e - 1).filter(([a, b]) => b > a);
      const last = callee.split(/::|\.|->/).pop();
      if (FORMATTERS.printf.test(callee) || FORMATTERS.printf.test(last) && args.length && this.isLiteralRun(ctx, args[0][0], args[0][1])) {
        // snprintf(buf, size, fmt, …); Java's String.format(Locale.ROOT, fmt, …)
        const fi = /snprintf/.test(last) ? 2 : args.length > 1 && /^(?:java\.util\.)?Locale\.\w+$/.test(ctx.src(args[0][0], args[0][1]).trim()) ? 1 : 0;
        if (args[fi]) return this.formatCall(ctx, args[fi], args.slice(fi + 1), 'printf', env, depth);
      }
      if (FORMATTERS.brace.test(callee) && args.length) return this.formatCall(ctx, args[0], args.slice(1), 'auto', env, depth);
      if (PASS_THROUGH.test(callee) && args.length) return this.eval(ctx, args[0][0], args[0][1], env, depth + 1);
      if (CONCAT.test(callee)) {
        if (/join/i.test(callee)) return [PH('text')];
        return args.flatMap(([a, b]) => this.eval(ctx, a, b, env, depth + 1));
      }
      if (/^(?:std::)?to_string$|^strconv\.(?:Itoa|FormatInt|FormatUint)$|^(?:Integer|Long)\.toString$/.test(callee)) return [placeholderFor(ctx.src(s, e), '', true)];
      // Java enum getters: FaasErrorCode.X.getErrorMessage()
      if ((m = /^(?:([A-Za-z_]\w*)\.)?([A-Z_][A-Z0-9_]*)\.(getErrorMessage|getDesc|getMessage|getMsg)$/.exec(callee))) {
        const d = this.world.enumDesc(ctx, m[1] || (ctx.staticImports && ctx.staticImports.get(m[2])), m[2]);
        if (d) return [LIT(d)];
      }
      // a small function whose body is `return <expr>`: evaluate its expression
      const inl = this.world.inlineFunction(ctx, callee, args, env, depth);
      if (inl) return inl;
      return [placeholderFor(ctx.src(s, e))];
    }
    // Go map index: errorMsg[code]
    if ((m = /^([A-Za-z_][\w.]*)\s*\[$/.exec(t.slice(0, t.indexOf('[') + 1))) && code[e - 1] === ']' && ctx.lang === 'go') {
      const open = s + t.indexOf('[');
      const r = this.world.goMapIndex(ctx, m[1], [open + 1, e - 1], env, depth);
      if (r) return r;
      return [PH('text')];
    }
    if (/^[A-Za-z_][\w]*(?:\s*(?:::|\.|->)\s*[A-Za-z_][\w]*)*$/.test(t.trim())) {
      const r = this.identifier(ctx, s, e, env, depth, false);
      if (r) return r;
      return [placeholderFor(t)];
    }
    if (/^-?\d+(\.\d+)?[uUlLfF]*$/.test(t.trim())) return [LIT(t.trim().replace(/[uUlLfF]+$/, ''))];
    return [placeholderFor(t)];
  }

  // Identifier: wrapper parameter, local variable, or constant.
  identifier(ctx, s, e, env, depth, stream) {
    const name = ctx.code.slice(s, e).replace(/\s+/g, '');
    if (env && env.vars.has(name)) {
      const b = env.vars.get(name);
      if (b.span) return b.ctx.ev.eval(b.ctx, b.span[0], b.span[1], b.env, depth + 1);
      if (b.parts) return b.parts;
      if (b.probe) return [PH(`@${b.probe}|`)];
      return [PH('text')];
    }
    if (/^[A-Za-z_]\w*$/.test(name)) {
      const r = this.world.resolveLocal(ctx, name, s, env, depth, stream);
      if (r) return r;
    }
    if (/^(?:this(?:->|\.))?[A-Za-z_]\w*$/.test(name) || /^[A-Za-z_][\w]*(?:(?:::|\.)[A-Za-z_]\w*)+$/.test(name)) {
      const c = this.world.stringConst(ctx, name.replace(/^this(->|\.)/, ''), s);
      if (c) return c;
    }
    return null;
  }
}

function render(parts) {
  let out = '';
  for (const p of parts) out += 'lit' in p ? p.lit : `{${p.ph}}`;
  return out;
}

// ------------------------------------------------------------------------------ block structure
function blocksOf(ctx) {
  if (ctx._blocks) return ctx._blocks;
  const code = ctx.code;
  const blocks = []; const stack = [];
  for (let i = 0; i < code.length; i++) {
    const c = code[i];
    if (c === '{') stack.push(i);
    else if (c === '}' && stack.length) blocks.push({ open: stack.pop(), close: i });
  }
  blocks.sort((a, b) => a.open - b.open);
  ctx._blocks = blocks;
  return blocks;
}

const CONTROL = /^(if|for|while|switch|catch|else|do|try|foreach|synchronized|with|elif|return|sizeof|static_assert|defined)$/;
// Is the block opened at `open` the body of a function, method, macro or lambda?
// Go: the header of a block is its line, extended back over unbalanced parentheses.
function goHead(code, open) {
  let depth = 0; let i = open - 1;
  for (; i >= 0; i--) {
    const c = code[i];
    if (c === ')' || c === '}' || c === ']') depth++;
    else if (c === '(' || c === '{' || c === '[') { if (depth === 0) break; depth--; }
    else if (c === '\n' && depth === 0) break;
  }
  return { head: code.slice(i + 1, open), start: i + 1 };
}

function isFunctionBody(ctx, open) {
  const code = ctx.code;
  if (ctx.lang === 'go') return /\bfunc\b/.test(goHead(code, open).head);
  const from = Math.max(0, open - 600);
  let head = code.slice(from, open);
  const cut = Math.max(head.lastIndexOf(';'), head.lastIndexOf('{'), head.lastIndexOf('}'));
  head = head.slice(cut + 1).trim();
  if (ctx.lang === 'go') return /\bfunc\b/.test(head);
  if (/^(?:class|struct|namespace|enum|union|interface|extern)\b/.test(head) || /\b(?:class|struct|namespace|enum|interface)\s+[\w:<>]+(?:\s*(?:final|extends|implements|:)[^()]*)?$/.test(head)) return false;
  const tail = head.replace(/\s*(?:const|override|noexcept|final|mutable|volatile|throws\s+[\w.,\s]+|->\s*[\w:<>*&,\s]+)\s*$/g, '').replace(/\s*(?:const|override|noexcept|final|mutable)\s*$/g, '');
  if (!tail.endsWith(')')) return /\]\s*$/.test(tail) || /->\s*[\w:<>]+\s*$/.test(head) || /=\s*\[[^\]]*\]\s*$/.test(head);
  // find the matching '(' of the trailing ')'
  let depth = 0; let i = tail.length - 1;
  for (; i >= 0; i--) { if (tail[i] === ')') depth++; else if (tail[i] === '(') { depth--; if (!depth) break; } }
  const before = tail.slice(0, Math.max(0, i)).trim();
  const word = (/([A-Za-z_~][\w]*|\])\s*(<[^<>]*>)?$/.exec(before) || [])[1] || '';
  if (CONTROL.test(word)) return false;
  if (word === ']') return true;
  // a constructor call followed by a block is not a function (e.g. `if (x) Foo(a) {` never occurs), so accept
  return /^[A-Za-z_~]/.test(word);
}

// Offsets from which to look for local definitions: innermost function body first, then outer ones.
function functionStarts(ctx, off) {
  if (ctx.lang === 'python') {
    const text = ctx.code;
    const lineStart = text.lastIndexOf('\n', off - 1) + 1;
    let indent = /^[ \t]*/.exec(text.slice(lineStart))[0].length;
    const starts = [];
    let i = lineStart;
    while (i > 0 && starts.length < 3) {
      const ps = text.lastIndexOf('\n', i - 2) + 1;
      const line = text.slice(ps, i - 1);
      const ind = /^[ \t]*/.exec(line)[0].length;
      if (/^\s*(?:async\s+)?def\s/.test(line) && ind < indent) { starts.push(ps); indent = ind; }
      else if (/^\s*class\s/.test(line) && ind < indent) break;
      i = ps;
      if (ps === 0) break;
    }
    if (!starts.length) starts.push(Math.max(0, off - 4000));
    return starts;
  }
  const out = [];
  const bl = blocksOf(ctx);
  for (let k = bl.length - 1; k >= 0; k--) {
    const b = bl[k];
    if (b.open < off && b.close >= off && isFunctionBody(ctx, b.open)) out.push(b.open);
  }
  // blocks are sorted by open; iterating backwards gives inner first
  if (!out.length) out.push(Math.max(0, off - 4000));
  return out.slice(0, 3);
}

// End of the statement starting at p (exclusive).
function statementEnd(ctx, p, limit) {
  const code = ctx.code;
  let depth = 0;
  for (let i = p; i < Math.min(code.length, limit ?? code.length); i++) {
    const c = code[i];
    if (c === '(' || c === '[' || c === '{') depth++;
    else if (c === ')' || c === ']' || c === '}') { depth--; if (depth < 0) return i; }
    else if (depth === 0) {
      if (c === ';') return i;
      if ((ctx.lang === 'go' || ctx.lang === 'python') && c === '\n') {
        const prev = code.slice(p, i).trimEnd();
        if (ctx.lang === 'python' && prev.endsWith('\\')) continue;
        if (ctx.lang === 'go' && /(\+|,|\(|&&|\|\||=)$/.test(prev)) continue;
        return i;
      }
    }
  }
  return Math.min(code.length, limit ?? code.length);
}

// ------------------------------------------------------------------------------------- world
class World {
  constructor(repos, symbols, opts) {
    this.repos = repos; this.sym = symbols; this.opts = opts;
    this.ctxCache = new Map();
    this.constCache = new Map();
    this.funcCache = new Map();
    this.ev = new Evaluator(this);
  }

  // Indexes of the files that define string constants and single-return functions, by name.
  buildIndexes(ctxs) {
    this.constIndex = {}; this.funcIndex = {};
    const add = (idx, c, name) => {
      idx[c.repo] ||= {}; idx[c.repo][c.lang] ||= new Map();
      const m = idx[c.repo][c.lang];
      if (!m.has(name)) m.set(name, []);
      const l = m.get(name);
      if (l[l.length - 1] !== c) l.push(c);
    };
    const constRe = {
      cpp: /(?:#define\s+([A-Za-z_]\w*)\s+"|\b([A-Za-z_]\w*)\s*(?:\[\s*\])?\s*(?:=|\{)\s*(?:std::string\s*\(\s*)?")/g,
      python: /^[ \t]{0,4}([A-Za-z_]\w*)\s*(?::[^=\n]+)?=\s*[rbuRBUfF]{0,2}["']/gm,
      java: /static\s+final\s+String\s+([A-Za-z_]\w*)\s*=/g,
    };
    const retRe = {
      cpp: /(?:\{\s*return\b|#define\s+([A-Za-z_]\w*)\()/g,
      java: /\{\s*return\b/g,
      go: /\{\s*return\b/g,
      python: /^[ \t]*(?:async\s+)?def\s+([A-Za-z_]\w*)\s*\(/gm,
    };
    this.structIndex = {};
    for (const c of ctxs) {
      if (c.lang === 'cpp') {
        const sre = /\b(?:struct|class)\s+(?:alignas\([^)]*\)\s*)?([A-Za-z_]\w*)\s*(?:final\s*)?(?::[^{;()]*)?\{/g;
        let sm;
        while ((sm = sre.exec(c.code))) add(this.structIndex, c, sm[1]);
      }
      const cr = constRe[c.lang];
      if (cr) { cr.lastIndex = 0; let m; while ((m = cr.exec(c.code))) add(this.constIndex, c, m[1] || m[2]); }
      const rr = retRe[c.lang];
      rr.lastIndex = 0;
      let m;
      while ((m = rr.exec(c.code))) {
        if (m[1]) { add(this.funcIndex, c, m[1]); continue; }
        const open = c.code.indexOf('{', m.index);
        const head = c.code.slice(Math.max(0, open - 400), open);
        const hm = c.lang === 'go' ? /\bfunc\s*(?:\([^()]*\)\s*)?([A-Za-z_]\w*)\s*\([^{}]*$/.exec(head) : /([A-Za-z_]\w*)\s*\([^;{}()]*(?:\([^;{}()]*\)[^;{}()]*)*\)[^;{}()]*$/.exec(head);
        if (hm && !CONTROL.test(hm[1])) add(this.funcIndex, c, hm[1]);
      }
    }
  }

  // Field names, in order, of a C++ struct (all definitions of that name must agree).
  structFields(ctx, name) {
    const key = `${ctx.repo}|${name}`;
    this.structCache ||= new Map();
    if (this.structCache.has(key)) return this.structCache.get(key);
    this.structCache.set(key, null);
    const files = ((this.structIndex[ctx.repo] || {}).cpp || new Map()).get(name) || [];
    const found = [];
    for (const c of files) {
      const re = new RegExp(`\\b(?:struct|class)\\s+(?:alignas\\([^)]*\\)\\s*)?${name}\\s*(?:final\\s*)?(?::[^{;()]*)?\\{`, 'g');
      let m;
      while ((m = re.exec(c.code))) {
        const open = m.index + m[0].length - 1;
        const close = matchClose(c.code, open);
        if (close < 0) continue;
        const fields = [];
        let depth = 0; let st = open + 1;
        for (let i = open + 1; i < close; i++) {
          const ch = c.code[i];
          if (ch === '{' || ch === '(' || ch === '[') depth++;
          else if (ch === '}' || ch === ')' || ch === ']') { depth--; if (depth === 0 && ch === '}' && !/^\s*[;,]/.test(c.code.slice(i + 1, i + 20))) { st = i + 1; } }
          else if (ch === ';' && depth === 0) {
            let t = c.code.slice(st, i).replace(/^\s*(?:public|private|protected)\s*:/, '').trim();
            st = i + 1;
            if (/^(static|using|friend|typedef|enum|struct|class|template|virtual|explicit|constexpr\s+static)\b/.test(t) || /\)\s*(const)?\s*(=\s*(default|delete|0))?$/.test(t)) continue;
            t = t.replace(/\s*(=[\s\S]*|\{[\s\S]*\})$/, '').trim();
            const fm = /([A-Za-z_]\w*)\s*(?:\[[^\]]*\])?$/.exec(t);
            if (fm && /\s|[*&>]/.test(t.slice(0, fm.index + 1))) fields.push(fm[1]);
          }
        }
        if (fields.length) found.push(fields.join(','));
      }
    }
    const uniq = [...new Set(found)];
    const res = uniq.length === 1 ? uniq[0].split(',') : null;
    this.structCache.set(key, res);
    return res;
  }

  ctx(repoName, p) {
    const key = `${repoName}:${p}`;
    if (!this.ctxCache.has(key)) {
      const lang = p.endsWith('.proto') ? 'cpp' : langOf(p);
      const source = this.repos[repoName].show(p);
      // The data system's RPC stub generators write C++ as string literals, a line each; the statuses in
      // that code are what every generated client returns, so those lines are read as the code they write.
      const text = repoName === 'datasystem' && /\/plugin_generator\/[^/]+\.cpp$/.test(p) ? generatedCode(source) : source;
      const c = new FileCtx(repoName, p, lang, text);
      c.ev = this.ev;
      c.world = this;
      this.ctxCache.set(key, c);
    }
    return this.ctxCache.get(key);
  }

  // ---- local variables
  resolveLocal(ctx, name, before, env, depth, stream) {
    for (const start of functionStarts(ctx, before)) {
      const r = this.localIn(ctx, name, start, before, env, depth);
      if (r === false) return null;
      if (r) return r;
    }
    return null;
  }

  localIn(ctx, name, start, before, env, depth) {
    const code = ctx.code;
    const region = code.slice(start, before);
    const esc = name.replace(/[$]/g, '\\$');
    const re = new RegExp(`(?<![\\w.>:$])${esc}\\s*(\\+=|<<(?!=)|:=|=(?![=>])|\\.\\s*(?:append|WriteString|write|concat)\\s*\\(|[({](?=\\s*["\\w]))`, 'g');
    const events = [];
    let m;
    let declared = false;
    while ((m = re.exec(region))) {
      const p = start + m.index;
      const opS = p + m[0].length - m[1].length;
      const op = m[1];
      const lineStart = code.lastIndexOf('\n', p - 1) + 1;
      const pre = code.slice(lineStart, p);
      if (ctx.lang === 'python' && !/^\s*$/.test(pre)) continue;
      if (op === '(' || op === '{') {
        // only declarations: `std::string msg("…")`, `std::string msg{"…"}`
        if (!/(?:std::)?(?:string|stringstream|ostringstream|String|StringBuilder|auto|string_view)\s*&?\s*$/.test(pre)) continue;
      }
      if (op === '=' || op === ':=') {
        // skip keyword arguments f(name=…) in Python (handled by line-start check) and comparisons
        if (/[!<>]$/.test(code.slice(p, opS).trim())) continue;
      }
      const rhsS = op.endsWith('(') || op === '(' || op === '{' ? opS + op.length : opS + op.length;
      const end = statementEnd(ctx, rhsS, before + 1);
      if (end > before) continue;
      let kind = 'set';
      let span = [rhsS, end];
      if (op === '+=') kind = 'append';
      else if (op === '<<') kind = 'stream';
      else if (op.endsWith('(') && op !== '(') {
        const close = matchClose(code, opS + op.length - 1);
        if (close < 0) continue;
        const args = splitArgs(code, opS + op.length, close);
        kind = 'append'; span = args[0] || [rhsS, rhsS];
      } else if (op === '(' || op === '{') {
        const close = matchClose(code, opS);
        if (close < 0) continue;
        span = [opS + 1, close];
      }
      events.push({ kind, span, p });
    }
    // An append inside a block that returns or throws before it closes, and closes before the use (`if
    // (e) { ss << "network error …"; return …; } if (bad) { ss << "response is error …"; return …; }`), is
    // another branch's text, not this one's; a loop's or an if's block that falls through still adds to
    // it. Literals and comments are masked in ctx.code, so braces and words here are the program's own.
    const live = (p) => {
      let depth = 0;
      for (let i = p; i < before; i++) {
        if (code[i] === '{') depth++;
        else if (code[i] === '}' && --depth < 0) return !/\b(?:return|throw|raise)\b|RETURN_/.test(code.slice(p, i));
      }
      return true;
    };
    for (let k = events.length - 1; k >= 0; k--) if (!live(events[k].p)) events.splice(k, 1);
    // declarations without value: std::stringstream ss; std::string msg; var b strings.Builder
    const declRe = new RegExp(`(?:stringstream|ostringstream|std::string|String|StringBuilder|strings\\.Builder|bytes\\.Buffer)\\s+${esc}\\s*;|var\\s+${esc}\\s+(?:strings\\.Builder|bytes\\.Buffer|string)\\b`);
    if (declRe.test(region)) declared = true;
    if (!events.length) return declared ? [] : null;
    let lastSet = -1;
    events.forEach((ev, k) => { if (ev.kind === 'set') lastSet = k; });
    const use = lastSet >= 0 ? events.slice(lastSet) : events;
    const parts = [];
    for (const ev of use) {
      if (ev.kind === 'stream') {
        for (const [a, b] of splitTop(code, ev.span[0], ev.span[1], '<<')) parts.push(...this.ev.streamOperand(ctx, a, b, env, depth + 1));
      } else parts.push(...this.ev.eval(ctx, ev.span[0], ev.span[1], env, depth + 1));
    }
    return parts;
  }

  // ---- string constants (file first, then the repository)
  stringConst(ctx, qname, off) {
    const parts = qname.split(/::|\.|->/);
    const name = parts[parts.length - 1];
    if (!/^[A-Za-z_]\w*$/.test(name) || name.length < 2) return null;
    if (ctx.lang === 'go') return this.goString(ctx, parts);
    const key = `${ctx.repo}|${ctx.lang}|${name}`;
    // same file
    const here = this.constDefsIn(ctx, name);
    if (here.length) {
      const vals = [...new Set(here.map((d) => render(d)))];
      if (vals.length === 1) return here[0];
    }
    if (this.constCache.has(key)) return this.constCache.get(key);
    this.constCache.set(key, null);
    const files = ((this.constIndex[ctx.repo] || {})[ctx.lang] || new Map()).get(name) || [];
    if (files.length > 12) return null;
    const defs = [];
    for (const c of files) defs.push(...this.constDefsIn(c, name));
    const vals = [...new Set(defs.map((d) => render(d)))];
    const res = vals.length === 1 ? defs[0] : null;
    this.constCache.set(key, res);
    return res;
  }

  // Definitions of a constant string `name` at namespace, class or module level of a file.
  constDefsIn(ctx, name) {
    const k = `__const_${name}`;
    if (ctx[k] !== undefined) return ctx[k];
    ctx[k] = [];
    const code = ctx.code;
    const out = [];
    let re;
    if (ctx.lang === 'cpp') re = new RegExp(`(#define\\s+${name}\\s+|(?:const|constexpr|static)[\\w\\s:*&<>]*?\\b${name}\\s*(?:\\[\\s*\\])?\\s*(?:=|\\{|\\())`, 'g');
    else if (ctx.lang === 'python') re = new RegExp(`^([ \\t]*)${name}\\s*(?::[^=\\n]+)?=(?!=)\\s*`, 'gm');
    else if (ctx.lang === 'java') re = new RegExp(`static\\s+final\\s+String\\s+${name}\\s*=\\s*`, 'g');
    else return out;
    let m;
    while ((m = re.exec(code))) {
      const s = m.index + m[0].length;
      if (ctx.lang === 'python' && m[1].length > 4) continue;
      let e;
      if (ctx.lang === 'cpp' && m[0].startsWith('#define')) { e = code.indexOf('\n', s); while (e > 0 && code[e - 1] === '\\') e = code.indexOf('\n', e + 1); if (e < 0) e = code.length; }
      else if (ctx.lang === 'cpp' && /[{(]$/.test(m[0].trim())) { const c = matchClose(code, s - 1 - (code.slice(0, s).length - code.slice(0, s).trimEnd().length)); e = c < 0 ? s : c; }
      else e = statementEnd(ctx, s);
      if (e <= s) continue;
      const p = this.ev.eval(ctx, s, e, null, 3);
      if (p.length && p.some((x) => 'lit' in x && x.lit.trim())) out.push(p);
    }
    ctx[k] = out;
    return out;
  }

  goDirsFor(ctx, qual) {
    if (!qual) return [path.posix.dirname(ctx.path)];
    const imp = ctx.imports && ctx.imports.get(qual);
    if (!imp) return [];
    const key = `${ctx.repo}|${imp}`;
    if (this.goDirCache && this.goDirCache.has(key)) return this.goDirCache.get(key);
    this.goDirCache ||= new Map();
    const is = imp.split('/').reverse();
    let best = 0; let dirs = [];
    const all = new Set(this.repos[ctx.repo].files().filter((p) => p.endsWith('.go')).map((p) => path.posix.dirname(p)));
    for (const d of all) {
      const ds = d.split('/').reverse();
      let k = 0;
      while (k < is.length && k < ds.length && is[k] === ds[k]) k++;
      if (k > best) { best = k; dirs = [d]; } else if (k === best && k > 0) dirs.push(d);
    }
    if (best < Math.min(2, is.length)) dirs = [];
    this.goDirCache.set(key, dirs);
    return dirs;
  }

  goString(ctx, parts) {
    const name = parts[parts.length - 1];
    const qual = parts.length > 1 ? parts[parts.length - 2] : null;
    const dirs = this.goDirsFor(ctx, qual);
    const t = this.sym.tables[ctx.repo].go;
    const hits = (t.strings.get(name) || []).filter((d) => dirs.includes(d.dir));
    if (hits.length) { const vals = [...new Set(hits.map((h) => h.value))]; if (vals.length === 1) return [LIT(vals[0])]; }
    const lazy = ((t.lazy && t.lazy.get(name)) || []).filter((d) => dirs.includes(d.dir));
    if (lazy.length === 1) {
      const c = this.ctx(ctx.repo, lazy[0].path);
      const key = `__lazy_${name}`;
      if (c[key] === undefined) { c[key] = null; c[key] = this.ev.eval(c, lazy[0].s, lazy[0].e, null, 4); }
      return c[key];
    }
    return null;
  }

  goErrVar(ctx, qname) {
    const parts = qname.split('.');
    const name = parts[parts.length - 1];
    const dirs = this.goDirsFor(ctx, parts.length > 1 ? parts[0] : null);
    const hits = (this.sym.tables[ctx.repo].go.errVars.get(name) || []).filter((d) => dirs.includes(d.dir));
    return hits.length === 1 ? hits[0].value : null;
  }

  enumDesc(ctx, enumName, member) {
    const list = (this.sym.tables[ctx.repo][ctx.lang].byName.get(member) || []).filter((s) => s.quals.has(enumName) && s.desc);
    return list.length ? list[0].desc : null;
  }

  goMapIndex(ctx, mapName, keySpan, env, depth) {
    const parts = mapName.split('.');
    const name = parts[parts.length - 1];
    const dirs = this.goDirsFor(ctx, parts.length > 1 ? parts[0] : null);
    const t = this.sym.tables[ctx.repo].go;
    const defs = ((t.lazy && t.lazy.get(name)) || []).filter((d) => dirs.includes(d.dir));
    if (defs.length !== 1) return null;
    const c = this.ctx(ctx.repo, defs[0].path);
    const txt = c.code.slice(defs[0].s, defs[0].e);
    const bo = txt.indexOf('{');
    if (!/^map\[\s*int\d*\s*\]\s*string\s*\{/.test(txt) || bo < 0) return null;
    const key = resolveCode(this, ctx, keySpan, env);
    if (!key || key.value === undefined) return null;
    const open = defs[0].s + bo;
    const close = matchClose(c.code, open);
    for (const [a, b] of splitArgs(c.code, open + 1, close)) {
      const colon = splitTop(c.code, a, b, ':');
      if (colon.length < 2) continue;
      const k = resolveCode(this, c, colon[0], null);
      if (k && k.value === key.value) return this.ev.eval(c, colon[1][0], b, null, depth + 1);
    }
    return null;
  }

  // ---- functions whose body is a single `return <expr>` (inlined while rendering messages)
  inlineFunction(ctx, callee, args, env, depth) {
    if (depth > 5) return null;
    const segs = callee.replace(/^new\s+/, '').split(/::|\.|->/);
    const name = segs[segs.length - 1];
    if (!/^[A-Za-z_]\w*$/.test(name) || name.length < 3) return null;
    const defs = this.simpleFunctions(ctx, name, segs.length > 1 ? segs[segs.length - 2] : null).filter((d) => d.params.length === args.length || (d.params.length > args.length && d.params.slice(args.length).every((p) => p.def || p.variadic)) || (d.params.length && d.params[d.params.length - 1].variadic && args.length >= d.params.length - 1));
    if (!defs.length) return null;
    const results = defs.map((d) => {
      const vars = bindParams(d.params, args, ctx, env);
      return d.ctx.ev.eval(d.ctx, d.ret[0], d.ret[1], { vars }, depth + 1);
    });
    const vals = [...new Set(results.map(render))];
    return vals.length === 1 ? results[0] : null;
  }

  simpleFunctions(ctx, name, qual) {
    const key = `${ctx.repo}|${ctx.lang}|${name}`;
    if (!this.funcCache.has(key)) {
      const files = ((this.funcIndex[ctx.repo] || {})[ctx.lang] || new Map()).get(name) || [];
      const defs = [];
      if (files.length <= 40) for (const c of files) defs.push(...functionDefs(c, name).filter((d) => d.ret));
      this.funcCache.set(key, defs);
    }
    let defs = this.funcCache.get(key);
    if (ctx.lang === 'go') {
      const dirs = this.goDirsFor(ctx, qual && qual !== name ? qual : null);
      const inDir = defs.filter((d) => dirs.includes(path.posix.dirname(d.ctx.path)));
      defs = qual ? inDir : (inDir.length ? inDir : []);
    }
    return defs;
  }
}

// Function / macro definitions named `name` in a file: { ctx, name, params, body:[s,e], ret:[s,e]|null, open }.
function functionDefs(ctx, name) {
  const code = ctx.code;
  const out = [];
  let re;
  if (ctx.lang === 'go') re = new RegExp(`\\bfunc\\s*(?:\\([^()]*\\)\\s*)?(${name})\\s*\\(`, 'g');
  else if (ctx.lang === 'python') re = new RegExp(`^[ \\t]*(?:async\\s+)?def\\s+(${name})\\s*\\(`, 'gm');
  else if (ctx.lang === 'cpp') re = new RegExp(`(?:#define\\s+(${name})\\(|[\\w>*&:]\\s+(?:[\\w:]+::)?(${name})\\s*\\(|^\\s*(?:[\\w:]+::)?(${name})\\s*\\()`, 'gm');
  else re = new RegExp(`[\\w>\\]]\\s+(${name})\\s*\\(`, 'g');
  let m;
  while ((m = re.exec(code))) {
    const open = m.index + m[0].length - 1;
    const close = matchClose(code, open);
    if (close < 0) continue;
    const params = parseParams(ctx, open + 1, close);
    if (ctx.lang === 'cpp' && m[0].startsWith('#define')) {
      let e = code.indexOf('\n', close);
      while (e > 0 && /\\\s*$/.test(code.slice(code.lastIndexOf('\n', e - 1) + 1, e))) e = code.indexOf('\n', e + 1);
      if (e < 0) e = code.length;
      const body = [close + 1, e];
      out.push({ ctx, name, params, body, ret: macroExpr(ctx, body), macro: true, defAt: m.index });
      continue;
    }
    if (ctx.lang === 'python') {
      const colon = code.indexOf(':', close);
      const lineEnd = code.indexOf('\n', colon);
      const defIndent = /^[ \t]*/.exec(code.slice(code.lastIndexOf('\n', m.index) + 1))[0].length;
      // body: following lines with larger indentation
      let i = lineEnd + 1; let e = i;
      while (i < code.length) {
        const le = code.indexOf('\n', i); const line = code.slice(i, le < 0 ? code.length : le);
        if (line.trim() && /^[ \t]*/.exec(line)[0].length <= defIndent) break;
        e = le < 0 ? code.length : le; i = le < 0 ? code.length : le + 1;
      }
      const body = [lineEnd + 1, e];
      out.push({ ctx, name, params, body, ret: singleReturn(ctx, body), defAt: m.index });
      continue;
    }
    // C++ / Go / Java: body block after the parameter list (skip qualifiers / results)
    let j = close + 1;
    const after = code.slice(j, j + 300);
    const bm = /^[^;{}()]*(?:\([^()]*\)[^;{}()]*)?\{/.exec(after);
    if (!bm) continue;
    if (ctx.lang === 'cpp' && /^\s*(?:const\s*)?;/.test(after)) continue;
    const bo = j + bm[0].length - 1;
    // constructor initialiser lists (": a(b) {") are fine; reject `= {` and `->` chains that are calls
    if (/=\s*\{$/.test(bm[0])) continue;
    const bc = matchClose(code, bo);
    if (bc < 0) continue;
    out.push({ ctx, name, params, body: [bo + 1, bc], ret: singleReturn(ctx, [bo + 1, bc]), defAt: m.index, open: bo });
  }
  return out;
}

function parseParams(ctx, s, e) {
  const out = [];
  for (const [a, b] of splitArgs(ctx.code, s, e)) {
    if (b <= a) continue;
    let t = ctx.code.slice(a, b).trim();
    let def = null;
    const eq = splitTop(ctx.code, a, b, '=');
    if (eq.length > 1 && ctx.lang !== 'go') { def = eq[1]; t = ctx.code.slice(eq[0][0], eq[0][1]).trim(); }
    let variadic = false;
    let nm;
    if (ctx.lang === 'go') {
      const mm = /^([A-Za-z_]\w*)\s*(\.\.\.)?/.exec(t); if (!mm) continue; nm = mm[1]; variadic = /\.\.\./.test(t);
    } else if (ctx.lang === 'python') {
      const mm = /^(\*{0,2})([A-Za-z_]\w*)/.exec(t); if (!mm) continue; nm = mm[2]; variadic = mm[1] === '*'; if (mm[1] === '**') continue;
      if (nm === 'self' || nm === 'cls') continue;
    } else {
      if (t === '...' || /\.\.\.$/.test(t)) { variadic = true; }
      const mm = /([A-Za-z_]\w*)\s*(?:\[\s*\])?\s*$/.exec(t.replace(/\.\.\.$/, ''));
      if (!mm) continue; nm = mm[1];
    }
    out.push({ name: nm, def, variadic, defCtx: ctx });
  }
  // Go: `a, b string` -> both named; fine as is (types dropped)
  return out;
}

// The expression of a body made of a single return statement.
function singleReturn(ctx, body) {
  const code = ctx.code;
  const t = code.slice(body[0], body[1]);
  const m = /^\s*return\s+/.exec(t);
  if (!m) return null;
  const s = body[0] + m[0].length;
  const e = statementEnd(ctx, s, body[1]);
  if (code.slice(e + 1, body[1]).trim()) return null;
  return trimSpan(code, s, e);
}
function macroExpr(ctx, body) {
  const t = ctx.code.slice(body[0], body[1]).replace(/\\\n/g, '  ');
  const m = /^\s*\(?\s*/.exec(t);
  return /^\s*[A-Za-z"(]/.test(t) && !/\b(do|if|return)\b/.test(t) ? trimSpan(ctx.code, body[0] + m[0].length * 0, body[1]) : null;
}

function bindParams(params, args, ctx, env) {
  const vars = new Map();
  const pos = []; const kw = new Map();
  for (const a of args) {
    const t = ctx.code.slice(a[0], a[1]);
    const mm = ctx.lang === 'python' ? /^([A-Za-z_]\w*)\s*=(?!=)\s*/.exec(t) : null;
    if (mm) kw.set(mm[1], [a[0] + mm[0].length, a[1]]); else pos.push(a);
  }
  params.forEach((p, i) => {
    if (p.variadic) { vars.set(p.name, { variadic: pos.slice(i), ctx, env }); return; }
    const a = kw.get(p.name) || pos[i];
    if (a) vars.set(p.name, { span: a, ctx, env });
    else if (p.def) vars.set(p.name, { span: p.def, ctx: p.defCtx, env: null, isDefault: true });
  });
  return vars;
}

// ------------------------------------------------------------------------------ code resolution
const NS_RANK = { sdk: 0, rest: 1, frontend: 2, ds: 3, fs: 4, other: 5, literal: 6 };
function lookupSymbol(world, ctx, quals, name) {
  const T = world.sym.tables;
  let cands = [...(T[ctx.repo][ctx.lang].byName.get(name) || [])];
  if (ctx.lang === 'cpp' && ctx.repo !== 'datasystem' && T.datasystem && /^K_/.test(name)) cands.push(...(T.datasystem.cpp.byName.get(name) || []).filter((c) => c.ns === 'ds'));
  if (!cands.length) return null;
  const q = quals.length ? quals[quals.length - 1] : null;
  if (ctx.lang === 'go') {
    const dirs = world.goDirsFor(ctx, q);
    cands = cands.filter((c) => dirs.includes(c.dir));
  } else if (ctx.lang === 'python' || ctx.lang === 'java') {
    const sq = !q && ctx.staticImports ? (ctx.staticImports.get(name) || null) : null;
    const sw = !q && ctx.staticImports ? [...ctx.staticImports].filter(([k]) => k === '*').map(([, v]) => v) : [];
    cands = q ? cands.filter((c) => c.quals.has(q)) : cands.filter((c) => c.path === ctx.path || (sq && c.quals.has(sq)) || sw.some((w) => c.quals.has(w)));
  } else if (q) {
    const alias = q === 'ds' ? 'datasystem' : q;
    const f = cands.filter((c) => c.quals.has(alias) || c.quals.has(q));
    if (f.length) cands = f;
    else return null;
  }
  if (!cands.length) return null;
  const values = new Set(cands.map((c) => c.value));
  if (values.size > 1) {
    // prefer the repository's own enums, then SDK enums
    const own = cands.filter((c) => c.repo === ctx.repo);
    const ownVals = new Set(own.map((c) => c.value));
    if (own.length && ownVals.size === 1) cands = own;
    else {
      const near = cands.filter((c) => c.path.split('/')[0] === ctx.path.split('/')[0]);
      if (near.length && new Set(near.map((c) => c.value)).size === 1) cands = near; else return null;
    }
  }
  cands.sort((a, b) => NS_RANK[a.ns] - NS_RANK[b.ns]);
  return cands[0];
}

const CODE_EXPR = /^[A-Za-z_][\w]*(?:\s*(?:::|\.)\s*[A-Za-z_]\w*)*$/;
function resolveCode(world, ctx, span, env, depth = 0) {
  if (depth > 6) return null;
  let [s, e] = trimSpan(ctx.code, span[0], span[1]);
  let t = ctx.code.slice(s, e);
  if (!t || t.includes('"')) return null;
  for (let k = 0; k < 6; k++) {
    t = t.trim();
    let m;
    if ((m = /^static_cast\s*<[^<>]+>\s*\(([\s\S]*)\)$/.exec(t))) { t = m[1]; continue; }
    // the global namespace (`::common::ERR_INNER_COMMUNICATION`) names the same enum
    if (ctx.lang === 'cpp' && (m = /^::\s*([A-Za-z_][\s\S]*)$/.exec(t))) { t = m[1]; continue; }
    if ((m = /^\((?:u?int\d*_t|int|long|unsigned|int32|int64|uint32|[\w:]*(?:ErrorCode|StatusCode|ErrCode))\)\s*([\s\S]+)$/.exec(t))) { t = m[1]; continue; }
    if ((m = /^(?:new\s+)?(?:int|int32|int64|uint32|u?int\d+_t|[\w:.]*(?:ErrorCode|StatusCode|ErrCode)|fmt::underlying)\s*\(([\s\S]*)\)$/.exec(t)) && matchClose(t, t.indexOf('(')) === t.length - 1) { t = m[1]; continue; }
    if ((m = /^([A-Za-z_][\w.:]*)\s*\.\s*(?:value|getValue\s*\(\s*\)|getCode\s*\(\s*\)|getErrorCode\s*\(\s*\))$/.exec(t))) { t = m[1]; continue; }
    break;
  }
  if (/^-?\d+$/.test(t)) return { value: Number(t), ns: 'literal', name: t };
  // The runtime's conversion of a data-system status with a default (`ConvertDatasystemErrorToCore(
  // status.GetCode(), ErrorCode::ERR_DATASYSTEM_FAILED)`): the status decides, the default is listed.
  const conv = /^(?:[\w:]*::)?ConvertDatasystemErrorToCore\s*\(/.exec(t);
  if (conv && matchClose(t, conv[0].length - 1) === t.length - 1) {
    const at = ctx.code.indexOf(t, s);
    const args = at < 0 ? [] : splitArgs(ctx.code, at + conv[0].length, at + t.length - 1);
    const r = args.length === 2 ? resolveCode(world, ctx, args[1], env, depth + 1) : null;
    return r && r.value !== undefined ? { ...r, via: 'ConvertDatasystemErrorToCore: the data system status decides the code; this default when it converts to none' } : null;
  }
  if (!CODE_EXPR.test(t)) return null;
  const qn = t.replace(/\s+/g, '');
  if (env && env.vars.has(qn)) {
    const b = env.vars.get(qn);
    if (b.span && b.ctx) return resolveCode(world, b.ctx, b.span, b.env, depth + 1);
    if (b.probe) return { param: b.probe };
    return null;
  }
  const segs = qn.split(/::|\./);
  const name = segs.pop();
  if (env && segs.length && env.vars.has(name) && /^(StatusCode|ErrorCode)$/.test(segs[segs.length - 1])) {
    // macro token pasting: StatusCode::code_
    const b = env.vars.get(name);
    if (b.span && b.ctx) return resolveCode(world, b.ctx, b.span, b.env, depth + 1);
    if (b.probe) return { param: b.probe };
  }
  const sym = lookupSymbol(world, ctx, segs, name);
  if (sym) return { value: sym.value, ns: sym.ns, name: qn, sym };
  if (!segs.length && depth < 3) {
    const loc = localCode(world, ctx, name, s, env, depth);
    if (loc) return loc;
  }
  // The Cython binding names the C++ SDK enum through an extern declaration without values
  // (`CErrorCode.ERR_INNER_SYSTEM_ERROR`): the SDK's own value of that name, when it has one.
  if (ctx.path.endsWith('.pyx') && segs.at(-1) === 'CErrorCode') {
    const values = world.sym.sdkNames.get(normName(name));
    if (values?.size === 1) return { value: [...values][0], ns: 'sdk', name: qn };
  }
  return { unresolved: qn };
}

// A local variable holding a code: every assignment before the use must give the same number.
function localCode(world, ctx, name, before, env, depth) {
  const start = functionStarts(ctx, before)[0];
  const region = ctx.code.slice(start, before);
  const re = new RegExp(`(?<![\\w.>:$])${name}\\s*(:=|=(?![=>])|\\{|\\()`, 'g');
  const vals = [];
  let m;
  while ((m = re.exec(region))) {
    const p = start + m.index;
    const opS = p + m[0].length - m[1].length;
    let span;
    if (m[1] === '{' || m[1] === '(') {
      const pre = ctx.code.slice(ctx.code.lastIndexOf('\n', p - 1) + 1, p);
      if (!/(?:StatusCode|ErrorCode|ErrCode|auto|int|int32_t|Code)\s*$/.test(pre)) continue;
      const close = matchClose(ctx.code, opS);
      if (close < 0) continue;
      span = [opS + 1, close];
    } else span = [opS + m[1].length, statementEnd(ctx, opS + m[1].length, before + 1)];
    if (/[!<>]$/.test(ctx.code.slice(p, opS).trim())) continue;
    const r = resolveCode(world, ctx, span, env, depth + 1);
    if (!r || r.value === undefined) return null;
    vals.push(r);
  }
  if (!vals.length) return null;
  if (new Set(vals.map((v) => v.value)).size !== 1) return null;
  return { ...vals[vals.length - 1], name: `${name} = ${vals[vals.length - 1].name}` };
}

// ------------------------------------------------------------------------------ code -> catalog
class CodeMapper {
  constructor(world, catalogs) {
    this.world = world; this.cat = catalogs;
    this.dsMap = new Map(); this.dsDefault = null; this.fsMap = new Map(); this.fsDefault = null; this.dsNames = new Map();
    this.sdkNames = world.sym.sdkNames;
  }
  load() {
    const rt = this.world.repos.runtime;
    if (rt) {
      for (const p of rt.grep('datasystemErrCodeMap\\s*=', ['*.h', '*.cpp']).filter(shipped)) {
        const c = this.world.ctx('runtime', p);
        const i = c.code.search(/datasystemErrCodeMap\s*=\s*\{/);
        const open = c.code.indexOf('{', i);
        const close = matchClose(c.code, open);
        for (const m of c.code.slice(open, close).matchAll(/\{\s*(\d+)\s*,\s*([\w:]+)\s*\}/g)) {
          const v = resolveCode(this.world, c, [open + m.index + m[0].indexOf(m[2]), open + m.index + m[0].indexOf(m[2]) + m[2].length], null);
          if (v && v.value !== undefined) this.dsMap.set(Number(m[1]), { value: v.value, name: m[2].split('::').pop() });
        }
      }
      for (const p of rt.grep('defaultCode\\s*=\\s*ErrorCode::', ['*.h']).filter(shipped)) {
        const c = this.world.ctx('runtime', p);
        const m = /ConvertDatasystemErrorToCore\s*\([^;{}]*?defaultCode\s*=\s*([\w:]+)/.exec(c.code);
        if (m) { const v = resolveCode(this.world, c, [m.index + m[0].indexOf(m[1]), m.index + m[0].length], null); if (v && v.value !== undefined) this.dsDefault = { value: v.value, name: m[1].split('::').pop() }; }
      }
    }
    // The data system prints a status by its name (`code: [RPC unavailable], msg: [...]`,
    // Status::ToString): each symbol's name, from the STATUS_CODE_DEF table.
    const ds = this.world.repos.datasystem;
    if (ds) {
      for (const p of ds.files().filter((f) => /(^|\/)status_code\.def$/.test(f) && shipped(f))) {
        for (const m of ds.show(p).matchAll(/STATUS_CODE_DEF\(\s*(K_[A-Z0-9_]+)\s*,\s*"([^"]+)"\s*\)/g)) this.dsNames.set(m[1], m[2]);
      }
    }
    const fs_ = this.world.repos.functionsystem;
    if (fs_) {
      for (const p of fs_.grep('codeToPosix_\\s*=', ['*.cpp']).filter(shipped)) {
        const c = this.world.ctx('functionsystem', p);
        const i = c.code.search(/codeToPosix_\s*=\s*\{/);
        const open = c.code.indexOf('{', i);
        const close = matchClose(c.code, open);
        for (const m of c.code.slice(open, close).matchAll(/\{\s*([\w:]+)\s*,\s*([\w:]+)\s*\}/g)) {
          const a = lookupSymbol(this.world, c, [], m[1].split('::').pop());
          const b = lookupSymbol(this.world, c, [], m[2].split('::').pop());
          if (a && b) this.fsMap.set(a.value, { value: b.value, name: m[2].split('::').pop() });
        }
        // What GetPosixErrorCode gives a status codeToPosix_ lacks (`iter == codeToPosix_.end() ?
        // StatusCode::ERR_INNER_SYSTEM_ERROR : …`): read from the source, as the data system's default is.
        const d = c.code.match(/codeToPosix_\.end\(\)\s*\?\s*(?:[\w:]*::)?(\w+)/);
        const to = d && lookupSymbol(this.world, c, [], d[1]);
        if (to) this.fsDefault = { value: to.value, name: d[1] };
      }
    }
  }
  sdkEquivalent(name, value) {
    const set = this.sdkNames.get(normName(name));
    return !!(set && set.has(value));
  }
  // -> { code, catalog, via } or { unmatched: code, reason }
  map(res, ctx) {
    const { value, ns } = res;
    const name = res.sym ? res.sym.name : res.name;
    const inSdk = this.cat.sdk.has(String(value));
    const inRest = this.cat.rest.has(String(value));
    if (value === 0) return { drop: 'success code (0)' };
    if (/(^|_)(OK|SUCCESS|NONE)$|Success(Code)?$|^Ok$/.test(String(name).split(/::|\./).pop())) return { drop: 'success code (0)' };
    if (ns === 'sdk' || ((ns === 'other' || ns === 'frontend' || ns === 'fs') && this.sdkEquivalent(name, value))) {
      return inSdk ? { code: value, catalog: 'yr-sdk' } : { unmatched: value, reason: inRest ? 'SDK enum value that the REST catalog uses for another meaning' : 'SDK code not in the catalogs' };
    }
    if (ns === 'ds') {
      const hit = this.dsMap.get(value);
      const to = hit || this.dsDefault;
      if (!to) return { unmatched: value, reason: 'data-system code without SDK mapping' };
      const printed = this.dsNames.get(String(name).split(/::|\./).pop());
      const via = `${name} (${value}) -> ${to.name} (${to.value})${hit ? '' : ' by default'}${printed ? `, printed as [${printed}]` : ''}`;
      return this.cat.sdk.has(String(to.value)) ? { code: to.value, catalog: 'yr-sdk', via } : { unmatched: to.value, reason: `data-system code reported as ${to.name}, not in the catalogs`, via };
    }
    if (ns === 'fs') {
      const to = this.fsMap.get(value);
      if (to) {
        const via = `${name} (${value}) -> ${to.name} (${to.value}) via Status::codeToPosix_`;
        return this.cat.sdk.has(String(to.value)) ? { code: to.value, catalog: 'yr-sdk', via } : { unmatched: to.value, reason: 'function-system code mapped outside the catalogs', via };
      }
      // Statuses 1000–9999 are SDK codes GetPosixErrorCode keeps (NeedKeepStatusCode); those the SDK
      // names were matched above. Any other status without a mapping reaches callers as the default.
      const to2 = value >= 1000 && value < 10000 ? null : this.fsDefault;
      if (!to2) return { unmatched: value, reason: 'function-system status code outside the catalogs' };
      const via2 = `${name} (${value}) -> ${to2.name} (${to2.value}) by default via Status::GetPosixErrorCode`;
      return this.cat.sdk.has(String(to2.value)) ? { code: to2.value, catalog: 'yr-sdk', via: via2 } : { unmatched: to2.value, reason: 'function-system default outside the catalogs', via: via2 };
    }
    if (ns === 'rest' || ns === 'frontend') {
      if (inRest) return { code: value, catalog: 'yr-rest' };
      return { unmatched: value, reason: inSdk ? `${ns} code ${name} shares the number of an SDK code with another meaning` : `${ns} code not in the catalogs` };
    }
    if (ns === 'literal') {
      if (ctx.lang === 'go' && inRest) return { code: value, catalog: 'yr-rest' };
      if (ctx.lang !== 'go' && inSdk && ctx.repo !== 'frontend') return { code: value, catalog: 'yr-sdk' };
      return { unmatched: value, reason: 'numeric literal code not in the catalogs' };
    }
    if (inRest && value >= 100000) return { code: value, catalog: 'yr-rest' }; // six-digit REST codes are unique to the HTTP API
    // FaaS executors answer with their own innerCode table, whose numbers the SDK reuses for other
    // meanings. Only the FaaS codes whose catalog entries describe the FaaS meaning (with their
    // sources, in content/catalogs/yr-sdk.yaml) are listed there.
    const enumName = res.sym ? res.sym.enumName || '' : '';
    const faas = FAAS_DOCUMENTED[String(name).split(/::|\./).pop()];
    if (faas === value && inSdk && (/^Faas(ErrorCode)?$/i.test(enumName) || /(^|\/)faassdk\/common\/constants$/.test(res.sym?.dir ?? ''))) return { code: value, catalog: 'yr-sdk', via: `FaaS innerCode ${name} (${value}), the FaaS meaning the code page describes` };
    return { unmatched: value, reason: (inSdk || inRest) ? `code ${name} of ${res.sym ? res.sym.enumName || path.posix.basename(res.sym.dir || res.sym.path) : 'another enum'} shares the number of a catalog code with another meaning` : 'code not in the catalogs' };
  }
}

// ------------------------------------------------------------------------------------ emitters
// Calls that build an error from a code (first argument) and a message (the first argument after
// the code that is not a module code, a line number, a file name or a flag). Functions and macros
// that wrap one of these with their parameters are found from the source (see discoverWrappers).
const EMITTERS = {
  cpp: { types: /^(ErrorInfo|Exception|Status|HeteroException|FunctionError)$/, methods: /^(SetErrCodeAndMsg|SetCodeAndMsg|makeStatus|MakeErrorResult|MakeStatusC)$/,
    badQual: /^(grpc|std|absl|brpc|butil|google|rocksdb|leveldb|litebus|nlohmann|httplib|boost|asio|Json|etcdserverpb|mvccpb|v3electionpb|ds|datasystem|transfer_engine|te|Http|http)$/ },
  go: { funcs: /^snerror\.(New|NewWithFmtMsg)$/ },
  python: { types: /^(ErrorInfo|CErrorInfo|YRError|YRRuntimeError|YRTimeoutError|YRValueError|YRTypeError|YRequestError|GetTimeoutError|YRChannelError|YRChannelTimeoutError)$/ },
  java: { types: /^(YRException|LibRuntimeException|ErrorInfo|ReturnType)$/ },
};
// FaaS innerCodes that content/catalogs/yr-sdk.yaml documents under the same number (refs of 4001, 4007,
// 4009 and 4201: the Java handler's missing entry, a result that is not JSON, an initialization
// exception, a failed init handler).
const FAAS_DOCUMENTED = { ENTRY_NOT_FOUND: 4001, FUNCTION_RESULT_INVALID: 4007, FunctionResultInvalid: 4007, INITIALIZE_FUNCTION_ERROR: 4009, InitializeFunctionError: 4009, INIT_FUNCTION_FAIL: 4201, InitFunctionFail: 4201 };
// In the data system, `Status` is the data system's own class; its K_ codes are resolved like the rest.
const META_ARG = /^(?:[\w:.]*ModuleCode[\w:.]*|moduleCode|module_code|(?:[\w]+::)*(?:CORE|RUNTIME|RUNTIME_CREATE|RUNTIME_INVOKE|RUNTIME_KILL|DATASYSTEM)|[\w:.]*ModuleCode\.\w+|__LINE__|__FILE__|__func__|__FUNCTION__|line|lineOfCode|file|fileName|true|false|True|False|None|nullptr|null|\d+|isCreate\w*)$/;
const STRUCT_CODE_FIELD = /^(?:err_?)?(?:code|errCode|errorCode|statusCode|status_code|retCode|error_code)_?$/i;
const STRUCT_MSG_FIELD = /^(?:msg|message|errMsg|errorMsg|err_msg|error_msg|reason|errorMessage|error_message|desc)_?$/i;
const GO_CODE_FIELD = /^(Code|ErrorCode|ErrCode|StatusCode|InnerCode|ErrorNo)$/;
const GO_MSG_FIELD = /^(Message|Msg|ErrMsg|ErrorMessage|Err|Error|Reason|ErrorMsg|Detail|Details)$/;
// The Python SDK also raises plain ValueError / TypeError from its own argument checks, without a code.
// Its structured helpers (raise_yr_value_error / raise_yr_type_error in yr/exception.py) give exactly
// these two kinds of error ERR_PARAM_INVALID by default, so the plain raises are listed under that code,
// with the helper named in `via`. Only the SDK package itself (api/python/yr), never its tests, nor the
// `yr` command's own configuration checks (api/python/yr/cli), which check files and flags, not arguments;
// and ray-adapter, openYuanrong's Ray-compatible API over that SDK, whose argument checks raise the same two.
// A plain RuntimeError is left out: the SDK raises it for states its pages file under several codes (an
// init called twice, a feature local mode lacks), which its helper's default (3003) would hide.
const PY_PLAIN = /^(ValueError|TypeError)$/;
const PY_PLAIN_PATH = { runtime: /^api\/python\/yr\/(?!cli\/)/, 'ray-adapter': /^ray_adapter\// };
const PY_PLAIN_HELPER = { ValueError: 'raise_yr_value_error', TypeError: 'raise_yr_type_error' };
// The meta service's service layer (function management: functions, aliases, layers, pod pools) returns
// plain Go errors (errors.New, fmt.Errorf) from its own checks; its router answers every error that is not
// already an SNError through utils.TransToSnError (function_repo/utils/request_utils.go), which wraps it
// with errmsg.NewParamError, so the REST client gets the text under NewParamError's code (InvalidUserParam).
// Only that package, never its tests; the code is read from NewParamError's body, with that said in `via`.
const GO_PLAIN = /^(?:errors\.New|fmt\.Errorf)$/;
const GO_PLAIN_PATH = { functionsystem: /^functionsystem\/apps\/meta_service\/function_repo\/service\// };
// The Java SDK's JNI class that raises LibRuntimeException (api/java/function-common/src/main/cpp/jni_types.h).
const JNI_EXCEPTION = /(?:^|::)JNILibruntimeException::(?:Throw|ThrowNew)$/;
// The Java exception JNI's ThrowNew builds with its message alone; the code is its constructor's default.
const JNI_THROW_NEW_CLASS = 'LibRuntimeException';
const PY_CODE_KW = /^(code|error_code|err_code)$/;
const PY_MSG_KW = /^(message|msg|err_msg|error_msg|errmsg)$/;

// `ErrorInfo Foo(int a)`, `def foo(`, `func Foo(`, `class X(Base)`: not calls.
function isDeclaration(ctx, call) {
  const start = call.start ?? (call.open - call.callee.length);
  let prev = ctx.code.slice(Math.max(0, start - 80), start);
  // A preprocessor line (`#endif`) before a call is not a type the call declares a variable of.
  if (ctx.lang === 'cpp') prev = prev.replace(/(^|\n)[ \t]*#[^\n]*/g, '$1');
  if (ctx.lang === 'python') return /\b(def|class)\s+$/.test(prev);
  if (ctx.lang === 'go') return /\bfunc\s*(\([^()]*\)\s*)?$/.test(prev);
  const m = /([\w>\]*&]|::)\s+$/.exec(prev);
  if (!m) return /::\s*$/.test(prev) && /(?:^|\s)[\w:<>]+\s+[\w]+::\s*$/.test(prev);
  const w = (/([A-Za-z_]\w*)\s*$/.exec(prev) || [])[1] || '';
  return !/^(return|throw|new|else|case|co_return|co_await|co_yield|delete|sizeof|typeof|await|yield|in|and|or|not|do|goto|assert)$/.test(w);
}

// The name of a variable (`err`) or of a constant (`DATASYSTEM_NOT_ENABLED_ERROR`): a declaration with
// arguments of such a name constructs an object; a function's name (`MakeError`) declares a function.
const DECLARED_OBJECT = /^(?:[a-z_]\w*|[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+)$/;

/**
 * Whether `name` is a string declared with a literal shortly before `at` (`std::string err("Cannot set
 * need order …"); … return std::make_pair(ERR_PARAM_INVALID, err);`), so a pair of a code and that
 * variable carries a message.
 */
function stringDeclaredWithText(ctx, name, at) {
  if (!/^[A-Za-z_]\w*$/.test(name)) return false;
  const from = Math.max(0, at - 2000);
  const decl = new RegExp(`(?:std::)?string\\s+${name}\\s*(?:\\(|\\{|=)\\s*`, 'g');
  let m;
  while ((m = decl.exec(ctx.code.slice(from, at)))) {
    const after = from + m.index + m[0].length;
    if (ctx.lits.some((l) => l.s === after || l.s === after + 1)) return true;
  }
  return false;
}

// Describes how a call yields (code, message): { codeSpan, msgSpan, fmt: [fmtSpan, restSpans] , defaultCode }
function baseSpec(ctx, call) {
  const { last, callee, args } = call;
  // A variable or constant declared with its arguments (`ErrorInfo err(…)`, `static const ErrorInfo
  // NOT_ENABLED_ERROR(…)`) is read below; a function declared to return one is not a call.
  if (isDeclaration(ctx, call) && !(ctx.lang === 'cpp' && DECLARED_OBJECT.test(callee))) return null;
  const quals = callee.split(/::|\.|->/).slice(0, -1);
  const code = ctx.code;
  const pyKw = (a) => (ctx.lang === 'python' ? /^([A-Za-z_]\w*)\s*=(?!=)\s*/.exec(code.slice(a[0], a[1])) : null);
  const afterCode = (list) => list.find((a) => !META_ARG.test(code.slice(a[0], a[1]).trim())) || null;
  if (ctx.lang === 'cpp') {
    let type = null;
    if (EMITTERS.cpp.types.test(last) && !(quals.length && EMITTERS.cpp.badQual.test(quals[0]) && !(ctx.repo === 'datasystem' && /^(datasystem|ds)$/.test(quals[0])))) type = last;
    if (last === 'Result' && quals.length && quals[quals.length - 1] === 'datasystem' && ctx.repo === 'datasystem') type = 'datasystem::Result';
    if (!type && (!call.brace || /^[a-z_]/.test(callee))) {
      // declaration: `ErrorInfo err(code, …)`, `Status lastConnectFailure_{ code, … }`
      const before = code.slice(Math.max(0, call.open - call.callee.length - 60), call.open - call.callee.length).replace(/\s+$/, '');
      const m = /(?:^|[^\w:])((?:[\w]+::)*)(ErrorInfo|Status|Exception)\s*&?$/.exec(before);
      if (m && DECLARED_OBJECT.test(callee) && !(m[1] && EMITTERS.cpp.badQual.test(m[1].split('::')[0]) && ctx.repo !== 'datasystem')) type = m[2];
    }
    if (type) {
      if (!args.length) return null;
      // A status of a code alone (`SetValue(Status(StatusCode::ERR_INNER_SYSTEM_ERROR))`) carries no
      // message: only a warning logged just before it can stand for one (Miner.process).
      if (call.args.length < 2) return type === 'Status' || type === 'ErrorInfo' ? { codeSpan: args[0], msgSpan: null, type, logOnly: true } : null;
      return { codeSpan: args[0], msgSpan: afterCode(args.slice(1)), type };
    }
    if (EMITTERS.cpp.methods.test(last) && args.length >= 2) return { codeSpan: args[0], msgSpan: afterCode(args.slice(1)), type: last };
    // The Java SDK's JNI layer raises the Java LibRuntimeException from C++: Throw(env, code, module, msg)
    // with a code (jni_types.cpp builds the exception with it), ThrowNew(env, msg) without one (JNI's own
    // ThrowNew calls the exception's message-only constructor, whose code jniThrowNewCode reads).
    if (JNI_EXCEPTION.test(callee) && last === 'Throw' && args.length >= 4) return { codeSpan: args[1], msgSpan: args[3], type: callee };
    if (JNI_EXCEPTION.test(callee) && last === 'ThrowNew' && args.length === 2) return { codeSpan: null, msgSpan: args[1], type: callee, defaultCode: 'jniThrowNew' };
    // A promise failed with a status code alone (`promise->SetFailed(static_cast<int32_t>(StatusCode::REQUEST_TIME_OUT))`):
    // only the error logged just before it can stand for its message.
    if (last === 'SetFailed' && args.length === 1 && /\b(?:StatusCode|ErrorCode)::|\bERR_[A-Z_]+/.test(code.slice(args[0][0], args[0][1]))) return { codeSpan: args[0], msgSpan: null, type: 'SetFailed', logOnly: true };
    // An invocation's callback called with an error (`callback(spec->requestId, ErrorCode::ERR_PARAM_INVALID,
    // "function id invalid " + functionId)`): the caller receives that code and message.
    if (callee === 'callback' && args.length === 3) return { codeSpan: args[1], msgSpan: args[2], type: 'callback', strictCode: true };
    // The runtime's check of a data system call, RETURN_ERR_NOT_OK(ok, status, defaultCode, msg): the
    // code is the data system status converted (ConvertDatasystemErrorToCore), or defaultCode when the
    // status converts to none. Listed under defaultCode, with that said in `via`.
    if (callee === 'RETURN_ERR_NOT_OK' && args.length === 4 && ctx.repo === 'runtime') {
      return { codeSpan: args[2], msgSpan: args[3], type: last, via: 'RETURN_ERR_NOT_OK: the data system status converted by ConvertDatasystemErrorToCore decides the code; this default when it converts to none' };
    }
    if (/^(std::)?make_pair$/.test(callee) && args.length === 2 && (ctx.lits.some((l) => l.s >= args[1][0] && l.e <= args[1][1]) || stringDeclaredWithText(ctx, code.slice(args[1][0], args[1][1]).trim(), call.open))) return { codeSpan: args[0], msgSpan: args[1], type: 'std::make_pair', strictCode: true };
    if (call.brace && ctx.world) {
      const f = ctx.world.structFields(ctx, last);
      if (f) {
        let cs = null; let ms = null;
        args.forEach((a, i) => {
          const t = code.slice(a[0], a[1]);
          const dm = /^\.\s*([A-Za-z_]\w*)\s*=\s*/.exec(t);
          const fname = dm ? dm[1] : f[i];
          const span = dm ? [a[0] + dm[0].length, a[1]] : a;
          if (!fname) return;
          if (STRUCT_CODE_FIELD.test(fname) && !cs) cs = span;
          else if (STRUCT_MSG_FIELD.test(fname) && !ms) ms = span;
        });
        if (cs && ms) return { codeSpan: cs, msgSpan: ms, type: `${last}{}`, strictCode: true };
      }
    }
    return null;
  }
  if (ctx.lang === 'go') {
    if (GO_PLAIN.test(callee) && GO_PLAIN_PATH[ctx.repo]?.test(ctx.path) && args.length >= 1) {
      return callee === 'errors.New' ? { codeSpan: null, msgSpan: args[0], type: callee, defaultCode: 'goPlain' } : { codeSpan: null, fmt: [args[0], args.slice(1)], type: callee, defaultCode: 'goPlain' };
    }
    const m = EMITTERS.go.funcs.exec(callee);
    if (m && args.length >= 2) {
      if (m[1] === 'New') return { codeSpan: args[0], msgSpan: args[1], type: callee };
      return { codeSpan: args[0], fmt: [args[1], args.slice(2)], type: callee };
    }
    // The Go FaaS SDK's answers, utils.Handle{Init,Call}Response(body, code, …): the caller gets the code
    // as the response's errorCode / innerCode.
    if (/^utils\.Handle(?:Init|Call)Response$/.test(callee) && args.length >= 2 && ctx.repo === 'runtime') return { codeSpan: args[1], msgSpan: args[0], type: last, strictCode: true };
    if (call.brace && /^[A-Z]/.test(last)) {
      let cs = null; let ms = null;
      for (const a of args) {
        const mm = /^([A-Za-z_]\w*)\s*:\s*/.exec(code.slice(a[0], a[1]));
        if (!mm) continue;
        const v = [a[0] + mm[0].length, a[1]];
        if (GO_CODE_FIELD.test(mm[1]) && !cs) cs = v;
        else if (GO_MSG_FIELD.test(mm[1]) && !ms) ms = v;
      }
      if (cs && ms) return { codeSpan: cs, msgSpan: ms, type: `${callee}{}` };
    }
    return null;
  }
  if (ctx.lang === 'python') {
    if (PY_PLAIN.test(last) && callee === last && PY_PLAIN_PATH[ctx.repo]?.test(ctx.path)) {
      const pos = args.filter((a) => a[1] > a[0] && !pyKw(a));
      return pos.length ? { codeSpan: null, msgSpan: pos[0], type: last, defaultCode: 'pyPlain' } : null;
    }
    // The Python FaaS executor's answers, transform_{init,call}_response_to_str(message, FaasErrorCode.X):
    // the caller gets the code as the response's innerCode.
    if (/^transform_(?:init|call)_response_to_str$/.test(last) && args.length >= 2 && ctx.repo === 'runtime') return { codeSpan: args[1], msgSpan: args[0], type: last, strictCode: true };
    if (!EMITTERS.python.types.test(last)) return null;
    let cs = null; let ms = null; const pos = [];
    for (const a of args) {
      const k = pyKw(a);
      if (k) { const v = [a[0] + k[0].length, a[1]]; if (PY_CODE_KW.test(k[1])) cs = v; else if (PY_MSG_KW.test(k[1])) ms = v; } else pos.push(a);
    }
    if (!cs && pos.length) {
      const first = code.slice(pos[0][0], pos[0][1]).trim();
      if (/^[A-Za-z_][\w.]*$/.test(first) && !ctx.litAt.has(pos[0][0])) { cs = pos[0]; if (!ms) ms = afterCode(pos.slice(1)); }
      else if (/Error$/.test(last) && !ms) { ms = pos[0]; return { codeSpan: null, msgSpan: ms, type: last, defaultCode: 'pyDefault' }; }
    }
    if (!cs && ms && /Error$/.test(last)) return { codeSpan: null, msgSpan: ms, type: last, defaultCode: 'pyDefault' };
    if (cs && ms) return { codeSpan: cs, msgSpan: ms, type: last };
    if (cs && !ms && pos.length > 1) return { codeSpan: cs, msgSpan: afterCode(pos.slice(1)), type: last };
    return null;
  }
  if (ctx.lang === 'java') {
    const isNew = /\bnew\s+$/.test(code.slice(Math.max(0, call.open - last.length - 10), call.open - last.length));
    const isThis = last === 'this' || last === 'super';
    if (!(EMITTERS.java.types.test(last) && isNew) && !isThis) return null;
    if (args.length < 2) return null;
    return { codeSpan: args[0], msgSpan: afterCode(args.slice(1)), type: isThis ? `${last}()` : last };
  }
  return null;
}

// Header of the function or macro whose body holds `off`: { name, params, open, macro }.
function enclosingDef(ctx, off) {
  const code = ctx.code;
  if (ctx.lang === 'cpp') {
    let ls = code.lastIndexOf('\n', off - 1) + 1;
    let guard = 0;
    while (ls > 0 && guard++ < 60) {
      const pe = ls - 1; const ps = code.lastIndexOf('\n', pe - 1) + 1;
      if (/\\\s*$/.test(code.slice(ps, pe))) ls = ps; else break;
    }
    const dm = /^\s*#\s*define\s+([A-Za-z_]\w*)\(/.exec(code.slice(ls, ls + 200));
    if (dm) {
      const open = ls + dm[0].length - 1; const close = matchClose(code, open);
      let end = code.indexOf('\n', close);
      while (end > 0 && /\\\s*$/.test(code.slice(code.lastIndexOf('\n', end - 1) + 1, end))) end = code.indexOf('\n', end + 1);
      return { name: dm[1], params: parseParams(ctx, open + 1, close), open, end: end < 0 ? code.length : end, macro: true };
    }
  }
  for (const open of functionStarts(ctx, off)) {
    if (ctx.lang === 'python') {
      const m = /^[ \t]*(?:async\s+)?def\s+([A-Za-z_]\w*)\s*\(/.exec(code.slice(open, open + 300));
      if (!m) continue;
      const po = open + m[0].length - 1; const pc = matchClose(code, po);
      // a method of a class: __init__ is named after the class
      let name = m[1];
      if (name === '__init__') { const cm = /^class\s+(\w+)/m.exec(code.slice(0, open).split('\n').reverse().find((l) => /^class\s/.test(l)) || ''); if (cm) name = cm[1]; }
      return { name, params: parseParams(ctx, po + 1, pc), open };
    }
    const from = Math.max(0, open - 800);
    let head = code.slice(from, open);
    const cut = Math.max(head.lastIndexOf(';'), head.lastIndexOf('{'), head.lastIndexOf('}'));
    let hs = from + cut + 1;
    if (ctx.lang === 'go') hs = goHead(code, open).start;
    head = code.slice(hs, open);
    let m;
    if (ctx.lang === 'go') m = /\bfunc\s*(?:\([^()]*\)\s*)?([A-Za-z_]\w*)\s*\(/.exec(head);
    else m = /(?:^|[\s*&:>])([A-Za-z_~]\w*)\s*\(/.exec(head);
    if (!m) continue;
    const name = m[1];
    if (CONTROL.test(name) || KEYWORDS.has(name)) continue;
    const po = hs + m.index + m[0].length - 1; const pc = matchClose(code, po);
    if (pc < 0 || pc > open) continue;
    const cm = new RegExp(`([A-Za-z_]\\w*)\\s*(?:<[^<>]*>)?\\s*::\\s*${name}\\s*\\($`).exec(code.slice(hs, po + 1));
    return { name, params: parseParams(ctx, po + 1, pc), open, cls: cm ? cm[1] : null };
  }
  return null;
}

// ------------------------------------------------------------------------------------ extraction
const CODE_SETTER = /^(set_code|SetErrorCode|SetCode|setErrorCode|setCode|set_error_code|SetErrCode|set_errcode)$/;
const MSG_SETTER = /^(set_message|set_errmsg|set_msg|SetErrorMsg|SetErrorMessage|SetMsg|SetMessage|setErrorMessage|setMessage|set_error_msg|SetErrMsg)$/;
// Go: entries of map[int]string literals whose keys are codes (errmsg's errorMsg table)
function goMapSites(ctx) {
  const out = [];
  if (ctx.lang !== 'go') return out;
  const re = /map\[\s*u?int(?:32|64)?\s*\]\s*string\s*\{/g;
  let m;
  while ((m = re.exec(ctx.code))) {
    const open = m.index + m[0].length - 1;
    const close = matchClose(ctx.code, open);
    if (close < 0) continue;
    for (const a of splitArgs(ctx.code, open + 1, close)) {
      const kv = splitTop(ctx.code, a[0], a[1], ':');
      if (kv.length < 2) continue;
      const call = { callee: 'map[int]string', last: 'map', open: a[0], start: a[0], args: [kv[0], [kv[1][0], a[1]]] };
      out.push({ ctx, call, spec: { codeSpan: kv[0], msgSpan: [kv[1][0], a[1]], type: 'map[int]string entry', strictCode: true } });
    }
  }
  return out;
}

function pairSites(ctx) {
  // proto responses: obj.set_code(CODE) … obj.set_message(MSG) in the same block
  const out = [];
  const calls = ctx.calls();
  const byObj = new Map();
  for (const c of calls) {
    if (!(CODE_SETTER.test(c.last) || MSG_SETTER.test(c.last)) || c.args.length !== 1) continue;
    // receiver, including calls in the chain: response->mutable_invokersp()->set_code(…)
    const pre = ctx.code.slice(Math.max(0, c.start - 200), c.start + c.callee.length - c.last.length);
    const rm = /((?:[A-Za-z_]\w*(?:\(\s*\))?\s*(?:\.|->)\s*)+)$/.exec(pre);
    if (!rm) continue;
    const obj = rm[1].replace(/\s+/g, '').replace(/->/g, '.');
    if (!byObj.has(obj)) byObj.set(obj, []);
    byObj.get(obj).push({ c, kind: CODE_SETTER.test(c.last) ? 'code' : 'msg', arg: c.args[0] });
  }
  // Go: resp.Code = X … resp.Message = Y
  if (ctx.lang === 'go') {
    const re = /(?<![\w.])((?:[A-Za-z_]\w*\.)+)(Code|ErrorCode|ErrCode|StatusCode|Message|Msg|ErrMsg|ErrorMessage)\s*=(?!=)\s*/g;
    let m;
    while ((m = re.exec(ctx.code))) {
      const s0 = m.index + m[0].length;
      const e0 = statementEnd(ctx, s0);
      const obj = m[1];
      const fake = { open: m.index, start: m.index, callee: `${obj}${m[2]}`, last: m[2], args: [[s0, e0]] };
      if (!byObj.has(obj)) byObj.set(obj, []);
      byObj.get(obj).push({ c: fake, kind: GO_CODE_FIELD.test(m[2]) ? 'code' : 'msg', arg: [s0, e0] });
    }
  }
  const blocks = blocksOf(ctx);
  const innermost = (off) => { let best = -1; for (const b of blocks) { if (b.open < off && b.close > off) best = b.open; } return best; };
  for (const list of byObj.values()) {
    for (const item of list) {
      if (item.kind !== 'code') continue;
      const blk = innermost(item.c.open);
      const ln = ctx.lineOf(item.c.open);
      const msgs = list.filter((x) => x.kind === 'msg' && innermost(x.c.open) === blk && Math.abs(ctx.lineOf(x.c.open) - ln) <= 20);
      if (!msgs.length) continue;
      msgs.sort((a, b) => ((a.c.open > item.c.open ? 0 : 1) - (b.c.open > item.c.open ? 0 : 1)) || Math.abs(a.c.open - item.c.open) - Math.abs(b.c.open - item.c.open));
      out.push({ ctx, call: item.c, spec: { codeSpan: item.arg, msgSpan: msgs[0].arg, type: `${item.c.last}+${msgs[0].c.last}`, strictCode: true } });
    }
  }
  return out;
}

// `return { code, module, msg };` in a function that returns ErrorInfo / Exception (C++)
function braceReturnSites(ctx) {
  const out = [];
  if (ctx.lang !== 'cpp') return out;
  const re = /\breturn\s*\{/g;
  let m;
  while ((m = re.exec(ctx.code))) {
    const open = m.index + m[0].length - 1;
    const close = matchClose(ctx.code, open);
    if (close < 0) continue;
    const fs = functionStarts(ctx, m.index)[0];
    const head = ctx.code.slice(Math.max(0, fs - 400), fs);
    const hm = /(?:^|[;}\n])\s*(?:static\s+|inline\s+|virtual\s+)*((?:[\w]+::)*)(ErrorInfo|Exception|Status)\s+[\w:~]+\s*\([^;{}]*$/.exec(head);
    if (!hm) continue;
    const args = splitArgs(ctx.code, open + 1, close);
    if (args.length < 2) continue;
    const call = { callee: hm[2], last: hm[2], open, close, args, brace: true };
    out.push({ ctx, call, spec: { codeSpan: args[0], msgSpan: args.slice(1).find((a) => !META_ARG.test(ctx.code.slice(a[0], a[1]).trim())) || null, type: `return {} as ${hm[2]}` } });
  }
  return out;
}

// Go: `return false, statuscode.StatusInternalServerError, "SessionContext manager is unavailable"`, a
// function that hands back a code and a message as plain values: a qualified code constant followed by
// a string literal among the returned values.
function goReturnTupleSites(ctx) {
  const out = [];
  if (ctx.lang !== 'go') return out;
  const re = /\breturn[ \t]+/g;
  let m;
  while ((m = re.exec(ctx.code))) {
    const s0 = m.index + m[0].length;
    const e0 = statementEnd(ctx, s0);
    const args = splitArgs(ctx.code, s0, e0);
    if (args.length < 2) continue;
    for (let i = 0; i < args.length - 1; i++) {
      const t = ctx.code.slice(args[i][0], args[i][1]).trim();
      if (!/^[a-z]\w*\.[A-Z]\w*$/.test(t) || !/Code|Err|Status/.test(t)) continue;
      const msg = args[i + 1];
      if (!ctx.lits.some((l) => l.s >= msg[0] && l.e <= msg[1])) continue;
      const call = { callee: 'return', last: 'return', open: m.index, start: m.index, args };
      out.push({ ctx, call, spec: { codeSpan: args[i], msgSpan: msg, type: 'return (code, message)', strictCode: true } });
      break;
    }
  }
  return out;
}

class Miner {
  constructor(world, mapper, opts) {
    this.world = world; this.mapper = mapper; this.opts = opts;
    this.wrappers = new Map(); // name -> [wrapper]
    this.pairs = []; this.drops = new Map(); this.notPairs = new Map(); this.survey = new Map(); this.wrapperDefs = [];
    this.seen = new Set();
    // The literal answers of each message helper (`repo:Name`), looked up once per helper.
    this.helperCases = new Map();
    // Emitter calls whose code is in the catalogs, for errors built inside their message.
    this.enclosing = [];
    // The files defining each function name, looked up once per (repository, language, name).
    this._defGroups = new Map();
  }
  drop(reason, site) {
    this.drops.set(reason, (this.drops.get(reason) || 0) + 1);
    if ((this.opts.debugDrops || process.env.YR_MINE_DROPS === reason) && site) (this.dropSamples ||= []).push({ reason, where: `${site.ctx.repo}:${site.ctx.path}:${site.ctx.lineOf(site.call.open)}` });
  }

  pyDefaultCode() {
    if (this._pyDef !== undefined) return this._pyDef;
    this._pyDef = this.pyCodeDefault(/^class YRError\(/m, /def __init__\s*\(/)?.res ?? null;
    return this._pyDef;
  }

  // The code the SDK's structured helper for a plain ValueError / TypeError gives by default, and how.
  pyPlainCode(type, repo) {
    this._pyPlain ??= new Map();
    const key = `${repo}|${type}`;
    if (!this._pyPlain.has(key)) {
      const helper = PY_PLAIN_HELPER[type];
      const found = this.pyCodeDefault(new RegExp(`^def ${helper}\\(`, 'm'), /\(/);
      // ray-adapter sits on the SDK and has no helper of its own: the SDK's is named as such
      const who = repo === 'runtime' ? 'the SDK\'s own' : 'the openYuanrong SDK\'s';
      this._pyPlain.set(key, found && { res: found.res, via: `raised as a plain ${type} without a code; ${who} ${helper} (${found.path}) gives such an error ${String(found.res.name ?? '').split(/::|\./).pop()} (${found.res.value}) by default` });
    }
    return this._pyPlain.get(key);
  }

  // The code a definition found in a repository's source gives an error by default: the first shipped file
  // `grep` finds (with `exts`) whose text `find` matches, its group 1 the code's symbol; with the `via` that
  // `say(symbol, value, path)` writes. Read once per key; null when none resolves.
  sourcedDefault(key, repo, grep, exts, find, say) {
    this._sourced ??= new Map();
    if (!this._sourced.has(key)) {
      let found = null;
      const r = this.world.repos[repo];
      for (const p of (r ? r.grep(grep, exts) : []).filter(shipped)) {
        const c = this.world.ctx(repo, p);
        const m = find.exec(c.code);
        if (!m) continue;
        const start = m.index + m[0].length - m[1].length;
        const res = resolveCode(this.world, c, [start, start + m[1].length], null);
        if (res && res.value !== undefined) found = { res, via: say(m[1], res.value, p) };
      }
      this._sourced.set(key, found);
    }
    return this._sourced.get(key);
  }

  // The code the meta service's router gives a plain error of its service layer: the code errmsg.NewParamError
  // builds its error with (the first argument of its snerror call), and how.
  goPlainCode() {
    return this.sourcedDefault('goPlain', 'functionsystem', '^func NewParamError\\(', ['*.go'], /^func NewParamError\([^]*?snerror\.New\w*\(\s*([A-Za-z_][\w.]*)/m,
      (symbol, value, p) => `returned as a plain Go error by the meta service; its router wraps such an error with errmsg.NewParamError (utils.TransToSnError), which gives ${symbol} (${value}) (${p})`);
  }

  // The code of a LibRuntimeException built with its message alone (`public LibRuntimeException(String
  // message) { this(ErrorCode.ERR_PARAM_INVALID, …) }`), which the JNI layer's ThrowNew raises, and how.
  jniThrowNewCode() {
    return this.sourcedDefault('jniThrowNew', 'runtime', `class ${JNI_THROW_NEW_CLASS}\\b`, ['*.java'], new RegExp(`public ${JNI_THROW_NEW_CLASS}\\(\\s*String \\w+\\s*\\)\\s*\\{\\s*this\\(\\s*([\\w.]+)`),
      (symbol, value, p) => `raised by the JNI layer's ThrowNew with a message alone; ${JNI_THROW_NEW_CLASS}(String) gives ${symbol.split('.').pop()} (${value}) (${p})`);
  }

  // The default of the `code` parameter of a Python definition in the runtime's SDK: the definition
  // found by `start` (a class or a def), its parameter list the first `open` after it. The last shipped
  // file that defines one wins; null when none resolves.
  pyCodeDefault(start, open) {
    let found = null;
    const rt = this.world.repos.runtime;
    for (const p of rt.grep(start.source, ['*.py']).filter(shipped)) {
      const c = this.world.ctx('runtime', p);
      const i = c.code.search(start);
      const d = c.code.slice(i).search(open);
      if (i < 0 || d < 0) continue;
      const po = i + d + c.code.slice(i + d).indexOf('(');
      const cp = parseParams(c, po + 1, matchClose(c.code, po)).find((x) => x.name === 'code');
      const res = cp && cp.def ? resolveCode(this.world, c, cp.def, null) : null;
      if (res && res.value !== undefined) found = { res, path: p };
    }
    return found;
  }

  evalSite(site, env, depth = 0) {
    if (depth > 6) return null;
    const { ctx } = site;
    if (site.wrapper) {
      const w = site.wrapper;
      const vars = bindParams(w.params, site.call.args, ctx, env);
      return this.evalSite(w.site, { vars }, depth + 1);
    }
    const sp = site.spec;
    let code = null;
    if (sp.codeSpan) code = resolveCode(this.world, ctx, sp.codeSpan, env);
    else if (sp.defaultCode === 'pyDefault') code = this.pyDefaultCode();
    // A plain raise takes its code, and the `via` that says why, from the SDK's helper for its type.
    const plain = { pyPlain: () => this.pyPlainCode(sp.type, ctx.repo), goPlain: () => this.goPlainCode(), jniThrowNew: () => this.jniThrowNewCode() }[sp.defaultCode]?.();
    if (plain !== undefined) code = plain?.res ?? null;
    let parts = null;
    if (sp.fmt) parts = this.world.ev.formatCall(ctx, sp.fmt[0], sp.fmt[1], 'printf', env, 0);
    else if (sp.msgSpan) parts = this.world.ev.eval(ctx, sp.msgSpan[0], sp.msgSpan[1], env, 0);
    // a table of format strings: its verbs are filled where the entry is used
    if (parts && sp.type === 'map[int]string entry') parts = applyFormat(parts, (i, verb) => placeholderFor('', verb), 'printf');
    return { code, parts, codeText: sp.codeSpan ? ctx.src(sp.codeSpan[0], sp.codeSpan[1]).trim() : null, type: sp.type, codeCtx: ctx, plain: Boolean(plain), via: plain?.via ?? sp.via ?? code?.via ?? null };
  }

  // Candidate sites of a file: base emitters, set_code/set_message pairs, and calls of wrappers.
  sitesOf(ctx, onlyWrappers = false) {
    const out = [];
    for (const call of ctx.calls()) {
      // A call that is an emitter itself is read as one, in the later passes for new wrappers too
      // (a constructor such as Java's YRException is both), so its pair is not counted twice.
      const spec = baseSpec(ctx, call);
      if (spec) {
        const rc = spec.codeSpan ? resolveCode(this.world, ctx, spec.codeSpan, null) : true;
        const codeLike = spec.strictCode ? !!(rc && rc.value !== undefined) : rc !== null;
        if (codeLike) {
          if (!onlyWrappers) out.push({ ctx, call, spec });
          continue;
        }
      }
      if (isDeclaration(ctx, call)) continue;
      const ws = this.wrappersFor(ctx, call);
      if (ws.length) {
        const n = call.args.filter(([a, b]) => b > a).length;
        ws.sort((a, b) => ((a.params.length === n ? 0 : 1) - (b.params.length === n ? 0 : 1)) || ((a.ctx === ctx ? 0 : 1) - (b.ctx === ctx ? 0 : 1)));
        out.push({ ctx, call, wrapper: ws[0] });
      }
    }
    if (!onlyWrappers) {
      for (const site of [...pairSites(ctx), ...braceReturnSites(ctx), ...goMapSites(ctx), ...goReturnTupleSites(ctx)]) {
        if (site.spec.strictCode) { const rc = resolveCode(this.world, ctx, site.spec.codeSpan, null); if (!rc || (rc.value === undefined && !rc.unresolved)) continue; if (rc.unresolved && site.spec.type.includes('map')) continue; }
        out.push(site);
      }
    }
    return out;
  }

  // Files of the repository that define a function or method with this name.
  defGroups(repo, lang, name) {
    const key = `${repo}|${lang}|${name}`;
    if (!this._defGroups.has(key)) {
      const groups = new Set();
      for (const c of this.callIndex.get(name) || []) {
        if (c.repo !== repo || c.lang !== lang) continue;
        if (functionDefs(c, name).some((d) => !d.macro)) groups.add(c.path.replace(/\.[^./]+$/, ''));
      }
      this._defGroups.set(key, groups);
    }
    return this._defGroups.get(key);
  }

  wrappersFor(ctx, call) {
    const list = this.wrappers.get(call.last);
    if (!list) return [];
    const quals = call.callee.split(/::|\.|->/).slice(0, -1);
    const res = list.filter((w) => {
      if (w.lang !== ctx.lang || w.repo !== ctx.repo) return false;
      if (ctx.lang !== 'go' && !w.def.macro && w.ctx !== ctx) {
        // a method name shared by several classes could be any of them: only a unique definition,
        // or a call qualified with the wrapper's class, is followed
        const groups = this.defGroups(w.repo, w.lang, w.name);
        const wgroups = new Set(list.filter((x) => x.repo === w.repo && x.lang === w.lang).map((x) => x.ctx.path.replace(/\.[^./]+$/, '')));
        const q = quals.length ? quals[quals.length - 1] : null;
        // an unqualified call in the wrapper's own file (or its header / source twin) is a call of that
        // class's or file's own function, as C++ name lookup finds the member before any namesake
        const sameGroup = !q && w.ctx.path.replace(/\.[^./]+$/, '') === ctx.path.replace(/\.[^./]+$/, '');
        if ([...groups].some((g) => !wgroups.has(g)) && !(q && w.def.cls && q === w.def.cls) && !sameGroup) return false;
      }
      if (w.ctx === ctx && call.open > w.def.open && call.open < w.defEnd) return false; // recursion
      const n = call.args.filter(([a, b]) => b > a).length;
      const req = w.params.filter((p) => !p.def && !p.variadic).length;
      const max = w.params.some((p) => p.variadic) ? Infinity : w.params.length;
      if (n < req || n > max) return false;
      if (ctx.lang === 'go') {
        const q = quals.length ? quals[quals.length - 1] : null;
        return this.world.goDirsFor(ctx, q).includes(path.posix.dirname(w.ctx.path));
      }
      if (ctx.lang === 'java' && w.def.name === call.last && !/\bnew\s+$/.test(ctx.code.slice(Math.max(0, call.open - call.last.length - 10), call.open - call.last.length)) && !['this', 'super'].includes(call.last)) return false;
      return true;
    });
    return res;
  }

  // A definition's parameters with the defaults its declaration gives. A C++ method defined out of line
  // (`void Foo::SetStatus(Status *s, ErrorCode code, const std::string &msg, bool retryable, …)`) keeps its
  // default arguments in the declaration in its header, so callers may pass fewer than the definition lists;
  // an omitted argument takes the declaration's default. Read once, when the wrapper is found.
  paramsWithDeclaredDefaults(ctx, def) {
    if (ctx.lang !== 'cpp' || def.macro || !def.params.some((p) => !p.def && !p.variadic)) return def.params;
    const stem = ctx.path.replace(/\.[^./]+$/, '');
    const repo = this.world.repos[ctx.repo];
    for (const h of ['.h', '.hpp', '.hh'].map((x) => stem + x).filter((x) => x !== ctx.path && repo.files().includes(x))) {
      const hc = this.world.ctx(ctx.repo, h);
      // declarations only (functionDefs wants a body): `… SetStatus(…) [const];`
      const decls = [...hc.code.matchAll(new RegExp(`[\\w>*&]\\s+${def.name}\\s*\\(`, 'g'))]
        .map((m) => { const open = m.index + m[0].length - 1; return { open, close: matchClose(hc.code, open) }; })
        .filter((d) => d.close >= 0);
      // an overloaded name could be another declaration than this definition's: left alone
      if (decls.length !== 1 || !/^\s*(?:const\s*)?(?:override\s*)?;/.test(hc.code.slice(decls[0].close + 1, decls[0].close + 40))) continue;
      const ps = parseParams(hc, decls[0].open + 1, decls[0].close);
      if (ps.length === def.params.length && ps.some((x) => x.def)) return def.params.map((p, i) => (ps[i].def ? { ...p, def: ps[i].def, defCtx: hc } : p));
    }
    return def.params;
  }

  // Runs a site: records a pair, a wrapper, or a drop.
  process(site) {
    const key = `${site.ctx.repo}:${site.ctx.path}:${site.call.open}:${site.wrapper ? site.wrapper.id : 'b'}`;
    if (this.seen.has(key)) return;
    this.seen.add(key);
    // does the site depend on the parameters of its enclosing function / macro?
    const def = enclosingDef(site.ctx, site.call.open);
    let probe = null;
    if (def && def.params.length && def.name && !(EMITTERS[site.ctx.lang].types && EMITTERS[site.ctx.lang].types.test(def.name) && site.ctx.lang !== 'java')) {
      const vars = new Map(def.params.map((p) => [p.name, { probe: p.name }]));
      probe = this.evalSite(site, { vars });
    }
    const r = probe || this.evalSite(site, null);
    if (!r) { this.drop('site could not be evaluated', site); return; }
    const dependsCode = r.code && r.code.param;
    const dependsMsg = r.parts && r.parts.some((p) => p.ph && p.ph.startsWith('@'));
    if (def && (dependsCode || dependsMsg)) this.addWrapper(site, def, r);
    if (dependsCode) return; // pairs come from the callers
    if (!r.code) { this.drop('no code argument', site); return; }
    if (r.code.unresolved) { this.drop('code symbol that resolves to no number', site); if (this.opts.survey) this.bump(`unresolved code ${r.code.unresolved}`); return; }
    if (!r.parts) {
      // An error that carries no message of its own is known in the logs by the warning before it.
      const logged = site.spec?.logOnly ? loggedBefore(this.world, site) : null;
      if (logged && !checkText(logged.text)) this.pushPair(site, r, { text: logged.text, line: logged.line, via: 'logged just before the error, which carries no message of its own' });
      else this.drop('no message argument', site);
      return;
    }
    const parts = r.parts.map(unprobe);
    const text = tidy(render(parts));
    if (dependsMsg && !/[A-Za-z\u4e00-\u9fff]{2,}/.test(stripPlaceholders(text))) { this.notPairs.set('wrapper definition whose message comes from its callers', (this.notPairs.get('wrapper definition whose message comes from its callers') || 0) + 1); return; }
    if (r.type === 'map[int]string entry' && r.code.name && normName(text) === normName(r.code.name.split(/::|\./).pop())) { this.drop('table of code names, not messages', site); return; }
    // An emitter whose code the catalogs know is remembered before its message is judged: its message
    // is often another error built in place (`ErrorInfo(ERR_USER_FUNCTION_EXCEPTION, RUNTIME,
    // FunctionError(FUNCTION_EXCEPTION, "…").GetJsonString())`), whose own code the reader never sees.
    if (r.code && !r.code.param && !r.code.unresolved) {
      const outer = this.mapper.map(r.code, site.ctx);
      if (outer.catalog) this.enclosing.push({ ctx: site.ctx, open: site.call.open, close: site.call.close, mapped: outer, symbol: r.code.name });
    }
    const bad = checkText(text);
    if (bad === 'message is only placeholders') {
      // The message is what a helper of the repository returns for a state (`ToStringForUser(state)`,
      // a switch of `msg = "The client is initting, wait and try again.";`): each of its literal
      // answers is a message of this site. Through a wrapper (`CHECK_FAIL_RETURN_STATUS(ok, code,
      // x->ToStringForUser(s))`) the wrapper adds no words here, so an argument's answers are the text.
      const spans = site.wrapper ? site.call.args : [site.spec?.msgSpan].filter(Boolean);
      const cases = spans.map((span) => this.literalCases(site.ctx, span)).find((list) => list.length) ?? [];
      if (cases.length) { for (const c of cases) this.pushPair(site, r, { ...c, via: 'one of the answers of the helper that builds the message' }); return; }
      // A message passed on from elsewhere (`return ScheduleResults{ RESOURCE_NOT_ENOUGH, reason, {} }`)
      // is known in the logs by the error logged just before it.
      const logged = loggedBefore(this.world, site);
      if (logged && !checkText(logged.text)) { this.pushPair(site, r, { text: logged.text, line: logged.line, via: 'logged just before the error, whose message is passed on from elsewhere' }); return; }
    }
    if (bad) { this.drop(bad, site); return; }
    if (site.wrapper && !site.wrapper.codeParam && site.wrapper.template !== null && stripPlaceholders(site.wrapper.template).replace(/\s+/g, ' ') === stripPlaceholders(text).replace(/\s+/g, ' ')) { this.notPairs.set('call of a wrapper that adds no text to the wrapper\'s own pair', (this.notPairs.get('call of a wrapper that adds no text to the wrapper\'s own pair') || 0) + 1); return; }
    let mapped = this.mapper.map(r.code, site.ctx);
    if (mapped.unmatched !== undefined) {
      // Built inside the message of an emitter with a catalog code: the reader gets the outer code.
      const outer = this.enclosing.find((e) => e.ctx === site.ctx && e.open < site.call.open && e.close >= site.call.close);
      if (outer) mapped = { ...outer.mapped, via: `${r.code.name} (${mapped.unmatched}) inside ${outer.symbol} (${outer.mapped.code})${outer.mapped.via ? `; ${outer.mapped.via}` : ''}` };
    }
    const pair = this.pushPair(site, r, { text }, mapped);
    if (!pair) return;
    // The error log written just before the error is returned (`LOG.error("faas failed to load user init
    // code. err: {}", …)` then `return new ErrorInfo(ENTRY_NOT_FOUND…)`) is what a reader finds in the
    // logs; it is listed with the same code, and its `via` says it is a log line.
    const logged = loggedBefore(this.world, site);
    if (logged && normName(logged.text) !== normName(text) && !checkText(logged.text)) {
      this.pairs.push({
        ...pair, line: logged.line, text: logged.text, via: `logged just before the error is returned${pair.via ? `; ${pair.via}` : ''}`,
        emitter: `${logged.callee} before ${site.wrapper ? site.wrapper.def.name : r.type}`,
      });
    }
  }

  /**
   * An error log written just before a C++ or Go function reports failure without a code of its own
   * (`YRLOG_ERROR("set firewall failed. error message: {}", result); return false;`, or an empty port,
   * `return "";`), in a function whose
   * callers turn that failure into a coded error within the lines after the call (`if (!SetNetwork(…)) {
   * … InitDeployInstanceResponse(FUNC_AGENT_SET_NETWORK_ERROR, "set network failed", …) }`), or report it
   * the same way again (SetFirewall → SetNetwork → the deploy): that log is listed with the callers'
   * code, its `via` naming the functions. Only a function defined in one file of its repository is
   * followed, two callers deep, and only when its callers agree on one code.
   */
  propagateFailures(ctxs, known) {
    const coded = new Map();
    for (const p of this.pairs) if (p.catalog) { const k = `${p.repo}:${p.path}`; if (!coded.has(k)) coded.set(k, []); coded.get(k).push(p); }
    // A failure returned bare: false, nullptr, nil or the error a call gave (`return err;`, `return nil, err`).
    // An empty string or value (`return "";`, `return {};`) is the failure of a function that returns one (a port).
    const BARE = /^\s*;?\s*return\s+(?:false|nullptr|nil|""|\{\}|(?:nil|false|""|0|\{\})\s*,\s*err|err|status|st|rc|ret|s)\s*(?:;|\n|\})/;
    // A name of several words, defined in one file of its repository (a header and its source count as one).
    const specific = (ctx, name) => name.length >= 8 && /[a-z][A-Z]|_/.test(name) && this.defGroups(ctx.repo, ctx.lang, name).size === 1;
    const failsBare = (ctx, close) => BARE.test(ctx.code.slice(close + 1, close + 80));
    // The codes the callers of `name` give its failure: pairs within six lines after a call, or the
    // callers' own callers when a caller logs nothing coded and fails bare again.
    const callersCodes = (callee, name, depth, chain) => {
      const found = [];
      for (const ctx of this.callIndex.get(name) ?? []) {
        if (ctx.repo !== callee.repo || ctx.lang !== callee.lang) continue;
        for (const call of ctx.calls()) {
          if (call.last !== name || call.brace) continue;
          const def = enclosingDef(ctx, call.start);
          if (!def || def.name === name) continue;
          const line = ctx.lineOf(call.start);
          const near = (coded.get(`${ctx.repo}:${ctx.path}`) ?? []).filter((p) => p.line >= line && p.line <= line + 6 && !String(p.via).startsWith('logged in '));
          if (near.length) { found.push({ pair: near[0], chain: [...chain, def.name] }); continue; }
          if (depth >= 2 || !specific(ctx, def.name)) continue;
          // The caller fails bare right after the call (`if (!F(…)) { YRLOG_ERROR(…); return false; }`).
          const after = ctx.code.slice(call.close + 1, call.close + 240);
          if (!/^\s*\)?\s*\{?[^{};]*(?:;[^{};]*)?;?\s*return\s+(?:false|nullptr|nil|(?:nil|false|""|0)\s*,\s*err|err)\b/.test(after)) continue;
          found.push(...callersCodes(ctx, def.name, depth + 1, [...chain, def.name]));
        }
      }
      return found;
    };
    for (const ctx of ctxs) {
      if (ctx.lang !== 'cpp' && ctx.lang !== 'go') continue;
      for (const log of ctx.calls()) {
        if (!LOG_CALL.test(log.callee) || !failsBare(ctx, log.close)) continue;
        const logged = loggedText(this.world, ctx, log);
        if (!logged || checkText(logged.text) || known.has(`${ctx.repo}:${normName(logged.text)}`)) continue;
        const def = enclosingDef(ctx, log.start);
        if (!def || !specific(ctx, def.name)) continue;
        const found = callersCodes(ctx, def.name, 0, [def.name]);
        const codes = [...new Set(found.map(({ pair }) => pair.code))];
        if (codes.length !== 1) continue;
        const { pair, chain } = found[0];
        known.add(`${ctx.repo}:${normName(logged.text)}`);
        this.pairs.push({
          ...pair, path: ctx.path, line: logged.line, text: logged.text,
          via: `logged in ${chain[0]} before it fails, which ${chain.slice(1).join(' and then ')} reports as ${pair.symbol}${pair.via ? `; ${pair.via}` : ''}`,
          emitter: `${log.callee} before a failure ${chain.at(-1)} reports`,
        });
      }
    }
  }

  /**
   * An error log in a branch taken when an error's code equals one code (`if
   * (ErrorCode.ERR_USER_FUNCTION_EXCEPTION.equals(errorInfo.getErrorCode())) { LOGGER.error("occurs
   * exception: {}, …"); … throw new YRException(…); }`) that ends by throwing or returning: the log is
   * that error's, listed with the code the branch tests.
   */
  branchLogs(ctxs, known) {
    for (const ctx of ctxs) {
      if (ctx.lang !== 'cpp' && ctx.lang !== 'java' && ctx.lang !== 'go') continue;
      const code = ctx.code;
      for (const log of ctx.calls()) {
        if (!LOG_CALL.test(log.callee) || /INFO/.test(log.callee)) continue;
        // the innermost block around the log, and the condition that opens it
        let depth = 0; let open = -1;
        for (let i = log.start - 1; i >= 0 && i > log.start - 4000; i--) {
          const ch = code[i];
          if (ch === '}') depth++;
          else if (ch === '{') { if (depth === 0) { open = i; break; } depth--; }
        }
        if (open < 0) continue;
        const head = /\bif\s*\(([^{};]*)\)\s*$/.exec(code.slice(Math.max(0, open - 300), open)) ?? (ctx.lang === 'go' ? /\bif\s+([^{};]*?)\s*$/.exec(code.slice(Math.max(0, open - 300), open)) : null);
        if (!head) continue;
        const cond = head[1];
        if (!/==|\.equals\s*\(/.test(cond) || /!=|!\s*[\w.]+\.equals|&&|\|\||\?/.test(cond)) continue;
        const close = matchClose(code, open);
        if (close < 0 || !/\b(?:throw|return)\b/.test(code.slice(log.close, close))) continue;
        const condStart = code.lastIndexOf(cond, open);
        const codes = [...cond.matchAll(/(?<![\w.:])(?:[A-Za-z_]\w*\s*(?:::|\.)\s*)*(?:ERR_|K_)[A-Z0-9_]+\b/g)]
          .map((m) => resolveCode(this.world, ctx, [condStart + m.index, condStart + m.index + m[0].length], null))
          .filter((r) => r && r.value !== undefined);
        if (codes.length !== 1) continue;
        const logged = loggedText(this.world, ctx, log);
        if (!logged || checkText(logged.text) || known.has(`${ctx.repo}:${normName(logged.text)}`)) continue;
        const mapped = this.mapper.map(codes[0], ctx);
        if (!mapped.catalog) continue;
        known.add(`${ctx.repo}:${normName(logged.text)}`);
        this.pairs.push({
          repo: ctx.repo, path: ctx.path, line: logged.line, lang: ctx.lang, text: logged.text,
          symbol: codes[0].name, via: [`logged in a branch taken when the error is ${codes[0].name}`, mapped.via].filter(Boolean).join('; '),
          code: mapped.code, catalog: mapped.catalog, reason: null, plain: false, emitter: `${log.callee} in a branch on the code`,
        });
      }
    }
  }

  /** Records the pair of a site (its text given), mapped to the catalogs; null when its code is dropped. */
  pushPair(site, r, { text, path: atPath, line, via }, mapped = this.mapper.map(r.code, site.ctx)) {
    if (mapped.drop) { this.drop(mapped.drop === 'success code (0)' ? 'success code (0 or a constant named OK/SUCCESS)' : mapped.drop, site); return null; }
    const ctx = site.ctx;
    const pair = {
      repo: ctx.repo, path: atPath ?? ctx.path, line: line ?? messageLine(site), lang: ctx.lang, text,
      symbol: r.plain ? r.type : r.code.name, via: [mapped.via || r.via, via].filter(Boolean).join('; ') || null, code: mapped.code ?? mapped.unmatched, catalog: mapped.catalog || null,
      reason: mapped.reason || null, plain: r.plain, emitter: site.wrapper ? `${site.wrapper.def.name} (wraps ${r.type})` : r.type,
    };
    this.pairs.push(pair);
    return pair;
  }

  /**
   * A C++ message that is one call of a helper the repository defines once to return a string (`x->F(y)`):
   * the string literals it assigns or returns whole, each with its own file and line. None otherwise.
   */
  literalCases(ctx, span) {
    if (ctx.lang !== 'cpp') return [];
    const expr = ctx.src(span[0], span[1]).trim();
    const m = /^(?:[A-Za-z_]\w*\s*(?:->|\.|::)\s*)*([A-Z]\w*)\s*\(/.exec(expr);
    if (!m || matchClose(expr, m[0].length - 1) !== expr.length - 1) return [];
    const key = `${ctx.repo}:${m[1]}`;
    if (!this.helperCases.has(key)) this.helperCases.set(key, this.helperLiterals(ctx.repo, m[1]));
    return this.helperCases.get(key);
  }

  /** The literals a helper defined once in a repository assigns or returns whole, each with its file and line. */
  helperLiterals(repoName, name) {
    const repo = this.world.repos[repoName];
    const def = new RegExp(`\\bstd::string\\s+(?:[A-Za-z_]\\w*::)*${name}\\s*\\(`);
    const files = repo.grep(`std::string[[:space:]]+([A-Za-z_][A-Za-z0-9_]*::)*${name}[[:space:]]*\\(`, ['*.h', '*.cpp']).filter(shipped);
    const bodies = [];
    for (const f of files) {
      const src = repo.show(f);
      const d = def.exec(src);
      if (!d) continue;
      const open = src.indexOf('{', d.index);
      const semi = src.indexOf(';', d.index);
      if (open < 0 || (semi >= 0 && semi < open)) continue; // a declaration, not the definition
      const close = matchClose(src, open);
      if (close > open) bodies.push({ f, src, open, close });
    }
    if (bodies.length !== 1) return [];
    const { f, src, open, close } = bodies[0];
    const out = [];
    for (const l of src.slice(open, close).matchAll(/(?:\b[A-Za-z_]\w*\s*=|\breturn)\s*"((?:[^"\\\n]|\\.)*)"\s*;/g)) {
      const text = tidy(l[1].replace(/\\(["\\])/g, '$1'));
      // The helper's answer for the good state (`Init success.`) is never the message of an error.
      if (checkText(text) || /\bsucce(?:ss|eded)\b/i.test(text)) continue;
      out.push({ text, path: f, line: src.slice(0, open + l.index).split('\n').length });
    }
    return out;
  }

  addWrapper(site, def, r) {
    const name = def.name;
    if (!name || CONTROL.test(name)) return;
    const id = `${site.ctx.repo}:${site.ctx.path}:${def.open}:${name}`;
    if (!this.wrappers.has(name)) this.wrappers.set(name, []);
    const list = this.wrappers.get(name);
    if (list.some((w) => w.id === id && w.site.call.open === site.call.open)) return;
    // one wrapper per definition: the first emitter site in it
    if (list.some((w) => w.id === id)) return;
    const blk = def.macro ? { close: def.end } : blocksOf(site.ctx).find((b) => b.open === def.open);
    const tpl = r.parts ? tidy(render(r.parts.map(unprobe))) : null;
    const w = { id, name, params: this.paramsWithDeclaredDefaults(site.ctx, def), lang: site.ctx.lang, repo: site.ctx.repo, ctx: site.ctx, site, def, defEnd: blk ? blk.close : def.open + 2000,
      codeParam: !!(r.code && r.code.param), template: tpl };
    list.push(w);
    this.newWrappers.push(w);
    this.wrapperDefs.push(w);
  }

  bump(k) { this.survey.set(k, (this.survey.get(k) || 0) + 1); }

  run(fileList) {
    this.newWrappers = [];
    const ctxs = [];
    for (const { repo, path: p } of fileList) ctxs.push(this.world.ctx(repo, p));
    this.callIndex = new Map();
    for (const c of ctxs) for (const call of c.calls()) { if (!this.callIndex.has(call.last)) this.callIndex.set(call.last, new Set()); this.callIndex.get(call.last).add(c); }
    for (const ctx of ctxs) for (const s of this.sitesOf(ctx)) this.process(s);
    // wrapper rounds: calls of wrappers found in the previous round
    for (let round = 0; round < 6 && this.newWrappers.length; round++) {
      const names = [...new Set(this.newWrappers.map((w) => w.name))];
      this.newWrappers = [];
      const byRepo = new Map();
      for (const w of this.wrapperDefs) if (names.includes(w.name)) { if (!byRepo.has(w.repo)) byRepo.set(w.repo, new Set()); byRepo.get(w.repo).add(w.name); }
      for (const ctx of ctxs) {
        const ns = byRepo.get(ctx.repo);
        if (!ns) continue;
        if (![...ns].some((n) => ctx.code.includes(n))) continue;
        for (const s of this.sitesOf(ctx, true)) if (ns.has(s.call.last)) this.process(s);
      }
    }
    // Texts already paired, per repository: the two passes below add a log line once.
    const known = new Set(this.pairs.map((p) => `${p.repo}:${normName(p.text)}`));
    this.propagateFailures(ctxs, known);
    this.branchLogs(ctxs, known);
    if (this.opts.survey) {
      // calls that took a resolvable code and a literal message but are not emitters
      for (const ctx of ctxs) {
        for (const call of ctx.calls()) {
          if (baseSpec(ctx, call) || this.wrappers.has(call.last)) continue;
          const args = call.args;
          const ci = args.findIndex((a) => { const c = resolveCode(this.world, ctx, a, null); return c && c.value !== undefined && c.ns !== 'literal'; });
          if (ci < 0) continue;
          if (!args.slice(ci + 1).some((a) => ctx.lits.some((l) => l.s >= a[0] && l.e <= a[1]))) continue;
          this.bump(`${ctx.lang} ${call.callee}${call.brace ? '{}' : '()'}`);
        }
      }
    }
  }
}

// Logging calls whose text a reader sees in the logs: the runtime's YRLOG_ERROR / YRLOG_WARN / YRLOG_INFO
// (an INFO line right before a returned error names the condition as often as a warning does), Java's
// LOG.error, Python's logger.error / exception / warning, Go's log.GetLogger().Errorf / Warnf and a
// logger kept in a variable (`logger.Errorf`).
const LOG_CALL = /^(?:YRLOG_(?:ERROR|WARN|INFO)|(?:LOG|LOGGER|_LOGGER|logger|_logger)\.(?:error|warn|warning|exception)|(?:\w+\.)?logger\.(?:Errorf|Warnf|Error|Warn))$/;
const LOG_METHOD = /^(?:Errorf|Warnf|error|warning|exception)$/;

// The error log written in the three lines before an emitter's statement, in the same block (or ending a
// branch that closes just before it), with a
// literal format: its rendered text and line, or null.
function loggedBefore(world, site) {
  const { ctx, call } = site;
  const start = call.start ?? call.open;
  const code = ctx.code;
  let from = start;
  for (let k = 0; k < 4 && from > 0; k++) from = code.lastIndexOf('\n', from - 1);
  from = Math.max(0, from);
  // Calls are in source order: walk back from the site to the first logging call in those lines.
  const calls = ctx.calls();
  let lo = 0; let hi = calls.length;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (calls[mid].start < start) lo = mid + 1; else hi = mid; }
  let log = null;
  for (let i = lo - 1; i >= 0 && calls[i].start >= from; i--) {
    const c = calls[i];
    if (c.close < start && (LOG_CALL.test(c.callee) || (LOG_METHOD.test(c.last) && /get_?logger\(\)\s*\.\s*$/i.test(code.slice(Math.max(0, c.start - 30), c.start))))) { log = c; break; }
  }
  if (!log || !log.args.length) return streamLoggedBefore(world, ctx, from, start);
  if (!leadsTo(code, log.close + 1, start)) return null;
  const logged = loggedText(world, ctx, log);
  return logged && { ...logged, callee: log.callee };
}

// What a logging call with a literal format writes, and the line its format is written at; null when
// the format is no literal or the text says too little.
function loggedText(world, ctx, log) {
  if (!log.args.length || !world.ev.isLiteralRun(ctx, log.args[0][0], log.args[0][1])) return null;
  const text = tidy(render(world.ev.formatCall(ctx, log.args[0], log.args.slice(1), 'auto', null, 0).map(unprobe)));
  if (!saysEnough(text)) return null;
  return { text, line: ctx.lineOf(ctx.lits.find((l) => l.s >= log.args[0][0])?.s ?? log.start) };
}

// Whether a log ending at `after` leads to the emitter at `start`: the same block, nothing returned or
// thrown in between; or the end of a branch that closes just before the emitter (`} else {
// YRLOG_ERROR(…); }` then `promise.SetValue(Status(BP_META_STORAGE_PUT_ERROR, …))`).
function leadsTo(code, after, start) {
  let between = code.slice(after, start);
  // the emitter's own statement may begin with return / throw / raise (`return new ErrorInfo(…)`)
  // (`return {ErrorInfo(…), nullptr};` and `return std::make_pair(ErrorInfo(…), …)` hold it in a pair)
  const own = between.search(/\b(?:return|throw|raise|co_return)\b(?:\s*\{|\s*std::make_(?:pair|tuple)\s*\()?(?![\s\S]*[;{}])/);
  if (own >= 0) between = between.slice(0, own);
  return /^[\s;]*(?:\}[\s;]*)+$/.test(between) || !/[{}]|\b(?:return|throw|raise|break|continue)\b/.test(between);
}

// Words enough to say something (`subscribed instance({}) not found.` counts its words across the
// brackets), not a bare value dump.
function saysEnough(text) {
  return (stripPlaceholders(text).match(/[A-Za-z]{2,}/g) ?? []).length >= 3;
}

// A glog stream the data system writes in those lines (`LOG(ERROR) << "Failed to init brpc channel for
// WorkerOCService, endpoint=" << addr;` then `return Status(K_RPC_UNAVAILABLE, …)`): its literals in
// order, each other operand a blank; same rules as a logging call.
function streamLoggedBefore(world, ctx, from, start) {
  const code = ctx.code;
  const window = code.slice(from, start);
  let last = null;
  for (const m of window.matchAll(/\bLOG\((?:ERROR|WARNING)\)\s*<</g)) last = m;
  if (!last) return null;
  const open = from + last.index + last[0].length;
  const end = code.indexOf(';', open);
  if (end < 0 || end >= start || !leadsTo(code, end + 1, start)) return null;
  const parts = [];
  let at = open - 2;
  for (const piece of code.slice(open - 2, end).split('<<').slice(1)) {
    const s = at + 2; const e = s + piece.length; at = e;
    const inside = ctx.lits.filter((l) => l.s >= s && l.e <= e);
    // A formatted operand (`<< FormatString("[ObjectKey %s] RequestingToMaster failed, status: %s", …)`)
    // is its format, each verb a placeholder.
    const lead = s + (code.slice(s, e).length - code.slice(s, e).trimStart().length);
    const formatted = /^FormatString\s*\(/.test(code.slice(lead, e)) ? ctx.calls().find((c) => c.start === lead && c.last === 'FormatString') : undefined;
    if (formatted?.args.length && world.ev.isLiteralRun(ctx, formatted.args[0][0], formatted.args[0][1])) {
      parts.push(render(world.ev.formatCall(ctx, formatted.args[0], formatted.args.slice(1), 'printf', null, 0).map(unprobe)));
      continue;
    }
    // Only literals (adjacent ones join): text; anything else: a blank.
    const rest = inside.reduceRight((t, l) => t.slice(0, l.s - s) + t.slice(l.e - s), code.slice(s, e));
    parts.push(inside.length && !rest.trim() ? inside.map((l) => l.value).join('') : '{text}');
  }
  const text = tidy(parts.join('').replace(/\s+/g, ' '));
  if (!saysEnough(text)) return null;
  return { text, line: ctx.lineOf(open), callee: 'LOG(ERROR)' };
}

// The line to cite: where the message's first string literal is written at the site, else the call.
function messageLine(site) {
  const { ctx, call } = site;
  const spans = site.wrapper ? call.args : [site.spec.fmt ? site.spec.fmt[0] : site.spec.msgSpan].filter(Boolean);
  for (const [a, b] of spans) {
    const lit = ctx.lits.find((l) => l.s >= a && l.e <= b);
    if (lit) return ctx.lineOf(lit.s);
  }
  return ctx.lineOf(call.start ?? call.open);
}

function unprobe(p) {
  if (!(p.ph && p.ph.startsWith('@'))) return p;
  const [name, verb] = p.ph.slice(1).split('|');
  return placeholderFor(name, verb || '');
}
function stripPlaceholders(t) { return t.replace(/\{(?:[a-z_]+)\}/g, ' '); }
function tidy(t) { return t.replace(/[\t\r]+/g, ' ').replace(/\s*\n\s*/g, ' ').replace(/\{text\}(?:\{text\})+/g, '{text}').trim(); }
function checkText(t) {
  if (!t) return 'empty message';
  for (const m of t.matchAll(/\{([^{}]*)\}/g)) if (!PLACEHOLDERS.includes(m[1])) return 'literal brace in the message';
  if (/[{}]/.test(t.replace(/\{[a-z_]+\}/g, ''))) return 'literal brace in the message';
  if (!/[A-Za-z\u4e00-\u9fff]{2,}/.test(stripPlaceholders(t))) return 'message is only placeholders';
  return null;
}

// -------------------------------------------------------------------------------- catalogs, yaml
function loadCatalogs(dir) {
  const read = (f) => {
    const t = fs.readFileSync(path.join(dir, f), 'utf8');
    return new Set([...t.matchAll(/^"(\d+)":/gm)].map((m) => m[1]));
  };
  return { sdk: read('yr-sdk.yaml'), rest: read('yr-rest.yaml') };
}

function seenAsCodes(file) {
  const out = new Set();
  if (!fs.existsSync(file)) return out;
  let cur = null;
  for (const l of fs.readFileSync(file, 'utf8').split('\n')) {
    const m = /^"(\d+)":/.exec(l);
    if (m) { cur = m[1]; continue; }
    if (cur && /^\s+by:\s*yr-/.test(l)) out.add(cur);
  }
  return out;
}

const q = (s) => JSON.stringify(String(s));
function groupPairs(pairs) {
  // A message written with its code comes before the same text raised without one (a plain ValueError).
  const sorted = [...pairs].sort((a, b) => (a.code - b.code) || (Number(a.plain) - Number(b.plain)) || a.repo.localeCompare(b.repo) || a.path.localeCompare(b.path) || a.text.localeCompare(b.text) || (a.line - b.line));
  const byCode = new Map();
  for (const p of sorted) {
    if (!byCode.has(p.code)) byCode.set(p.code, new Map());
    const m = byCode.get(p.code);
    if (m.has(p.text)) m.get(p.text).also++;
    else m.set(p.text, { ...p, also: 0 });
  }
  return byCode;
}

function writeYaml(file, header, byCode, unmatched, commits, repositories) {
  const lines = [...header, ''];
  if (!unmatched) {
    // The site's data file: one line per pair, the commit and GitHub repository of each component once at the top.
    lines.push('commits:');
    for (const repo of COMPONENTS) lines.push(`  ${repo}: ${q(commits[repo])}`);
    lines.push('repositories:');
    for (const repo of COMPONENTS) lines.push(`  ${repo}: ${q(repositories[repo])}`);
    lines.push('messages:');
    for (const [code, items] of byCode) {
      lines.push(`  ${q(code)}:`);
      for (const it of items.values()) {
        const fields = [`text: ${q(it.text)}`, `at: ${q(`${it.repo}/${it.path}#L${it.line}`)}`, `symbol: ${q(it.symbol)}`];
        if (it.via) fields.push(`via: ${q(it.via)}`);
        if (it.also) fields.push(`also: ${it.also}`);
        lines.push(`    - { ${fields.join(', ')} }`);
      }
    }
  } else {
    for (const [code, items] of byCode) {
      lines.push(`${q(code)}:`);
      for (const it of items.values()) {
        lines.push(`  - text: ${q(it.text)}`);
        lines.push(`    repo: ${it.repo}`);
        lines.push(`    path: ${it.path}`);
        lines.push(`    line: ${it.line}`);
        lines.push(`    lang: ${it.lang}`);
        lines.push(`    source: ${q(`${GITHUB}/${repositories[it.repo]}/blob/${commits[it.repo]}/${it.path}#L${it.line}`)}`);
        lines.push(`    symbol: ${q(it.symbol)}`);
        if (it.via) lines.push(`    via: ${q(it.via)}`);
        if (it.reason) lines.push(`    why: ${q(it.reason)}`);
        if (it.also) lines.push(`    also: ${it.also}`);
      }
    }
  }
  fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  fs.writeFileSync(file, lines.join('\n') + '\n');
}

function mulberry32(a) { return () => { a |= 0; a = (a + 0x6d2b79f5) | 0; let t = Math.imul(a ^ (a >>> 15), 1 | a); t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t; return ((t ^ (t >>> 14)) >>> 0) / 4294967296; }; }

// ------------------------------------------------------------------------------------------ main
/**
 * Mines the components at the given commits (only the files of `only` when it is given; every component
 * is still read, for the symbols and code mappings it shares): the repositories read and the miner with
 * its pairs.
 */
function mineOnce(opts, catalogs, commits, repositories, only = null) {
  const repos = {};
  for (const name of REPOS) repos[name] = new Repo(name, opts.mirrors, commits[name], repositories[name]);
  const files = [];
  for (const r of Object.values(repos)) {
    const mine = r.files().filter((p) => langOf(p) && shipped(p));
    r.load([...mine, ...r.files().filter((p) => p.endsWith('.proto'))]);
    for (const p of mine) files.push({ repo: r.name, path: p });
  }
  const symbols = buildSymbols(repos);
  const world = new World(repos, symbols, opts);
  world.buildIndexes(files.map((f) => world.ctx(f.repo, f.path)));
  const mapper = new CodeMapper(world, catalogs);
  mapper.load();
  const miner = new Miner(world, mapper, opts);
  // Wrappers are found and followed within one repository, so one component's pairs need only its files.
  miner.run(only ? files.filter((f) => f.repo === only) : files);
  return { repos, miner };
}

function main() {
  const t0 = Date.now();
  const opts = parseArgs(process.argv.slice(2));
  const catalogs = loadCatalogs(opts.catalogs);
  const { repos, miner } = mineOnce(opts, catalogs, opts.commits, opts.repositories);
  // Each edition: the same components with one of them read at the edition's commit; only its pairs
  // that the main run lacks are kept, under the edition's name.
  for (const [edition, { of, repository, commit }] of Object.entries(EDITIONS)) {
    const other = mineOnce(opts, catalogs, { ...opts.commits, [of]: commit }, { ...opts.repositories, [of]: repository }, of);
    const known = new Set(miner.pairs.map((p) => `${p.code}|${p.text}`));
    for (const p of other.miner.pairs) {
      if (p.repo !== of || known.has(`${p.code}|${p.text}`)) continue;
      miner.pairs.push({ ...p, repo: edition });
    }
    repos[edition] = other.repos[of];
    opts.repositories[edition] = repository;
  }

  const matched = miner.pairs.filter((p) => p.catalog);
  const unmatched = miner.pairs.filter((p) => !p.catalog);
  const shas = COMPONENTS.map((n) => `${n}@${repos[n].commit}`).join(', ');
  const header = [`# Generated by scripts/mine-openyuanrong.mjs from ${shas}; do not edit by hand: re-run the script.`,
    '# One item per (code, message) pair found in the upstream source; identical texts of one code keep their first',
    '# place and count the others in `also`. at: component/path#Lline where the message is written (at the commit',
    '# of `commits`, in the GitHub repository of `repositories`); symbol: the code as written there; via: how a data-system or function-system status code becomes',
    '# the SDK code. Placeholders as in content/seen-as.yaml. The site lists them on each code page and the search',
    '# matches them (src/lib/search/upstream.ts).'];
  const byCode = groupPairs(matched);
  const commits = Object.fromEntries(COMPONENTS.map((n) => [n, repos[n].commit]));
  writeYaml(opts.out, header, byCode, false, commits, opts.repositories);
  const byCodeU = groupPairs(unmatched);
  writeYaml(opts.unmatched, [...header.slice(0, 1), '# Pairs whose code is not in content/catalogs/yr-sdk.yaml or yr-rest.yaml (why: the reason), for review.'], byCodeU, true, commits, opts.repositories);

  // ---- report
  const log = (s = '') => process.stdout.write(`${s}\n`);
  log(`mined ${COMPONENTS.map((n) => `${n}@${repos[n].commit.slice(0, 12)}`).join(' ')} in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  log(`wrote ${opts.out} and ${opts.unmatched}`);
  log('');
  log('repository       pairs  in-catalog  unmatched  distinct (code,text)  distinct in-catalog');
  for (const n of COMPONENTS) {
    const all = miner.pairs.filter((p) => p.repo === n);
    const inC = all.filter((p) => p.catalog);
    const d = new Set(all.map((p) => `${p.code}|${p.text}`)).size;
    const dc = new Set(inC.map((p) => `${p.code}|${p.text}`)).size;
    log(`${n.padEnd(16)} ${String(all.length).padStart(5)}  ${String(inC.length).padStart(10)}  ${String(all.length - inC.length).padStart(9)}  ${String(d).padStart(20)}  ${String(dc).padStart(19)}`);
  }
  const allD = new Set(miner.pairs.map((p) => `${p.code}|${p.text}`)).size;
  log(`${'total'.padEnd(16)} ${String(miner.pairs.length).padStart(5)}  ${String(matched.length).padStart(10)}  ${String(unmatched.length).padStart(9)}  ${String(allD).padStart(20)}  ${String([...byCode.values()].reduce((a, m) => a + m.size, 0)).padStart(19)}`);
  log('');
  const seen = seenAsCodes(path.join(PROJECT_DIR, 'content', 'seen-as.yaml'));
  const allCodes = [...[...catalogs.sdk].map((c) => ['yr-sdk', c]), ...[...catalogs.rest].map((c) => ['yr-rest', c])];
  const gained = allCodes.filter(([, c]) => byCode.has(Number(c)));
  const none = allCodes.filter(([, c]) => !byCode.has(Number(c)));
  log(`catalog codes with messages: ${gained.length} of ${allCodes.length} (${gained.filter(([, c]) => !seen.has(c)).length} of them have no yr-* entry in seen-as.yaml yet)`);
  for (const cat of ['yr-sdk', 'yr-rest']) {
    const g = gained.filter(([k]) => k === cat).map(([, c]) => `${c}(${byCode.get(Number(c)).size})`);
    log(`  ${cat}: ${g.join(' ')}`);
  }
  log(`catalog codes without any message: ${none.length}`);
  for (const cat of ['yr-sdk', 'yr-rest']) log(`  ${cat}: ${none.filter(([k]) => k === cat).map(([, c]) => c).join(' ')}`);
  log('');
  const reasons = new Map();
  for (const p of unmatched) reasons.set(p.reason, (reasons.get(p.reason) || 0) + 1);
  log(`pairs written to the unmatched file: ${unmatched.length}`);
  for (const [k, v] of [...reasons].sort((a, b) => b[1] - a[1])) log(`  ${String(v).padStart(5)}  ${k}`);
  log(`pairs dropped: ${[...miner.drops.values()].reduce((a, b) => a + b, 0)}`);
  for (const [k, v] of [...miner.drops].sort((a, b) => b[1] - a[1])) log(`  ${String(v).padStart(5)}  ${k}`);
  log(`wrappers found (functions and macros that pass a code and/or a message on): ${miner.wrapperDefs.length}; sites skipped because of them:`);
  for (const [k, v] of [...miner.notPairs].sort((a, b) => b[1] - a[1])) log(`  ${String(v).padStart(5)}  ${k}`);
  if (opts.survey) {
    log('');
    log('wrappers:');
    for (const w of miner.wrapperDefs) log(`  ${w.repo}:${w.ctx.path}:${w.ctx.lineOf(w.def.open)} ${w.name}(${w.params.map((p) => p.name).join(', ')})${w.codeParam ? ' [code param]' : ''} ${w.template ? q(w.template) : ''}`);
    log('survey (not treated as emitters):');
    for (const [k, v] of [...miner.survey].sort((a, b) => b[1] - a[1]).slice(0, 150)) log(`  ${String(v).padStart(5)}  ${k}`);
  }
  if (miner.dropSamples && miner.dropSamples.length) {
    log('');
    for (const d of miner.dropSamples.slice(0, Number(process.env.YR_MINE_DROPS_MAX) || 60)) log(`  dropped (${d.reason}): ${d.where}`);
  }
  if (opts.sample > 0) {
    const rnd = mulberry32(opts.seed);
    const pool = [...byCode.values()].flatMap((m) => [...m.values()]);
    const picked = [];
    while (picked.length < Math.min(opts.sample, pool.length)) { const i = Math.floor(rnd() * pool.length); if (!picked.includes(pool[i])) picked.push(pool[i]); }
    log('');
    log(`sample of ${picked.length} pairs (seed ${opts.seed}):`);
    picked.forEach((p, k) => {
      const src = repos[p.repo].show(p.path).split('\n');
      log(`--- #${k + 1} code ${p.code} ${p.repo}/${p.path}:${p.line} [${p.symbol}${p.via ? `; ${p.via}` : ''}]`);
      log(`    text: ${q(p.text)}`);
      for (let i = Math.max(1, p.line - 2); i <= Math.min(src.length, p.line + 5); i++) log(`    ${String(i).padStart(5)}| ${src[i - 1]}`);
    });
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.stdout.on('error', (e) => { if (e.code === 'EPIPE') process.exit(0); throw e; });
  try { main(); } catch (e) { process.stderr.write(`mine-openyuanrong: ${e instanceof UsageError ? e.message : e.stack || e.message}\n`); process.exit(e instanceof UsageError ? 2 : 1); }
}
