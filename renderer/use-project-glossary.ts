/**
 * The page's copy of the project glossary, loaded after the first paint instead of before it: a
 * desk's glossary (50,000 entries, ≈ 15 MB of JSON) and the live checker built from it cost
 * seconds, and the article list needs neither. The glossary is asked for once the first screen is
 * up; the checker (the same one the server and `anuvad qa` use) is built only when a view that
 * checks segments (editor, review) is shown, after that view's first paint, and kept per glossary.
 * Until then the views get an empty glossary and checker and a `ready` flag that says so.
 */
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { Api, Glossary, GlossaryEntry } from '../services/contract.ts';
import { createLiveChecker, type LiveChecker } from './live-checker.ts';

/** What the hook gives the workbench. */
export interface ProjectGlossary {
  glossary: Glossary;
  /** False until the project's glossary has arrived (the glossary above is then empty). */
  glossaryReady: boolean;
  /** Why the glossary could not be loaded, if it could not. */
  glossaryError?: string;
  entriesById: ReadonlyMap<string, GlossaryEntry>;
  checker: LiveChecker;
  /** False while the checker of the current glossary is not built yet (its checks are then empty). */
  checkerReady: boolean;
  setGlossary(glossary: Glossary): void;
}

const EMPTY_GLOSSARY: Glossary = { schemaVersion: 1, entries: [] };
const EMPTY_CHECKER = createLiveChecker(EMPTY_GLOSSARY);
// One checker per glossary object: leaving the editor and coming back does not build it again.
const checkers = new WeakMap<Glossary, LiveChecker>();

function checkerOf(glossary: Glossary): LiveChecker {
  let checker = checkers.get(glossary);
  if (!checker) {
    checker = createLiveChecker(glossary);
    checkers.set(glossary, checker);
  }
  return checker;
}

/** Runs `task` after the next frame is painted (a timeout queued from a frame callback). */
export function afterPaint(task: () => void): () => void {
  let timer: number | undefined;
  const frame = window.requestAnimationFrame(() => {
    timer = window.setTimeout(task, 0);
  });
  return () => {
    window.cancelAnimationFrame(frame);
    window.clearTimeout(timer);
  };
}

/**
 * The glossary state of the workbench. `initial` (tests, a shell that already has it) makes it
 * ready at once and the checker is then built on first use as before; `checksShown` says whether
 * the current view checks segments.
 */
export function useProjectGlossary(api: Api, initial: Glossary | undefined, checksShown: boolean): ProjectGlossary {
  const [state, setState] = useState<{ glossary: Glossary; ready: boolean; error?: string }>(() => ({ glossary: initial ?? EMPTY_GLOSSARY, ready: initial !== undefined }));
  // Once a checking view has been painted, the checker is wanted and kept up to date from then on.
  const [checkerWanted, setCheckerWanted] = useState(initial !== undefined);

  useEffect(() => {
    if (state.ready) return;
    let stopped = false;
    const cancel = afterPaint(() => {
      api['glossary.get']({}).then(
        (glossary) => {
          // A glossary set meanwhile (an edit, a desk update) is newer than this answer.
          if (!stopped) setState((current) => (current.ready ? current : { glossary, ready: true }));
        },
        (error: unknown) => {
          if (!stopped) setState((current) => (current.ready ? current : { glossary: EMPTY_GLOSSARY, ready: true, error: error instanceof Error ? error.message : String(error) }));
        },
      );
    });
    return () => {
      stopped = true;
      cancel();
    };
  }, [api, state.ready]);

  useEffect(() => {
    if (!checksShown || checkerWanted) return;
    return afterPaint(() => setCheckerWanted(true));
  }, [checksShown, checkerWanted]);

  const setGlossary = useCallback((glossary: Glossary) => setState({ glossary, ready: true }), []);
  const { glossary, ready, error } = state;
  const checkerReady = ready && checkerWanted;
  const checker = useMemo(() => (checkerReady ? checkerOf(glossary) : EMPTY_CHECKER), [checkerReady, glossary]);
  const entriesById = useMemo(() => new Map(glossary.entries.map((entry) => [entry.id, entry])), [glossary]);
  return { glossary, glossaryReady: ready, ...(error ? { glossaryError: error } : {}), entriesById, checker, checkerReady, setGlossary };
}
