/**
 * The undo stack of glossary propagations, kept in the document `propagation-undo` and shared by
 * the app (`glossary.applyPropagation` / `glossary.undoPropagation`) and the CLI (`anuvad glossary
 * apply` / `anuvad glossary undo`): each apply pushes the full pre-images of the segments it
 * changed as one step; undo restores the last step, except segments edited since.
 */
import type { Article, PropagationUndone, Segment } from './contract.ts';
import type { ProjectStore } from './store/project-store.ts';
import { applyPropagation, type PropagationChange } from '../articles/memory/propagate-glossary.ts';

/** Name of the document holding the undo stack of glossary propagations. */
export const PROPAGATION_UNDO_DOC = 'propagation-undo';
/** Propagation steps kept for undo. */
export const PROPAGATION_UNDO_LIMIT = 20;

/** One applied propagation: the segments it changed, as they were before, and the text it wrote. */
interface PropagationStep {
  entryId: string;
  appliedAt: string;
  segments: { articleId: string; previous: Segment; after: string }[];
}

interface PropagationUndoDoc {
  schemaVersion: 1;
  steps: PropagationStep[];
}

/** What one apply changed and how many steps can be undone afterwards. */
export interface PropagationStepApplied {
  applied: { articleId: string; segmentId: string }[];
  undoDepth: number;
}

async function undoDoc(store: ProjectStore): Promise<PropagationUndoDoc> {
  return (await store.getDoc<PropagationUndoDoc>(PROPAGATION_UNDO_DOC)) ?? { schemaVersion: 1, steps: [] };
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
  const doc = await undoDoc(store);
  const appliedKeys = new Set(result.applied);
  const step: PropagationStep = { entryId, appliedAt: now, segments: [] };
  for (const change of chosen) {
    if (!appliedKeys.has(change.segmentId)) continue;
    const previous = articles.find((each) => each.id === change.articleId)?.segments.find((segment) => segment.id === change.segmentId);
    if (previous) step.segments.push({ articleId: change.articleId, previous, after: change.after });
  }
  for (let i = 0; i < articles.length; i++) if (result.articles[i] !== articles[i]) await store.saveArticle(result.articles[i]);
  const steps = step.segments.length > 0 ? [...doc.steps, step].slice(-PROPAGATION_UNDO_LIMIT) : doc.steps;
  if (steps !== doc.steps) await store.saveDoc(PROPAGATION_UNDO_DOC, { ...doc, steps });
  return { applied: step.segments.map(({ articleId, previous }) => ({ articleId, segmentId: previous.id })), undoDepth: steps.length };
}

/**
 * Undoes the last propagation step: restores each segment whose target still is what the step
 * wrote (a target edited since is the translator's newer work and is kept, `skipped`), then pops
 * the step. Undefined when there is no step.
 */
export async function undoLastPropagation(store: ProjectStore): Promise<PropagationUndone | undefined> {
  const doc = await undoDoc(store);
  const step = doc.steps.at(-1);
  if (!step) return undefined;
  const restored: { articleId: string; segmentId: string }[] = [];
  const skipped: { articleId: string; segmentId: string }[] = [];
  const byArticle = new Map<string, PropagationStep['segments']>();
  for (const each of step.segments) byArticle.set(each.articleId, [...(byArticle.get(each.articleId) ?? []), each]);
  for (const [articleId, changes] of byArticle) {
    const owner = await store.getArticle(articleId);
    if (!owner) {
      for (const { previous } of changes) skipped.push({ articleId, segmentId: previous.id });
      continue;
    }
    let segments = owner.segments;
    for (const { previous, after } of changes) {
      const index = segments.findIndex((segment) => segment.id === previous.id);
      if (index < 0 || segments[index].target !== after) {
        skipped.push({ articleId, segmentId: previous.id });
        continue;
      }
      segments = segments.with(index, previous);
      restored.push({ articleId, segmentId: previous.id });
    }
    if (segments !== owner.segments) await store.saveArticle({ ...owner, segments });
  }
  const steps = doc.steps.slice(0, -1);
  await store.saveDoc(PROPAGATION_UNDO_DOC, { ...doc, steps });
  return { restored, skipped, undoDepth: steps.length };
}
