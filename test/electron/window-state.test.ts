import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DEFAULT_WINDOW_STATE, loadWindowState, saveWindowState, visibleState } from '../../electron/window-state.ts';

let work: string;
beforeAll(async () => { work = await mkdtemp(path.join(tmpdir(), 'anuvad-window-')); });
afterAll(async () => { await rm(work, { recursive: true, force: true }); });

describe('window state', () => {
  it('round-trips size, position and maximised flag', async () => {
    const file = path.join(work, 'state.json');
    await saveWindowState(file, { x: 40, y: 30, width: 1400, height: 900, maximized: true });
    expect(await loadWindowState(file)).toEqual({ x: 40, y: 30, width: 1400, height: 900, maximized: true });
  });

  it('falls back to the default for a missing, corrupt or absurd file', async () => {
    expect(await loadWindowState(path.join(work, 'absent.json'))).toEqual(DEFAULT_WINDOW_STATE);
    await writeFile(path.join(work, 'corrupt.json'), '{"width": 12');
    expect(await loadWindowState(path.join(work, 'corrupt.json'))).toEqual(DEFAULT_WINDOW_STATE);
    await writeFile(path.join(work, 'tiny.json'), JSON.stringify({ width: 5, height: 5 }));
    expect(await loadWindowState(path.join(work, 'tiny.json'))).toEqual(DEFAULT_WINDOW_STATE);
  });

  it('forgets a position that no display shows any more', () => {
    const displays = [{ x: 0, y: 0, width: 1920, height: 1080 }];
    expect(visibleState({ x: 100, y: 100, width: 800, height: 600 }, displays)).toEqual({ x: 100, y: 100, width: 800, height: 600 });
    expect(visibleState({ x: 2500, y: 100, width: 800, height: 600, maximized: false }, displays)).toEqual({ width: 800, height: 600, maximized: false });
    expect(visibleState({ x: 2500, y: 100, width: 800, height: 600 }, [...displays, { x: 1920, y: 0, width: 1920, height: 1080 }]).x).toBe(2500);
  });
});
