#!/usr/bin/env node
/**
 * Terminal screenshots of `explain` for docs/cli.md, one per language, from the command's real
 * output: the bundle runs with colors forced at a fixed width, its ANSI colors become HTML in a
 * terminal-style page, and Chromium photographs it (docs/img/cli-explain-{en,zh}.png). Run after
 * `npm run build:cli`: `node cli/screenshots.mjs [--out docs/img]`. Chinese needs a CJK monospace
 * font (Debian: fonts-noto-cjk).
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium } from '@playwright/test';

const root = resolve(import.meta.dirname, '..');
const outIndex = process.argv.indexOf('--out');
const out = resolve(root, outIndex >= 0 ? process.argv[outIndex + 1] : 'docs/img');
const COLUMNS = 92;

/** Real strings from the search corpus (tests/corpus/real-world.yaml), one per language. */
const SHOTS = [
  { lang: 'en', text: '{"errorCode":-1,"errorMessage":"Invoking task timed out after 3 seconds","statusCode":433}' },
  {
    lang: 'zh',
    text: '{"errorCode":1,"errorMessage":"Traceback (most recent call last):\\n  File \\"/var/runtime/python3/bootstrap.py\\", line 133, in init_handler\\n    func_handler = get_func_handler(file.rsplit(\\".\\", 1)[0], func)\\n  File \\"/var/runtime/python3/bootstrap.py\\", line 160, in get_func_handler\\n    return getattr(mod, fname)\\nAttributeError: module \'index\' has no attribute \'main_handler\'","requestId":"3205d382-9c9f-4d2a-973d-38f66e16cecb","statusCode":443}',
  },
];

const COLORS = { 31: '#ff7b72', 32: '#7ee787', 33: '#e3b341', 34: '#79c0ff', 35: '#d2a8ff', 36: '#56d4dd' };
const escapeHtml = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** ANSI SGR codes (bold, dim, italic, underline, colors) as HTML spans; the state carries across lines. */
function ansiToHtml(text) {
  let html = '';
  let state = {};
  let open = false;
  for (const part of text.split(/(\x1b\[[0-9;]*m)/)) {
    const sgr = /^\x1b\[([0-9;]*)m$/.exec(part);
    if (!sgr) {
      html += escapeHtml(part);
      continue;
    }
    for (const code of sgr[1].split(';').map(Number)) {
      if (code === 0) state = {};
      else if (code === 1) state.bold = true;
      else if (code === 2) state.dim = true;
      else if (code === 3) state.italic = true;
      else if (code === 4) state.underline = true;
      else if (COLORS[code]) state.color = COLORS[code];
    }
    if (open) html += '</span>';
    const style = [
      state.bold && 'font-weight:700',
      state.dim && 'opacity:.6',
      state.italic && 'font-style:italic',
      state.underline && 'text-decoration:underline',
      state.color && `color:${state.color}`,
    ].filter(Boolean);
    open = style.length > 0;
    if (open) html += `<span style="${style.join(';')}">`;
  }
  return open ? `${html}</span>` : html;
}

/** A shell-quoted argument, as a reader would type it. */
const quote = (text) => `'${text.replace(/'/g, "'\\''")}'`;

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
try {
  mkdirSync(out, { recursive: true });
  for (const { lang, text } of SHOTS) {
    const args = ['explain', '--lang', lang, '--limit', '1', text];
    const run = spawnSync(process.execPath, [join(root, 'cli/dist/cli.js'), ...args], { encoding: 'utf8', env: { PATH: process.env.PATH, FORCE_COLOR: '1', COLUMNS: String(COLUMNS), LANG: lang === 'zh' ? 'zh_CN.UTF-8' : 'en_US.UTF-8' } });
    if (run.status !== 0) throw new Error(`explain (${lang}) exited with ${run.status}: ${run.stderr}`);
    const prompt = `<span style="color:#7ee787">$</span> serverless-error-codes explain --lang ${lang} --limit 1 ${escapeHtml(quote(text))}`;
    const page = await browser.newPage({ viewport: { width: 1000, height: 600 }, deviceScaleFactor: 1 });
    await page.setContent(`<!doctype html><meta charset="utf-8"><style>
      body { margin: 0; background: #0d1117; }
      .term { display: inline-block; padding: 18px 22px 22px; background: #0d1117; color: #e6edf3; font: 14px/1.45 "Noto Sans Mono CJK SC", "DejaVu Sans Mono", monospace; }
      .bar { margin: -18px -22px 14px; padding: 8px 12px; background: #161b22; border-bottom: 1px solid #30363d; }
      .bar i { display: inline-block; width: 11px; height: 11px; border-radius: 50%; margin-right: 6px; }
      pre { margin: 0; font: inherit; white-space: pre; }
      .cmd { white-space: pre-wrap; word-break: break-all; width: ${COLUMNS}ch; margin-bottom: 10px; }
    </style><div class="term"><div class="bar"><i style="background:#ff5f56"></i><i style="background:#ffbd2e"></i><i style="background:#27c93f"></i></div><pre class="cmd">${prompt}</pre><pre>${ansiToHtml(run.stdout.trimEnd())}</pre></div>`);
    await page.evaluate(() => document.fonts.ready);
    const target = join(out, `cli-explain-${lang}.png`);
    await page.locator('.term').screenshot({ path: target });
    console.log(target);
    await page.close();
  }
} finally {
  await browser.close();
}
