/** Window size and position, remembered per machine in the user data folder (not in the project). */
import { readFile, rename, writeFile } from 'node:fs/promises';
import { z } from 'zod';

const windowStateSchema = z.object({
  width: z.number().int().min(400).max(20_000),
  height: z.number().int().min(300).max(20_000),
  x: z.number().int().min(-50_000).max(50_000).optional(),
  y: z.number().int().min(-50_000).max(50_000).optional(),
  maximized: z.boolean().optional(),
});

/** Where and how big the window was. */
export type WindowState = z.infer<typeof windowStateSchema>;

/** The state used when nothing valid was saved. */
export const DEFAULT_WINDOW_STATE: WindowState = { width: 1280, height: 820 };

/** Reads the saved state; a missing or invalid file gives the default (a window must always open). */
export async function loadWindowState(file: string): Promise<WindowState> {
  try {
    const parsed = windowStateSchema.safeParse(JSON.parse(await readFile(file, 'utf8')));
    return parsed.success ? parsed.data : DEFAULT_WINDOW_STATE;
  } catch {
    return DEFAULT_WINDOW_STATE;
  }
}

/** Writes the state atomically (temp file + rename). */
export async function saveWindowState(file: string, state: WindowState): Promise<void> {
  const temporary = `${file}.${process.pid}.tmp`;
  await writeFile(temporary, JSON.stringify(state));
  await rename(temporary, file);
}

/** Drops a saved position that no display shows any more (a monitor was unplugged). */
export function visibleState(state: WindowState, workAreas: { x: number; y: number; width: number; height: number }[]): WindowState {
  if (state.x === undefined || state.y === undefined) return state;
  const { x, y } = state;
  // At least the top-left 100×50 pixels (the title bar) must be on some display.
  const visible = workAreas.some((area) => x + 100 > area.x && x < area.x + area.width && y + 50 > area.y && y < area.y + area.height);
  return visible ? state : { width: state.width, height: state.height, maximized: state.maximized };
}
