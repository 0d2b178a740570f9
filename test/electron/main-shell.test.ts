/**
 * The desktop shell without an Electron binary: the real main-process bundle (esbuild, as
 * bin/build-electron.js builds it) runs against a recording stand-in for the electron module, and
 * the test checks the window's security settings, the session hardening, the app:// file server,
 * the menu commands, the IPC channel and the lock release on quit.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRequire } from 'node:module';
import { mkdtemp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { build } from 'esbuild';
import { mainBuildOptions } from '../../bin/build-electron.js';
import { CONTENT_SECURITY_POLICY } from '../../transports/content-security-policy.ts';

type Listener = (...args: unknown[]) => unknown;
interface WindowRecord { options: { webPreferences: Record<string, unknown> }; loaded: string[]; sent: unknown[][]; listeners: Map<string, Listener> }
interface MenuItem { label?: string; accelerator?: string; registerAccelerator?: boolean; click?: () => void; submenu?: MenuItem[] }

/** A recording stand-in for the parts of Electron that main.ts uses. */
function fakeElectron(userData: string) {
  const record = {
    privileged: [] as unknown[],
    sandboxEnabled: false,
    protocolHandlers: new Map<string, (request: Request) => Promise<Response>>(),
    appListeners: new Map<string, Listener>(),
    windows: [] as WindowRecord[],
    permissionRequest: undefined as Listener | undefined,
    permissionCheck: undefined as Listener | undefined,
    headersReceived: undefined as Listener | undefined,
    menu: [] as MenuItem[],
    ipcHandlers: new Map<string, Listener>(),
    errors: [] as string[],
    quitCalls: 0,
  };
  class BrowserWindow {
    webContents: { send: (...args: unknown[]) => void; mainFrame: { url: string } };
    private readonly entry: WindowRecord;
    constructor(options: WindowRecord['options']) {
      this.entry = { options, loaded: [], sent: [], listeners: new Map() };
      record.windows.push(this.entry);
      this.webContents = { send: (...args) => this.entry.sent.push(args), mainFrame: { url: 'app://workbench/index.html' } };
    }
    async loadURL(url: string) { this.entry.loaded.push(url); }
    once() {}
    on(event: string, listener: Listener) { this.entry.listeners.set(event, listener); }
    maximize() {}
    show() {}
    getNormalBounds() { return { x: 10, y: 10, width: 1000, height: 700 }; }
    isMaximized() { return false; }
  }
  const electron = {
    app: {
      enableSandbox: () => { record.sandboxEnabled = true; },
      whenReady: () => Promise.resolve(),
      on: (event: string, listener: Listener) => record.appListeners.set(event, listener),
      getPath: () => userData,
      isPackaged: false,
      quit: () => { record.quitCalls += 1; },
      exit: () => {},
    },
    protocol: {
      registerSchemesAsPrivileged: (schemes: unknown[]) => record.privileged.push(...schemes),
      handle: (scheme: string, handler: (request: Request) => Promise<Response>) => record.protocolHandlers.set(scheme, handler),
    },
    session: {
      defaultSession: {
        setPermissionRequestHandler: (handler: Listener) => { record.permissionRequest = handler; },
        setPermissionCheckHandler: (handler: Listener) => { record.permissionCheck = handler; },
        webRequest: { onHeadersReceived: (handler: Listener) => { record.headersReceived = handler; } },
      },
    },
    net: { fetch: async (url: string) => new Response(await readFile(new URL(url)).catch(() => null), { status: existsSync(new URL(url)) ? 200 : 404 }) },
    screen: { getAllDisplays: () => [{ workArea: { x: 0, y: 0, width: 1920, height: 1080 } }] },
    dialog: { showErrorBox: (_title: string, message: string) => record.errors.push(message) },
    Menu: { buildFromTemplate: (template: unknown) => template, setApplicationMenu: (menu: MenuItem[]) => { record.menu = menu; } },
    ipcMain: { handle: (channel: string, handler: Listener) => record.ipcHandlers.set(channel, handler), removeHandler: () => {} },
    BrowserWindow,
  };
  return { electron, record };
}

let work: string;
let record: ReturnType<typeof fakeElectron>['record'];
let projectDir: string;
const savedArgv = process.argv;

beforeAll(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'anuvad-main-shell-'));
  projectDir = path.join(work, 'project');
  const distElectron = path.join(work, 'app', 'dist', 'electron');
  await mkdir(path.join(work, 'app', 'dist', 'renderer'), { recursive: true });
  await mkdir(distElectron, { recursive: true });
  await writeFile(path.join(work, 'app', 'dist', 'renderer', 'index.html'), '<!doctype html><title>Workbench</title>');
  await writeFile(path.join(work, 'secret.txt'), 'secret');
  const bundle = await build({ ...mainBuildOptions({ quiet: true }), write: false, sourcemap: false, outfile: path.join(distElectron, 'main.cjs') });
  const fake = fakeElectron(path.join(work, 'user-data'));
  record = fake.record;
  await mkdir(path.join(work, 'user-data'), { recursive: true });
  const realRequire = createRequire(import.meta.url);
  const requireWithFake = (name: string) => (name === 'electron' ? fake.electron : realRequire(name));
  process.argv = [process.execPath, 'main.cjs', '--project', projectDir];
  const mainFile = path.join(distElectron, 'main.cjs');
  const module = { exports: {} };
  new Function('require', 'module', 'exports', '__filename', '__dirname', bundle.outputFiles![0].text)(requireWithFake, module, module.exports, mainFile, distElectron);
  for (let waited = 0; record.windows[0]?.loaded.length !== 1 && waited < 10_000; waited += 20) {
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
});

