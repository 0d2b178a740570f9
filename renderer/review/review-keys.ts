/** The review view's keyboard map as data: a key event in, a command out (no DOM access, so it is testable). */
import type { KeyInput } from '../editor/shortcuts.ts';

/** Something the review view does in answer to a key. */
export type ReviewCommand =
  | { type: 'next' | 'previous' | 'accept' | 'accept-above' | 'merge-next' | 'merge-previous' | 'split' | 'undo' }
  | { type: 'move-sentence'; direction: 'previous' | 'next' }
  | { type: 'mark-untranslated' | 'mark-addition' };

// event.code as well as event.key, so the keys work on a Hindi (InScript) keyboard layout too.
const LETTER = (event: KeyInput, letter: string) => event.key.toLowerCase() === letter || event.code === `Key${letter.toUpperCase()}`;

/** Maps a key press to a review command, or null. Cmd counts as Ctrl on macOS. */
export function reviewCommandForKey(event: KeyInput): ReviewCommand | null {
  const primary = event.ctrlKey || event.metaKey;
  if (primary && !event.altKey && !event.shiftKey && LETTER(event, 'z')) return { type: 'undo' };
  if (primary) return null;
  if (event.altKey) {
    if (event.shiftKey) return null;
    if (event.key === 'ArrowDown') return { type: 'next' };
    if (event.key === 'ArrowUp') return { type: 'previous' };
    return null;
  }
  if (event.shiftKey) {
    if (LETTER(event, 'a')) return { type: 'accept-above' };
    if (LETTER(event, 'm')) return { type: 'merge-previous' };
    return null;
  }
  if (LETTER(event, 'j')) return { type: 'next' };
  if (LETTER(event, 'k')) return { type: 'previous' };
  if (LETTER(event, 'a')) return { type: 'accept' };
  if (LETTER(event, 'm')) return { type: 'merge-next' };
  if (LETTER(event, 's')) return { type: 'split' };
  if (LETTER(event, 'u')) return { type: 'mark-untranslated' };
  if (LETTER(event, 'd')) return { type: 'mark-addition' };
  if (event.key === '[' || event.code === 'BracketLeft') return { type: 'move-sentence', direction: 'previous' };
  if (event.key === ']' || event.code === 'BracketRight') return { type: 'move-sentence', direction: 'next' };
  return null;
}

/** The shortcuts as shown in the help line, in order. */
export const REVIEW_SHORTCUTS: readonly { keys: string; command: string }[] = [
  { keys: 'j / k, Alt+↓ / Alt+↑', command: 'move' },
  { keys: 'a', command: 'accept' },
  { keys: 'Shift+A', command: 'acceptAbove' },
  { keys: 'm / Shift+M', command: 'merge' },
  { keys: 's', command: 'split' },
  { keys: '[ / ]', command: 'moveSentence' },
  { keys: 'u', command: 'untranslated' },
  { keys: 'd', command: 'addition' },
  { keys: 'Ctrl+Z', command: 'undo' },
];
