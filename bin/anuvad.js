#!/usr/bin/env node
// The `anuvad` command line. Runs the prebuilt bundle dist/anuvad-cli.mjs (bin/build-cli.js, built
// by `npm install` through the `prepare` script or by `npm run build:cli`) when it is newer than
// every source file it was built from; otherwise (no bundle yet, or sources edited since) it runs
// transports/cli/index.ts under tsx, which is correct but compiles TypeScript on every start.
import { readFileSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const packageRoot = fileURLToPath(new URL('..', import.meta.url)).replace(/[\\/]$/, '');
const bundle = new URL('../dist/anuvad-cli.mjs', import.meta.url);

/** True when the bundle exists and no source it was built from changed after it. */
function bundleIsFresh() {
  try {
    const built = statSync(bundle).mtimeMs;
    const inputs = JSON.parse(readFileSync(new URL('../dist/anuvad-cli.inputs.json', import.meta.url), 'utf8'));
    // A few dozen stat calls (≈ 1 ms): cheaper than any doubt about running stale code.
    return inputs.every((input) => statSync(`${packageRoot}/${input}`).mtimeMs <= built);
  } catch {
    return false;
  }
}

// A reader that stops early (`anuvad list --json | head`) is not an error.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
}
let main;
if (process.env.ANUVAD_CLI_SOURCE !== '1' && bundleIsFresh()) {
  ({ main } = await import(bundle.href));
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
