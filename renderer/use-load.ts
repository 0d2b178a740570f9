/** Loading a view's data from the API with the failure kept as a message (list, review, analysis, QA report). */
import { useCallback, useEffect, useState } from 'react';

/** The message of a failed load. */
export function loadFailure(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * Runs `fetch` on mount and whenever it changes (memoise it with useCallback); `load` runs it again.
 * `loadError` is the last failure's message, cleared by the next successful load.
 */
export function useLoad(fetch: () => Promise<void>): { load: () => Promise<void>; loadError: string | null } {
  const [loadError, setLoadError] = useState<string | null>(null);
  const load = useCallback(async () => {
    try {
      await fetch();
      setLoadError(null);
    } catch (error) {
      setLoadError(loadFailure(error));
    }
  }, [fetch]);

  useEffect(() => {
    void load();
  }, [load]);

  return { load, loadError };
}

/**
 * The value `fetch` resolves to, loaded on mount and again (from empty) whenever `fetch` changes
 * (memoise it with useCallback). A result that arrives after `fetch` changed or the view closed is
 * dropped, so a slow earlier request never replaces a later one's figures.
 */
export function useLoadedValue<T>(fetch: () => Promise<T>): { value: T | null; error: string | null } {
  const [state, setState] = useState<{ value: T | null; error: string | null }>({ value: null, error: null });
  useEffect(() => {
    let current = true;
    setState({ value: null, error: null });
    fetch().then(
      (value) => current && setState({ value, error: null }),
      (error: unknown) => current && setState({ value: null, error: loadFailure(error) }),
    );
    return () => {
      current = false;
    };
  }, [fetch]);
  return state;
}
