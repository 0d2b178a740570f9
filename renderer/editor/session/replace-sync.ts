/**
 * A project-wide replace as the open editor sees it: the server wrote it (project.replace, every
 * article in one commit), so the open article's changed segments are taken from the server and
 * recorded as ONE undo step that is not saved again. Ctrl+Z on that step asks the server to undo
 * the whole replace (project.undoReplace by step id, every article at once) and takes back the
 * segments it restored; segments edited since stay as they are, on the server and here.
 */
import type { Api, ReplaceApplied, Segment } from '../../../services/contract.ts';
import { dropServerStep, recordServerStep, segmentState, toEditState, type EditHistory, type SegmentChange, type SegmentEditState } from '../edit-history.ts';

/** What the sync needs from the session. */
export interface ReplaceSyncOptions {
  api: Api;
  articleId: string;
  history(): EditHistory | null;
  replaceHistory(next: EditHistory): void;
  flush(): Promise<void>;
  now(): number;
}

const stateOf = (segment: Segment): SegmentEditState => toEditState(segment);

/** Creates the sync. */
export function createReplaceSync(options: ReplaceSyncOptions) {
  const { api, articleId } = options;
  const stored = async () => new Map((await api['article.get']({ id: articleId })).segments.map((segment) => [segment.id, segment]));
  return {
    /** After project.replace: the open article's replaced segments become one undo step. */
    async applied(result: ReplaceApplied): Promise<void> {
      if (!result.stepId) return;
      const mine = result.applied.filter((each) => each.articleId === articleId).map((each) => each.segmentId);
      const server = mine.length > 0 ? await stored() : new Map<string, Segment>();
      const history = options.history();
      if (!history) return;
      const changes: SegmentChange[] = [];
      for (const segmentId of mine) {
        const before = segmentState(history.doc, segmentId);
        const segment = server.get(segmentId);
        if (before && segment) changes.push({ segmentId, before, after: stateOf(segment) });
      }
      options.replaceHistory(recordServerStep(history, changes, result.stepId, options.now()));
    },
    /** Undoes the replace step on top of the history (server first); returns the ids restored here. */
    async undo(stepId: string): Promise<string[]> {
      await options.flush();
      const undone = await api['project.undoReplace']({ stepId });
      const mine = undone.restored.filter((each) => each.articleId === articleId).map((each) => each.segmentId);
      const server = mine.length > 0 ? await stored() : new Map<string, Segment>();
      const history = options.history();
      if (!history) return [];
      const restored = new Map<string, SegmentEditState>();
      for (const segmentId of mine) {
        const segment = server.get(segmentId);
        if (segment) restored.set(segmentId, stateOf(segment));
      }
      options.replaceHistory(dropServerStep(history, stepId, restored));
      return mine;
    },
  };
}
