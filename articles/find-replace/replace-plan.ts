/**
 * Replace across articles as data: plan every change (article, segment, before/after) for the
 * preview, then apply the ones the translator kept. A replaced segment follows the workflow's
 * rule for any edit of its English (`stateAfterTyping`): a confirmation or approval was given for
 * the old text, so it becomes a draft; the old override reason goes with it.
 */
import type { Article, Segment, SegmentStatus } from '../model.ts';
import { stateAfterTyping } from '../segment-workflow.ts';
import { replaceMatches, type CompiledSearch } from './text-search.ts';

/** One planned replacement in one segment's English. */
export interface ReplaceChange {
  articleId: string;
  segmentId: string;
  /** The target as read when planning; applying refuses a segment whose target changed since. */
  before: string;
  after: string;
  /** Matches replaced in this segment. */
  count: number;
  status: SegmentStatus;
  /** The status the segment gets from the workflow after the edit. */
  statusAfter: SegmentStatus;
}

/** A change the translator kept in the preview. */
export interface ReplaceSelection {
  articleId: string;
  segmentId: string;
  before: string;
}

// A joined segment's English lives on the segment before it: nothing of its own to replace.
const replaceable = (segment: Segment) => segment.status !== 'joined' && segment.target !== '';

/** Every change the replace would make, in article then segment order; segments without a match are left out. */
export function planReplace(articles: readonly Article[], search: CompiledSearch, replacement: string): ReplaceChange[] {
  const changes: ReplaceChange[] = [];
  for (const article of articles) {
    for (const segment of article.segments) {
      if (!replaceable(segment)) continue;
      const { text, count } = replaceMatches(search, segment.target, replacement);
      if (count === 0 || text === segment.target) continue;
      const statusAfter = stateAfterTyping({ target: segment.target, status: segment.status }, text).status;
      changes.push({ articleId: article.id, segmentId: segment.id, before: segment.target, after: text, count, status: segment.status, statusAfter });
    }
  }
  return changes;
}

/** Result of applying a replace to articles (nothing saved yet). */
export interface ReplaceResult {
  /** Every article, changed ones replaced by new values (unchanged ones keep their identity). */
  articles: Article[];
  applied: { articleId: string; segmentId: string }[];
  /** Selected segments whose target is no longer the one previewed (or gone); left alone. */
  stale: { articleId: string; segmentId: string }[];
}

/** The new segment after replacing in its target, by the workflow's edit rule; `origin` becomes manual. */
export function replacedSegment(segment: Segment, after: string, now?: string): Segment {
  const { overrideReason: _dropped, ...rest } = segment;
  const state = stateAfterTyping({ target: segment.target, status: segment.status, overrideReason: segment.overrideReason }, after);
  return { ...rest, ...state, origin: 'manual', ...(now ? { updatedAt: now } : {}) };
}

/**
 * Applies the selected changes, recomputed on the segments as they are now: a segment whose target
 * is no longer `before` is stale and kept as it is (somebody edited it after the preview).
 */
export function applyReplace(articles: readonly Article[], search: CompiledSearch, replacement: string, selected: readonly ReplaceSelection[], now?: string): ReplaceResult {
  const wanted = new Map<string, Map<string, string>>();
  for (const each of selected) {
    let segments = wanted.get(each.articleId);
    if (!segments) wanted.set(each.articleId, (segments = new Map()));
    segments.set(each.segmentId, each.before);
  }
  const applied: ReplaceResult['applied'] = [];
  const stale: ReplaceResult['stale'] = [];
  const found = new Set<string>();
  const next = articles.map((article) => {
    const segmentsWanted = wanted.get(article.id);
    if (!segmentsWanted) return article;
    let changed = false;
    const segments = article.segments.map((segment) => {
      const before = segmentsWanted.get(segment.id);
      if (before === undefined) return segment;
      found.add(`${article.id}\n${segment.id}`);
      const { text, count } = replaceable(segment) ? replaceMatches(search, segment.target, replacement) : { text: segment.target, count: 0 };
      if (segment.target !== before || count === 0 || text === segment.target) {
        stale.push({ articleId: article.id, segmentId: segment.id });
        return segment;
      }
      changed = true;
      applied.push({ articleId: article.id, segmentId: segment.id });
      return replacedSegment(segment, text, now);
    });
    return changed ? { ...article, segments } : article;
  });
  for (const each of selected) {
    if (!found.has(`${each.articleId}\n${each.segmentId}`)) stale.push({ articleId: each.articleId, segmentId: each.segmentId });
  }
  return { articles: next, applied, stale };
}
