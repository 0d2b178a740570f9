/**
 * The only place that touches ipcMain: one 'api' handler that checks the sender frame and
 * dispatches to the same handlers as the HTTP server and the CLI.
 */
import { ipcMain, type IpcMainInvokeEvent, type WebContents } from 'electron';
import type { ApiName, ApiResponse, ShellCommand } from '../services/contract.ts';
import type { ApiHandlers } from '../services/api-names.ts';
import { isApiName } from '../services/api-names.ts';
import { toApiError } from '../services/api-failure.ts';
import { API_CHANNEL, COMMAND_CHANNEL, FLUSHED_CHANNEL } from './ipc-channels.ts';

/** Registers the 'api' channel; `isTrustedUrl` says which page URLs may call it. Returns an unregister function. */
export function registerApiChannel(
  handlers: ApiHandlers,
  isTrustedUrl: (url: string) => boolean,
  onCalled?: (name: ApiName) => void,
): () => void {
  ipcMain.handle(API_CHANNEL, async (event: IpcMainInvokeEvent, name: unknown, args: unknown): Promise<ApiResponse<ApiName>> => {
    if (!isTrustedSender(event, isTrustedUrl)) {
      return { ok: false, error: { code: 'bad-input', message: 'API calls are accepted only from the workbench page' } };
    }
    if (!isApiName(name)) return { ok: false, error: { code: 'not-found', message: 'Unknown API call' } };
    try {
      const result = await handlers[name](args);
      onCalled?.(name);
      return { ok: true, result };
    } catch (thrown) {
      return { ok: false, error: toApiError(thrown) };
    }
  });
  return () => ipcMain.removeHandler(API_CHANNEL);
}

/**
 * Registers the channel on which the page acknowledges 'flush-before-close'; `onFlushed` gets the
 * web contents that answered. Only the top frame of a trusted page counts. Returns an unregister function.
 */
export function registerFlushedChannel(isTrustedUrl: (url: string) => boolean, onFlushed: (sender: WebContents) => void): () => void {
  ipcMain.handle(FLUSHED_CHANNEL, (event: IpcMainInvokeEvent): boolean => {
    if (!isTrustedSender(event, isTrustedUrl)) return false;
    onFlushed(event.sender);
    return true;
  });
  return () => ipcMain.removeHandler(FLUSHED_CHANNEL);
}

/** Sends a menu command to the page. */
export function sendShellCommand(contents: WebContents, command: ShellCommand): void {
  contents.send(COMMAND_CHANNEL, command);
}

// Only the top frame of our own page may call: not an iframe, not a page navigated elsewhere.
function isTrustedSender(event: IpcMainInvokeEvent, isTrustedUrl: (url: string) => boolean): boolean {
  const frame = event.senderFrame;
  if (!frame || frame !== event.sender.mainFrame) return false;
  return isTrustedUrl(frame.url);
}
