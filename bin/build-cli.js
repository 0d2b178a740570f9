#!/usr/bin/env node
// Bundles the command line (transports/cli/index.ts and everything it imports) with esbuild into
// dist/anuvad-cli.mjs, so `anuvad` starts without compiling TypeScript (issue 10, item 6).
// bin/anuvad.js runs the bundle when it is newer than every source file it was built from
// (listed in dist/anuvad-cli.inputs.json) and falls back to tsx otherwise.
import { build } from 'esbuild';
import { mkdir, mkdtemp, readdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
// One folder below the root on purpose: services/default-project.ts finds the samples at
// `dirname(import.meta.url)/..`, which from dist/ is the package root again.
export const CLI_BUNDLE = path.join(root, 'dist', 'anuvad-cli.mjs');
export const CLI_INPUTS = path.join(root, 'dist', 'anuvad-cli.inputs.json');

/** Builds the bundle and its input list; returns the bundle's path. */
export async function buildCli({ quiet = false } = {}) {
  const dist = path.dirname(CLI_BUNDLE);
  await mkdir(dist, { recursive: true });
  const staging = await mkdtemp(path.join(dist, '.cli-build-'));
  try {
    const result = await build({
      absWorkingDir: root,
      entryPoints: { 'anuvad-cli': 'transports/cli/index.ts' },
      outdir: staging,
      bundle: true,
      // Each command (and the services it brings) is a chunk loaded when the command runs, so
      // `anuvad --help` parses a few kilobytes. Chunks sit beside the entry, flat, for the reason above.
      splitting: true,
      chunkNames: 'anuvad-cli-[name]-[hash]',
      outExtension: { '.js': '.mjs' },
      platform: 'node',
      format: 'esm',
      target: 'node20',
      // Packages stay in node_modules: each loads only with the chunk that imports it.
      packages: 'external',
      metafile: true,
      logLevel: quiet ? 'error' : 'warning',
    });
    const inputs = Object.keys(result.metafile.inputs).filter((input) => !input.startsWith('node_modules/'));
    await writeFile(path.join(staging, path.basename(CLI_INPUTS)), JSON.stringify(inputs));
    // Chunks first (new hashes, nothing uses them yet), the input list and the entry last, so a CLI
    // started during a build runs the old build or the new one.
    const built = await readdir(staging);
    const last = [path.basename(CLI_INPUTS), path.basename(CLI_BUNDLE)];
    for (const name of built.filter((each) => !last.includes(each))) await rename(path.join(staging, name), path.join(dist, name));
    for (const name of last) await rename(path.join(staging, name), path.join(dist, name));
    // Chunks of earlier builds.
    for (const name of await readdir(dist)) {
      if (name.startsWith('anuvad-cli-') && name.endsWith('.mjs') && !built.includes(name)) await rm(path.join(dist, name), { force: true });
    }
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
  return CLI_BUNDLE;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const bundle = await buildCli();
  console.log(`built ${path.relative(root, bundle)}`);
}
