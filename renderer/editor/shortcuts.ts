/** The editor's keyboard map as data: a key event in, a command out (no DOM access, so it is testable). */

/** Something the editor does in answer to a key. */
export type EditorCommand =
  | { type: 'confirm-and-next' }
  | { type: 'previous-segment' }
  | { type: 'next-segment' }
  | { type: 'undo' }
  | { type: 'redo' }
  | { type: 'find' }
  | { type: 'approve' }
  | { type: 'insert-rendering'; index: number }
  | { type: 'pick-term' }
  | { type: 'insert-best-match' }
  | { type: 'ignore-issue' }
  | { type: 'next-issue' }
  | { type: 'previous-issue' }
  | { type: 'replace' }
  | { type: 'concordance' }
  | { type: 'close' };

/** The parts of a KeyboardEvent the map reads. */
export interface KeyInput {
  key: string;
  code: string;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
}

/** Maps a key press to an editor command, or null when the key is ordinary typing. Cmd counts as Ctrl on macOS. */
export function commandForKey(event: KeyInput): EditorCommand | null {
  const primary = event.ctrlKey || event.metaKey;
  const key = event.key.length === 1 ? event.key.toLowerCase() : event.key;
  if (primary && !event.altKey) {
    if (key === 'Enter' && !event.shiftKey) return { type: 'confirm-and-next' };
    if (key === 'Enter' && event.shiftKey) return { type: 'approve' };
    // event.code keeps Ctrl+Z working on non-Latin keyboard layouts (Hindi InScript gives another key).
    if ((key === 'z' || event.code === 'KeyZ') && event.shiftKey) return { type: 'redo' };
    if (key === 'z' || event.code === 'KeyZ') return { type: 'undo' };
    if ((key === 'y' || event.code === 'KeyY') && !event.shiftKey) return { type: 'redo' };
    if ((key === 'f' || event.code === 'KeyF') && !event.shiftKey) return { type: 'find' };
    // Ctrl+H: find and replace, as in memoQ, Trados Studio and Word.
    if ((key === 'h' || event.code === 'KeyH') && !event.shiftKey) return { type: 'replace' };
    if ((key === 'c' || event.code === 'KeyC') && event.shiftKey) return { type: 'concordance' };
    if ((key === 'm' || event.code === 'KeyM') && !event.shiftKey) return { type: 'insert-best-match' };
    // Ctrl+0 would be the browser's zoom reset, which readers at 200 % need; K is the usual picker key.
    if ((key === 'k' || event.code === 'KeyK') && !event.shiftKey) return { type: 'pick-term' };
    const digit = /^Digit([1-9])$/.exec(event.code) ?? /^Numpad([1-9])$/.exec(event.code);
    if (digit && !event.shiftKey) return { type: 'insert-rendering', index: Number(digit[1]) - 1 };
    return null;
  }
  if (event.altKey && !primary && !event.shiftKey) {
    if (key === 'ArrowUp') return { type: 'previous-segment' };
    if (key === 'ArrowDown') return { type: 'next-segment' };
    // Alt+I: ignore the segment's first open issue (asks for the reason), without reaching for the mouse.
    if (key === 'i' || event.code === 'KeyI') return { type: 'ignore-issue' };
  }
  // F8 / Shift+F8: next / previous problem (as VS Code; Trados Studio's F8 runs its checks).
  if (key === 'F8' && !primary && !event.altKey) return { type: event.shiftKey ? 'previous-issue' : 'next-issue' };
  // F3: concordance of the selection, Trados Studio's key (memoQ's Ctrl+K is the term picker here).
  if (key === 'F3' && !primary && !event.altKey && !event.shiftKey) return { type: 'concordance' };
  if (key === 'Escape' && !primary && !event.altKey) return { type: 'close' };
  return null;
}

/** Shortcut labels for menus and help, keyed by command type. */
export const SHORTCUT_LABELS: Readonly<Record<EditorCommand['type'], string>> = {
  'confirm-and-next': 'Ctrl+Enter',
  approve: 'Ctrl+Shift+Enter',
  'previous-segment': 'Alt+↑',
  'next-segment': 'Alt+↓',
  undo: 'Ctrl+Z',
  redo: 'Ctrl+Shift+Z',
  find: 'Ctrl+F',
  'insert-rendering': 'Ctrl+1…9',
  'pick-term': 'Ctrl+K',
  'insert-best-match': 'Ctrl+M',
  'ignore-issue': 'Alt+I',
  'next-issue': 'F8',
  'previous-issue': 'Shift+F8',
  replace: 'Ctrl+H',
  concordance: 'F3 / Ctrl+Shift+C',
  close: 'Esc',
};
