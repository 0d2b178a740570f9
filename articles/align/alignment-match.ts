/**
 * The English an alignment links to a segment, offered as a memory match with origin
 * "alignment": beside a translation the review did not overwrite (a conflict), or for a link not
 * accepted yet, so the translator can take it with one Insert.
 */
import { diffWords, wordSimilarity, type DiffOp } from '../memory/word-diff.ts';
import { linkText, type ReviewedAlignment } from './review-edits.ts';

/** A match built from an alignment link (the shape of a memory match). */
export interface AlignmentMatch {
  source: string;
  target: string;
  score: number;
  origin: 'alignment';
  diff: DiffOp[];
  contextMatch: boolean;
}

/**
 * The match of the link whose first Hindi sentence is `segmentId`, or undefined (no link, no
 * English, or the segment already holds exactly that English). Score: word similarity of the
 * link's Hindi to the segment's (1 for a 1-1 link; a 2-1 link's Hindi is longer).
 */
export function alignmentMatch(alignment: ReviewedAlignment, segmentId: string, segment: { source: string; target: string }): AlignmentMatch | undefined {
  const position = alignment.segmentIds.indexOf(segmentId);
  if (position < 0) return undefined;
  const link = alignment.links.find((each) => each.hi[0] === position);
  if (!link || link.en.length === 0) return undefined;
  const text = linkText(alignment, link);
  if (text.en === segment.target) return undefined;
  const linkWords = words(text.hi);
  const segmentWords = words(segment.source);
  return {
    source: text.hi,
    target: text.en,
    score: wordSimilarity(linkWords, segmentWords),
    origin: 'alignment',
    diff: diffWords(linkWords, linkWords, segmentWords, segmentWords),
    contextMatch: false,
  };
}

function words(text: string): string[] {
  return text.split(/\s+/u).filter(Boolean);
}
