/** The page's side of the close handshake: 'flush-before-close' writes what the autosaver still holds. */
import { describe, expect, it } from 'vitest';
import { answerCloseCommand, createCloseFlush } from '../../renderer/editor/close-flush.ts';
import { createSegmentSaver, type SegmentSave } from '../../renderer/editor/segment-saver.ts';

/** Timers that never fire on their own: only a flush can write. */
const frozenTimers = { setTimeout: () => 0, clearTimeout: () => {} };

describe('flush before close', () => {
  it('writes an edit still inside the autosave delay before answering', async () => {
    const writes: SegmentSave[] = [];
    let releaseWrite = () => {};
    const saver = createSegmentSaver({
      write: (save) => new Promise<void>((resolve) => { releaseWrite = () => { writes.push(save); resolve(); }; }),
      onStateChange: () => {},
      timers: frozenTimers,
    });
    const flush = createCloseFlush();
    flush.register(() => saver.flush());
    saver.schedule({ segmentId: 's1', target: 'The cabinet met', status: 'draft' });

    let answered = false;
    const answer = answerCloseCommand({ type: 'flush-before-close' }, flush);
    expect(answer).toBeInstanceOf(Promise);
    void answer!.then(() => { answered = true; });
    await new Promise((resolve) => setTimeout(resolve, 0));
    // The write is under way but not done: no answer yet.
    expect(answered).toBe(false);
    releaseWrite();
    await answer;
    expect(answered).toBe(true);
    expect(writes).toEqual([{ segmentId: 's1', target: 'The cabinet met', status: 'draft' }]);
    expect(saver.hasPending()).toBe(false);
  });

  it('answers other commands with nothing, and stops flushing an unregistered saver', async () => {
    const flush = createCloseFlush();
    let flushed = 0;
    const unregister = flush.register(async () => { flushed += 1; });
    expect(answerCloseCommand({ type: 'find' }, flush)).toBeUndefined();
    expect(flushed).toBe(0);
    await answerCloseCommand({ type: 'flush-before-close' }, flush);
    expect(flushed).toBe(1);
    unregister();
    await answerCloseCommand({ type: 'flush-before-close' }, flush);
    expect(flushed).toBe(1);
  });

  it('still answers when a write fails (the saver keeps the edit queued)', async () => {
    const saver = createSegmentSaver({ write: () => Promise.reject(new Error('disk full')), onStateChange: () => {}, timers: frozenTimers });
    const flush = createCloseFlush();
    flush.register(() => saver.flush());
    saver.schedule({ segmentId: 's2', target: 'x', status: 'draft' });
    await expect(answerCloseCommand({ type: 'flush-before-close' }, flush)).resolves.toBeUndefined();
    expect(saver.hasPending()).toBe(true);
  });
});
