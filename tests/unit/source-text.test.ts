/**
 * Source files hold text only: a control character (a backspace written where `\b` was meant, when a
 * file was edited through another language's string escapes) is invisible in review and silently turns
 * a word boundary in a regular expression into a character no text holds. Each such file and line is
 * named. Built output (`dist/`) is left out: bundled dependencies may hold such characters on purpose.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import test from 'node:test';

/** The folders whose files are code or content, and the endings read. */
const ROOTS = ['src', 'cli', 'scripts', 'tests', 'content', 'docs', '.ci'];
const TEXT = /\.(?:ts|mts|mjs|js|cjs|astro|mdx|md|yaml|yml|json|css|sh)$|^run$/;

/** Every text file under a folder, its path relative to the project root. */
function textFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((item) => {
    const path = join(dir, item.name);
    if (item.isDirectory()) return item.name === 'node_modules' || item.name === 'dist' || item.name.startsWith('.') ? [] : textFiles(path);
    return TEXT.test(item.name) ? [path] : [];
  });
}

test('no source or content file holds a control character other than tab, line feed and carriage return', () => {
  const found: string[] = [];
  for (const file of ROOTS.flatMap((root) => textFiles(root))) {
    readFileSync(file, 'utf8')
      .split('\n')
      .forEach((line, at) => {
        const bad = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/.exec(line);
        if (bad) found.push(`${file}:${at + 1} holds U+${bad[0].charCodeAt(0).toString(16).padStart(4, '0').toUpperCase()}`);
      });
  }
  assert.deepEqual(found, []);
});
