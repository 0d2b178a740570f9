#!/usr/bin/env node
// `npm run check:packaging`: runs electron-builder for real, offline, on the Linux `dir` target with
// a stub Electron distribution (the real binary is not installed here), then checks what went into
// app.asar. This validates the `build` configuration in package.json and the file list; the
// AppImage/deb/nsis/dmg steps need the real Electron download and platform tools, so they are not run.
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const work = path.join(root, '.tmp', 'packaging-check');
const stub = path.join(work, 'electron-stub');
const output = path.join(work, 'release');
const electronVersion = JSON.parse(readFileSync(path.join(root, 'node_modules/electron/package.json'), 'utf8')).version;

function run(command, args) {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) {
    console.error(`check:packaging: ${[command, ...args].join(' ')} failed`);
    process.exit(1);
  }
}

rmSync(work, { recursive: true, force: true });
mkdirSync(path.join(stub, 'resources'), { recursive: true });
writeFileSync(path.join(stub, 'electron'), '#!/bin/sh\necho "stub Electron for the packaging check"\n');
chmodSync(path.join(stub, 'electron'), 0o755);
writeFileSync(path.join(stub, 'version'), electronVersion);

if (!existsSync(path.join(root, 'dist/renderer/index.html'))) run(process.execPath, [path.join(root, 'node_modules/vite/bin/vite.js'), 'build']);
run(process.execPath, [path.join(root, 'bin/build-electron.js')]);
run(process.execPath, [path.join(root, 'node_modules/electron-builder/cli.js'), '--linux', 'dir', '--publish', 'never',
  `-c.electronDist=${stub}`, `-c.directories.output=${output}`]);

const { listPackage } = require('@electron/asar');
const asarFile = path.join(output, 'linux-unpacked', 'resources', 'app.asar');
const files = listPackage(asarFile).map((name) => name.replaceAll('\\', '/'));
const packagedJson = JSON.parse(require('@electron/asar').extractFile(asarFile, 'package.json').toString('utf8'));

const problems = [];
const expectFile = (name) => { if (!files.includes(name)) problems.push(`missing ${name}`); };
['/package.json', '/dist/electron/main.cjs', '/dist/electron/preload.cjs', '/dist/renderer/index.html'].forEach(expectFile);
const samples = files.filter((name) => /^\/articles\/samples\/[^/]+\.txt$/.test(name));
if (samples.length < 5) problems.push(`expected the 5 sample pages, found ${samples.length}`);
// The spelling dictionaries are read from files at run time (services/spell/dictionary-files.ts).
for (const variant of ['en-GB', 'en-US']) ['index.aff', 'index.dic'].forEach((name) => expectFile(`/dictionaries/${variant}/${name}`));
if (existsSync(path.join(root, 'glossary/default-glossary.json'))) expectFile('/glossary/default-glossary.json');
if (files.some((name) => name.startsWith('/node_modules/'))) problems.push('node_modules were packaged (everything should be bundled)');
if (files.some((name) => /\.(ts|tsx|map)$/.test(name))) problems.push('TypeScript sources or source maps were packaged');
if (packagedJson.main !== 'dist/electron/main.cjs') problems.push(`package.json main is ${packagedJson.main}`);
if (!existsSync(path.join(output, 'linux-unpacked', 'anuvad-workbench'))) problems.push('executable anuvad-workbench missing');

console.log(`app.asar: ${files.length} entries, ${samples.length} sample pages, Electron ${electronVersion} (stub)`);
if (problems.length > 0) {
  console.error(`check:packaging FAILED:\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
console.log('check:packaging OK: electron-builder accepted the configuration and packaged the expected files (linux dir target).');
