/**
 * The desktop shell: opens the project, serves the built renderer on app://workbench/ with a strict
 * CSP, one hardened window, the application menu, and the IPC channel to the handlers. It holds
 * no product logic.
 */
import { app, BrowserWindow, Menu, dialog, net, protocol, screen, session, type WebContents } from 'electron';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { ProjectStore } from '../services/store/project-store.ts';
import { openLowdbProject } from '../services/store/lowdb-store.ts';
import { ensureDefaultProject } from '../services/default-project.ts';
import { createHandlers } from '../services/handlers.ts';
import { createDeskLink } from '../desk/desk-link.ts';
import { registerApiChannel, registerFlushedChannel, sendShellCommand } from './ipc.ts';
import { createCloseHandshake } from './close-handshake.ts';
import { APP_ORIGIN, isWorkbenchUrl } from './ipc-channels.ts';
import { menuTemplate } from './menu.ts';
import { CONTENT_SECURITY_POLICY } from '../transports/content-security-policy.ts';
import { loadWindowState, saveWindowState, visibleState } from './window-state.ts';

// Bundled to dist/electron/main.cjs; the renderer is built to dist/renderer.
const rendererDir = path.join(__dirname, '..', 'renderer');
const preloadFile = path.join(__dirname, 'preload.cjs');
// The app root (repository or packaged app.asar) holds articles/samples and glossary/ for the default project.
const appRoot = path.join(__dirname, '..', '..');

// Must happen before 'ready': a standard, secure scheme gets a real origin, so CSP 'self' means our files only.
protocol.registerSchemesAsPrivileged([{ scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } }]);
app.enableSandbox();

let store: ProjectStore | undefined;
// The last window-state write; quitting waits for it.
let windowStateWritten: Promise<void> = Promise.resolve();

app.whenReady().then(start).catch(async (thrown) => {
  dialog.showErrorBox('Anuvad Workbench', `The workbench could not start:\n${thrown instanceof Error ? thrown.message : String(thrown)}`);
  // app.exit skips 'will-quit', so release the project lock here.
  await store?.close().catch(() => undefined);
  app.exit(1);
});

async function start(): Promise<void> {
  const projectDir = argumentValue('--project') ?? await ensureDefaultProject({ appRoot });
  const openStore = await openLowdbProject(path.resolve(projectDir), { create: true });
  store = openStore;
  hardenSessions();
  protocol.handle('app', serveRendererFile);

  const window = await createWindow();
  const setMenu = async () => {
    const { uiLanguage } = await openStore.getSettings();
    const send = (command: Parameters<typeof sendShellCommand>[1]) => sendShellCommand(window.webContents, command);
    Menu.setApplicationMenu(Menu.buildFromTemplate(menuTemplate(uiLanguage, send, {
      developerTools: !app.isPackaged,
      macOS: process.platform === 'darwin',
    })));
  };
  registerApiChannel(createHandlers(openStore, { desk: createDeskLink, warmList: true }), isWorkbenchUrl, (name) => {
    if (name === 'settings.set') void setMenu();
  });
  await setMenu();
  await window.loadURL(`${APP_ORIGIN}/index.html`);
  if (openStore.readOnly) {
    // The page shows it too (project.info.readOnly); the dialog makes sure it is not missed.
    void dialog.showMessageBox(window, {
      type: 'info',
      title: 'Anuvad Workbench',
      message: 'This project is open in another window or process.',
      detail: 'It has been opened read-only: you can read and search, but changes are not saved.',
    });
  }
}

async function createWindow(): Promise<BrowserWindow> {
  const stateFile = path.join(app.getPath('userData'), 'window-state.json');
  const saved = visibleState(await loadWindowState(stateFile), screen.getAllDisplays().map((display) => display.workArea));
  const window = new BrowserWindow({
    ...saved,
    minWidth: 720,
    minHeight: 480,
    title: 'Anuvad Workbench',
    show: false,
    webPreferences: {
      preload: preloadFile,
      contextIsolation: true,
      sandbox: true,
      // Chromium's checker would download dictionaries from a CDN; the editor uses the server's (spell.check).
      spellcheck: false,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      // Middle-click must not open links in new windows (Electronegativity AUXCLICK_JS_CHECK).
      disableBlinkFeatures: 'Auxclick',
    },
  });
  if (saved.maximized) window.maximize();
  window.once('ready-to-show', () => window.show());
  // Closing waits until the page has written the edits still inside its 600 ms autosave delay.
  const closeHandshake = createCloseHandshake({
    requestFlush: () => sendShellCommand(window.webContents, { type: 'flush-before-close' }),
    closeWindow: () => {
      if (!window.isDestroyed()) window.close();
    },
    setTimer: (callback, ms) => setTimeout(callback, ms),
    clearTimer: (handle) => clearTimeout(handle as NodeJS.Timeout),
  });
  registerFlushedChannel(isWorkbenchUrl, (sender) => {
    if (sender === window.webContents) closeHandshake.onFlushed();
  });
  window.on('close', (event) => {
    const bounds = window.getNormalBounds();
    windowStateWritten = saveWindowState(stateFile, { ...bounds, maximized: window.isMaximized() }).catch(() => undefined);
    // Electron's close event can always be cancelled; a stand-in without preventDefault (the shell test's) cannot.
    if (typeof event?.preventDefault !== 'function') return;
    if (closeHandshake.onClose() === 'wait') event.preventDefault();
  });
  return window;
}

/** Every session and every web contents: no permissions, no navigation, no new windows, no webviews. */
function hardenSessions(): void {
  const current = session.defaultSession;
  current.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  current.setPermissionCheckHandler(() => false);
  current.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] } });
  });
  app.on('web-contents-created', (_event, contents: WebContents) => {
    contents.on('will-navigate', (event) => event.preventDefault());
    contents.on('will-redirect', (event) => event.preventDefault());
    contents.on('will-attach-webview', (event) => event.preventDefault());
    contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  });
}

/** app://workbench/<path> → a file under dist/renderer; anything outside it is 404. */
async function serveRendererFile(request: Request): Promise<Response> {
  const url = new URL(request.url);
  let relative: string;
  try {
    relative = path.posix.normalize(decodeURIComponent(url.pathname));
  } catch {
    return new Response('Bad path', { status: 400 });
  }
  const file = path.join(rendererDir, relative === '/' ? 'index.html' : relative);
  const inside = path.relative(rendererDir, file);
  if (url.host !== 'workbench' || inside.startsWith('..') || path.isAbsolute(inside)) {
    return new Response('Not found', { status: 404 });
  }
  const response = await net.fetch(pathToFileURL(file).toString());
  const headers = new Headers(response.headers);
  headers.set('Content-Security-Policy', CONTENT_SECURITY_POLICY);
  headers.set('X-Content-Type-Options', 'nosniff');
  return new Response(response.body, { status: response.status, headers });
}

function argumentValue(flag: string): string | undefined {
  const index = process.argv.indexOf(flag);
  if (index >= 0 && process.argv[index + 1]) return process.argv[index + 1];
  const joined = process.argv.find((argument) => argument.startsWith(`${flag}=`));
  return joined?.slice(flag.length + 1);
}

// Release the project lock however the app ends.
app.on('window-all-closed', () => app.quit());
app.on('will-quit', (event) => {
  if (!store) return;
  const closing = store;
  store = undefined;
  event.preventDefault();
  void Promise.allSettled([closing.close(), windowStateWritten]).finally(() => app.quit());
});