afterAll(async () => {
  process.argv = savedArgv;
  await rm(work, { recursive: true, force: true });
});

describe('Electron main shell', () => {
  it('starts without errors and loads the renderer from app://workbench', () => {
    expect(record.errors).toEqual([]);
    expect(record.windows).toHaveLength(1);
    expect(record.windows[0].loaded).toEqual(['app://workbench/index.html']);
    expect(record.privileged).toEqual([{ scheme: 'app', privileges: expect.objectContaining({ standard: true, secure: true }) }]);
    expect(record.sandboxEnabled).toBe(true);
  });

  it('creates one hardened window', () => {
    const preferences = record.windows[0].options.webPreferences;
    expect(preferences).toMatchObject({
      contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true, allowRunningInsecureContent: false, webviewTag: false,
    });
    expect(preferences.preload).toBe(path.join(work, 'app', 'dist', 'electron', 'preload.cjs'));
  });

  it('denies permissions, navigation, new windows and webviews', () => {
    const answers: boolean[] = [];
    record.permissionRequest?.({}, 'media', (granted: boolean) => answers.push(granted));
    expect(answers).toEqual([false]);
    expect(record.permissionCheck?.({}, 'clipboard-read')).toBe(false);
    const listeners = new Map<string, Listener>();
    let openHandler: Listener | undefined;
    record.appListeners.get('web-contents-created')?.({}, {
      on: (event: string, listener: Listener) => listeners.set(event, listener),
      setWindowOpenHandler: (handler: Listener) => { openHandler = handler; },
    });
    for (const event of ['will-navigate', 'will-redirect', 'will-attach-webview']) {
      let prevented = false;
      listeners.get(event)?.({ preventDefault: () => { prevented = true; } });
      expect(prevented, event).toBe(true);
    }
    expect(openHandler?.({ url: 'https://example.com/' })).toEqual({ action: 'deny' });
  });

  it('adds the CSP to every response of the session', () => {
    let result: { responseHeaders: Record<string, string[]> } | undefined;
    record.headersReceived?.({ responseHeaders: { 'Content-Type': ['text/html'] } }, (value: typeof result) => { result = value; });
    expect(result?.responseHeaders['Content-Security-Policy']).toEqual([CONTENT_SECURITY_POLICY]);
  });

  it('serves renderer files on app:// with the CSP and nothing outside dist/renderer', async () => {
    const handler = record.protocolHandlers.get('app')!;
    const page = await handler(new Request('app://workbench/index.html'));
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<title>Workbench</title>');
    expect(page.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    for (const url of ['app://workbench/%2e%2e/%2e%2e/secret.txt', 'app://workbench/..%2f..%2fsecret.txt', 'app://other/index.html']) {
      const response = await handler(new Request(url));
      expect(response.status, url).not.toBe(200);
    }
  });

  it('sends editor commands from the menu without taking the key from the page', () => {
    const segmentMenu = record.menu.find((item) => item.label === 'Segment')?.submenu ?? [];
    const confirm = segmentMenu.find((item) => item.accelerator === 'CmdOrCtrl+Enter');
    expect(confirm?.registerAccelerator).toBe(false);
    confirm?.click?.();
    const insert = segmentMenu.find((item) => Array.isArray(item.submenu))?.submenu?.[2];
    expect(insert?.accelerator).toBe('CmdOrCtrl+3');
    insert?.click?.();
    expect(record.windows[0].sent).toEqual([['shell-command', { type: 'confirm-and-next' }], ['shell-command', { type: 'insert-rendering', index: 2 }]]);
  });

  it('answers API calls from the page over IPC with the opened project', async () => {
    const mainFrame = { url: 'app://workbench/index.html' };
    const answer = await record.ipcHandlers.get('api')!({ senderFrame: mainFrame, sender: { mainFrame } }, 'project.info', {});
    expect(answer).toMatchObject({ ok: true, result: { dir: projectDir, readOnly: false } });
    expect(existsSync(path.join(projectDir, 'project.json'))).toBe(true);
  });

  it('remembers the window bounds in the user data folder', async () => {
    record.windows[0].listeners.get('close')?.({});
    const file = path.join(work, 'user-data', 'window-state.json');
    for (let waited = 0; !existsSync(file) && waited < 5_000; waited += 20) await new Promise((resolve) => setTimeout(resolve, 20));
    expect(JSON.parse(await readFile(file, 'utf8'))).toEqual({ x: 10, y: 10, width: 1000, height: 700, maximized: false });
  });

  it('releases the project lock when the app quits', async () => {
    const lockFiles = () => import('node:fs').then((fs) => fs.readdirSync(projectDir).filter((name) => name.includes('lock')));
    expect((await lockFiles()).length).toBeGreaterThan(0);
    let prevented = false;
    record.appListeners.get('will-quit')?.({ preventDefault: () => { prevented = true; } });
    expect(prevented).toBe(true);
    for (let waited = 0; record.quitCalls === 0 && waited < 5_000; waited += 20) await new Promise((resolve) => setTimeout(resolve, 20));
    expect(record.quitCalls).toBe(1);
    expect(await lockFiles()).toEqual([]);
  });
});
