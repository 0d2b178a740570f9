import { describe, expect, it } from 'vitest';
import { commandForKey, type KeyInput } from '../../renderer/editor/shortcuts.ts';

function key(partial: Partial<KeyInput> & { key: string }): KeyInput {
  return { code: '', ctrlKey: false, metaKey: false, shiftKey: false, altKey: false, ...partial };
}

describe('editor shortcuts', () => {
  it('maps the documented keys', () => {
    expect(commandForKey(key({ key: 'Enter', ctrlKey: true }))).toEqual({ type: 'confirm-and-next' });
    expect(commandForKey(key({ key: 'Enter', ctrlKey: true, shiftKey: true }))).toEqual({ type: 'approve' });
    expect(commandForKey(key({ key: 'ArrowUp', altKey: true }))).toEqual({ type: 'previous-segment' });
    expect(commandForKey(key({ key: 'ArrowDown', altKey: true }))).toEqual({ type: 'next-segment' });
    expect(commandForKey(key({ key: 'z', code: 'KeyZ', ctrlKey: true }))).toEqual({ type: 'undo' });
    expect(commandForKey(key({ key: 'Z', code: 'KeyZ', ctrlKey: true, shiftKey: true }))).toEqual({ type: 'redo' });
    expect(commandForKey(key({ key: 'y', code: 'KeyY', ctrlKey: true }))).toEqual({ type: 'redo' });
    expect(commandForKey(key({ key: 'f', code: 'KeyF', ctrlKey: true }))).toEqual({ type: 'find' });
    expect(commandForKey(key({ key: 'm', code: 'KeyM', ctrlKey: true }))).toEqual({ type: 'insert-best-match' });
    expect(commandForKey(key({ key: 'Escape' }))).toEqual({ type: 'close' });
  });

  it('maps Ctrl+1…9 to 0-based rendering indices, by physical key and on the numpad', () => {
    for (let digit = 1; digit <= 9; digit++) {
      expect(commandForKey(key({ key: String(digit), code: `Digit${digit}`, ctrlKey: true }))).toEqual({ type: 'insert-rendering', index: digit - 1 });
      expect(commandForKey(key({ key: String(digit), code: `Numpad${digit}`, ctrlKey: true }))).toEqual({ type: 'insert-rendering', index: digit - 1 });
    }
    // Ctrl+0 stays the browser's zoom reset; the term picker for every term is Ctrl+K.
    expect(commandForKey(key({ key: '0', code: 'Digit0', ctrlKey: true }))).toBeNull();
    expect(commandForKey(key({ key: 'k', code: 'KeyK', ctrlKey: true }))).toEqual({ type: 'pick-term' });
    // A Hindi InScript layout sends Devanagari digits as key; the physical code still decides.
    expect(commandForKey(key({ key: '१', code: 'Digit1', ctrlKey: true }))).toEqual({ type: 'insert-rendering', index: 0 });
  });

  it('treats Cmd as Ctrl (macOS) and works on non-Latin layouts by key code', () => {
    expect(commandForKey(key({ key: 'z', code: 'KeyZ', metaKey: true }))).toEqual({ type: 'undo' });
    expect(commandForKey(key({ key: 'ॆ', code: 'KeyZ', ctrlKey: true }))).toEqual({ type: 'undo' });
  });

  it('leaves ordinary typing and other combinations alone', () => {
    expect(commandForKey(key({ key: 'a', code: 'KeyA' }))).toBeNull();
    expect(commandForKey(key({ key: 'Enter' }))).toBeNull();
    expect(commandForKey(key({ key: 'ArrowDown' }))).toBeNull();
    expect(commandForKey(key({ key: 'ArrowDown', altKey: true, shiftKey: true }))).toBeNull();
    expect(commandForKey(key({ key: '1', code: 'Digit1', altKey: true }))).toBeNull();
    expect(commandForKey(key({ key: 'z', code: 'KeyZ', ctrlKey: true, altKey: true }))).toBeNull();
  });
});
