/**
 * Bringing segments that changed on the server (a confirmation filled its repetitions, a glossary
 * propagation or its undo rewrote targets) into the editor's state without an undo step and
 * without clobbering typing: a segment is replaced only when the translator did not touch it
 * since the request went out.
 */
import { replaceWithoutHistory, sameState, segmentState, type EditHistory, type EditorDoc, type SegmentEditState } from '../editor/edit-history.ts';
import type { SegmentStatus } from '../../services/contract.ts';

/** A segment's state as the server holds it. */
export interface ServerSegmentState {
  segmentId: string;
  target: string;
  status: SegmentStatus;
  overrideReason?: string;
}

/** Replaces segments whose local state is unchanged since `snapshot` by the server's state; returns the new history and the ids replaced. */
export function mergeServerStates(history: EditHistory, snapshot: EditorDoc, server: readonly ServerSegmentState[]): { history: EditHistory; changed: string[] } {
  let next = history;
  const changed: string[] = [];
  for (const stored of server) {
    const local = segmentState(next.doc, stored.segmentId);
    const before = segmentState(snapshot, stored.segmentId);
    if (!local || !before || !sameState(local, before)) continue;
    const state: SegmentEditState = stored.overrideReason && stored.status === 'approved'
      ? { target: stored.target, status: stored.status, overrideReason: stored.overrideReason }
      : { target: stored.target, status: stored.status };
    if (sameState(local, state)) continue;
    next = replaceWithoutHistory(next, stored.segmentId, state);
    changed.push(stored.segmentId);
  }
  return { history: next, changed };
}

const SEGMENTS_CHANGED = 'anuvad:segments-changed';

/** Tells open views that segments of these articles changed on the server (a propagation or its undo). */
export function announceSegmentsChanged(articleIds: readonly string[]): void {
  window.dispatchEvent(new CustomEvent<readonly string[]>(SEGMENTS_CHANGED, { detail: articleIds }));
}

/** Calls `listener` with the article ids of every announcement; returns the unsubscribe function. */
export function onSegmentsChanged(listener: (articleIds: readonly string[]) => void): () => void {
  const handle = (event: Event) => listener((event as CustomEvent<readonly string[]>).detail);
  window.addEventListener(SEGMENTS_CHANGED, handle);
  return () => window.removeEventListener(SEGMENTS_CHANGED, handle);
}
