/**
 * The segment workflow, in one place for the editor, the handlers and the command line: the
 * statuses in order, which of them count as confirmed, the state after typing or a status change,
 * what a save without an explicit status does, and which issues block approval.
 */
import type { IgnoredIssue, Segment, SegmentStatus } from './model.ts';
import type { SegmentIssue } from '../glossary/model.ts';

/**
 * Every status in workflow order; `pre-translated` (filled from the memory on import, not yet
 * confirmed) after untranslated; `joined` (no English of its own, covered by the segment before) last.
 */
export const SEGMENT_STATUSES: readonly SegmentStatus[] = ['untranslated', 'pre-translated', 'draft', 'translated', 'reviewed', 'approved', 'joined'];

/** Statuses a translator picks for a segment's own English (joined is set by joining, pre-translated by import, not picked). */
export const CHOOSABLE_STATUSES: readonly SegmentStatus[] = ['untranslated', 'draft', 'translated', 'reviewed', 'approved'];

/** Statuses whose translation a person has confirmed: memories, exports and progress take these. */
export const CONFIRMED_STATUSES: ReadonlySet<SegmentStatus> = new Set<SegmentStatus>(['translated', 'reviewed', 'approved']);

/** True when the status counts as confirmed (translated or later). */
export function isConfirmed(status: SegmentStatus): boolean {
  return CONFIRMED_STATUSES.has(status);
}

/** True when the segment is a usable confirmed pair: a confirmed status and a non-empty target. */
export function isConfirmedPair(segment: Pick<Segment, 'status' | 'target'>): boolean {
  return CONFIRMED_STATUSES.has(segment.status) && segment.target.trim() !== '';
}

/**
 * True when the segment holds the translator's own work, which a review must never overwrite: any
 * text they typed or took from a memory, or anything they confirmed beyond what the review wrote
 * (an aligned segment they reviewed or approved). A segment the review filled and nobody touched
 * since (origin aligned, status translated or joined) and an empty untranslated one are not.
 */
export function isTranslatorWork(segment: Pick<Segment, 'status' | 'target' | 'origin'>): boolean {
  if (segment.origin === 'aligned') return segment.status === 'reviewed' || segment.status === 'approved' || segment.status === 'draft';
  return segment.target.trim() !== '' || (segment.status !== 'untranslated' && segment.status !== 'joined');
}

/** The editable part of a segment that the workflow rules look at. */
export interface SegmentWorkState {
  target: string;
  status: SegmentStatus;
  overrideReason?: string;
  ignoredIssues?: IgnoredIssue[];
}

/**
 * A stable name for an issue of a segment pair: its code, entry, expectation and the text it
 * points at (not offsets, so an ignore survives nothing but an unchanged target anyway).
 */
export function issueKey(issue: SegmentIssue, source: string, target: string): string {
  const sourceText = issue.sourceSpan ? source.slice(issue.sourceSpan[0], issue.sourceSpan[1]) : '';
  const targetText = issue.targetSpan ? target.slice(issue.targetSpan[0], issue.targetSpan[1]) : '';
  return [issue.code, issue.entryId ?? '', issue.expected ?? '', sourceText, targetText].join('|');
}

/** The ignores that still hold: those given for the segment's current target. */
export function activeIgnores(segment: Pick<SegmentWorkState, 'target' | 'ignoredIssues'>): IgnoredIssue[] {
  return (segment.ignoredIssues ?? []).filter((ignored) => ignored.target === segment.target);
}

/** The issues split into open ones and those the translator ignored (with the reason). */
export function partitionIgnored(
  issues: readonly SegmentIssue[], segment: Pick<SegmentWorkState, 'target' | 'ignoredIssues'>, source: string,
): { open: SegmentIssue[]; ignored: { issue: SegmentIssue; reason: string }[] } {
  const reasons = new Map(activeIgnores(segment).map((ignored) => [ignored.key, ignored.reason]));
  const open: SegmentIssue[] = [];
  const ignored: { issue: SegmentIssue; reason: string }[] = [];
  for (const issue of issues) {
    const reason = reasons.get(issueKey(issue, source, segment.target));
    if (reason === undefined) open.push(issue);
    else ignored.push({ issue, reason });
  }
  return { open, ignored };
}

/**
 * The ignore list after the translator ignores (reason given) or restores (reason null) one issue:
 * ignores of older texts are dropped. Undefined when nothing is left.
 */
