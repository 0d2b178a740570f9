/**
 * The analysis as rows of a table (the CLI prints them; the renderer builds the same rows for its
 * table and chart): repetitions and the match bands, then the total; share = the row's Hindi words
 * out of all words, as memoQ and Trados show it.
 */
import type { SegmentStatus } from '../model.ts';
import { SEGMENT_STATUSES } from '../segment-workflow.ts';
import { MATCH_BANDS, type AnalysisFigures, type MatchBand } from './match-analysis.ts';

/** Key of one row: a band, the repetitions, or the total. */
export type AnalysisRowKey = MatchBand | 'repetitions' | 'total';

/** One row of the analysis table. */
export interface AnalysisRow {
  key: AnalysisRowKey;
  segments: number;
  words: number;
  /** Words of the row out of all words, 0..1 (0 when there are none). */
  share: number;
}

/** Rows in the order memoQ lists them: repetitions, 100 %, the fuzzy bands, no match, then the total. */
export function analysisRows(figures: AnalysisFigures): AnalysisRow[] {
  const all = figures.total.words;
  const row = (key: AnalysisRowKey, counts: { segments: number; words: number }): AnalysisRow => ({ key, ...counts, share: all > 0 ? counts.words / all : 0 });
  return [row('repetitions', figures.repetitions), ...MATCH_BANDS.map((band) => row(band, figures.bands[band])), row('total', figures.total)];
}

/** Statuses that have segments, in workflow order, with their counts. */
export function statusRows(figures: AnalysisFigures): { status: SegmentStatus; segments: number; words: number }[] {
  return SEGMENT_STATUSES.filter((status) => figures.byStatus[status].segments > 0).map((status) => ({ status, ...figures.byStatus[status] }));
}

const ROW_LABELS: Record<AnalysisRowKey, string> = {
  repetitions: 'Repetitions',
  '100': '100%',
  '95-99': '95-99%',
  '85-94': '85-94%',
  '75-84': '75-84%',
  '50-74': '50-74%',
  none: 'No match',
  total: 'Total',
};

/** The analysis as a plain-text table (English labels, for the command line). */
export function analysisText(figures: AnalysisFigures): string {
  const lines = [`${'Match'.padEnd(12)} ${'Segments'.padStart(8)} ${'Words'.padStart(8)} ${'Share'.padStart(7)}`];
  for (const row of analysisRows(figures)) {
    lines.push(`${ROW_LABELS[row.key].padEnd(12)} ${String(row.segments).padStart(8)} ${String(row.words).padStart(8)} ${`${(row.share * 100).toFixed(1)}%`.padStart(7)}`);
  }
  lines.push('', `${'Status'.padEnd(15)} ${'Segments'.padStart(8)} ${'Words'.padStart(8)}`);
  for (const row of statusRows(figures)) lines.push(`${row.status.padEnd(15)} ${String(row.segments).padStart(8)} ${String(row.words).padStart(8)}`);
  return lines.join('\n');
}
