/** CSV glossary: header `source,variants,target,forbidden,type,note`, RFC 4180, UTF-8. */

import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import type { GlossaryEntry } from '../model.ts';
import {
  completeEntry, encodeText, isTermType, joinList, sourceKey, splitList,
  type ImportProblem, type ParseOptions,
} from './entries.ts';
import { neutraliseFormulaCell, restoreFormulaCell } from './spreadsheet-cells.ts';

/** The exact header row the CSV export writes (translate-toolkit reads `source` and `target` by name). */
export const CSV_HEADER = ['source', 'variants', 'target', 'forbidden', 'type', 'note'] as const;

/**
 * Writes entries as CSV. `target` holds the approved rendering followed by the allowed alternates
 * (a `|` list, approved first) so that the six-column header still round-trips every rendering.
 */
export function writeGlossaryCsv(entries: readonly GlossaryEntry[]): Uint8Array {
  const rows = entries.map((entry) => [
    entry.source,
    joinList(entry.sourceVariants),
    joinList([entry.target, ...entry.targetAlternates]),
    joinList(entry.forbidden),
    entry.type,
    entry.note,
  ].map(neutraliseFormulaCell)); // a spreadsheet must never run a term or a note as a formula
  // RFC 4180 asks for CRLF between records; newlines inside a quoted note stay as they are.
  // Every data field is quoted: translate-toolkit guesses the dialect with Python's csv.Sniffer
  // on the first 1024 characters, and a note such as `so that 'Kim Jong' inside` made it pick
  // the space as delimiter when only some fields were quoted. The header stays bare, exactly as specified.
  const header = `${CSV_HEADER.join(',')}\r\n`;
  return encodeText(header + stringify(rows, { record_delimiter: 'windows', quoted: true, quoted_empty: true }));
}

interface CsvRecordInfo {
  record: string[];
  info: { lines: number; raw?: string };
  raw: string;
}

/** Line on which a record starts: csv-parse reports the line where it ends. */
function recordStartLine(record: CsvRecordInfo): number {
  const body = record.raw.replace(/^(\r?\n)+/, '').replace(/\r?\n$/, '');
  return record.info.lines - (body.match(/\n/g)?.length ?? 0);
}

/** Reads a CSV glossary; every row that cannot become an entry is a problem with its line number. */
export function readGlossaryCsv(text: string, file: string, opts: ParseOptions): { entries: GlossaryEntry[]; problems: ImportProblem[] } {
  const problems: ImportProblem[] = [];
  let records: CsvRecordInfo[];
  try {
    records = parse(text, {
      info: true, raw: true, relax_column_count: true, skip_empty_lines: true, bom: true,
    }) as unknown as CsvRecordInfo[];
  } catch (error) {
    const failure = error as { message?: string; lines?: number };
    problems.push({ file, line: failure.lines ?? 0, severity: 'error', message: `not valid CSV: ${failure.message ?? String(error)}` });
    return { entries: [], problems };
  }
  if (records.length === 0) {
    problems.push({ file, line: 0, severity: 'error', message: 'the file is empty' });
    return { entries: [], problems };
  }
  const header = records[0].record.map((name) => name.trim().toLowerCase());
  const column = (name: string) => header.indexOf(name);
  if (column('source') < 0 || column('target') < 0) {
    problems.push({
      file, line: recordStartLine(records[0]), severity: 'error',
      message: `missing header row: the first line must be "${CSV_HEADER.join(',')}"`,
    });
    return { entries: [], problems };
  }
  header.forEach((name, index) => {
    if (!(CSV_HEADER as readonly string[]).includes(name)) {
      problems.push({ file, line: recordStartLine(records[0]), severity: 'warning', message: `unknown column "${records[0].record[index]}" is ignored` });
    }
  });
  const entries: GlossaryEntry[] = [];
  const firstLineOfKey = new Map<string, number>();
  for (const record of records.slice(1)) {
    const line = recordStartLine(record);
    const cell = (name: string) => {
      const index = column(name);
      return index >= 0 ? restoreFormulaCell(record.record[index] ?? '') : '';
    };
    if (record.record.length !== header.length) {
      problems.push({ file, line, severity: 'error', message: `row has ${record.record.length} fields, the header has ${header.length}` });
      continue;
    }
    const source = cell('source').trim();
    const renderings = splitList(cell('target'));
    const typeText = cell('type').trim() || 'term';
    if (!source) {
      problems.push({ file, line, severity: 'error', message: 'empty source term' });
      continue;
    }
    if (renderings.length === 0) {
      problems.push({ file, line, severity: 'error', message: `no target rendering for "${source}"` });
      continue;
    }
    if (!isTermType(typeText)) {
      problems.push({ file, line, severity: 'error', message: `unknown type "${typeText}" (use person, place, organization or term)` });
      continue;
    }
    const key = sourceKey(source);
    const earlier = firstLineOfKey.get(key);
    if (earlier !== undefined) {
      problems.push({ file, line, severity: 'error', message: `"${source}" is already defined on line ${earlier}` });
      continue;
    }
    firstLineOfKey.set(key, line);
    entries.push(completeEntry({
      source,
      sourceVariants: splitList(cell('variants')),
      target: renderings[0],
      targetAlternates: renderings.slice(1),
      forbidden: splitList(cell('forbidden')),
      type: typeText,
      note: cell('note'),
    }, opts));
  }
  return { entries, problems };
}
