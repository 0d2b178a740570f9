#!/usr/bin/env node
// `npm start`: opens the workbench on the default project (or --project DIR). Runs the desktop app
// when the Electron binary is installed and a display exists; otherwise serves the same renderer
// and API on 127.0.0.1 for a browser. Builds the renderer first when it is missing or stale.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { register } from 'tsx/esm/api';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const usage = 'usage: npm start -- [--project DIR] [--port N] [--browser]';

/** Parses --project, --port and --browser (also --flag=value). */
function parseArguments(argv) {
  // port undefined: the port of the project's last run when free (open tabs reconnect), else any.
  const options = { project: undefined, port: undefined, browser: process.env.ANUVAD_BROWSER === '1' };
  for (let index = 0; index < argv.length; index += 1) {
    const [flag, inline] = argv[index].split(/=(.*)/s, 2);
    const value = () => inline ?? argv[++index];
    if (flag === '--project') options.project = value();
    else if (flag === '--port') options.port = Number(value());
    else if (flag === '--browser') options.browser = true;
    else if (flag === '--help' || flag === '-h') { console.log(usage); process.exit(0); }
    else { console.error(`unknown option ${argv[index]}\n${usage}`); process.exit(2); }
  }
  if (options.port !== undefined && (!Number.isInteger(options.port) || options.port < 0 || options.port > 65535)) {
    console.error(`--port must be a number from 0 to 65535\n${usage}`);
    process.exit(2);
  }
  if (options.project === '') { console.error(`--project needs a folder\n${usage}`); process.exit(2); }
  return options;
}

/** Newest modification time under the given paths (files or folders), skipping node_modules. */
function newestMtime(paths) {
  let newest = 0;
  const visit = (entry) => {
    if (!existsSync(entry)) return;
    const info = statSync(entry);
    if (info.isDirectory()) {
      for (const name of readdirSync(entry)) if (name !== 'node_modules' && name !== 'samples') visit(path.join(entry, name));
    } else newest = Math.max(newest, info.mtimeMs);
  };
  paths.forEach((entry) => visit(path.join(root, entry)));
  return newest;
}

/** Builds dist/renderer with Vite when index.html is missing or older than any renderer or domain source. */
function ensureRendererBuilt() {
  // Tests and CI that have just built the renderer skip the staleness check.
  if (process.env.ANUVAD_SKIP_RENDERER_BUILD === '1') return;
  const built = path.join(root, 'dist/renderer/index.html');
  const sources = ['renderer', 'articles', 'glossary', 'services/contract.ts', 'vite.config.ts', 'index.html', 'package.json'];
  if (existsSync(built) && statSync(built).mtimeMs >= newestMtime(sources)) return;
  console.log('Building the renderer (vite build)…');
  const result = spawnSync(process.execPath, [path.join(root, 'node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'warn'], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0 || !existsSync(built)) {
    console.error('The renderer build failed; see the messages above.');
    process.exit(1);
  }
}

/** The Electron executable when installed and usable here, else the reason it is not. Never loads the electron module. */
function findElectron() {
  const pathFile = path.join(root, 'node_modules/electron/path.txt');
  if (!existsSync(pathFile)) return { reason: 'Electron binary not installed; serving the workbench for your browser' };
  const executable = path.join(root, 'node_modules/electron/dist', readFileSync(pathFile, 'utf8').trim());
  if (!existsSync(executable)) return { reason: 'Electron binary not installed; serving the workbench for your browser' };
  if (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
    return { reason: 'No display for the Electron window; serving the workbench for your browser' };
  }
  return { executable };
}

async function runDesktop(executable, projectDir) {
  const main = path.join(root, 'dist/electron/main.cjs');
  const electronSources = ['electron', 'articles', 'glossary'];
  if (!existsSync(main) || statSync(main).mtimeMs < newestMtime(electronSources)) {
    const { buildElectron } = await import('./build-electron.js');
    await buildElectron({ quiet: true });
  }
  const child = spawn(executable, [root, '--project', projectDir], { stdio: 'inherit' });
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}

async function runBrowserFallback(reason, projectDir, port) {
  console.log(reason);
  const { openLowdbProject } = await import('../services/store/lowdb-store.ts');
  const { startServer } = await import('../transports/http/server.ts');
  const store = await openLowdbProject(projectDir, { create: true });
  if (store.readOnly) console.log('The project is open elsewhere: it opens read-only.');
  let server;
  try {
    server = await startServer({
      store, port, staticDir: path.join(root, 'dist/renderer'),
      // The launch URL works once; the next browser needs the next one.
      onLaunchUrlUsed: (next) => console.log(`Signed in. Other tabs of that browser: ${server.url} · another browser: ${next}`),
    });
  } catch (error) {
    await store.close();
    console.error(error.code === 'EADDRINUSE' ? `Port ${port} is in use; pick another with --port, or leave it out for a free one.` : `The server could not start: ${error.message}`);
    process.exit(1);
  }
  console.log(`Anuvad Workbench: ${server.pageUrl}`);
  if (server.sessionWarning) console.log(`Note: ${server.sessionWarning}.`);
  console.log('Press Ctrl+C to stop.');
  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    await server.close();
    await store.close(); // releases the project lock
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

const options = parseArguments(process.argv.slice(2));
register(); // lets this script import the TypeScript shell code directly
const { ensureDefaultProject } = await import('../services/default-project.ts');
const projectDir = path.resolve(options.project ?? await ensureDefaultProject());
ensureRendererBuilt();
const electron = options.browser ? { reason: 'Serving the workbench for your browser (--browser)' } : findElectron();
if (electron.executable) await runDesktop(electron.executable, projectDir);
else await runBrowserFallback(electron.reason, projectDir, options.port);
