/** IPC channel names shared by the preload and the main process (no electron import: the preload bundles it). */

/** The one invoke channel: ('api', name, args) → ApiResponse. */
export const API_CHANNEL = 'api';
/** Main → renderer menu commands (ShellCommand). */
export const COMMAND_CHANNEL = 'shell-command';
/** Renderer → main: every pending edit is written after a 'flush-before-close' command; the window may close. */
export const FLUSHED_CHANNEL = 'shell-flushed';

/** Where the desktop shell serves the renderer (a standard, secure custom scheme; see main.ts). */
export const APP_ORIGIN = 'app://workbench';

/** True for a URL of our renderer page. Node's URL gives custom schemes the origin "null", so compare parts. */
export function isWorkbenchUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'app:' && parsed.host === 'workbench' && parsed.username === '' && parsed.password === '';
  } catch {
    return false;
  }
}
