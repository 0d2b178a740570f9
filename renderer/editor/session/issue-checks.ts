/**
 * The editor's glossary issues per segment: a full pass over the article (in chunks, so the first
 * paint is not held up) whenever the article or the checker changes, and a per-segment recheck a
 * short quiet time after typing. Runs the local checker; no DOM, timers injected.
 */
import type { Article, SegmentIssue } from '../../../services/contract.ts';
import { EMPTY_DOCUMENT_CONTEXT, type DocumentContext } from '../../../glossary/index.ts';
import type { LiveChecker } from '../../live-checker.ts';
import { sameContext, segmentIssueView, type SegmentIssueView } from '../segment-issues.ts';
import type { SaverTimers } from '../segment-saver.ts';

/** Segments checked per chunk of the full pass. */
const CHUNK = 150;

/** What the checks need from the session. */
export interface IssueCheckOptions {
  timers: SaverTimers;
  /** Quiet time before one segment is rechecked. */
  delayMs: number;
  /** The segment's current English (the edit history's, not the stored one). */
  targetOf(segmentId: string): string | undefined;
  /** Receives the whole map after a full pass, or one segment's issues after a recheck. */
  onIssues(update: (map: ReadonlyMap<string, readonly SegmentIssue[]>) => ReadonlyMap<string, readonly SegmentIssue[]>): void;
  /** The same for the issues ignored for the current text (segments with none are absent). */
  onIgnored?(update: (map: ReadonlyMap<string, readonly IgnoredView[]>) => ReadonlyMap<string, readonly IgnoredView[]>): void;
}

/** An issue the translator ignored, with the reason. */
export type IgnoredView = SegmentIssueView['ignored'][number];

/** Running checks of one editor session. */
export interface IssueChecks {
  /** Rechecks every segment of the article with this checker (a pass still running is dropped). */
  checkAll(article: Article, checker: LiveChecker): void;
  /** Rechecks one segment after the quiet time. */
  schedule(segmentId: string): void;
  /**
   * The open issues of a segment with `target` now, by the rule of the full pass (in the context of
   * the segments before it, without its ignores); undefined before the first pass ends.
   */
  openNow(segmentId: string, target: string): SegmentIssue[] | undefined;
  dispose(): void;
}

/** Creates the checks. */
export function createIssueChecks(options: IssueCheckOptions): IssueChecks {
  const { timers } = options;
  const pending = new Map<string, unknown>();
  let pass = 0;
  let article: Article | null = null;
  let checker: LiveChecker | null = null;
  // contexts[i] = what the article's segments before i said about people (names in running text).
  let contexts: DocumentContext[] = [];

  const checks: IssueChecks = {
    checkAll(nextArticle, nextChecker) {
      article = nextArticle;
      checker = nextChecker;
      const run = ++pass;
      const result = new Map<string, readonly SegmentIssue[]>();
      const ignoredResult = new Map<string, readonly IgnoredView[]>();
      const segments = nextArticle.segments;
      const passContexts: DocumentContext[] = [];
      let context: DocumentContext = EMPTY_DOCUMENT_CONTEXT;
      let next = 0;
      const step = () => {
        if (run !== pass) return;
        for (const end = Math.min(segments.length, next + CHUNK); next < end; next++) {
          const segment = segments[next];
          passContexts.push(context);
          // The same rule as the server: in context, without the issues ignored for this text.
          const view = segmentIssueView(nextChecker, context, segment.source, options.targetOf(segment.id) ?? segment.target, segment.ignoredIssues);
          context = view.next;
          result.set(segment.id, view.open);
          if (view.ignored.length > 0) ignoredResult.set(segment.id, view.ignored);
        }
        if (next < segments.length) timers.setTimeout(step, 0);
        else {
          contexts = passContexts;
          options.onIssues(() => result);
          options.onIgnored?.(() => ignoredResult);
        }
      };
      step();
    },
    schedule(segmentId) {
      const previous = pending.get(segmentId);
      if (previous !== undefined) timers.clearTimeout(previous);
      pending.set(
        segmentId,
        timers.setTimeout(() => {
          pending.delete(segmentId);
          const segments = article?.segments ?? [];
          const index = segments.findIndex((candidate) => candidate.id === segmentId);
          const target = options.targetOf(segmentId);
          if (index < 0 || target === undefined || !checker || !article) return;
          const segment = segments[index];
          const view = segmentIssueView(checker, contexts[index], segment.source, target, segment.ignoredIssues);
          options.onIssues((map) => new Map(map).set(segmentId, view.open));
          options.onIgnored?.((map) => withEntry(map, segmentId, view.ignored));
          // A name added or removed here changes what later segments may say: check them all again.
          if (index + 1 < segments.length && contexts.length === segments.length && !sameContext(view.next, contexts[index + 1])) checks.checkAll(article, checker);
        }, options.delayMs),
      );
    },
    openNow(segmentId, target) {
      const segments = article?.segments ?? [];
      const index = segments.findIndex((candidate) => candidate.id === segmentId);
      if (index < 0 || !checker || contexts.length !== segments.length) return undefined;
      const segment = segments[index];
      return segmentIssueView(checker, contexts[index], segment.source, target, segment.ignoredIssues).open;
    },
    dispose() {
      pass++;
      for (const handle of pending.values()) timers.clearTimeout(handle);
      pending.clear();
    },
  };
  return checks;
}

// The map with `segmentId` set to `ignored`, or without it when there is none.
function withEntry(map: ReadonlyMap<string, readonly IgnoredView[]>, segmentId: string, ignored: readonly IgnoredView[]): ReadonlyMap<string, readonly IgnoredView[]> {
  if (ignored.length === 0 && !map.has(segmentId)) return map;
  const next = new Map(map);
  if (ignored.length > 0) next.set(segmentId, ignored);
  else next.delete(segmentId);
  return next;
}
