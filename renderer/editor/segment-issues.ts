/**
 * The editor's glossary checks, by the same rules as the server: each segment in the context of
 * the article's segments before it (names in running text), and without the issues the translator
 * ignored for the current text (those are listed apart, with their reasons).
 */
import { EMPTY_DOCUMENT_CONTEXT, sameDocumentContext, type DocumentContext } from '../../glossary/index.ts';
import type { IgnoredIssue, SegmentIssue } from '../../services/contract.ts';
import { partitionIgnored, visibleIssues } from '../../articles/segment-workflow.ts';
import type { LiveChecker } from '../live-checker.ts';

/** One segment's issues as the editor shows them. */
export interface SegmentIssueView {
  open: SegmentIssue[];
  ignored: { issue: SegmentIssue; reason: string }[];
}

/** Issues of a segment with `target`, given the context before it and its ignores. */
export function segmentIssueView(
  checker: LiveChecker, context: DocumentContext | undefined, source: string, target: string, ignoredIssues: IgnoredIssue[] | undefined,
): SegmentIssueView & { next: DocumentContext } {
  const checked = checker.checkInContext(source, target, context ?? EMPTY_DOCUMENT_CONTEXT);
  const { open, ignored } = partitionIgnored(visibleIssues(checked.issues, target), { target, ignoredIssues }, source);
  return { open, ignored, next: checked.context };
}

/** True when two contexts say the same about people, offices and nouns (so later segments need no re-check). */
export function sameContext(a: DocumentContext | undefined, b: DocumentContext | undefined): boolean {
  return sameDocumentContext(a, b);
}
