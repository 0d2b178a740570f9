/** Glossary exchange formats: choose by file name, export, parse with row-level problems, plan and apply imports. */

import type { Glossary, GlossaryEntry } from '../model.ts';
import { writeGlossaryCsv, readGlossaryCsv } from './csv.ts';
import { ALL_FIELDS, TERM_FIELDS, decodeText, type EntryField, type ImportProblem, type ParseOptions } from './entries.ts';
import { readGlossaryJson, writeGlossaryJson } from './json.ts';
import { readOmegatGlossary, writeOmegatGlossary } from './omegat.ts';
import { readGlossaryTbx, writeTbx2008, writeTbx3 } from './tbx.ts';
import { readGlossaryXlsx, writeGlossaryXlsx } from './xlsx.ts';

export type { ImportProblem, ParseOptions, EntryField, ProblemSeverity } from './entries.ts';
export { CSV_HEADER } from './csv.ts';
export { joinList, splitList, sourceKey, entryIdForSource, ALL_FIELDS, TERM_FIELDS, CONTENT_FIELDS } from './entries.ts';
export { FORBIDDEN_NOTE_PREFIX, TBX3_NAMESPACE } from './tbx.ts';
export { MAX_XLSX_UNPACKED_BYTES } from './xlsx.ts';
export { neutraliseFormulaCell, restoreFormulaCell } from './spreadsheet-cells.ts';
export { planGlossaryImport, applyGlossaryImport } from './plan.ts';
export type { GlossaryImportPlan, ImportConflict, PlanOptions, ApplyOptions } from './plan.ts';

/** Largest glossary file read (32 MiB, about 100,000 entries in TBX); a bigger file is refused before parsing. */
export const MAX_GLOSSARY_BYTES = 32 * 1024 * 1024;

/** Every supported glossary file format. */
export type GlossaryFormat = 'csv' | 'tbx' | 'tbx3' | 'omegat' | 'xlsx' | 'json';

/** Options of exportGlossary. */
export interface ExportOptions {
  /** TBX 2008 only: leave forbidden renderings out of the terms (OmegaT offers every term). */
  forOmegaT?: boolean;
}

/**
 * Chooses the format from a file name: `.csv`; `.tbx3` or `.v3.tbx` = TBX v3 (ISO 30042:2019);
 * any other `.tbx` = TBX-Basic 2008 (`.omegat.tbx` too, see exportOptionsFromFileName);
 * `.txt`, `.tab`, `.utf8`, `.tsv` = OmegaT tab-separated; `.xlsx`; `.json`. Throws otherwise.
 */
export function formatFromFileName(name: string): GlossaryFormat {
  const lower = name.toLowerCase();
  if (lower.endsWith('.csv')) return 'csv';
  if (lower.endsWith('.tbx3') || lower.endsWith('.v3.tbx')) return 'tbx3';
  if (lower.endsWith('.tbx')) return 'tbx';
  if (/\.(txt|tab|utf8|tsv)$/.test(lower)) return 'omegat';
  if (lower.endsWith('.xlsx')) return 'xlsx';
  if (lower.endsWith('.json')) return 'json';
  throw new Error(`unknown glossary file type: "${name}" (use .csv, .tbx (TBX 2008), .tbx3 or .v3.tbx (TBX v3), .omegat.tbx, .txt/.tab/.utf8/.tsv (OmegaT), .xlsx or .json)`);
}

/** Export options implied by a file name: `*.omegat.tbx` is TBX 2008 without forbidden terms. */
export function exportOptionsFromFileName(name: string): ExportOptions {
  return name.toLowerCase().endsWith('.omegat.tbx') ? { forOmegaT: true } : {};
}

/** Writes a glossary in one format as the bytes of a file. */
export async function exportGlossary(glossary: Glossary, format: GlossaryFormat, options: ExportOptions = {}): Promise<Uint8Array> {
  switch (format) {
    case 'csv': return writeGlossaryCsv(glossary.entries);
    case 'tbx': return writeTbx2008(glossary.entries, { forOmegaT: options.forOmegaT });
    case 'tbx3': return writeTbx3(glossary.entries);
    case 'omegat': return writeOmegatGlossary(glossary.entries);
    case 'xlsx': return writeGlossaryXlsx(glossary.entries);
    case 'json': return writeGlossaryJson(glossary);
  }
}

/** What parseGlossary found in a file. */
export interface ParsedGlossary {
  entries: GlossaryEntry[];
  problems: ImportProblem[];
  /** The entry fields this format carries (pass to planGlossaryImport). */
  fields: readonly EntryField[];
}

/**
 * Reads a glossary file of any supported format (chosen by its name). Never throws for bad
 * content: every row that could not be read is a problem with its line (CSV/TSV line, XML line
 * of the element, XLSX row); an unknown extension is a file-level problem.
 */
export async function parseGlossary(bytes: Uint8Array, fileName: string, opts: ParseOptions): Promise<ParsedGlossary> {
  let format: GlossaryFormat;
  try {
    format = formatFromFileName(fileName);
  } catch (error) {
    return { entries: [], fields: [], problems: [{ file: fileName, line: 0, severity: 'error', message: (error as Error).message }] };
  }
  // Parsers hold the whole document (and exceljs several copies of it): bound memory before starting.
  if (bytes.length > MAX_GLOSSARY_BYTES) {
    return { entries: [], fields: [], problems: [{ file: fileName, line: 0, severity: 'error', message: `the file is ${bytes.length} bytes, larger than the ${MAX_GLOSSARY_BYTES}-byte limit for a glossary` }] };
  }
  if (format === 'xlsx') return { ...(await readGlossaryXlsx(bytes, fileName, opts)), fields: ALL_FIELDS };
  const decoded = decodeText(bytes, fileName);
  // Undecodable bytes would become wrong terms: stop at the encoding problem.
  if (decoded.problems.length > 0) return { entries: [], problems: decoded.problems, fields: [] };
  const read = {
    csv: readGlossaryCsv,
    tbx: readGlossaryTbx,
    tbx3: readGlossaryTbx,
    omegat: readOmegatGlossary,
    json: readGlossaryJson,
  }[format];
  const fields = format === 'json' ? ALL_FIELDS : TERM_FIELDS;
  return { ...read(decoded.text, fileName, opts), fields };
}
