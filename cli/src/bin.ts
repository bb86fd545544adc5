/**
 * The `serverless-error-codes` executable: runs the command line on this process's streams and
 * exits with its status (cli/src/main.ts).
 */
import { run } from './main.ts';

// `… | head` closes the pipe early: that ends the output, it is not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});
process.exitCode = await run(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin, env: process.env });
