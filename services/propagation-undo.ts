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

/**
 * One applied propagation: the segments it changed, as they were before, the text it wrote and
 * the whole segment as written (`written`; steps stored before issue 13 have only the text).
 */
interface PropagationStep {
  entryId: string;
  appliedAt: string;
  segments: { articleId: string; previous: Segment; after: string; written?: Segment }[];
}

// The whole segment state counts (text, status, reason, origin, …), not only the text: an
// approval given after the propagation is newer work that undo must keep. The revision is left
// out: it is the store's bookkeeping and older steps do not have it.
function sameSegmentState(a: Segment, b: Segment): boolean {
  const { revision: _a, ...restA } = a;
  const { revision: _b, ...restB } = b;
  return JSON.stringify(restA) === JSON.stringify(restB);
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
    const index = articles.findIndex((each) => each.id === change.articleId);
    const previous = articles[index]?.segments.find((segment) => segment.id === change.segmentId);
    const written = result.articles[index]?.segments.find((segment) => segment.id === change.segmentId);
    if (previous) step.segments.push({ articleId: change.articleId, previous, after: change.after, ...(written ? { written } : {}) });
  }
  const changed = result.articles.filter((each, i) => each !== articles[i]);
  const steps = step.segments.length > 0 ? [...doc.steps, step].slice(-PROPAGATION_UNDO_LIMIT) : doc.steps;
  // The changed articles and the undo step in one all-or-nothing commit: after a crash either
  // nothing changed, or every article changed AND the step that undoes them is there.
  await store.commit({
    label: `glossary propagation of ${entryId}`,
    articles: changed,
    ...(steps !== doc.steps ? { docs: [{ name: PROPAGATION_UNDO_DOC, value: { ...doc, steps } }] } : {}),
  });
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
  const toSave: Article[] = [];
  for (const each of step.segments) byArticle.set(each.articleId, [...(byArticle.get(each.articleId) ?? []), each]);
  for (const [articleId, changes] of byArticle) {
    const owner = await store.getArticle(articleId);
    if (!owner) {
      for (const { previous } of changes) skipped.push({ articleId, segmentId: previous.id });
      continue;
    }
    let segments = owner.segments;
    for (const { previous, after, written } of changes) {
      const index = segments.findIndex((segment) => segment.id === previous.id);
      const untouched = index >= 0 && (written ? sameSegmentState(segments[index], written) : segments[index].target === after);
      if (!untouched) {
        skipped.push({ articleId, segmentId: previous.id });
        continue;
      }
      segments = segments.with(index, previous);
      restored.push({ articleId, segmentId: previous.id });
    }
    if (segments !== owner.segments) toSave.push({ ...owner, segments });
  }
  const steps = doc.steps.slice(0, -1);
  // Restored articles and the popped step together: a crash can never undo twice or half.
  await store.commit({ label: 'glossary propagation undo', articles: toSave, docs: [{ name: PROPAGATION_UNDO_DOC, value: { ...doc, steps } }] });
  return { restored, skipped, undoDepth: steps.length };
}
