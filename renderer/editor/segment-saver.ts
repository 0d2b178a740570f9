/**
 * Autosave for segment edits: each change is queued per segment and written shortly after typing
 * stops; a flush writes everything at once (blur, page hide, before reload). Failed writes stay
 * queued and are retried, so an edit is never dropped. Timers are injected so tests run without waiting.
 */
import type { SegmentStatus } from '../../services/contract.ts';

/** What is written for one segment. */
export interface SegmentSave {
  segmentId: string;
  target: string;
  status: SegmentStatus;
  overrideReason?: string;
}

/** What the indicator shows. */
export type SaveState = 'saved' | 'unsaved' | 'saving' | 'error';

/** Timer functions, injected (window.setTimeout in the app, fakes in tests). */
export interface SaverTimers {
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

/** Options of createSegmentSaver. */
export interface SegmentSaverOptions {
  write(save: SegmentSave): Promise<void>;
  /** Called with the new state, and with the error message while writes fail. */
  onStateChange(state: SaveState, errorMessage?: string): void;
  timers: SaverTimers;
  /** Quiet time after the last change before writing. */
  delayMs?: number;
  /** Wait before retrying a failed write. */
  retryMs?: number;
}

/** A running autosaver. */
export interface SegmentSaver {
  /** Queues the latest state of a segment and restarts the quiet-time timer. */
  schedule(save: SegmentSave): void;
  /** Writes everything queued now; resolves when all writes are done (or failed and re-queued). */
  flush(): Promise<void>;
  /** True while some edit is not yet on disk. */
  hasPending(): boolean;
  state(): SaveState;
  /** Stops timers; queued edits stay queued (call flush first). */
  dispose(): void;
}

/** Creates an autosaver that writes per segment after `delayMs` of quiet. */
export function createSegmentSaver(options: SegmentSaverOptions): SegmentSaver {
  const delayMs = options.delayMs ?? 600;
  const retryMs = options.retryMs ?? 2000;
  const pending = new Map<string, SegmentSave>();
  const inFlight = new Map<string, Promise<void>>();
  let timer: unknown = null;
  let current: SaveState = 'saved';
  let failed = false;
  let errorMessage: string | undefined;

  const setState = (next: SaveState) => {
    if (next === current) return;
    current = next;
    options.onStateChange(next, next === 'error' ? errorMessage : undefined);
  };
  const refreshState = () => {
    if (failed) setState('error');
    else if (inFlight.size > 0) setState('saving');
    else if (pending.size > 0) setState('unsaved');
    else setState('saved');
  };
  const arm = (ms: number) => {
    if (timer !== null) options.timers.clearTimeout(timer);
    timer = options.timers.setTimeout(() => {
      timer = null;
      void flush();
    }, ms);
  };

  const writeOne = async (save: SegmentSave): Promise<void> => {
    // Writes of one segment go out in order, so an older text never lands after a newer one.
    const previous = inFlight.get(save.segmentId);
    if (previous) await previous;
    const attempt = options.write(save).then(
      () => {
        failed = false;
      },
      (error: unknown) => {
        failed = true;
        errorMessage = error instanceof Error ? error.message : String(error);
        if (!pending.has(save.segmentId)) pending.set(save.segmentId, save);
        arm(retryMs);
      },
    );
    inFlight.set(save.segmentId, attempt);
    refreshState();
    await attempt;
    if (inFlight.get(save.segmentId) === attempt) inFlight.delete(save.segmentId);
    refreshState();
  };

  const flush = async (): Promise<void> => {
    if (timer !== null) {
      options.timers.clearTimeout(timer);
      timer = null;
    }
    const batch = [...pending.values()];
    pending.clear();
    await Promise.all([...batch.map(writeOne), ...inFlight.values()]);
  };

  return {
    schedule(save) {
      pending.set(save.segmentId, save);
      refreshState();
      arm(delayMs);
    },
    flush,
    hasPending: () => pending.size > 0 || inFlight.size > 0,
    state: () => current,
    dispose() {
      if (timer !== null) options.timers.clearTimeout(timer);
      timer = null;
    },
  };
}
