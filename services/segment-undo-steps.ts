/**
 * Undo stacks of operations that rewrite segments across articles (glossary propagation, project
 * replace), each in its own document: one step holds the full pre-image of every segment the
 * operation changed and the segment as written. Pushing a step and writing the changed articles
 * are one all-or-nothing `store.commit`, and so are undoing a step and popping it: after a crash
 * either everything changed and the step that undoes it is there, or nothing did.
 */
import type { Article, Segment } from './contract.ts';
import type { ProjectStore } from './store/project-store.ts';

/** One segment an operation changed: as it was, the text written and the whole segment as written. */
export interface UndoSegment {
  articleId: string;
  previous: Segment;
  after: string;
  /** Steps stored before issue 13 have only the text. */
  written?: Segment;
}

/** One undoable operation; kinds add their own fields (the propagated entry, the replace query). */
export interface SegmentUndoStep {
  /** Set on steps that callers undo by name (project replace); propagation steps have none. */
  id?: string;
  appliedAt: string;
  segments: UndoSegment[];
}

interface UndoDoc<S extends SegmentUndoStep> {
  schemaVersion: 1;
  steps: S[];
}

/** What undoing a step did. */
export interface UndoStepResult {
  restored: { articleId: string; segmentId: string }[];
  /** Segments edited after the step (or whose article is gone); left as they are. */
  skipped: { articleId: string; segmentId: string }[];
  undoDepth: number;
}

/** Reads an undo stack. */
export async function readUndoSteps<S extends SegmentUndoStep>(store: ProjectStore, docName: string): Promise<S[]> {
  return (await store.getDoc<UndoDoc<S>>(docName))?.steps ?? [];
}

// The whole segment state counts (text, status, reason, origin, …), not only the text: an
// approval given after the step is newer work that undo must keep. The revision is left out: it
// is the store's bookkeeping and older steps do not have it.
function sameSegmentState(a: Segment, b: Segment): boolean {
  const { revision: _a, ...restA } = a;
  const { revision: _b, ...restB } = b;
  return JSON.stringify(restA) === JSON.stringify(restB);
}

/**
 * Saves the changed articles and pushes `step` (when it changed any segment) in one commit; keeps
 * the newest `limit` steps. Returns the depth of the stack afterwards.
 */
export async function commitWithUndoStep<S extends SegmentUndoStep>(
  store: ProjectStore, docName: string, label: string, changed: readonly Article[], step: S, limit: number,
): Promise<number> {
  const steps = await readUndoSteps<S>(store, docName);
  const next = step.segments.length > 0 ? [...steps, step].slice(-limit) : steps;
  await store.commit({
    label,
    articles: [...changed],
    ...(next !== steps ? { docs: [{ name: docName, value: { schemaVersion: 1, steps: next } satisfies UndoDoc<S> }] } : {}),
  });
  return next.length;
}

/**
 * Undoes the last step: restores each segment that is still exactly as the step wrote it, then
 * pops the step. Undefined when the stack is empty; 'not-last' when `stepId` is given and the
 * last step is another one (undoing it would revert somebody else's operation).
 */
export async function undoLastStep(store: ProjectStore, docName: string, label: string, stepId?: string): Promise<UndoStepResult | 'not-last' | undefined> {
  const steps = await readUndoSteps(store, docName);
  const step = steps.at(-1);
  if (!step) return undefined;
  if (stepId !== undefined && step.id !== stepId) return 'not-last';
  const restored: UndoStepResult['restored'] = [];
  const skipped: UndoStepResult['skipped'] = [];
  const byArticle = new Map<string, UndoSegment[]>();
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
  const remaining = steps.slice(0, -1);
  // Restored articles and the popped step together: a crash can never undo twice or half.
  await store.commit({ label, articles: toSave, docs: [{ name: docName, value: { schemaVersion: 1, steps: remaining } }] });
  return { restored, skipped, undoDepth: remaining.length };
}
