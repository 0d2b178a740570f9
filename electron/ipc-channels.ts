/** IPC channel names shared by the preload and the main process (no electron import: the preload bundles it). */

/** The one invoke channel: ('api', name, args) → ApiResponse. */
export const API_CHANNEL = 'api';
/** Main → renderer menu commands (ShellCommand). */
export const COMMAND_CHANNEL = 'shell-command';
