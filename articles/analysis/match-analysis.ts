/**
 * The analysis a CAT tool shows before work starts (memoQ "Statistics", Trados "Analyze Files"):
 * segments and Hindi words by status, internal repetitions and memory match bands, per article and
 * for the analysed set. Pure: the memory is asked through a lookup passed in.
 *
 * Rules (memoQ's, as the issue asks):
 * - a repetition is a segment whose Hindi repeats an earlier segment of the analysed set (the key
 *   the project links repetitions by, articles/memory/repetitions.ts); the first occurrence is
 *   counted in its match band, every later one only as a repetition, never twice;
 * - 100 % is an exact source match (NFC, white space collapsed: the pre-translation rule); a
 *   match the memory scores 100 % that differs in punctuation or spacing is put in 95–99;
 * - other bands by the memory's word-level similarity, floored to a whole percent.
 */
import type { Article, SegmentStatus } from '../model.ts';
import { SEGMENT_STATUSES } from '../segment-workflow.ts';
import { repetitionKey } from '../memory/repetitions.ts';

/** The match bands, best first, as memoQ and Trados report them. */
export const MATCH_BANDS = ['100', '95-99', '85-94', '75-84', '50-74', 'none'] as const;

/** One band of the analysis. */
export type MatchBand = (typeof MATCH_BANDS)[number];

/** The lowest whole percent of each band with a floor (no-match has none). */
const BAND_FLOORS: readonly [MatchBand, number][] = [['95-99', 95], ['85-94', 85], ['75-84', 75], ['50-74', 50]];

/** Lowest similarity the analysis asks the memory for (the floor of the last band). */
export const ANALYSIS_MIN_SCORE = 0.5;

/** Segments and Hindi words of one row of an analysis. */
export interface SegmentsAndWords {
  segments: number;
  words: number;
}

/** The figures of one article or of the whole analysed set. */
export interface AnalysisFigures {
  total: SegmentsAndWords;
  byStatus: Record<SegmentStatus, SegmentsAndWords>;
  /** First occurrences by their best memory match; repetitions are not in any band. */
  bands: Record<MatchBand, SegmentsAndWords>;
  repetitions: SegmentsAndWords;
}

/** The best memory match for a source: its similarity 0..1 and whether the sources are identical (exact). */
export interface BestMatch {
  score: number;
  exact: boolean;
}

/** Asks the memory for a source's best match (undefined: nothing at or above ANALYSIS_MIN_SCORE). */
export type BestMatchLookup = (source: string, at: { articleId: string; segmentIndex: number }) => BestMatch | undefined;

/** The analysis of a set of articles: per article (in the order given) and in total. */
export interface SetAnalysis {
  total: AnalysisFigures;
  articles: { articleId: string; figures: AnalysisFigures }[];
}

/** Words as a desk counts them: runs of letters, marks or digits between spaces and punctuation. */
export function countWords(text: string): number {
  return text.match(/[\p{L}\p{M}\p{N}]+/gu)?.length ?? 0;
}

/** The band a best match falls in. */
export function matchBand(match: BestMatch | undefined): MatchBand {
  if (!match) return 'none';
  if (match.exact) return '100';
  // The memory's 100 % ignores punctuation; without an identical source it is the best fuzzy band.
  const percent = Math.min(99, Math.floor(match.score * 100 + 1e-9));
  return BAND_FLOORS.find(([, floor]) => percent >= floor)?.[0] ?? 'none';
}

/** Figures with every count zero. */
export function emptyFigures(): AnalysisFigures {
  const zero = () => ({ segments: 0, words: 0 });
  return {
    total: zero(),
    byStatus: Object.fromEntries(SEGMENT_STATUSES.map((status) => [status, zero()])) as Record<SegmentStatus, SegmentsAndWords>,
    bands: Object.fromEntries(MATCH_BANDS.map((band) => [band, zero()])) as Record<MatchBand, SegmentsAndWords>,
    repetitions: zero(),
  };
}

function add(row: SegmentsAndWords, words: number): void {
  row.segments += 1;
  row.words += words;
}

/**
 * Analyses the articles in the order given: a segment repeating one met earlier (in this article
 * or an earlier one) is a repetition and the memory is not asked for it.
 */
export function analyseArticles(articles: readonly Article[], lookup: BestMatchLookup): SetAnalysis {
  const total = emptyFigures();
  const seen = new Set<string>();
  const perArticle = articles.map((article) => {
    const figures = emptyFigures();
    article.segments.forEach((segment, segmentIndex) => {
      const words = countWords(segment.source);
      const key = repetitionKey(segment.source);
      const repeated = key !== '' && seen.has(key);
      if (key) seen.add(key);
      for (const into of [figures, total]) {
        add(into.total, words);
        add(into.byStatus[segment.status], words);
      }
      if (repeated) {
        add(figures.repetitions, words);
        add(total.repetitions, words);
        return;
      }
      const band = matchBand(key ? lookup(segment.source, { articleId: article.id, segmentIndex }) : undefined);
      add(figures.bands[band], words);
      add(total.bands[band], words);
    });
    return { articleId: article.id, figures };
  });
  return { total, articles: perArticle };
}
