/**
 * Ignoring one glossary issue of a segment with a reason (and restoring it): the session asks for
 * the reason in a dialog, writes pending edits first (the server names the issue by the stored
 * text), then records the ignore with article.ignoreIssue. The reason is kept with the segment for
 * that text only; the server's answer replaces the segment, so the counts and exports follow.
 */
import type { Api, Article, Segment, SegmentIssue } from '../../../services/contract.ts';
import { issueKey } from '../../../articles/segment-workflow.ts';

/** The ignore waiting for its reason. */
export interface PendingIgnore {
  segmentId: string;
  issue: SegmentIssue;
}

/** What the flow needs from the session. */
export interface IgnoreFlowOptions {
  api: Api;
  articleId: string;
  readOnly: boolean;
  article(): Article | null;
  /** The segment's current English (edit history). */
  targetOf(segmentId: string): string | undefined;
  /** Writes pending edits. */
  flush(): Promise<void>;
  setPending(pending: PendingIgnore | null): void;
  pending(): PendingIgnore | null;
  /** The server's segment replaces the held one (and the checks run again). */
  replaceSegment(segment: Segment): void;
  /** Focus back to the segment's box. */
  focusSegment(segmentId: string): void;
  onError(detail: string): void;
}

/** Creates the flow. */
export function createIgnoreFlow(options: IgnoreFlowOptions) {
  const write = async (segmentId: string, issue: SegmentIssue, reason: string | null) => {
    const segment = options.article()?.segments.find((candidate) => candidate.id === segmentId);
    if (!segment) return;
    try {
      await options.flush();
      const target = options.targetOf(segmentId) ?? segment.target;
      const key = issueKey(issue, segment.source, target);
      options.replaceSegment(await options.api['article.ignoreIssue']({ articleId: options.articleId, segmentId, key, reason }));
    } catch (error) {
      options.onError(error instanceof Error ? error.message : String(error));
    }
  };
  return {
    /** Opens the reason dialog for one issue. */
    request(segmentId: string, issue: SegmentIssue) {
      if (!options.readOnly) options.setPending({ segmentId, issue });
    },
    /** The dialog's answer: a reason ignores the issue, null cancels; the focus goes back to the segment. */
    async resolve(reason: string | null): Promise<void> {
      const pending = options.pending();
      if (!pending) return;
      options.setPending(null);
      options.focusSegment(pending.segmentId);
      if (reason !== null && reason.trim() !== '') await write(pending.segmentId, pending.issue, reason.trim());
    },
    /** Brings an ignored issue back. */
    async restore(segmentId: string, issue: SegmentIssue): Promise<void> {
      if (!options.readOnly) await write(segmentId, issue, null);
    },
  };
}
