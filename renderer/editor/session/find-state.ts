/** Ctrl+F within the open article: the query, its matches over the current texts, and the position among them. */
import type { Article } from '../../../services/contract.ts';
import type { EditHistory } from '../edit-history.ts';
import { findMatches } from '../find-matches.ts';

/** The find bar's state; `nonce` changes when the bar should take the focus again. */
export interface FindState {
  open: boolean;
  query: string;
  position: number;
  nonce: number;
  /** Indices of matching segments. */
  matches: readonly number[];
}

/** What find reads from the session and how it writes back. */
interface FindHost {
  article: Article | null;
  history: EditHistory | null;
  find: FindState;
}

/** Find over a session's snapshot. */
export function createFindState(host: () => FindHost, write: (next: FindState) => void) {
  const matchesFor = (query: string, open: boolean, history = host().history, article = host().article) =>
    open && article && history ? findMatches(article.segments, history.doc, query) : [];
  return {
    open() {
      const { find } = host();
      write({ ...find, open: true, nonce: find.nonce + 1, matches: matchesFor(find.query, true) });
    },
    close() {
      write({ ...host().find, open: false, matches: [] });
    },
    setQuery(query: string) {
      write({ ...host().find, query, position: -1, matches: matchesFor(query, true) });
    },
    /** Moves `delta` matches on (wrapping); returns the segment index to show. */
    go(delta: number): number | undefined {
      const { find } = host();
      const list = find.matches;
      if (list.length === 0) return undefined;
      const position = find.position < 0 ? (delta > 0 ? 0 : list.length - 1) : (find.position + delta + list.length) % list.length;
      write({ ...find, position });
      return list[position];
    },
    /** The state after the texts changed (edits, a reload). */
    refreshed(history: EditHistory, article = host().article): FindState {
      const { find } = host();
      return find.open ? { ...find, matches: matchesFor(find.query, true, history, article) } : find;
    },
  };
}
