#!/usr/bin/env node
// The `anuvad` command line. Runs the prebuilt bundle dist/anuvad-cli.mjs (bin/build-cli.js, built
// by `npm install` / `npm ci` through the `prepare` script or by `npm run build:cli`) when it was
// built from the sources as they are now (bin/cli-bundle.js); otherwise (no bundle, or a source
// changed since) it runs transports/cli/index.ts under tsx: the same code, but TypeScript is
// compiled at every start. ANUVAD_CLI_SOURCE=1 forces the sources.
import { fileURLToPath, pathToFileURL } from 'node:url';
import { CLI_BUNDLE, bundleIsFresh } from './cli-bundle.js';

const packageRoot = fileURLToPath(new URL('..', import.meta.url)).replace(/[\\/]$/, '');

// A reader that stops early (`anuvad list --json | head`) is not an error.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
}
let main;
if (process.env.ANUVAD_CLI_SOURCE !== '1' && (await bundleIsFresh())) {
  ({ main } = await import(pathToFileURL(CLI_BUNDLE).href));
} else {
  const { register } = await import('tsx/esm/api');
  register();
  ({ main } = await import('../transports/cli/index.ts'));
}
// `npm run cli -- …` runs us in the package root; npm keeps the caller's folder in INIT_CWD, and
// relative paths on the command line mean that folder.
const viaNpmScript = process.env.npm_lifecycle_event === 'cli' && process.env.INIT_CWD && process.cwd() === packageRoot;
const cwd = viaNpmScript ? process.env.INIT_CWD : process.cwd();
const code = await main(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, cwd, env: process.env });
// Let stdout drain before exiting (a large --json output piped to another program).
process.exitCode = code;
