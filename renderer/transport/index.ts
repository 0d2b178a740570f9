/**
 * Picks the transport: the Electron preload's bridge (window.anuvad) when present, otherwise HTTP
 * to the browser fallback server. The renderer calls getApi() and never knows which one it has.
 */
import type { Api, ApiName, ApiResponse, ShellCommand } from '../../services/contract.ts';
import { ApiClientError, apiFromCall, createHttpApi, stripLaunchParameters } from './http.ts';
import { withRevisions } from './revision-tracker.ts';
import { currentConflictResolver, notifyTookTheirs } from './conflict-slot.ts';

export { ApiClientError } from './http.ts';

/** What electron/preload.ts exposes: every call answers with an envelope, so errors keep their shape. */
export interface DesktopBridge {
  calls: { [N in ApiName]: (args: unknown) => Promise<ApiResponse<N>> };
  /** A listener may return a promise for 'flush-before-close'; the preload acknowledges the close when it settles. */
  onCommand(listener: (command: ShellCommand) => Promise<void> | void): () => void;
}

declare global {
  interface Window {
    anuvad?: DesktopBridge;
  }
}

let api: Api | undefined;

/** The API for this page (one instance, created on first use). */
export function getApi(): Api {
  // Every write names the revision it is based on; a stale one asks the person (ConflictDialog).
  api ??= withRevisions(createApi(typeof window === 'undefined' ? undefined : window), { resolver: currentConflictResolver, onTheirs: notifyTookTheirs });
  return api;
}

/** True inside the desktop shell. */
export function isDesktop(): boolean {
  return typeof window !== 'undefined' && window.anuvad !== undefined;
}

/** Subscribes to menu commands from the desktop shell; a no-op in the browser. Returns an unsubscribe function. */
export function onShellCommand(listener: (command: ShellCommand) => Promise<void> | void): () => void {
  if (typeof window === 'undefined' || !window.anuvad) return () => {};
  return window.anuvad.onCommand(listener);
}

/** Creates the Api for a given window (exported for tests). */
export function createApi(target: (Window & typeof globalThis) | undefined): Api {
  const bridge = target?.anuvad;
  if (bridge) {
    return apiFromCall(async (name, args) => {
      const call = Object.hasOwn(bridge.calls, name) ? bridge.calls[name] : undefined;
      if (!call) throw new ApiClientError({ code: 'not-found', message: `Unknown API call: ${name}` });
      const envelope: ApiResponse<ApiName> = await call(args);
      if (envelope.ok) return envelope.result;
      throw new ApiClientError(envelope.error);
    });
  }
  if (target) stripLaunchParameters(target);
  return createHttpApi({});
}
