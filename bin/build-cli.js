#!/usr/bin/env node
// Bundles the command line (transports/cli/index.ts and everything it imports) with esbuild into
// dist/anuvad-cli.mjs, so `anuvad` starts without compiling TypeScript (issue 10, item 6).
// bin/cli-bundle.js decides whether that bundle may run: dist/anuvad-cli.inputs.json records, for
// every source file, the mtime, size and hash of exactly the bytes esbuild compiled.
import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { CLI_BUNDLE, CLI_INPUTS, contentHash } from './cli-bundle.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const LOADERS = { '.ts': 'ts', '.tsx': 'tsx', '.json': 'json', '.js': 'js', '.mjs': 'js' };

// Our own sources are read here, not by esbuild, so what is recorded is what was compiled: a file
// saved while the build runs has another mtime and hash, and the next start sees the bundle stale.
function recordSources(sources) {
  return {
    name: 'record-sources',
    setup(build) {
      build.onLoad({ filter: /\.(ts|tsx|json|js|mjs)$/ }, async (args) => {
        const relative = path.relative(root, args.path).split(path.sep).join('/');
        if (relative.startsWith('node_modules/') || relative.startsWith('..')) return undefined;
        const before = await stat(args.path);
        const contents = await readFile(args.path);
        sources[relative] = { mtimeMs: before.mtimeMs, size: contents.length, hash: contentHash(createHash, contents) };
        return { contents, loader: LOADERS[path.extname(args.path)] };
      });
    },
  };
}

/** Builds the bundle and its input list; returns the bundle's path. */
export async function buildCli({ quiet = false } = {}) {
  const { build } = await import('esbuild');
  const dist = path.dirname(CLI_BUNDLE);
  await mkdir(dist, { recursive: true });
  const staging = await mkdtemp(path.join(dist, '.cli-build-'));
  try {
    const sources = {};
    await build({
      absWorkingDir: root,
      entryPoints: { 'anuvad-cli': 'transports/cli/index.ts' },
      outdir: staging,
      bundle: true,
      // Each command (and the services it brings) is a chunk loaded when the command runs, so
      // `anuvad --help` parses a few kilobytes. Chunks sit beside the entry, flat: services/default-project.ts
      // finds the samples at `dirname(import.meta.url)/..`, which from dist/ is the package root again.
      splitting: true,
      chunkNames: 'anuvad-cli-[name]-[hash]',
      outExtension: { '.js': '.mjs' },
      platform: 'node',
      format: 'esm',
      target: 'node20',
      // Packages stay in node_modules: each loads only with the chunk that imports it.
      packages: 'external',
      plugins: [recordSources(sources)],
      logLevel: quiet ? 'error' : 'warning',
    });
    const built = await readdir(staging);
    const chunks = built.filter((name) => name !== path.basename(CLI_BUNDLE));
    await writeFile(path.join(staging, path.basename(CLI_INPUTS)), JSON.stringify({ sources, chunks }));
    // Chunks first (new hashes, nothing uses them yet), the input list and the entry last, so a CLI
    // started during a build runs the old build or the new one.
    const last = [path.basename(CLI_INPUTS), path.basename(CLI_BUNDLE)];
    for (const name of chunks) await rename(path.join(staging, name), path.join(dist, name));
    for (const name of last) await rename(path.join(staging, name), path.join(dist, name));
    // Chunks of earlier builds.
    for (const name of await readdir(dist)) {
      if (name.startsWith('anuvad-cli-') && name.endsWith('.mjs') && !chunks.includes(name)) await rm(path.join(dist, name), { force: true });
    }
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
  return CLI_BUNDLE;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    const bundle = await buildCli();
    console.log(`built ${path.relative(root, bundle)}`);
  } catch (error) {
    // As the `prepare` script (npm install / npm ci) a failed build must not fail the install: the
    // CLI then runs from source under tsx (slower start, same behaviour). `npm run build:cli` fails.
    if (process.env.npm_lifecycle_event !== 'prepare') throw error;
    const why = error?.code === 'ERR_MODULE_NOT_FOUND' ? 'esbuild is not installed' : error?.message ?? String(error);
    console.warn(`anuvad: CLI bundle not built (${why}); \`anuvad\` runs from source under tsx until \`npm run build:cli\``);
  }
}
