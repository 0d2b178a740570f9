/**
 * Builds the glossary panel's search index while the page is idle, once the glossary has loaded,
 * so the first opening of the panel finds it ready (at desk size the build takes about a second;
 * in idle slices of a few milliseconds it never holds up a keystroke). Opening the panel earlier
 * finishes what is left at once (entry-search.ts shares the running build).
 */
import { useEffect } from 'react';
import type { GlossaryEntry } from '../../services/contract.ts';
import { entrySearchSteps } from './entry-search.ts';

// Longest piece of work per slice, in milliseconds, when the browser gives no idle deadline.
const SLICE_MS = 8;

type Scheduled = { cancel(): void };

function whenIdle(task: (remaining: number) => void): Scheduled {
  if (typeof window.requestIdleCallback === 'function') {
    const handle = window.requestIdleCallback((deadline) => task(Math.min(deadline.timeRemaining(), SLICE_MS * 2)));
    return { cancel: () => window.cancelIdleCallback(handle) };
  }
  const handle = window.setTimeout(() => task(SLICE_MS), 16);
  return { cancel: () => window.clearTimeout(handle) };
}

/** Prepares the search index of `entries` for `locale` in idle time while `enabled`. */
export function useEntrySearchWarmup(entries: readonly GlossaryEntry[], locale: string, enabled: boolean): void {
  useEffect(() => {
    if (!enabled) return;
    const steps = entrySearchSteps(entries, locale);
    let scheduled: Scheduled;
    const run = (remaining: number) => {
      const until = performance.now() + Math.max(1, remaining);
      while (performance.now() < until) if (steps.next().done) return;
      scheduled = whenIdle(run);
    };
    scheduled = whenIdle(run);
    return () => scheduled.cancel();
  }, [entries, locale, enabled]);
}
