/**
 * The alignment of one article as the project stores it (`alignments/<articleId>`), for the batch
 * review view: the Hindi segments, the English sentences with their offsets into the
 * translation, and the links with confidence and review status.
 */
import type { Alignment } from './align-document.ts';

export const STORED_ALIGNMENT_SCHEMA_VERSION = 1;

/** Review state of a link. */
export type LinkReviewStatus = 'pending' | 'accepted';

/** One stored link. */
export interface StoredLink {
  hi: number[];
  en: number[];
  score: number;
  status: LinkReviewStatus;
}

/** What `anuvad align --project` saves per article. */
export interface StoredAlignment {
  schemaVersion: number;
  articleId: string;
  /** Name of the translation file the English came from. */
  translationFile: string;
  alignedAt: string;
  /** Segment ids of the Hindi side, parallel to `hi`. */
  segmentIds: string[];
  hi: string[];
  en: string[];
  /** UTF-16 offsets of each English sentence in `englishText`. */
  enSpans: [number, number][];
  englishText: string;
  links: StoredLink[];
}

/** Packs an alignment for storage; every link starts as pending review. */
export function toStoredAlignment(
  alignment: Alignment,
  article: { articleId: string; segmentIds: string[]; translationFile: string; englishText: string; alignedAt: string },
): StoredAlignment {
  return {
    schemaVersion: STORED_ALIGNMENT_SCHEMA_VERSION,
    articleId: article.articleId,
    translationFile: article.translationFile,
    alignedAt: article.alignedAt,
    segmentIds: article.segmentIds,
    hi: alignment.hi,
    en: alignment.en,
    enSpans: alignment.enSpans,
    englishText: article.englishText,
    links: alignment.links.map((link) => ({ hi: link.hi, en: link.en, score: link.score, status: 'pending' })),
  };
}
