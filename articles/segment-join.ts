/**
 * Joining and splitting Hindi segments in the editor, as memoQ and Trados do, without changing
 * the segmentation itself: a join marks the next segment `joined` (its Hindi stays, its English
 * moves onto the segment before, which now translates both), and a split undoes that. Segment
 * ids, alignments, memories and re-imports keep working because no segment is created or removed.
 */
import type { Article, Segment } from './model.ts';
import { stateAfterTyping } from './segment-workflow.ts';

/** Why a join or split cannot be made (the handlers turn it into a bad-input error). */
export class SegmentJoinError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SegmentJoinError';
  }
}

/**
 * Joins segment `segmentId` with the next one (same paragraph, both body or heading, the next not
 * joined already): the next becomes joined and its English is appended to this one's, which turns
 * draft when its text changed (a confirmation was for the old text). Returns the new article.
 */
export function joinWithNext(article: Article, segmentId: string, now: string): Article {
  const index = indexOf(article, segmentId);
  // Past segments joined to this one: the join takes the first free segment after them.
  let nextIndex = index + 1;
  while (article.segments[nextIndex]?.status === 'joined') nextIndex += 1;
  const first = article.segments[index];
  const next = article.segments[nextIndex];
  if (first.status === 'joined') throw new SegmentJoinError(`Segment ${segmentId} is joined to the one before; join from that one`);
  if (!next) throw new SegmentJoinError(`Segment ${segmentId} has no next segment to join`);
  if (first.kind === 'title' || next.kind !== first.kind || next.paragraph !== first.paragraph) {
    throw new SegmentJoinError(`Segment ${segmentId} and the next are not in the same paragraph; only sentences of one paragraph are joined`);
  }
  const english = [first.target.trim(), next.status === 'untranslated' ? '' : next.target.trim()].filter(Boolean).join(' ');
  const firstState = stateAfterTyping({ target: first.target, status: first.status }, english);
  const { overrideReason: _reason, ...nextRest } = next;
  const joinedFirst: Segment = english === first.target ? first : { ...withoutReason(first), ...firstState, origin: 'manual', updatedAt: now };
  const joinedNext: Segment = { ...nextRest, target: '', status: 'joined', updatedAt: now };
  return { ...article, segments: article.segments.with(index, joinedFirst).with(nextIndex, joinedNext) };
}

/**
 * Splits a joined segment off the one before: it becomes untranslated again and gets its own
 * English box; the English of the segment before stays as it is for the translator to divide.
 */
export function splitJoined(article: Article, segmentId: string, now: string): Article {
  const index = indexOf(article, segmentId);
  const segment = article.segments[index];
  if (segment.status !== 'joined') throw new SegmentJoinError(`Segment ${segmentId} is not joined to the one before`);
  return { ...article, segments: article.segments.with(index, { ...segment, target: '', status: 'untranslated', updatedAt: now }) };
}

function indexOf(article: Article, segmentId: string): number {
  const index = article.segments.findIndex((segment) => segment.id === segmentId);
  if (index < 0) throw new SegmentJoinError(`No segment ${segmentId} in article ${article.id}`);
  return index;
}

function withoutReason(segment: Segment): Segment {
  const { overrideReason: _dropped, ...rest } = segment;
  return rest;
}
