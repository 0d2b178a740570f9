/**
 * XLSX glossary (exceljs): one sheet, a bold frozen header row with an autofilter, one row per
 * entry, every field of the entry so that the round trip is lossless. Lists use `|` as in CSV.
 */

import type { GlossaryEntry } from '../model.ts';
import {
  completeEntry, isTermType, joinList, sourceKey, splitList,
  type ImportProblem, type ParseOptions,
} from './entries.ts';

// exceljs's own typings pull Node's Buffer and stream types into the pure domain type-check;
// this is the small surface used here, and the module is loaded only when XLSX is asked for.
interface XlsxCell { value: unknown }
interface XlsxRow {
  number: number;
  font?: unknown;
  getCell(column: number): XlsxCell;
  eachCell?(callback: (cell: XlsxCell, column: number) => void): void;
}
interface XlsxWorksheet {
  name?: string;
  columns: { header: string; key: string; width: number; style?: unknown }[];
  autoFilter: unknown;
  rowCount: number;
  addRow(values: unknown[]): XlsxRow;
  getRow(index: number): XlsxRow;
  getColumn(index: number): { alignment?: unknown };
}
interface XlsxWorkbook {
  creator: string;
  created: Date;
  modified: Date;
  worksheets: XlsxWorksheet[];
  addWorksheet(name: string, options?: unknown): XlsxWorksheet;
  xlsx: { load(data: Uint8Array): Promise<unknown>; writeBuffer(): Promise<ArrayBuffer | Uint8Array> };
}
interface ExcelModule { Workbook: new () => XlsxWorkbook }

async function loadExcel(): Promise<ExcelModule> {
  const loaded = (await import('exceljs')) as unknown as { default?: ExcelModule } & ExcelModule;
  return loaded.default ?? loaded;
}

interface Column {
  header: string;
  width: number;
  write(entry: GlossaryEntry): string | boolean;
}

/** The sheet's columns in order; headers are what a translator sees and what the reader matches. */
const COLUMNS: Column[] = [
  { header: 'id', width: 22, write: (entry) => entry.id },
  { header: 'source', width: 28, write: (entry) => entry.source },
  { header: 'variants', width: 32, write: (entry) => joinList(entry.sourceVariants) },
  { header: 'target', width: 28, write: (entry) => entry.target },
  { header: 'alternates', width: 28, write: (entry) => joinList(entry.targetAlternates) },
  { header: 'forbidden', width: 28, write: (entry) => joinList(entry.forbidden) },
  // The terminologist's edits of the derived English forms (glossary/english-forms.ts).
  { header: 'accepted forms', width: 28, write: (entry) => joinList(entry.acceptedForms ?? []) },
  { header: 'removed forms', width: 28, write: (entry) => joinList(entry.rejectedForms ?? []) },
  { header: 'type', width: 14, write: (entry) => entry.type },
  { header: 'case sensitive', width: 14, write: (entry) => entry.caseSensitive },
  { header: 'match mode', width: 13, write: (entry) => entry.matchMode },
  { header: 'note', width: 48, write: (entry) => entry.note },
  { header: 'status', width: 11, write: (entry) => entry.status },
  { header: 'created', width: 25, write: (entry) => entry.createdAt },
  { header: 'updated', width: 25, write: (entry) => entry.updatedAt },
  { header: 'author', width: 16, write: (entry) => entry.author },
];

/**
 * OOXML strings cannot hold a carriage return or other control characters as such; they are
 * written as the standard `_xHHHH_` escapes (and a literal `_xHHHH_` as `_x005F_xHHHH_`), which
 * Excel, LibreOffice and exceljs decode on reading.
 */
function escapeCellText(text: string): string {
  return text
    .replace(/_x([0-9A-Fa-f]{4})_/g, '_x005F_x$1_')
    .replace(/[\u0000-\u0008\u000b-\u001f]/g, (ch) => `_x${ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}_`);
}

