#!/usr/bin/env node
/**
 * Finds nginx for the hosting tests: $NGINX_PATH, else /usr/sbin/nginx. On a Debian machine where
 * we run as root and none is there, installs Debian's `nginx` package. Anywhere else it stops and
 * says what to install. The tests also need nginx's mime.types (/etc/nginx/mime.types).
 */
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const candidate = process.env.NGINX_PATH || '/usr/sbin/nginx';
const mimeTypes = '/etc/nginx/mime.types';
if (existsSync(candidate) && existsSync(mimeTypes)) process.exit(0);

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
if (!process.env.NGINX_PATH && isRoot && existsSync('/etc/debian_version')) {
  console.log('No nginx found: installing Debian’s nginx package…');
  execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nginx', { stdio: 'inherit' });
  if (existsSync(candidate) && existsSync(mimeTypes)) process.exit(0);
}
console.error(
  `No nginx at ${candidate} (or no ${mimeTypes}). Install nginx (on Debian: apt-get install nginx) or set NGINX_PATH to its binary.`,
);
process.exit(1);
