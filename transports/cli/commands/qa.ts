/** `anuvad qa [--glossary G] (--pairs P | FILE.tmx | FILE.xlf | --project DIR) [--json]`: glossary and number checks. */
import { basename } from 'node:path';
import { readTmx } from '../../../articles/exchange/tmx.ts';
import { readXliff } from '../../../articles/exchange/xliff.ts';
import { fieldPairs } from '../../../articles/field-translations.ts';
import { ApiFailure } from '../../../services/api-failure.ts';
import { restoreFormulaCell } from '../../../glossary/formats/spreadsheet-cells.ts';
import { LIMITS } from '../../../services/api-schemas.ts';
import type { GlossaryEntry, SegmentIssue } from '../../../glossary/model.ts';
import { parseArgs, stringOption } from '../args.ts';
import { CliError, EXIT } from '../cli-error.ts';
import type { CliContext } from '../context.ts';
import { decodeTextFile } from '../../../services/text-files.ts';

/** A segment pair to check and where it came from. */
interface QaPair {
  line: number;
  /** Which document of the input the pair belongs to: earlier pairs of the same one are its context. */
  document: number;
  source: string;
  target: string;
  article?: string;
  segment?: string;
}

/** One issue as printed by `qa --json`. */
export interface QaIssue {
  line: number;
  kind: SegmentIssue['code'];
  /** error (forbidden form, wrong person, number) or warning (missing term). */
  severity: SegmentIssue['severity'];
  /** The entry's approved rendering, for term issues. */
  term?: string;
  detail: string;
  article?: string;
  segment?: string;
}

/**
 * Reads `Hindi<TAB>English` lines (1-based line numbers; an empty English is kept, it is
 * untranslated). A blank line ends a document: the pairs after it are another article.
 */
export function readPairsTsv(text: string, file: string): QaPair[] {
  const pairs: QaPair[] = [];
  let document = 0;
  text.split(/\r\n|\n|\r/).forEach((raw, index) => {
    if (!raw.trim()) {
      if (pairs.length > 0 && pairs[pairs.length - 1].document === document) document++;
      return;
    }
    const tab = raw.indexOf('\t');
    if (tab < 0) throw new CliError('no tab between Hindi and English (expected Hindi<TAB>English)', { file, line: index + 1 });
    // The same cells as readTsvPairs: a formula quote written by our TSV export is dropped.
    const source = restoreFormulaCell(raw.slice(0, tab).trim());
    if (!source) throw new CliError('the Hindi column is empty', { file, line: index + 1 });
    pairs.push({ line: index + 1, document, source, target: restoreFormulaCell(raw.slice(tab + 1).split('\t')[0].trim()) });
  });
  return pairs;
}

async function readPairsFile(context: CliContext, given: string): Promise<QaPair[]> {
  const text = decodeTextFile(await context.readBytes(given), given);
  const lower = given.toLowerCase();
  if (lower.endsWith('.tmx')) {
    const { pairs, problems } = readTmx(text, basename(given));
    for (const problem of problems) context.warn(`warning: ${problem.message}`, { file: given, line: problem.line });
    // TMX pairs carry no line; `line` is the 1-based position of the <tu> among the readable ones.
    return pairs.map((pair, index) => ({ line: index + 1, document: 0, source: pair.source, target: pair.target }));
  }
  if (lower.endsWith('.xlf') || lower.endsWith('.xliff')) {
    const { pairs, problems } = readXliff(text, basename(given));
    for (const problem of problems) context.warn(`warning: ${problem.message}`, { file: given, line: problem.line });
    return pairs.map((pair) => ({ line: pair.line, document: 0, source: pair.source, target: pair.target, segment: pair.id }));
  }
  return readPairsTsv(text, given);
}