/** Writes a workbook with one "Glossary" sheet. */
export async function writeGlossaryXlsx(entries: readonly GlossaryEntry[]): Promise<Uint8Array> {
  const { Workbook } = await loadExcel();
  const workbook = new Workbook();
  workbook.creator = 'Anuvad Workbench';
  // A fixed date keeps two exports of the same glossary byte-comparable apart from zip timestamps.
  const latest = entries.reduce((max, entry) => (entry.updatedAt > max ? entry.updatedAt : max), '2000-01-01T00:00:00.000Z');
  const stamp = Number.isNaN(Date.parse(latest)) ? new Date(0) : new Date(latest);
  workbook.created = stamp;
  workbook.modified = stamp;
  const sheet = workbook.addWorksheet('Glossary', { views: [{ state: 'frozen', xSplit: 0, ySplit: 1 }] });
  sheet.columns = COLUMNS.map((column, index) => ({ header: column.header, key: `c${index}`, width: column.width }));
  sheet.getRow(1).font = { bold: true };
  sheet.getColumn(COLUMNS.findIndex((column) => column.header === 'note') + 1).alignment = { wrapText: true, vertical: 'top' };
  for (const entry of entries) {
    sheet.addRow(COLUMNS.map((column) => {
      const value = column.write(entry);
      return typeof value === 'string' ? escapeCellText(value) : value;
    }));
  }
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: COLUMNS.length } };
  const buffer = await workbook.xlsx.writeBuffer();
  return buffer instanceof Uint8Array ? new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength) : new Uint8Array(buffer);
}

/**
 * Why a cell's value cannot be imported as text, or undefined when it can: a formula (shared and
 * array formulas too) is refused even when the file carries its cached result, because that
 * result is whatever the last program to save the file wrote — it may be stale, or chosen to look
 * harmless while the formula does something else — and an error value (`#REF!`) is no term either.
 */
function unreadableCell(value: unknown): string | undefined {
  if (value === null || typeof value !== 'object' || value instanceof Date) return undefined;
  const cell = value as { formula?: unknown; sharedFormula?: unknown; error?: unknown };
  if (typeof cell.formula === 'string' || typeof cell.sharedFormula === 'string') {
    const formula = typeof cell.formula === 'string' ? cell.formula : String(cell.sharedFormula);
    const shown = formula.length > 80 ? `${formula.slice(0, 80)}…` : formula;
    return `holds the formula =${shown}; formulas are not imported, type the value as text`;
  }
  if (cell.error !== undefined) return `holds the error value ${String(cell.error)}; type the value as text`;
  return undefined;
}

/** Spreadsheet column letters of a 1-based column number (1 → A, 27 → AA). */
function columnLetters(column: number): string {
  let letters = '';
  for (let rest = column; rest > 0; rest = Math.floor((rest - 1) / 26)) letters = String.fromCharCode(65 + ((rest - 1) % 26)) + letters;
  return letters;
}

/** Plain text of a cell value (rich text and hyperlinks included; formulas are refused before this). */
function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'object') {
    const rich = value as { richText?: { text: string }[]; text?: unknown; result?: unknown };
    if (Array.isArray(rich.richText)) return rich.richText.map((run) => run.text).join('');
    if (rich.text !== undefined) return cellText(rich.text);
    if (rich.result !== undefined) return cellText(rich.result);
    // An object exceljs has no text for never becomes "[object Object]".
    return '';
  }
  return String(value);
}

function readBoolean(text: string): boolean | undefined {
  const lowered = text.trim().toLowerCase();
  if (['true', 'yes', '1', 'y'].includes(lowered)) return true;
  if (['false', 'no', '0', 'n', ''].includes(lowered)) return false;
  return undefined;
}

/** Largest total unpacked size of a glossary workbook's parts (64 MiB, about 85,000 entries of our export). */
export const MAX_XLSX_UNPACKED_BYTES = 64 * 1024 * 1024;

/**
 * Sum of the uncompressed sizes the zip's central directory declares (Infinity for ZIP64 entries,
 * 0 when there is no central directory: exceljs then reports the broken file itself).
 */
function zipUnpackedSize(bytes: Uint8Array): number {
  const u16 = (at: number) => bytes[at] | (bytes[at + 1] << 8);
  const u32 = (at: number) => (u16(at) | (u16(at + 2) << 16)) >>> 0;
  // The end-of-central-directory record is in the last 22 + 65,535 (comment) bytes.
  let end = -1;
  for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - 22 - 0xffff); at--) {
    if (u32(at) === 0x06054b50) {
      end = at;
      break;
    }
  }
  if (end < 0) return 0;
  const count = u16(end + 10);
  let at = u32(end + 16);
  let total = 0;
  for (let i = 0; i < count && at + 46 <= bytes.length && u32(at) === 0x02014b50; i++) {
    const size = u32(at + 24);
    if (size === 0xffffffff) return Infinity;
    total += size;
    at += 46 + u16(at + 28) + u16(at + 30) + u16(at + 32);
  }
  return total;
}

