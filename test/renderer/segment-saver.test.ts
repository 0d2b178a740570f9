import { describe, expect, it } from 'vitest';
import { createSegmentSaver, type SaveState, type SaverTimers, type SegmentSave } from '../../renderer/editor/segment-saver.ts';

/** Timers driven by hand: advance(ms) fires what is due. */
function manualTimers(): SaverTimers & { advance(ms: number): void; pending(): number } {
  let now = 0;
  let nextId = 1;
  const due = new Map<number, { at: number; callback: () => void }>();
  return {
    setTimeout(callback, ms) {
      const id = nextId++;
      due.set(id, { at: now + ms, callback });
      return id;
    },
    clearTimeout(handle) {
      due.delete(handle as number);
    },
    advance(ms) {
      now += ms;
      for (const [id, timer] of [...due].sort((a, b) => a[1].at - b[1].at)) {
        if (timer.at <= now) {
          due.delete(id);
          timer.callback();
        }
      }
    },
    pending: () => due.size,
  };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('segment autosave', () => {
  it('writes once after typing stops, with the latest text', async () => {
    const timers = manualTimers();
    const writes: SegmentSave[] = [];
    const states: SaveState[] = [];
    const saver = createSegmentSaver({ write: async (save) => void writes.push(save), onStateChange: (state) => states.push(state), timers, delayMs: 600 });
    saver.schedule({ segmentId: 's1', target: 'K', status: 'draft' });
    timers.advance(300);
    saver.schedule({ segmentId: 's1', target: 'Kim', status: 'draft' });
    timers.advance(599);
    expect(writes).toEqual([]);
    expect(saver.state()).toBe('unsaved');
    timers.advance(1);
    await settle();
    expect(writes).toEqual([{ segmentId: 's1', target: 'Kim', status: 'draft' }]);
    expect(saver.state()).toBe('saved');
    expect(states).toEqual(['unsaved', 'saving', 'saved']);
  });

  it('flushes every queued segment at once', async () => {
    const timers = manualTimers();
    const writes: string[] = [];
    const saver = createSegmentSaver({ write: async (save) => void writes.push(save.segmentId), onStateChange: () => {}, timers });
    saver.schedule({ segmentId: 'a', target: 'A', status: 'draft' });
    saver.schedule({ segmentId: 'b', target: 'B', status: 'translated' });
    expect(saver.hasPending()).toBe(true);
    await saver.flush();
    expect(writes.sort()).toEqual(['a', 'b']);
    expect(saver.hasPending()).toBe(false);
    expect(timers.pending()).toBe(0);
  });

  it('keeps a failed write queued, shows the error and retries until it succeeds', async () => {
    const timers = manualTimers();
    let failures = 2;
    const written: string[] = [];
    const reported: (string | undefined)[] = [];
    const saver = createSegmentSaver({
      write: async (save) => {
        if (failures-- > 0) throw new Error('ENOSPC: no space left on device');
        written.push(save.target);
      },
      onStateChange: (state, message) => {
        if (state === 'error') reported.push(message);
      },
      timers,
      retryMs: 2000,
    });
    saver.schedule({ segmentId: 's', target: 'text', status: 'draft' });
    await saver.flush();
    expect(saver.state()).toBe('error');
    expect(reported).toEqual(['ENOSPC: no space left on device']);
    expect(saver.hasPending()).toBe(true);
    timers.advance(2000);
    await settle();
    expect(saver.state()).toBe('error');
    timers.advance(2000);
    await settle();
    expect(written).toEqual(['text']);
    expect(saver.state()).toBe('saved');
  });

  it('a newer edit made while an older write failed is the one that gets written', async () => {
    const timers = manualTimers();
    let fail = true;
    const written: string[] = [];
    const saver = createSegmentSaver({
      write: async (save) => {
        if (fail) {
          fail = false;
          throw new Error('EACCES');
        }
        written.push(save.target);
      },
      onStateChange: () => {},
      timers,
    });
    saver.schedule({ segmentId: 's', target: 'old', status: 'draft' });
    const flushing = saver.flush();
    saver.schedule({ segmentId: 's', target: 'new', status: 'draft' });
    await flushing;
    await saver.flush();
    expect(written).toEqual(['new']);
  });
});
