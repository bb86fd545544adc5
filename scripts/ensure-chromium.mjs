#!/usr/bin/env node
/**
 * Finds a Chromium for the browser tests: $CHROMIUM_PATH, else /usr/bin/chromium. On a Debian
 * machine where we run as root and none is there, installs Debian's `chromium` package (Playwright
 * cannot download its own browsers here). Anywhere else it stops and says what to install.
 */
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const candidate = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
if (existsSync(candidate)) process.exit(0);

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
if (!process.env.CHROMIUM_PATH && isRoot && existsSync('/etc/debian_version')) {
  console.log('No Chromium found: installing Debian’s chromium package…');
  execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium', { stdio: 'inherit' });
  if (existsSync(candidate)) process.exit(0);
}
console.error(
  `No Chromium at ${candidate}. Install Chromium (on Debian: apt-get install chromium) or set CHROMIUM_PATH to its binary.`,
);
process.exit(1);
