/** CSV of alignment links for review in a spreadsheet: article, hi, en, score, status. */
import { stringify } from 'csv-stringify/sync';
import { neutraliseFormulaCell } from '../../glossary/formats/spreadsheet-cells.ts';

/** One alignment link as a spreadsheet row. */
export interface LinkRow {
  /** Article id (or file name). */
  article: string;
  /** Hindi sentence(s) of the link, joined with a space; empty for a 0-1 link. */
  hi: string;
  /** English sentence(s) of the link, joined with a space; empty for a 1-0 link. */
  en: string;
  /** Link confidence 0..1. */
  score: number;
  /** Review status, e.g. `pending`, `accepted`. */
  status: string;
}

/** Header row of the links CSV, in column order. */
export const LINK_CSV_COLUMNS = ['article', 'hi', 'en', 'score', 'status'] as const;

/**
 * Serialises link rows as RFC 4180 CSV (CRLF line ends, quotes where needed). A UTF-8 byte-order
 * mark is written first unless `bom: false`, because Excel otherwise opens Devanagari as mojibake.
 * Cells that a spreadsheet would run as formulas get a leading quote (glossary/formats/spreadsheet-cells.ts);
 * `restoreFormulaCell` gives back the exact text.
 */
export function writeLinksCsv(rows: readonly LinkRow[], opts: { bom?: boolean } = {}): string {
  return stringify(
    // Sentences come from scraped pages and translators: a spreadsheet must never run one as a formula.
    rows.map((r) => [r.article, r.hi, r.en, r.score.toFixed(3), r.status].map(neutraliseFormulaCell)),
    { header: true, columns: [...LINK_CSV_COLUMNS], record_delimiter: 'windows', bom: opts.bom ?? true },
  );
}
