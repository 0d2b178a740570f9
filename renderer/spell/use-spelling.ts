/** React glue of the spell client: one client per editor, and the ranges of one text. */
import { createContext, useContext, useEffect, useState } from 'react';
import type { SpellRange } from '../../services/contract.ts';
import { SPELLING_CHANGED_EVENT, type SpellClient } from './spell-client.ts';

/** The editor's spell client; null where no checking is wanted (read-only views, tests). */
export const SpellClientContext = createContext<SpellClient | null>(null);

const NONE: SpellRange[] = [];
// Typing fires a check per pause, not per key.
const DELAY_MS = 300;

/** The misspellings of `text`, updated shortly after it stops changing; none while unknown. */
export function useSpelling(text: string): SpellRange[] {
  const client = useContext(SpellClientContext);
  const [state, setState] = useState<{ text: string; ranges: SpellRange[] }>({ text, ranges: NONE });
  const [generation, setGeneration] = useState(0);
  useEffect(() => {
    if (!client) return undefined;
    const unsubscribe = client.subscribe(() => setGeneration((n) => n + 1));
    return () => {
      unsubscribe();
    };
  }, [client]);
  const cached = client?.cached(text);
  useEffect(() => {
    if (!client || text.trim() === '' || client.cached(text)) return undefined;
    let live = true;
    const timer = window.setTimeout(() => {
      client.check(text).then((ranges) => {
        if (live) setState({ text, ranges });
      }, () => undefined);
    }, DELAY_MS);
    return () => {
      live = false;
      window.clearTimeout(timer);
    };
  }, [client, text, generation]);
  if (cached) return cached;
  // Ranges of an older text are never drawn over a newer one.
  return state.text === text ? state.ranges : NONE;
}

/** Re-checks everything when the spelling settings change (the house style select announces it). */
export function useSpellingInvalidation(client: SpellClient): void {
  useEffect(() => {
    const invalidate = () => client.invalidate();
    window.addEventListener(SPELLING_CHANGED_EVENT, invalidate);
    return () => window.removeEventListener(SPELLING_CHANGED_EVENT, invalidate);
  }, [client]);
}
