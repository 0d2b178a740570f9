#!/usr/bin/env node
// Bundles the Electron main process and preload with esbuild into dist/electron/{main,preload}.cjs.
// Everything except the `electron` module is inlined, so the packaged app needs no node_modules.
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** esbuild options shared by both bundles (also used by test/electron/main-shell.test.ts). */
export function electronBuildOptions({ quiet = false } = {}) {
  return {
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    external: ['electron'],
    sourcemap: 'linked',
    logLevel: quiet ? 'error' : 'warning',
    absWorkingDir: root,
  };
}

/** esbuild options of the main-process bundle. */
export function mainBuildOptions(options = {}) {
  return {
    ...electronBuildOptions(options),
    entryPoints: ['electron/main.ts'],
    // ESM sources read import.meta.url; in a CommonJS bundle it becomes this file's URL.
    banner: { js: "const __importMetaUrl = require('node:url').pathToFileURL(__filename).href;" },
    define: { 'import.meta.url': '__importMetaUrl' },
  };
}

/** Builds both bundles; returns the output paths. */
export async function buildElectron(options = {}) {
  const main = path.join(root, 'dist/electron/main.cjs');
  const preload = path.join(root, 'dist/electron/preload.cjs');
  await build({ ...mainBuildOptions(options), outfile: main });
  // A sandboxed preload may require only 'electron' (and a few polyfills): everything else is inlined.
  await build({ ...electronBuildOptions(options), entryPoints: ['electron/preload.ts'], outfile: preload });
  return { main, preload };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { main, preload } = await buildElectron();
  console.log(`built ${path.relative(root, main)} and ${path.relative(root, preload)}`);
}
