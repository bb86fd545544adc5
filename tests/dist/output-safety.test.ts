/**
 * The output runs under a strict CSP: no inline scripts (JSON-LD data blocks aside), no inline
 * event handlers, no style attributes or <style> blocks, no remote assets, no web fonts.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { listFiles, pages, readBuilt } from './site.ts';

test('no inline script, handler or style in any page', () => {
  const problems: string[] = [];
  for (const page of pages) {
    for (const script of page.root.querySelectorAll('script')) {
      const type = script.getAttribute('type');
      if (!script.getAttribute('src') && type !== 'application/ld+json') problems.push(`${page.file}: inline <script>`);
    }
    if (page.root.querySelectorAll('style').length > 0) problems.push(`${page.file}: <style> block`);
    for (const element of page.root.querySelectorAll('*')) {
      for (const name of Object.keys(element.attributes)) {
        if (name === 'style') problems.push(`${page.file}: style="" on <${element.tagName.toLowerCase()}>`);
        if (/^on/i.test(name)) problems.push(`${page.file}: ${name}= on <${element.tagName.toLowerCase()}>`);
      }
    }
  }
  assert.deepEqual(problems, []);
});

test('no web fonts and no remote URLs in the CSS', () => {
  for (const file of listFiles().filter((f) => f.endsWith('.css'))) {
    const css = readBuilt(file);
    assert.doesNotMatch(css, /@font-face/, `${file} declares a web font`);
    assert.doesNotMatch(css, /url\(\s*["']?https?:/, `${file} loads a remote resource`);
  }
});
