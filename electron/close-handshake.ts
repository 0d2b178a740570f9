/**
 * The window-close handshake as a pure state machine (main.ts wires it to Electron): the first
 * close is held back while the page writes its pending edits, and the window closes for real when
 * the page acknowledges or after a timeout (a hung or crashed page must not keep the window open).
 */

/** What the handshake needs from the shell; timers are injected so tests run without waiting. */
export interface CloseHandshakeOptions {
  /** Asks the page to flush (sends the 'flush-before-close' command). Throwing counts as "cannot ask". */
  requestFlush(): void;
  /** Closes the window for real; the close event that follows must be let through. */
  closeWindow(): void;
  setTimer(callback: () => void, ms: number): unknown;
  clearTimer(handle: unknown): void;
  /** How long to wait for the page's answer. */
  timeoutMs?: number;
}

/** Where the handshake is: nothing asked yet, waiting for the page, or closing for real. */
export type ClosePhase = 'open' | 'flushing' | 'closing';

/** A running handshake for one window. */
export interface CloseHandshake {
  /** Called on every close event: 'wait' means the caller must preventDefault() the event. */
  onClose(): 'wait' | 'close';
  /** Called when the page says every edit is written. */
  onFlushed(): void;
  phase(): ClosePhase;
}

/** The default wait for the page's acknowledgement. */
export const CLOSE_FLUSH_TIMEOUT_MS = 3000;

/** Creates the close handshake of one window. */
export function createCloseHandshake(options: CloseHandshakeOptions): CloseHandshake {
  let current: ClosePhase = 'open';
  let timer: unknown = null;

  const closeNow = () => {
    if (current === 'closing') return;
    if (timer !== null) options.clearTimer(timer);
    timer = null;
    current = 'closing';
    options.closeWindow();
  };

  return {
    onClose() {
      if (current === 'closing') return 'close';
      // A second close (the person clicks again) while flushing keeps waiting for the same answer.
      if (current === 'flushing') return 'wait';
      current = 'flushing';
      timer = options.setTimer(closeNow, options.timeoutMs ?? CLOSE_FLUSH_TIMEOUT_MS);
      try {
        options.requestFlush();
      } catch {
        // The page is gone (crashed or destroyed): nothing to flush, close on the next turn.
        options.clearTimer(timer);
        timer = options.setTimer(closeNow, 0);
      }
      return 'wait';
    },
    onFlushed() {
      // A late answer after the timeout, or one nobody asked for, changes nothing.
      if (current === 'flushing') closeNow();
    },
    phase: () => current,
  };
}