/** Reads the first sheet of a workbook; problems carry the spreadsheet row number. */
export async function readGlossaryXlsx(bytes: Uint8Array, file: string, opts: ParseOptions): Promise<{ entries: GlossaryEntry[]; problems: ImportProblem[] }> {
  const problems: ImportProblem[] = [];
  // exceljs inflates every part and builds every row in memory: a 3 MB file of repeated rows took
  // 1.4 GB. Refuse a workbook whose parts unpack to more than the limit (zip bomb, giant sheet).
  const unpacked = zipUnpackedSize(bytes);
  if (unpacked > MAX_XLSX_UNPACKED_BYTES) {
    problems.push({ file, line: 0, severity: 'error', message: `the workbook unpacks to ${unpacked} bytes, larger than the ${MAX_XLSX_UNPACKED_BYTES}-byte limit for a glossary (about 85,000 entries)` });
    return { entries: [], problems };
  }
  const { Workbook } = await loadExcel();
  const workbook = new Workbook();
  try {
    await workbook.xlsx.load(bytes);
  } catch (error) {
    problems.push({ file, line: 0, severity: 'error', message: `not a readable XLSX workbook: ${error instanceof Error ? error.message : String(error)}` });
    return { entries: [], problems };
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) {
    problems.push({ file, line: 0, severity: 'error', message: 'the workbook has no sheet' });
    return { entries: [], problems };
  }
  const sheetName = sheet.name ?? 'Sheet1';
  const headerRow = sheet.getRow(1);
  const columnOf = new Map<string, number>();
  for (let column = 1; column <= 64; column++) {
    const name = cellText(headerRow.getCell(column).value).trim().toLowerCase();
    if (name) columnOf.set(name, column);
  }
  if (!columnOf.has('source') || !columnOf.has('target')) {
    problems.push({ file, line: 1, severity: 'error', message: 'row 1 must be a header row naming at least the "source" and "target" columns' });
    return { entries: [], problems };
  }
  const entries: GlossaryEntry[] = [];
  const firstRowOfKey = new Map<string, number>();
  for (let rowNumber = 2; rowNumber <= sheet.rowCount; rowNumber++) {
    const row = sheet.getRow(rowNumber);
    const cell = (header: string) => {
      const column = columnOf.get(header);
      return column === undefined ? '' : cellText(row.getCell(column).value);
    };
    const present = (header: string) => columnOf.has(header) && cell(header).trim() !== '';
    const fail = (message: string) => problems.push({ file, line: rowNumber, severity: 'error', message });
    const refused = [...columnOf].map(([header, column]) => ({ header, column, why: unreadableCell(row.getCell(column).value) }))
      .find((found) => found.why !== undefined);
    if (refused) {
      fail(`sheet "${sheetName}", row ${rowNumber}: cell ${columnLetters(refused.column)}${rowNumber} ("${refused.header}") ${refused.why}`);
      continue;
    }
    if (COLUMNS.every((column) => cell(column.header).trim() === '')) continue;
    const source = cell('source').trim();
    const target = cell('target').trim();
    if (!source) { fail('empty source term'); continue; }
    if (!target) { fail(`no target rendering for "${source}"`); continue; }
    const typeText = cell('type').trim() || 'term';
    if (!isTermType(typeText)) { fail(`unknown type "${typeText}" (use person, place, organization or term)`); continue; }
    const caseSensitive = readBoolean(cell('case sensitive'));
    if (caseSensitive === undefined) { fail(`"case sensitive" must be true or false, not "${cell('case sensitive')}"`); continue; }
    const matchMode = cell('match mode').trim();
    if (matchMode && matchMode !== 'exact' && matchMode !== 'inflected') { fail(`unknown match mode "${matchMode}" (exact or inflected)`); continue; }
    const status = cell('status').trim();
    if (status && status !== 'proposed' && status !== 'approved') { fail(`unknown status "${status}" (proposed or approved)`); continue; }
    const key = sourceKey(source);
    const earlier = firstRowOfKey.get(key);
    if (earlier !== undefined) { fail(`"${source}" is already defined on row ${earlier}`); continue; }
    firstRowOfKey.set(key, rowNumber);
    entries.push(completeEntry({
      id: cell('id') || undefined,
      source,
      sourceVariants: splitList(cell('variants')),
      target,
      targetAlternates: splitList(cell('alternates')),
      forbidden: splitList(cell('forbidden')),
      acceptedForms: splitList(cell('accepted forms')),
      rejectedForms: splitList(cell('removed forms')),
      type: typeText,
      caseSensitive,
      matchMode: matchMode ? (matchMode as GlossaryEntry['matchMode']) : undefined,
      note: cell('note'),
      status: status ? (status as GlossaryEntry['status']) : undefined,
      createdAt: present('created') ? cell('created').trim() : undefined,
      updatedAt: present('updated') ? cell('updated').trim() : undefined,
      author: present('author') ? cell('author').trim() : undefined,
    }, opts));
  }
  return { entries, problems };
}
