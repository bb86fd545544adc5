#!/usr/bin/env node
/**
 * `npm run test:lockfile`: fails when `npm install` would change `package-lock.json`, so that the
 * committed lock file is the one every install uses and `npm ci` accepts it. It lets npm resolve the
 * lock file again in a scratch folder (package.json and the lock only; nothing is installed or run)
 * and compares the result with the committed file.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const scratch = mkdtempSync(join(tmpdir(), 'sec-lockfile-'));
try {
  for (const file of ['package.json', 'package-lock.json']) copyFileSync(file, join(scratch, file));
  const npm = spawnSync('npm', ['install', '--package-lock-only', '--ignore-scripts', '--no-audit', '--no-fund'], { cwd: scratch, encoding: 'utf8' });
  if (npm.status !== 0) {
    console.error(`test:lockfile: npm could not resolve the lock file:\n${npm.stderr}`);
    process.exit(1);
  }
  const committed = readFileSync('package-lock.json', 'utf8');
  const resolved = readFileSync(join(scratch, 'package-lock.json'), 'utf8');
  if (committed !== resolved) {
    const keys = (text) => new Set(Object.keys(JSON.parse(text).packages ?? {}));
    const before = keys(committed);
    const after = keys(resolved);
    const added = [...after].filter((key) => !before.has(key));
    const removed = [...before].filter((key) => !after.has(key));
    console.error(
      'test:lockfile: `npm install` would change package-lock.json' +
        (added.length ? `\n  it would add: ${added.slice(0, 10).join(', ')}${added.length > 10 ? ` and ${added.length - 10} more` : ''}` : '') +
        (removed.length ? `\n  it would remove: ${removed.slice(0, 10).join(', ')}` : '') +
        '\nRun `npm install`, check the change and commit package-lock.json.',
    );
    process.exit(1);
  }
  console.log('test:lockfile: package-lock.json is what npm install resolves; npm ci installs exactly it.');
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
