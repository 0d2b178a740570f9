/**
 * Conversion of translation memories between TSV (`Hindi<TAB>English` per line), TMX 1.4b and
 * XLIFF (1.2 or 2.0), chosen by file extension.
 */
import { readTmx, writeTmx, type TmxPair } from './tmx.ts';
import { readXliff, writePairsXliff12, writePairsXliff20 } from './xliff.ts';
import { ExchangeError } from './xml.ts';
import { neutraliseFormulaCell, restoreFormulaCell } from '../../glossary/formats/spreadsheet-cells.ts';

/** Exchange formats a memory can be stored in. */
export type TmFormat = 'tsv' | 'tmx' | 'xliff';

/** A row or unit that was skipped, with its line. */
export interface TmConvertProblem {
  line: number;
  message: string;
}

/** Format of a file name by its extension; undefined when unsupported. */
export function tmFormatOf(fileName: string): TmFormat | undefined {
  const ext = fileName.toLowerCase().match(/\.([a-z0-9]+)$/)?.[1];
  if (ext === 'tsv' || ext === 'tab' || ext === 'txt') return 'tsv';
  if (ext === 'tmx') return 'tmx';
  if (ext === 'xlf' || ext === 'xliff') return 'xliff';
  return undefined;
}

/** Reads `Hindi<TAB>English` lines; blank lines are skipped, lines without a tab are problems; formula quotes are dropped. */
export function readTsvPairs(text: string): { pairs: TmxPair[]; problems: TmConvertProblem[] } {
  const pairs: TmxPair[] = [];
  const problems: TmConvertProblem[] = [];
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  body.split(/\r?\n/).forEach((line, i) => {
    if (!line.trim()) return;
    const tab = line.indexOf('\t');
    if (tab < 0) {
      problems.push({ line: i + 1, message: 'no tab between Hindi and English' });
      return;
    }
    const source = restoreFormulaCell(line.slice(0, tab).trim());
    const target = restoreFormulaCell(line.slice(tab + 1).split('\t')[0].trim());
    if (!source || !target) problems.push({ line: i + 1, message: source ? 'English is empty' : 'Hindi is empty' });
    else pairs.push({ source, target });
  });
  return { pairs, problems };
}

/**
 * Writes pairs as `Hindi<TAB>English` lines; tabs and line breaks inside a text become spaces, and
 * a text that a spreadsheet would run as a formula gets a leading quote (readTsvPairs drops it).
 */
export function writeTsvPairs(pairs: readonly { source: string; target: string }[]): string {
  const flat = (s: string): string => neutraliseFormulaCell(s.replace(/[\t\r\n]+/g, ' ').trim());
  return pairs.map((p) => `${flat(p.source)}\t${flat(p.target)}\n`).join('');
}

/** Reads pairs from text in the given format (XLIFF units without a translation are left out). */
export function readTmPairs(text: string, fileName: string): { pairs: TmxPair[]; problems: TmConvertProblem[] } {
  const format = tmFormatOf(fileName);
  if (format === 'tsv') return readTsvPairs(text);
  if (format === 'tmx') return readTmx(text, fileName);
  if (format === 'xliff') {
    const read = readXliff(text, fileName);
    return { pairs: read.pairs.filter((p) => p.source.trim() && p.target.trim()).map((p) => ({ source: p.source, target: p.target })), problems: read.problems };
  }
  throw new ExchangeError(fileName, 1, 'unsupported memory format (use .tsv, .tmx, .xlf or .xliff)');
}

/** Options of a conversion. */
export interface TmConvertOptions {
  creationTool?: string;
  /** XLIFF version when writing XLIFF. */
  xliffVersion?: '1.2' | '2.0';
  /** ISO time for the TMX header. */
  createdAt?: string;
}

/** Converts a memory file's text from the format of `inName` to the format of `outName`. */
export function convertTm(text: string, inName: string, outName: string, opts: TmConvertOptions = {}): { output: string; pairs: number; problems: TmConvertProblem[] } {
  const outFormat = tmFormatOf(outName);
  if (!outFormat) throw new ExchangeError(outName, 1, 'unsupported output format (use .tsv, .tmx, .xlf or .xliff)');
  const { pairs, problems } = readTmPairs(text, inName);
  const original = inName.split(/[\\/]/).pop() ?? inName;
  let output: string;
  if (outFormat === 'tsv') output = writeTsvPairs(pairs);
  else if (outFormat === 'tmx') output = writeTmx(pairs, { creationTool: opts.creationTool ?? 'Anuvad Workbench', srcLang: 'hi', tgtLang: 'en', createdAt: opts.createdAt });
  else output = (opts.xliffVersion === '2.0' ? writePairsXliff20 : writePairsXliff12)(original, pairs);
  return { output, pairs: pairs.length, problems };
}
