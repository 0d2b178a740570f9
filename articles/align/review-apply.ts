/**
 * Carries a review edit into the article: segments of newly accepted links take the English
 * (status translated, origin aligned); segments whose accepted link was undone, merged or reshaped
 * get back what they held before, unless the translator has edited them since.
 */
import type { Article, Segment } from '../model.ts';
import { acceptedTranslations, type ReviewedAlignment, type SegmentBefore } from './review-edits.ts';

/** The article and the alignment's record of replaced translations after one review edit. */
export interface ReviewApplied {
  article: Article;
  replaced: Record<string, SegmentBefore>;
  /** Ids of the segments that changed. */
  changedSegmentIds: string[];
}

/** Updates `article` for the change from alignment `before` to `after`; `now` stamps updatedAt. */
export function applyReviewToArticle(article: Article, before: ReviewedAlignment, after: ReviewedAlignment, now: string): ReviewApplied {
  const was = acceptedTranslations(before);
  const is = acceptedTranslations(after);
  const replaced: Record<string, SegmentBefore> = { ...(after.replaced ?? before.replaced ?? {}) };
  const changedSegmentIds: string[] = [];
  const segments = article.segments.map((segment): Segment => {
    const target = is.get(segment.id);
    const previousTarget = was.get(segment.id);
    if (target !== undefined && target !== previousTarget) {
      // Remember only the translation from before the review first touched the segment.
      replaced[segment.id] ??= segmentBefore(segment);
      changedSegmentIds.push(segment.id);
      return { ...withoutOverride(segment), target, status: 'translated', origin: 'aligned', updatedAt: now };
    }
    if (target === undefined && previousTarget !== undefined) {
      const original = replaced[segment.id];
      delete replaced[segment.id];
      // The translator's own edit since the accept wins over a restore.
      if (segment.origin !== 'aligned' || segment.target !== previousTarget) return segment;
      changedSegmentIds.push(segment.id);
      const restored = original ?? { target: '', status: 'untranslated' as const };
      const { origin: _origin, ...rest } = withoutOverride(segment);
      return { ...rest, target: restored.target, status: restored.status, ...(restored.origin ? { origin: restored.origin } : {}), updatedAt: now };
    }
    return segment;
  });
  return { article: changedSegmentIds.length > 0 ? { ...article, segments } : article, replaced, changedSegmentIds };
}

function segmentBefore(segment: Segment): SegmentBefore {
  return { target: segment.target, status: segment.status, ...(segment.origin ? { origin: segment.origin } : {}) };
}

function withoutOverride(segment: Segment): Segment {
  const { overrideReason: _dropped, ...rest } = segment;
  return rest;
}
