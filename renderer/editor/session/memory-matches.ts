/**
 * The current segment's matches from the one project memory on the server (`tm.lookup`: the
 * project's confirmed pairs with term adaptation, and imported memories). Asked again when the
 * current segment changes and after a save, since a save updates the server's memory; an answer
 * that arrives after a newer question is dropped.
 */
import type { Api, TmSegmentMatch } from '../../../services/contract.ts';

/** What the session shows: the matches of `segmentId`, or null until the first answer. */
export interface MatchesState {
  segmentId: string | null;
  matches: readonly TmSegmentMatch[] | null;
}

/** Asks the server for matches; `onMatches` gets only the newest answer. */
export function createMemoryMatches(api: Api, articleId: string, onMatches: (state: MatchesState) => void) {
  let asked = 0;
  let segmentId: string | null = null;
  const ask = () => {
    const question = ++asked;
    const wanted = segmentId;
    if (!wanted) return;
    api['tm.lookup']({ articleId, segmentId: wanted }).then(
      (matches) => {
        if (question === asked) onMatches({ segmentId: wanted, matches });
      },
      () => {
        // Matches are help, not work: without them the editor still edits and saves.
        if (question === asked) onMatches({ segmentId: wanted, matches: [] });
      },
    );
  };
  return {
    /** Shows the matches of another segment. */
    show(next: string) {
      if (next === segmentId) return;
      segmentId = next;
      ask();
    },
    /** Asks again for the same segment (after a save or an import). */
    refresh: ask,
    dispose() {
      asked++;
    },
  };
}
