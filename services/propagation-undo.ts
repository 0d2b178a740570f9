/**
 * The undo stack of glossary propagations, kept in the document `propagation-undo` and shared by
 * the app (`glossary.applyPropagation` / `glossary.undoPropagation`) and the CLI (`anuvad glossary
 * apply` / `anuvad glossary undo`): each apply pushes the full pre-images of the segments it
 * changed as one step; undo restores the last step, except segments edited since.
 */
import type { Article, PropagationUndone } from './contract.ts';
import type { ProjectStore } from './store/project-store.ts';
import { applyPropagation, type PropagationChange } from '../articles/memory/propagate-glossary.ts';
import { commitWithUndoStep, undoLastStep, type SegmentUndoStep } from './segment-undo-steps.ts';

/** Name of the document holding the undo stack of glossary propagations. */
export const PROPAGATION_UNDO_DOC = 'propagation-undo';
/** Propagation steps kept for undo. */
export const PROPAGATION_UNDO_LIMIT = 20;

/** One applied propagation: the entry and the segments it changed (segment-undo-steps.ts). */
interface PropagationStep extends SegmentUndoStep {
  entryId: string;
}

/** What one apply changed and how many steps can be undone afterwards. */
export interface PropagationStepApplied {
  applied: { articleId: string; segmentId: string }[];
  undoDepth: number;
}

/**
 * Applies `chosen` (planned on `articles`, the project as read), saves the changed articles and
 * pushes their pre-images as one undo step (none when nothing changed). `now` stamps the segments
 * and the step.
 */
export async function applyPropagationStep(
  store: ProjectStore,
  articles: readonly Article[],
  entryId: string,
  chosen: readonly PropagationChange[],
  now: string,
): Promise<PropagationStepApplied> {
  const result = applyPropagation(articles, chosen, undefined, now);
  const appliedKeys = new Set(result.applied);
  const step: PropagationStep = { entryId, appliedAt: now, segments: [] };
  for (const change of chosen) {
    if (!appliedKeys.has(change.segmentId)) continue;
    const index = articles.findIndex((each) => each.id === change.articleId);
    const previous = articles[index]?.segments.find((segment) => segment.id === change.segmentId);
    const written = result.articles[index]?.segments.find((segment) => segment.id === change.segmentId);
    if (previous) step.segments.push({ articleId: change.articleId, previous, after: change.after, ...(written ? { written } : {}) });
  }
  const changed = result.articles.filter((each, i) => each !== articles[i]);
  // The changed articles and the undo step in one all-or-nothing commit.
  const undoDepth = await commitWithUndoStep(store, PROPAGATION_UNDO_DOC, `glossary propagation of ${entryId}`, changed, step, PROPAGATION_UNDO_LIMIT);
  return { applied: step.segments.map(({ articleId, previous }) => ({ articleId, segmentId: previous.id })), undoDepth };
}

/**
 * Undoes the last propagation step: restores each segment that is still as the step wrote it (a
 * segment edited since is the translator's newer work and is kept, `skipped`), then pops the
 * step. Undefined when there is no step.
 */
export async function undoLastPropagation(store: ProjectStore): Promise<PropagationUndone | undefined> {
  const undone = await undoLastStep(store, PROPAGATION_UNDO_DOC, 'glossary propagation undo');
  return undone === 'not-last' ? undefined : undone;
}
