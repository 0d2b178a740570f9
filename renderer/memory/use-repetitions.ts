/**
 * The editor's view of repetitions: per segment how often its Hindi occurs in the project, and
 * whether it is unlinked. After a confirmed save the server has filled the linked repetitions;
 * they are fetched and merged into the editor (segment-sync.ts). A propagation announced by the
 * glossary panel reloads the article's changed targets the same way.
 */
import { useCallback, useEffect, useRef, useState, type MutableRefObject } from 'react';
import type { Api, SegmentRepetition, SegmentStatus } from '../../services/contract.ts';
import type { EditHistory } from '../editor/edit-history.ts';
import { mergeServerStates, onSegmentsChanged } from './segment-sync.ts';

import { CONFIRMED_STATUSES } from '../../articles/segment-workflow.ts';

/** What the editor gives the hook. */
export interface RepetitionSyncOptions {
  api: Api;
  articleId: string;
  historyRef: MutableRefObject<EditHistory | null>;
  /** Makes a history current (ref and state) without saving anything. */
  replaceHistory(next: EditHistory): void;
  /** Writes pending edits first, so the server's answer includes them. */
  flush(): Promise<void>;
  /** Reports a failed request (already in words). */
  onError(detail: string): void;
}

/** What the hook gives the editor. */
export interface RepetitionSync {
  repetitions: ReadonlyMap<string, SegmentRepetition>;
  /** Call after a segment was written; a confirmed status refreshes the repetitions. */
  afterSave(save: { segmentId: string; status: SegmentStatus }): void;
  /** Unlinks (or relinks) a segment from its repetitions. */
  setUnlinked(segmentId: string, unlinked: boolean): Promise<void>;
}

/** Repetition counts, fills after confirmation, unlink, and reloads after a propagation. */
export function useRepetitions({ api, articleId, historyRef, replaceHistory, flush, onError }: RepetitionSyncOptions): RepetitionSync {
  const [repetitions, setRepetitions] = useState<ReadonlyMap<string, SegmentRepetition>>(new Map());
  const options = useRef({ replaceHistory, flush, onError });
  options.current = { replaceHistory, flush, onError };

  const refresh = useCallback(async () => {
    const snapshot = historyRef.current?.doc;
    try {
      const list = await api['repetitions.get']({ articleId });
      setRepetitions(new Map(list.map((each) => [each.segmentId, each])));
      const history = historyRef.current;
      if (!history || !snapshot) return;
      // Only fills made by the server are taken; anything else the editor already has.
      const fills = list.filter((each) => each.origin === 'repetition');
      const merged = mergeServerStates(history, snapshot, fills);
      if (merged.changed.length > 0) options.current.replaceHistory(merged.history);
    } catch (error) {
      options.current.onError(error instanceof Error ? error.message : String(error));
    }
  }, [api, articleId, historyRef]);

  useEffect(() => {
    void refresh();
  }, [refresh]);

  useEffect(
    () =>
      onSegmentsChanged((articleIds) => {
        if (!articleIds.includes(articleId)) return;
        void (async () => {
          try {
            await options.current.flush();
            const snapshot = historyRef.current?.doc;
            const stored = await api['article.get']({ id: articleId });
            const history = historyRef.current;
            if (!history || !snapshot) return;
            const server = stored.segments.map((segment) => ({ segmentId: segment.id, target: segment.target, status: segment.status, ...(segment.overrideReason ? { overrideReason: segment.overrideReason } : {}) }));
            const merged = mergeServerStates(history, snapshot, server);
            if (merged.changed.length > 0) options.current.replaceHistory(merged.history);
          } catch (error) {
            options.current.onError(error instanceof Error ? error.message : String(error));
          }
        })();
      }),
    [api, articleId, historyRef],
  );

  const afterSave = useCallback(
    (save: { segmentId: string; status: SegmentStatus }) => {
      if (CONFIRMED_STATUSES.has(save.status)) void refresh();
    },
    [refresh],
  );

  const setUnlinked = useCallback(
    async (segmentId: string, unlinked: boolean) => {
      try {
        await api['segment.unlink']({ articleId, segmentId, unlinked });
        setRepetitions((current) => {
          const found = current.get(segmentId);
          return found ? new Map(current).set(segmentId, { ...found, unlinked }) : current;
        });
      } catch (error) {
        options.current.onError(error instanceof Error ? error.message : String(error));
      }
    },
    [api, articleId],
  );

  return { repetitions, afterSave, setUnlinked };
}
