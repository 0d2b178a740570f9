/**
 * The session's view of repetitions: per segment how often its Hindi occurs in the project, and
 * whether it is unlinked. After a confirmed save the server has filled the linked repetitions;
 * they are fetched and merged into the history (segment-sync.ts). A propagation announced by the
 * glossary panel reloads the article's changed targets the same way.
 */
import type { Api, SegmentRepetition, SegmentStatus } from '../../../services/contract.ts';
import type { EditHistory } from '../edit-history.ts';
import { mergeServerStates } from '../../memory/segment-sync.ts';
import { isConfirmed } from '../../../articles/segment-workflow.ts';

/** What the sync needs from the session. */
export interface RepetitionSyncOptions {
  api: Api;
  articleId: string;
  history(): EditHistory | null;
  /** Makes a history current without saving anything. */
  replaceHistory(next: EditHistory): void;
  /** Writes pending edits first, so the server's answer includes them. */
  flush(): Promise<void>;
  onRepetitions(repetitions: ReadonlyMap<string, SegmentRepetition>): void;
  onError(detail: string): void;
}

const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** Creates the sync; `refresh` loads the counts (and server fills). */
export function createRepetitionSync(options: RepetitionSyncOptions) {
  const { api, articleId } = options;
  let repetitions: ReadonlyMap<string, SegmentRepetition> = new Map();
  let disposed = false;
  const publish = (next: ReadonlyMap<string, SegmentRepetition>) => {
    repetitions = next;
    options.onRepetitions(next);
  };

  const refresh = async () => {
    const snapshot = options.history()?.doc;
    try {
      const list = await api['repetitions.get']({ articleId });
      if (disposed) return;
      publish(new Map(list.map((each) => [each.segmentId, each])));
      const history = options.history();
      if (!history || !snapshot) return;
      // Only fills made by the server are taken; anything else the editor already has.
      const merged = mergeServerStates(history, snapshot, list.filter((each) => each.origin === 'repetition'));
      if (merged.changed.length > 0) options.replaceHistory(merged.history);
    } catch (error) {
      if (!disposed) options.onError(message(error));
    }
  };

  return {
    refresh,
    /** Call after a segment was written; a confirmed status refreshes the repetitions. */
    afterSave(save: { status: SegmentStatus }) {
      if (isConfirmed(save.status)) void refresh();
    },
    /** The server changed segments of this article: bring untouched ones in. */
    async reloadChanged() {
      try {
        await options.flush();
        const snapshot = options.history()?.doc;
        const stored = await api['article.get']({ id: articleId });
        const history = options.history();
        if (disposed || !history || !snapshot) return;
        const server = stored.segments.map((segment) => ({ segmentId: segment.id, target: segment.target, status: segment.status, ...(segment.overrideReason ? { overrideReason: segment.overrideReason } : {}) }));
        const merged = mergeServerStates(history, snapshot, server);
        if (merged.changed.length > 0) options.replaceHistory(merged.history);
      } catch (error) {
        if (!disposed) options.onError(message(error));
      }
    },
    /** Unlinks (or relinks) a segment from its repetitions. */
    async setUnlinked(segmentId: string, unlinked: boolean) {
      try {
        await api['segment.unlink']({ articleId, segmentId, unlinked });
        const found = repetitions.get(segmentId);
        if (found && !disposed) publish(new Map(repetitions).set(segmentId, { ...found, unlinked }));
      } catch (error) {
        if (!disposed) options.onError(message(error));
      }
    },
    dispose() {
      disposed = true;
    },
  };
}
