/** Rules for segment statuses in the editor: what typing does to a status, and which issues block approval. */
import type { SegmentIssue, SegmentStatus } from '../../services/contract.ts';
import type { SegmentEditState } from './edit-history.ts';

/** Every status in workflow order. */
export const SEGMENT_STATUSES: readonly SegmentStatus[] = ['untranslated', 'draft', 'translated', 'reviewed', 'approved'];

/**
 * The state after the translator changes a target's text: an empty target is untranslated, and
 * any other change makes the segment a draft again, because a confirmation or an approval (and its
 * override reason) was given for the old text, not the new one.
 */
export function stateAfterTyping(previous: SegmentEditState, target: string): SegmentEditState {
  if (target === previous.target) return previous;
  if (target.trim() === '') return { target, status: 'untranslated' };
  return { target, status: 'draft' };
}

/** The state after a status change; an empty target cannot be confirmed, and only approval keeps an override reason. */
export function stateWithStatus(previous: SegmentEditState, status: SegmentStatus, overrideReason?: string): SegmentEditState {
  if (previous.target.trim() === '' && status !== 'untranslated') return previous;
  if (status === 'approved' && overrideReason) return { target: previous.target, status, overrideReason };
  return { target: previous.target, status };
}

/** Issues worth showing for a target: an empty target is shown by its status instead of an issue. */
export function visibleIssues(issues: readonly SegmentIssue[], target: string): SegmentIssue[] {
  if (target.trim() === '') return [];
  return issues.filter((issue) => issue.code !== 'untranslated');
}

/** Issues that stop approval unless the translator records an override reason. */
export function blockingIssues(issues: readonly SegmentIssue[], target: string): SegmentIssue[] {
  return visibleIssues(issues, target).filter(
    (issue) => issue.code === 'forbidden-term' || issue.code === 'missing-term' || issue.code === 'number-mismatch',
  );
}

/** True when the status counts as translated for progress figures. */
export function countsAsTranslated(status: SegmentStatus): boolean {
  return status === 'translated' || status === 'reviewed' || status === 'approved';
}
