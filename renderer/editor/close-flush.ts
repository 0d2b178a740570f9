/**
 * What the page does when the desktop window is about to close: every registered flusher (the open
 * editor's autosaver) writes its pending edits, and the answer to the shell's 'flush-before-close'
 * command is a promise that settles when they are all done, so the window closes only then.
 */
import type { ShellCommand } from '../../services/contract.ts';

/** The flushers to run before the window closes. */
export interface CloseFlush {
  /** Adds a flusher; returns a function that removes it. */
  register(flush: () => Promise<void>): () => void;
  /** Runs every flusher; resolves when all have settled (a failed write is still settled: the saver keeps it queued). */
  flushAll(): Promise<void>;
}

/** Creates an empty set of flushers. */
export function createCloseFlush(): CloseFlush {
  const flushers = new Set<() => Promise<void>>();
  return {
    register(flush) {
      flushers.add(flush);
      return () => {
        flushers.delete(flush);
      };
    },
    async flushAll() {
      await Promise.allSettled([...flushers].map((flush) => flush()));
    },
  };
}

/** The page's one set of flushers (the editor registers its saver while it is open). */
export const closeFlush = createCloseFlush();

/**
 * Answers a shell command for the close handshake: a promise for 'flush-before-close' (the preload
 * acknowledges when it settles), undefined for every other command (handled by the editor).
 */
export function answerCloseCommand(command: ShellCommand, flush: CloseFlush = closeFlush): Promise<void> | undefined {
  return command.type === 'flush-before-close' ? flush.flushAll() : undefined;
}
