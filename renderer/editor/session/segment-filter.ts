/**
 * The editor's segment filter and issue navigation, as pure functions of the edit history and the
 * checks: which segments a status / issue-kind filter shows (statuses OR'ed, kinds OR'ed, the two
 * groups AND'ed), the counts beside each choice, and the next or previous segment with an open
 * issue. "Open issue" is the toolbar counter's definition (openIssues of segment-workflow.ts).
 */
import type { IssueCode, SegmentIssue, SegmentStatus } from '../../../services/contract.ts';
import { openIssues } from '../../../articles/segment-workflow.ts';
import type { EditorDoc } from '../edit-history.ts';

/** What the filter keeps; empty sets keep everything in that group. */
export interface SegmentFilter {
  statuses: ReadonlySet<SegmentStatus>;
  issueKinds: ReadonlySet<IssueCode>;
}

/** The filter that shows every segment. */
export const NO_FILTER: SegmentFilter = { statuses: new Set(), issueKinds: new Set() };

/** True when the filter hides something. */
export function isFiltering(filter: SegmentFilter): boolean {
  return filter.statuses.size > 0 || filter.issueKinds.size > 0;
}

type IssueMap = ReadonlyMap<string, readonly SegmentIssue[]>;

function openKinds(doc: EditorDoc, issues: IssueMap, index: number): Set<IssueCode> {
  return new Set(openIssues(doc.segments[index], issues.get(doc.ids[index]) ?? []).map((issue) => issue.code));
}

/** Segments per status and per open issue kind (a segment with two issues of a kind counts once). */
export function filterCounts(doc: EditorDoc, issues: IssueMap): { byStatus: Partial<Record<SegmentStatus, number>>; byIssue: Partial<Record<IssueCode, number>> } {
  const byStatus: Partial<Record<SegmentStatus, number>> = {};
  const byIssue: Partial<Record<IssueCode, number>> = {};
  for (let index = 0; index < doc.segments.length; index++) {
    const status = doc.segments[index].status;
    byStatus[status] = (byStatus[status] ?? 0) + 1;
    for (const kind of openKinds(doc, issues, index)) byIssue[kind] = (byIssue[kind] ?? 0) + 1;
  }
  return { byStatus, byIssue };
}

/** True when the segment at `index` passes the filter. */
export function passesFilter(doc: EditorDoc, issues: IssueMap, filter: SegmentFilter, index: number): boolean {
  if (filter.statuses.size > 0 && !filter.statuses.has(doc.segments[index].status)) return false;
  if (filter.issueKinds.size === 0) return true;
  for (const kind of openKinds(doc, issues, index)) if (filter.issueKinds.has(kind)) return true;
  return false;
}

/**
 * Indices of the segments shown, in article order, or null when nothing is filtered. The segment
 * being edited (`keep`) stays shown even when an edit takes it out of the filter, so it does not
 * vanish under the translator's caret; it goes when the caret moves on.
 */
export function visibleSegments(doc: EditorDoc, issues: IssueMap, filter: SegmentFilter, keep?: number): number[] | null {
  if (!isFiltering(filter)) return null;
  const shown: number[] = [];
  for (let index = 0; index < doc.segments.length; index++) {
    if (index === keep || passesFilter(doc, issues, filter, index)) shown.push(index);
  }
  return shown;
}

/** The next (delta 1) or previous (-1) segment with an open issue after `from`, wrapping; undefined when there is none. */
export function nextIssue(doc: EditorDoc, issues: IssueMap, from: number, delta: 1 | -1): number | undefined {
  const count = doc.segments.length;
  for (let step = 1; step <= count; step++) {
    const index = (((from + delta * step) % count) + count) % count;
    if (openKinds(doc, issues, index).size > 0) return index;
  }
  return undefined;
}

/** The next (or previous) shown segment from `from`, or `from` at the ends. */
export function stepWithin(shown: readonly number[] | null, from: number, delta: 1 | -1, count: number): number {
  if (!shown) return Math.max(0, Math.min(count - 1, from + delta));
  if (delta > 0) return shown.find((index) => index > from) ?? from;
  for (let position = shown.length - 1; position >= 0; position--) if (shown[position] < from) return shown[position];
  return from;
}
