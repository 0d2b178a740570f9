/**
 * The preload exposes exactly the contract's calls and nothing else: checked statically (source)
 * and by running the bundled preload against a stand-in for Electron's contextBridge.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';
import { API_NAMES } from '../../services/api-names.ts';

const root = path.join(import.meta.dirname, '../..');
const preloadSource = readFileSync(path.join(root, 'electron/preload.ts'), 'utf8');
const contractSource = readFileSync(path.join(root, 'services/contract.ts'), 'utf8');

/** The call names of `interface ApiCalls` in contract.ts, read from the source text. */
function contractCallNames(): string[] {
  const body = /export interface ApiCalls \{([\s\S]*?)\n\}/.exec(contractSource)?.[1] ?? '';
  return [...body.matchAll(/^\s*'([a-z]+\.[A-Za-z]+)':/gm)].map((match) => match[1]);
}

describe('preload (static)', () => {
  it('lists exactly the contract calls', () => {
    const names = contractCallNames();
    expect(names.length).toBeGreaterThanOrEqual(14);
    expect([...API_NAMES].sort()).toEqual([...names].sort());
  });

  it('imports only electron and the shared name lists, and exposes one object', () => {
    const imports = [...preloadSource.matchAll(/^import (type )?.* from '([^']+)';$/gm)].map((match) => `${match[1] ?? ''}${match[2]}`);
    expect(imports.sort()).toEqual(['../services/api-names.ts', './ipc-channels.ts', 'electron', 'type ../services/contract.ts'].sort());
    expect(preloadSource.match(/exposeInMainWorld\(/g)).toHaveLength(1);
    expect(preloadSource).toContain("exposeInMainWorld('anuvad'");
    expect(preloadSource).not.toMatch(/ipcRenderer\.(send|sendSync|sendTo|postMessage)\b/);
    expect(preloadSource).not.toMatch(/\brequire\(|process\.|webFrame|shell\b/);
  });
});

describe('preload (bundled and run)', () => {
  async function runPreload() {
    const bundle = await build({
      entryPoints: [path.join(root, 'electron/preload.ts')], bundle: true, write: false, format: 'cjs', platform: 'node', external: ['electron'], logLevel: 'silent',
    });
    const exposed: Record<string, unknown> = {};
    const invocations: unknown[][] = [];
    const listeners = new Map<string, ((...args: unknown[]) => void)[]>();
    const electron = {
      contextBridge: { exposeInMainWorld: (key: string, value: unknown) => { exposed[key] = value; } },
      ipcRenderer: {
        invoke: async (...args: unknown[]) => { invocations.push(args); return { ok: true, result: 'answer' }; },
        on: (channel: string, listener: (...args: unknown[]) => void) => listeners.set(channel, [...(listeners.get(channel) ?? []), listener]),
        removeListener: (channel: string, listener: (...args: unknown[]) => void) => listeners.set(channel, (listeners.get(channel) ?? []).filter((each) => each !== listener)),
      },
    };
    const requireStub = (name: string) => {
      if (name !== 'electron') throw new Error(`the sandboxed preload required ${name}`);
      return electron;
    };
    const module = { exports: {} };
    new Function('require', 'module', 'exports', bundle.outputFiles[0].text)(requireStub, module, module.exports);
    return { exposed, invocations, listeners };
  }

  it('exposes window.anuvad with one function per contract call and a command subscription', async () => {
    const { exposed } = await runPreload();
    expect(Object.keys(exposed)).toEqual(['anuvad']);
    const bridge = exposed.anuvad as { calls: Record<string, unknown>; onCommand: unknown };
    expect(Object.keys(bridge).sort()).toEqual(['calls', 'onCommand']);
    expect(Object.keys(bridge.calls).sort()).toEqual(contractCallNames().sort());
    expect(Object.isFrozen(bridge.calls)).toBe(true);
  });

  it('sends each call over the one api channel with its name and arguments', async () => {
    const { exposed, invocations } = await runPreload();
    const bridge = exposed.anuvad as { calls: Record<string, (args: unknown) => Promise<unknown>> };
    await expect(bridge.calls['article.get']({ id: 'a1' })).resolves.toEqual({ ok: true, result: 'answer' });
    expect(invocations).toEqual([['api', 'article.get', { id: 'a1' }]]);
  });

  it('hands the page only the command, never the IPC event, and unsubscribes', async () => {
    const { exposed, listeners } = await runPreload();
    const bridge = exposed.anuvad as { onCommand: (listener: (...args: unknown[]) => void) => () => void };
    const received: unknown[][] = [];
    const unsubscribe = bridge.onCommand((...args) => received.push(args));
    const [listener] = listeners.get('shell-command') ?? [];
    listener({ sender: 'the IPC event' }, { type: 'find' });
    expect(received).toEqual([[{ type: 'find' }]]);
    unsubscribe();
    expect(listeners.get('shell-command')).toEqual([]);
  });
});
