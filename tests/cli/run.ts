/**
 * Two ways to run the command line in the tests: in this process (cli/src/main.ts over the data in
 * cli/data, fast enough for a whole corpus) and as the real executable (the bundle, or an installed
 * copy) under Node 20, the oldest Node the package supports.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { run } from '../../cli/src/main.ts';

export const root = resolve(import.meta.dirname, '../..');
/** The bundle `npm run build:cli` writes. */
export const bundle = join(root, 'cli/dist/cli.js');

/** The system Node 20 when there is one (the project's own Node is 24); the oldest Node the package supports. */
export const node20 = existsSync('/usr/bin/node') ? '/usr/bin/node' : process.execPath;

/** What a run printed and its exit status. */
export interface CliRun {
  stdout: string;
  stderr: string;
  status: number;
}

/** Runs the command line in this process; `stdin` (when given) is piped in, otherwise stdin is a terminal. */
export async function runCli(args: string[], options: { stdin?: string; env?: NodeJS.ProcessEnv } = {}): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const input = options.stdin;
  const stdin = Object.assign(
    (async function* () {
      if (input !== undefined) yield Buffer.from(input);
    })(),
    { isTTY: input === undefined },
  );
  const status = await run(args, {
    stdout: { write: (text: string) => (stdout += text), isTTY: false },
    stderr: { write: (text: string) => (stderr += text) },
    stdin,
    env: options.env ?? { LANG: 'en_US.UTF-8' },
  });
  return { stdout, stderr, status };
}

/**
 * Runs an executable command line (`[node, script, …args]`) in a child process with only the
 * environment given (no inherited PATH: Node 20 is named), feeding `stdin` when given.
 */
export function spawnCli(command: string[], options: { stdin?: string | Buffer; env?: NodeJS.ProcessEnv; cwd?: string } = {}): Promise<CliRun> {
  return new Promise((done, fail) => {
    const child = spawn(command[0]!, command.slice(1), { env: { PATH: '/usr/bin:/bin', ...options.env }, cwd: options.cwd ?? root, stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', fail);
    child.on('close', (status) => done({ stdout, stderr, status: status ?? -1 }));
    child.stdin.on('error', () => {});
    child.stdin.end(options.stdin ?? '');
  });
}