/** Words for an issue; the data stays in kind/term. */
export function describeIssue(issue: SegmentIssue, entry: GlossaryEntry | undefined, source: string, target: string): string {
  const sourceText = issue.sourceSpan ? source.slice(...issue.sourceSpan) : entry?.source ?? '';
  const targetText = issue.targetSpan ? target.slice(...issue.targetSpan) : '';
  switch (issue.code) {
    case 'missing-term': {
      const expected = issue.expected ?? entry?.target ?? '';
      if (issue.latinInSource) return `the Hindi already holds "${sourceText}" in English; write "${expected}" (or a form of it) in the English too`;
      return `"${sourceText}" is in the Hindi but neither "${expected}" nor an accepted form of it is in the English; add it, or add the form you used to the entry's accepted forms`;
    }
    case 'wrong-name':
      return `"${issue.found ?? targetText}" in the English is a different person; the Hindi "${sourceText}" is "${issue.expected ?? entry?.target ?? ''}"`;
    case 'forbidden-term':
      return `forbidden rendering "${targetText}" in the English; use "${issue.expected ?? entry?.target ?? ''}"`;
    case 'number-mismatch':
      return `number "${sourceText}" from the Hindi is not in the English${issue.expected && issue.expected !== sourceText ? ` (expected ${issue.expected})` : ''}${issue.suggestion ? `; suggestion: ${issue.suggestion}` : ''}`;
    case 'untranslated':
      return 'the English is empty';
  }
}

/** Runs the command with the arguments after its name; resolves to the exit code. */
export async function run(args: string[], context: CliContext): Promise<number> {
  const parsed = parseArgs(args, { glossary: 'string', pairs: 'string', project: 'string', json: 'boolean' });
  const pairsFile = stringOption(parsed, 'pairs') ?? parsed.positionals[0];
  const project = stringOption(parsed, 'project');
  if (parsed.positionals.length > (stringOption(parsed, 'pairs') ? 0 : 1)) throw new CliError('too many arguments');
  if ((pairsFile === undefined) === (project === undefined)) throw new CliError('give either --pairs P (or a .tmx/.xlf file) or --project DIR');
  const pairs: QaPair[] = pairsFile !== undefined
    ? await readPairsFile(context, pairsFile)
    : await context.withApi(project, {}, async (api) => {
      const found: QaPair[] = [];
      // Each article is one document: its earlier segments are the context of the later ones.
      for (const [document, { id }] of (await api['article.list']({})).entries()) {
        const article = await api['article.get']({ id });
        // The header fields' English is checked too (a forbidden "Kiev" in a dateline is an error), named field:<name>.
        for (const pair of fieldPairs(article)) {
          const line = article.metadata.find((each) => each.field === pair.field)?.line ?? 1;
          found.push({ line, document, source: pair.source, target: pair.target, article: article.id, segment: `field:${pair.field}` });
        }
        for (const segment of article.segments) found.push({ line: segment.line, document, source: segment.source, target: segment.target, article: article.id, segment: segment.id });
      }
      return found;
    });
  // The checks are the contract's glossary.checkDocument, over the glossary G (by default the project's).
  const issues = await context.withGlossaryApi(stringOption(parsed, 'glossary') ?? project, async (api, glossary) => {
    const entries = new Map(glossary.entries.map((entry) => [entry.id, entry]));
    const found: QaIssue[] = [];
    for (const document of byDocument(pairs)) {
      const checked = await api['glossary.checkDocument']({ pairs: document.map(({ source, target }) => ({ source, target })) }).catch((error: unknown) => {
        if (error instanceof ApiFailure && error.error.code === 'bad-input') throw new CliError(error.message, { file: document[0].article ?? pairsFile, line: document[0].line });
        throw error;
      });
      document.forEach((pair, index) => {
        for (const issue of checked[index]) {
          const entry = issue.entryId ? entries.get(issue.entryId) : undefined;
          found.push({
            line: pair.line,
            kind: issue.code,
            severity: issue.severity,
            ...(entry ? { term: entry.target } : {}),
            detail: describeIssue(issue, entry, pair.source, pair.target),
            ...(pair.article ? { article: pair.article } : {}),
            ...(pair.segment ? { segment: pair.segment } : {}),
          });
        }
      });
    }
    return found;
  });
  if (parsed.options.json) context.printJson(issues);
  else if (issues.length === 0) context.print(`no issues in ${pairs.length} pairs`);
  else for (const issue of issues) context.print(`${issue.article ? `${issue.article}:` : pairsFile ? `${pairsFile}:` : ''}${issue.line}: ${issue.severity}: ${issue.kind}: ${issue.detail}`);
  return issues.length > 0 ? EXIT.issues : EXIT.ok;
}

/** The pairs cut into their documents, in order (a document is checked in one call, in its own context). */
function byDocument(pairs: readonly QaPair[]): QaPair[][] {
  const documents: QaPair[][] = [];
  for (const pair of pairs) {
    const last = documents[documents.length - 1];
    if (last && last[0].document === pair.document && last.length < LIMITS.checkDocumentPairs) last.push(pair);
    else documents.push([pair]);
  }
  return documents;
}
