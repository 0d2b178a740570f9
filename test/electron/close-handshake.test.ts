/**
 * The window-close handshake: the pure state machine main.ts uses, and the preload's side (it
 * acknowledges on the flushed channel only when the page's listener answers with a promise).
 */
import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { build } from 'esbuild';
import { createCloseHandshake, CLOSE_FLUSH_TIMEOUT_MS } from '../../electron/close-handshake.ts';
import { FLUSHED_CHANNEL } from '../../electron/ipc-channels.ts';

/** Timers driven by hand, and a record of what the handshake asked the shell to do. */
function harness(options: { requestThrows?: boolean } = {}) {
  const due = new Map<number, { at: number; callback: () => void }>();
  let now = 0;
  let nextId = 1;
  const calls: string[] = [];
  const handshake = createCloseHandshake({
    requestFlush: () => {
      calls.push('request-flush');
      if (options.requestThrows) throw new Error('Object has been destroyed');
    },
    closeWindow: () => calls.push('close-window'),
    setTimer: (callback, ms) => {
      const id = nextId++;
      due.set(id, { at: now + ms, callback });
      return id;
    },
    clearTimer: (handle) => due.delete(handle as number),
  });
  const advance = (ms: number) => {
    now += ms;
    for (const [id, timer] of [...due].sort((a, b) => a[1].at - b[1].at)) {
      if (timer.at <= now) {
        due.delete(id);
        timer.callback();
      }
    }
  };
  return { handshake, calls, advance, timers: () => due.size };
}

describe('close handshake (main side)', () => {
  it('holds the first close, asks the page to flush, and closes when the page answers', () => {
    const { handshake, calls, timers } = harness();
    expect(handshake.onClose()).toBe('wait');
    expect(calls).toEqual(['request-flush']);
    expect(handshake.phase()).toBe('flushing');
    handshake.onFlushed();
    expect(calls).toEqual(['request-flush', 'close-window']);
    expect(timers()).toBe(0);
    // The close event that window.close() raises is let through.
    expect(handshake.onClose()).toBe('close');
    expect(calls).toEqual(['request-flush', 'close-window']);
  });

  it('closes after the timeout when the page never answers, and ignores a late answer', () => {
    const { handshake, calls, advance } = harness();
    handshake.onClose();
    advance(CLOSE_FLUSH_TIMEOUT_MS - 1);
    expect(calls).toEqual(['request-flush']);
    advance(1);
    expect(calls).toEqual(['request-flush', 'close-window']);
    handshake.onFlushed();
    expect(calls).toEqual(['request-flush', 'close-window']);
  });

  it('asks only once when close is clicked again while the page is flushing', () => {
    const { handshake, calls } = harness();
    expect(handshake.onClose()).toBe('wait');
    expect(handshake.onClose()).toBe('wait');
    expect(calls).toEqual(['request-flush']);
  });

  it('ignores an acknowledgement nobody asked for', () => {
    const { handshake, calls } = harness();
    handshake.onFlushed();
    expect(calls).toEqual([]);
    expect(handshake.phase()).toBe('open');
  });

  it('closes at once (next turn) when the page cannot be asked', () => {
    const { handshake, calls, advance } = harness({ requestThrows: true });
    expect(handshake.onClose()).toBe('wait');
    advance(0);
    expect(calls).toEqual(['request-flush', 'close-window']);
  });
});

describe('close handshake (preload side)', () => {
  async function runPreload() {
    const bundle = await build({
      entryPoints: [path.join(import.meta.dirname, '../../electron/preload.ts')], bundle: true, write: false, format: 'cjs', platform: 'node', external: ['electron'], logLevel: 'silent',
    });
    const exposed: Record<string, unknown> = {};
    const invocations: unknown[][] = [];
    const listeners: ((...args: unknown[]) => void)[] = [];
    const electron = {
      contextBridge: { exposeInMainWorld: (key: string, value: unknown) => { exposed[key] = value; } },
      ipcRenderer: {
        invoke: async (...args: unknown[]) => { invocations.push(args); return true; },
        on: (_channel: string, listener: (...args: unknown[]) => void) => listeners.push(listener),
        removeListener: () => {},
      },
    };
    const module = { exports: {} };
    new Function('require', 'module', 'exports', bundle.outputFiles[0].text)(() => electron, module, module.exports);
    const bridge = exposed.anuvad as { onCommand: (listener: (command: { type: string }) => unknown) => () => void };
    return { bridge, invocations, deliver: (command: unknown) => listeners.forEach((listener) => listener({}, command)) };
  }

  it('acknowledges on the flushed channel only after the page promise settles', async () => {
    const { bridge, invocations, deliver } = await runPreload();
    let finish = () => {};
    bridge.onCommand((command) => (command.type === 'flush-before-close' ? new Promise<void>((resolve) => { finish = resolve; }) : undefined));
    deliver({ type: 'flush-before-close' });
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(invocations).toEqual([]);
    finish();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(invocations).toEqual([[FLUSHED_CHANNEL]]);
  });

  it('does not acknowledge for a listener that returns nothing, nor for other commands', async () => {
    const { bridge, invocations, deliver } = await runPreload();
    bridge.onCommand(() => undefined);
    bridge.onCommand(() => Promise.resolve());
    deliver({ type: 'find' });
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(invocations).toEqual([]);
    deliver({ type: 'flush-before-close' });
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(invocations).toEqual([[FLUSHED_CHANNEL]]);
  });

  it('acknowledges even when the flush fails, so the window still closes', async () => {
    const { bridge, invocations, deliver } = await runPreload();
    bridge.onCommand(() => Promise.reject(new Error('disk full')));
    deliver({ type: 'flush-before-close' });
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(invocations).toEqual([[FLUSHED_CHANNEL]]);
  });
});
