/**
 * Which project warnings (ProjectInfo.warnings, from the store) the bar shows: every one not
 * dismissed in this browser session. Dismissal is per session (sessionStorage), so a problem that
 * is still there is shown again the next time the workbench opens.
 */
import type { ProjectInfo } from '../services/contract.ts';

export type ProjectWarningItem = ProjectInfo['warnings'][number];

/** The codes the UI has words for; any other code is shown with a general text. */
export const KNOWN_WARNING_CODES = [
  'corrupt-file', 'over-limit', 'newer-schema', 'missing-file', 'unsafe-path', 'changed-outside', 'read-only-folder',
  'open-elsewhere', 'stale-lock-recovered', 'operation-recovered', 'operation-unfinished',
] as const;

const STORAGE_KEY = 'anuvad.dismissedWarnings';

/** The same problem about the same file, with the same detail, is one warning. */
export function warningKey(warning: ProjectWarningItem): string {
  return `${warning.code}\u0000${warning.file}\u0000${warning.detail}`;
}

/** The i18n key part for a code (unknown codes share 'other'). */
export function warningKind(code: string): string {
  return (KNOWN_WARNING_CODES as readonly string[]).includes(code) ? code : 'other';
}

function storage(): Storage | undefined {
  try {
    return window.sessionStorage;
  } catch {
    return undefined; // storage blocked: dismissals last until reload
  }
}

/** Keys dismissed in this session. */
export function loadDismissed(): Set<string> {
  try {
    const raw = storage()?.getItem(STORAGE_KEY);
    const parsed: unknown = raw ? JSON.parse(raw) : [];
    return new Set(Array.isArray(parsed) ? parsed.filter((key): key is string => typeof key === 'string') : []);
  } catch {
    return new Set();
  }
}

/** Remembers `keys` as dismissed for this session. */
export function saveDismissed(keys: ReadonlySet<string>): void {
  try {
    storage()?.setItem(STORAGE_KEY, JSON.stringify([...keys]));
  } catch {
    // Full or blocked storage: the dismissal still holds in memory.
  }
}

/** The warnings still to show, in the store's order, without duplicates. */
export function visibleWarnings(warnings: readonly ProjectWarningItem[], dismissed: ReadonlySet<string>): ProjectWarningItem[] {
  const seen = new Set<string>();
  return warnings.filter((warning) => {
    const key = warningKey(warning);
    if (dismissed.has(key) || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
