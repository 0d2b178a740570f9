/**
 * Carries a review edit into the article: segments of newly accepted links take the English
 * (status translated, origin aligned; the other Hindi segments of a 2-1 link become `joined`);
 * segments whose accepted link was undone, merged or reshaped get back what they held before,
 * unless the translator has edited them since. A segment holding the translator's own work is
 * never overwritten: it is left alone and listed as a conflict, until the reviewer decides
 * (`resolveConflict`) to let the aligned English replace it.
 */
import type { Article, Segment } from '../model.ts';
import { isTranslatorWork } from '../segment-workflow.ts';
import { acceptedTranslations, linkText, type ReviewedAlignment, type SegmentBefore } from './review-edits.ts';

/** The article and the alignment's record of replaced translations after one review edit. */
export interface ReviewApplied {
  article: Article;
  replaced: Record<string, SegmentBefore>;
  /** Ids of the segments that changed. */
  changedSegmentIds: string[];
  /** Ids of segments this edit would have written but left alone: they hold the translator's work. */
  skippedSegmentIds: string[];
}

/** A segment whose translator's work and an accepted link disagree, waiting for a decision. */
export interface ReviewConflict {
  segmentId: string;
  linkIndex: number;
  /** The segment's Hindi. */
  source: string;
  /** What the accepted link would write: its English, or '' when the segment is joined to the one before. */
  aligned: string;
  /** The translator's text and status now. */
  target: string;
  status: Segment['status'];
}

/** Updates `article` for the change from alignment `before` to `after`; `now` stamps updatedAt. */
export function applyReviewToArticle(article: Article, before: ReviewedAlignment, after: ReviewedAlignment, now: string): ReviewApplied {
  const was = acceptedTranslations(before);
  const is = acceptedTranslations(after);
  const replaced: Record<string, SegmentBefore> = { ...(after.replaced ?? before.replaced ?? {}) };
  const changedSegmentIds: string[] = [];
  const skippedSegmentIds: string[] = [];
  const takesAligned = (alignment: ReviewedAlignment, id: string) => alignment.decisions?.[id] === 'aligned';
  const segments = article.segments.map((segment): Segment => {
    const target = is.get(segment.id);
    const previousTarget = was.get(segment.id);
    const forced = takesAligned(after, segment.id) && !takesAligned(before, segment.id);
    const unforced = takesAligned(before, segment.id) && !takesAligned(after, segment.id);
    if (target !== undefined && (target !== previousTarget || forced) && !unforced) {
      if (holdsReviewWrite(segment, target)) return segment;
      if (isTranslatorWork(segment) && !takesAligned(after, segment.id)) {
        skippedSegmentIds.push(segment.id);
        return segment;
      }
      // Remember only the translation from before the review first touched the segment.
      replaced[segment.id] ??= segmentBefore(segment);
      changedSegmentIds.push(segment.id);
      return { ...withoutOverride(segment), target, status: target === '' ? 'joined' : 'translated', origin: 'aligned', updatedAt: now };
    }
    const written = unforced ? target : previousTarget;
    if ((target === undefined && previousTarget !== undefined) || (unforced && written !== undefined)) {
      const original = replaced[segment.id];
      delete replaced[segment.id];
      // The translator's own edit since the accept wins over a restore.
      if (written === undefined || !holdsReviewWrite(segment, written)) return segment;
      changedSegmentIds.push(segment.id);
      const restored = original ?? { target: '', status: 'untranslated' as const };
      const { origin: _origin, ...rest } = withoutOverride(segment);
      return { ...rest, target: restored.target, status: restored.status, ...(restored.origin ? { origin: restored.origin } : {}), updatedAt: now };
    }
    return segment;
  });
  return { article: changedSegmentIds.length > 0 ? { ...article, segments } : article, replaced, changedSegmentIds, skippedSegmentIds };
}

/**
 * Every accepted link's segment that holds the translator's own work instead of what the link
 * writes, and whose conflict the reviewer has not settled as "keep mine".
 */
export function reviewConflicts(article: Article, alignment: ReviewedAlignment): ReviewConflict[] {
  const byId = new Map(article.segments.map((segment) => [segment.id, segment]));
  const conflicts: ReviewConflict[] = [];
  alignment.links.forEach((link, linkIndex) => {
    if (link.status !== 'accepted' || link.hi.length === 0 || link.en.length === 0) return;
    const english = linkText(alignment, link).en;
    link.hi.forEach((i, position) => {
      const segmentId = alignment.segmentIds[i];
      const segment = segmentId === undefined ? undefined : byId.get(segmentId);
      if (!segment || alignment.decisions?.[segment.id] === 'mine') return;
      const aligned = position === 0 ? english : '';
      if (holdsReviewWrite(segment, aligned) || !isTranslatorWork(segment)) return;
      conflicts.push({ segmentId: segment.id, linkIndex, source: segment.source, aligned, target: segment.target, status: segment.status });
    });
  });
  return conflicts;
}

// True when the segment holds exactly what the review wrote into it and nobody confirmed it further.
function holdsReviewWrite(segment: Segment, written: string): boolean {
  return segment.origin === 'aligned' && segment.target === written && segment.status === (written === '' ? 'joined' : 'translated');
}

function segmentBefore(segment: Segment): SegmentBefore {
  return { target: segment.target, status: segment.status, ...(segment.origin ? { origin: segment.origin } : {}) };
}

function withoutOverride(segment: Segment): Segment {
  const { overrideReason: _dropped, ...rest } = segment;
  return rest;
}
