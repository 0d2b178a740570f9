/** The main-process IPC channel: only our page's top frame may call, only contract names, errors as data. */
import { beforeEach, describe, expect, it, vi } from 'vitest';

const registered = new Map<string, (...args: unknown[]) => Promise<unknown>>();
vi.mock('electron', () => ({
  ipcMain: {
    handle: (channel: string, handler: (...args: unknown[]) => Promise<unknown>) => registered.set(channel, handler),
    removeHandler: (channel: string) => registered.delete(channel),
  },
}));

const { registerApiChannel } = await import('../../electron/ipc.ts');
const { ApiFailure } = await import('../../services/api-failure.ts');
const { isWorkbenchUrl } = await import('../../electron/ipc-channels.ts');

const mainFrame = { url: 'app://workbench/index.html' };
const fromPage = { senderFrame: mainFrame, sender: { mainFrame } };
const handlers = {
  'article.get': async (args: unknown) => ({ echoed: args }),
  'article.list': async () => {
    throw new ApiFailure({ code: 'read-only', message: 'locked' });
  },
};

let unregister: () => void;
beforeEach(() => {
  unregister?.();
  unregister = registerApiChannel(handlers as never, isWorkbenchUrl);
});
const invoke = (event: unknown, name: unknown, args: unknown) => registered.get('api')!(event, name, args);

describe('IPC api channel', () => {
  it('dispatches a contract call from the page and wraps the result', async () => {
    expect(await invoke(fromPage, 'article.get', { id: 'x' })).toEqual({ ok: true, result: { echoed: { id: 'x' } } });
  });

  it('returns handler failures as ApiError data', async () => {
    expect(await invoke(fromPage, 'article.list', {})).toEqual({ ok: false, error: { code: 'read-only', message: 'locked' } });
  });

  it('refuses unknown names, foreign pages and subframes without calling a handler', async () => {
    expect(await invoke(fromPage, 'shell.exec', {})).toMatchObject({ ok: false, error: { code: 'not-found' } });
    expect(await invoke(fromPage, 'constructor', {})).toMatchObject({ ok: false, error: { code: 'not-found' } });
    const foreignFrame = { url: 'https://evil.example/' };
    expect(await invoke({ senderFrame: foreignFrame, sender: { mainFrame: foreignFrame } }, 'article.get', {})).toMatchObject({ ok: false });
    const subframe = { url: 'app://workbench/index.html' };
    expect(await invoke({ senderFrame: subframe, sender: { mainFrame } }, 'article.get', {})).toMatchObject({ ok: false });
    expect(await invoke({ senderFrame: null, sender: { mainFrame } }, 'article.get', {})).toMatchObject({ ok: false });
  });

  it('trusts only app://workbench URLs', () => {
    expect(isWorkbenchUrl('app://workbench/index.html#/editor')).toBe(true);
    for (const url of ['app://other/index.html', 'https://workbench/', 'file:///app/index.html', 'app://user@workbench/', 'not a url']) {
      expect(isWorkbenchUrl(url), url).toBe(false);
    }
  });

  it('unregisters', () => {
    unregister();
    expect(registered.has('api')).toBe(false);
  });
});
