/**
 * Formula injection in CSV/TSV exports (OWASP "CSV Injection"): a spreadsheet that opens a CSV
 * runs a cell starting with `=`, `+`, `-` or `@` (and, after a tab or a carriage return, whatever
 * follows) as a formula — `=HYPERLINK("http://…")`, `=cmd|' /C calc'!A0`. Every CSV and TSV
 * writer of the workbench passes each cell through `neutraliseFormulaCell`, and every CSV/TSV
 * reader through `restoreFormulaCell`, so that the two are exact inverses:
 *
 * - OWASP's remedy is a single quote in front: the cell is then text to Excel, LibreOffice and
 *   Google Sheets. We take it (rather than a leading space or a tab, which other tools trim away
 *   or which is itself on the list) because it is the documented one and visible to a reader.
 * - A cell that already starts with quotes followed by one of those characters (`'=x`, `''-5`)
 *   gets one more quote, so the reader's "drop one leading quote" gives back exactly what was
 *   written: `-5 °C` → `'-5 °C` → `-5 °C`, `'=x` → `''=x` → `'=x`. Any other cell is untouched.
 */

/** A cell that a spreadsheet would run, possibly behind quotes we added ourselves. */
const FORMULA_START = /^'*[=+\-@\t\r]/;
/** A cell neutralised by neutraliseFormulaCell (one quote of ours in front). */
const NEUTRALISED = /^'+[=+\-@\t\r]/;

/** The cell as a CSV/TSV export must write it: a leading `'` when a spreadsheet would run it as a formula. */
export function neutraliseFormulaCell(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** The inverse of neutraliseFormulaCell for a cell read from a CSV/TSV file: drops that one quote. */
export function restoreFormulaCell(text: string): string {
  return NEUTRALISED.test(text) ? text.slice(1) : text;
}
