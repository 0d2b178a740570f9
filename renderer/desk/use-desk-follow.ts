/**
 * While the project is connected to a desk, asks for the desk status every 1.5 s; when the copy has
 * caught up to a newer change, the glossary is loaded again so the live checks follow the desk
 * (the server side already applied it; this only refreshes the page's copy).
 */
import { useEffect, useRef, useState } from 'react';
import type { Api, DeskStatus, Glossary } from '../../services/contract.ts';

const FOLLOW_MS = 1500;

/** The latest desk status (undefined until first asked), refreshed while connected. */
export function useDeskFollow(api: Api, setGlossary: (glossary: Glossary) => void): [DeskStatus | undefined, (status: DeskStatus) => void] {
  const [status, setStatus] = useState<DeskStatus>();
  const seq = useRef<number | undefined>(undefined);
  useEffect(() => {
    let stopped = false;
    let timer: number | undefined;
    const ask = async () => {
      try {
        const next = await api['desk.status']({});
        if (stopped) return;
        setStatus(next);
        if (seq.current !== undefined && next.seq !== seq.current) setGlossary(await api['glossary.get']({}));
        seq.current = next.seq;
        if (next.connected) timer = window.setTimeout(() => void ask(), FOLLOW_MS);
      } catch {
        // A transport without the desk calls: nothing to follow.
      }
    };
    void ask();
    return () => {
      stopped = true;
      window.clearTimeout(timer);
    };
  }, [api, setGlossary, status?.connected]);
  return [status, setStatus];
}
