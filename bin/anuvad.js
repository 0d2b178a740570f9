#!/usr/bin/env node
// The `anuvad` command line: runs transports/cli/index.ts under tsx (no build step for node code).
import { fileURLToPath } from 'node:url';
import { register } from 'tsx/esm/api';

register();
// A reader that stops early (`anuvad list --json | head`) is not an error.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
}
const { main } = await import('../transports/cli/index.ts');
// `npm run cli -- …` runs us in the package root; npm keeps the caller's folder in INIT_CWD, and
// relative paths on the command line mean that folder.
const packageRoot = fileURLToPath(new URL('..', import.meta.url)).replace(/[\\/]$/, '');
const viaNpmScript = process.env.npm_lifecycle_event === 'cli' && process.env.INIT_CWD && process.cwd() === packageRoot;
const cwd = viaNpmScript ? process.env.INIT_CWD : process.cwd();
const code = await main(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, cwd, env: process.env });
// Let stdout drain before exiting (a large --json output piped to another program).
process.exitCode = code;
