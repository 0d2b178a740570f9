#!/usr/bin/env node
// Bundles the command line (transports/cli/index.ts and everything it imports) with esbuild into
// dist/anuvad-cli.mjs, so `anuvad` starts without compiling TypeScript (issue 10, item 6).
// bin/anuvad.js runs the bundle when it is newer than every source file it was built from
// (listed in dist/anuvad-cli.inputs.json) and falls back to tsx otherwise.
import { build } from 'esbuild';
import { rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
// One folder below the root on purpose: services/default-project.ts finds the samples at
// `dirname(import.meta.url)/..`, which from dist/ is the package root again.
export const CLI_BUNDLE = path.join(root, 'dist', 'anuvad-cli.mjs');
export const CLI_INPUTS = path.join(root, 'dist', 'anuvad-cli.inputs.json');

/** Builds the bundle and its input list; returns the bundle's path. */
export async function buildCli({ quiet = false } = {}) {
  const temp = `${CLI_BUNDLE}.${process.pid}.tmp`;
  const result = await build({
    absWorkingDir: root,
    entryPoints: ['transports/cli/index.ts'],
    outfile: temp,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    // Packages stay in node_modules: they load only when a command imports them.
    packages: 'external',
    metafile: true,
    logLevel: quiet ? 'error' : 'warning',
  });
  const inputs = Object.keys(result.metafile.inputs).filter((input) => !input.startsWith('node_modules/'));
  // Renamed into place, so a CLI started during a build sees the old bundle or the new one.
  await rename(temp, CLI_BUNDLE);
  await writeFile(`${CLI_INPUTS}.${process.pid}.tmp`, JSON.stringify(inputs));
  await rename(`${CLI_INPUTS}.${process.pid}.tmp`, CLI_INPUTS);
  return CLI_BUNDLE;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const bundle = await buildCli();
  console.log(`built ${path.relative(root, bundle)}`);
}