export function withIgnore(segment: Pick<SegmentWorkState, 'target' | 'ignoredIssues'>, key: string, reason: string | null): IgnoredIssue[] | undefined {
  const kept = activeIgnores(segment).filter((ignored) => ignored.key !== key);
  if (reason !== null) kept.push({ key, reason, target: segment.target });
  return kept.length > 0 ? kept : undefined;
}

/** True when an issue changes the meaning of the translation (error), false for a warning. */
export function isError(issue: SegmentIssue): boolean {
  return issue.severity === 'error';
}

/**
 * The state after the translator changes a target's text: an empty target is untranslated, and
 * any other change makes the segment a draft again, because a confirmation or an approval (and its
 * override reason) was given for the old text, not the new one. Unchanged text keeps the state.
 */
export function stateAfterTyping(previous: SegmentWorkState, target: string): SegmentWorkState {
  if (target === previous.target) return previous;
  if (target.trim() === '') return { target, status: 'untranslated' };
  return { target, status: 'draft' };
}

/** The state after a status change; an empty target cannot be confirmed, and only approval keeps an override reason. */
export function stateWithStatus(previous: SegmentWorkState, status: SegmentStatus, overrideReason?: string): SegmentWorkState {
  // Joined is a structural state (the English is on the segment before): only joining sets it.
  // Pre-translated is set by import only; a person confirms (translated) or edits (draft) instead.
  if (status === 'joined' || status === 'pre-translated') return previous;
  if (previous.target.trim() === '' && status !== 'untranslated') return previous;
  if (status === 'approved' && overrideReason) return { target: previous.target, status, overrideReason };
  return { target: previous.target, status };
}

/** Issues worth showing for a target: an empty target is shown by its status instead of an issue. */
export function visibleIssues(issues: readonly SegmentIssue[], target: string): SegmentIssue[] {
  if (target.trim() === '') return [];
  return issues.filter((issue) => issue.code !== 'untranslated');
}

// Glossary and number problems change the meaning of a translation; style notes do not.
const BLOCKING_CODES: ReadonlySet<SegmentIssue['code']> = new Set<SegmentIssue['code']>(['forbidden-term', 'missing-term', 'number-mismatch']);

/** Issues that stop approval unless the translator records an override reason. */
export function blockingIssues(issues: readonly SegmentIssue[], target: string): SegmentIssue[] {
  return visibleIssues(issues, target).filter((issue) => BLOCKING_CODES.has(issue.code));
}

/**
 * Blocking issues still open on a segment: none once it is approved with a recorded override
 * reason; issues ignored (with a reason) for its current target are not open either.
 */
export function openIssues(segment: SegmentWorkState, issues: readonly SegmentIssue[], source?: string): SegmentIssue[] {
  if (segment.status === 'approved' && segment.overrideReason) return [];
  const blocking = blockingIssues(issues, segment.target);
  return source === undefined ? blocking : partitionIgnored(blocking, segment, source).open;
}

/** A save request: the new text and, optionally, the status and override reason the person chose. */
export interface SegmentSaveRequest {
  target: string;
  status?: SegmentStatus;
  overrideReason?: string;
}

/** The outcome of a save: the state to store, or why approval was refused. */
export type SegmentSaveOutcome =
  | { ok: true; state: SegmentWorkState }
  | { ok: false; reason: 'approval-blocked'; blocking: SegmentIssue[] };

/**
 * The state a save stores, by the same rules as the editor: the text change first (typing rule),
 * then the explicit status when one is given. Approval with blocking issues needs an override
 * reason; a reason is kept only while it is needed (approved and still blocked).
 * `issues` are the checker's issues for the new target.
 */
export function savedState(previous: SegmentWorkState, request: SegmentSaveRequest, issues: readonly SegmentIssue[]): SegmentSaveOutcome {
  const typed = stateAfterTyping(previous, request.target);
  const next = request.status === undefined ? typed : stateWithStatus(typed, request.status, request.overrideReason ?? carriedReason(typed, request));
  const blocking = blockingIssues(issues, next.target);
  if (next.status === 'approved' && blocking.length > 0 && !next.overrideReason) {
    return { ok: false, reason: 'approval-blocked', blocking };
  }
  const state: SegmentWorkState = { target: next.target, status: next.status };
  if (next.status === 'approved' && blocking.length > 0 && next.overrideReason) state.overrideReason = next.overrideReason;
  return { ok: true, state };
}

// Re-approving unchanged text keeps the reason already recorded for it.
function carriedReason(typed: SegmentWorkState, request: SegmentSaveRequest): string | undefined {
  return request.status === 'approved' && typed.status === 'approved' ? typed.overrideReason : undefined;
}
