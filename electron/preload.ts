/**
 * The preload: exposes `window.anuvad` with one function per contract call (a fixed list, checked
 * by the compiler against the contract) and a subscription to menu commands. Nothing else of
 * Electron or Node reaches the page. Each call answers with an ApiResponse envelope because
 * contextBridge keeps only the message of a thrown Error, and the renderer needs the ApiError.
 */
import { contextBridge, ipcRenderer } from 'electron';
import type { ApiName, ApiResponse, ShellCommand } from '../services/contract.ts';
import { API_NAMES, isApiName } from '../services/api-names.ts';
import { API_CHANNEL, COMMAND_CHANNEL, FLUSHED_CHANNEL } from './ipc-channels.ts';

type BridgeCalls = { [N in ApiName]: (args: unknown) => Promise<ApiResponse<N>> };

function invoke(name: ApiName, args: unknown): Promise<ApiResponse<ApiName>> {
  // Checked again in the main process; refusing here keeps typos out of the IPC log.
  if (!isApiName(name)) return Promise.resolve({ ok: false, error: { code: 'not-found', message: 'Unknown API call' } });
  return ipcRenderer.invoke(API_CHANNEL, name, args);
}

function isThenable(value: unknown): value is PromiseLike<unknown> {
  return typeof value === 'object' && value !== null && typeof (value as { then?: unknown }).then === 'function';
}

const calls = Object.freeze(Object.fromEntries(
  API_NAMES.map((name) => [name, (args: unknown) => invoke(name, args)]),
)) as BridgeCalls;

contextBridge.exposeInMainWorld('anuvad', {
  calls,
  onCommand(listener: (command: ShellCommand) => unknown): () => void {
    // The IPC event object stays here: the page receives only the command data.
    const forward = (_event: unknown, command: ShellCommand) => {
      const answer = listener(command);
      // The listener that flushes answers with a promise; others return nothing and are not waited for.
      if (command.type === 'flush-before-close' && isThenable(answer)) {
        void Promise.resolve(answer).catch(() => undefined).then(() => ipcRenderer.invoke(FLUSHED_CHANNEL));
      }
    };
    ipcRenderer.on(COMMAND_CHANNEL, forward);
    return () => {
      ipcRenderer.removeListener(COMMAND_CHANNEL, forward);
    };
  },
});
