/** Loading a view's data from the API with the failure kept as a message (the article list and the review view). */
import { useCallback, useEffect, useState } from 'react';

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
      setLoadError(error instanceof Error ? error.message : String(error));
    }
  }, [fetch]);

  useEffect(() => {
    void load();
  }, [load]);

  return { load, loadError };
}
