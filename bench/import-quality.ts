// Leave-one-outlet-out quality of import on test/fixtures/import-dev: for each outlet, its pages are
// imported as one project (the cross-page furniture pass sees only that outlet's pages), none of these
// outlets is named by any lexicon, and the old code path (bench/import-v1) runs on the same pages.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Article } from '../articles/index.ts';
import { findOutlet, importPages, unaccountedLines } from '../articles/index.ts';
import { importPage as importPageV1 } from './import-v1/import-page.ts';

const devDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'test', 'fixtures', 'import-dev');

/** One development page with its hand-written expectation. */
export interface DevPage {
  fileName: string;
  text: string;
  expected: { outlet: string; title: string; kicker?: string; date?: string; byline?: string; dateline?: string; body: number[]; metadata: number[] };
}

/** The development pages, sorted by file name. */
export function devPages(): DevPage[] {
  return readdirSync(devDir).filter((name) => name.endsWith('.txt')).sort().map((fileName) => ({
    fileName,
    text: readFileSync(path.join(devDir, fileName), 'utf8'),
    expected: JSON.parse(readFileSync(path.join(devDir, fileName.replace(/\.txt$/, '.expected.json')), 'utf8')) as DevPage['expected'],
  }));
}

/** Line-level counts and field hits of one importer on some pages. */
export interface QualityTally {
  pages: number;
  titles: number;
  bodyLines: number;
  bodyKept: number;
  chromeLines: number;
  chromeLeaked: number;
  fields: number;
  fieldsRight: number;
  lostLines: number;
  leaks: string[];
  misses: string[];
}

const emptyTally = (): QualityTally => ({ pages: 0, titles: 0, bodyLines: 0, bodyKept: 0, chromeLines: 0, chromeLeaked: 0, fields: 0, fieldsRight: 0, lostLines: 0, leaks: [], misses: [] });

/** Lines of the article's body: a body segment starts there, or the line is neither removed nor metadata. */
function bodyLinesOf(article: Article, lineCount: number): Set<number> {
  const claimed = new Set([...article.removed.map((entry) => entry.line), ...article.metadata.map((entry) => entry.line)]);
  const body = new Set(article.segments.filter((s) => s.kind !== 'title').map((s) => s.line));
  // Lines joined into a paragraph start no segment; by the no-loss invariant an unclaimed line is body.
  for (let n = 1; n <= lineCount; n++) if (!claimed.has(n)) body.add(n);
  return body;
}

/** Adds one page's scores to the tally. */
export function scorePage(tally: QualityTally, page: DevPage, article: Article & { kicker?: string; dateline?: string }): void {
  const lines = page.text.split(/\r\n|\n|\r/);
  const body = bodyLinesOf(article, lines.length);
  const expectedBody = new Set(page.expected.body);
  const metadataLines = new Set(page.expected.metadata);
  tally.pages++;
  if (article.title === page.expected.title) tally.titles++;
  else tally.misses.push(`${page.fileName}: title "${article.title}"`);
  lines.forEach((raw, index) => {
    const n = index + 1;
    if (raw.trim() === '') return;
    if (expectedBody.has(n)) {
      tally.bodyLines++;
      if (body.has(n)) tally.bodyKept++;
      else tally.misses.push(`${page.fileName}:${n} body line lost (${article.removed.find((r) => r.line === n)?.reason ?? 'metadata'})`);
    } else if (!metadataLines.has(n)) {
      tally.chromeLines++;
      if (body.has(n)) { tally.chromeLeaked++; tally.leaks.push(`${page.fileName}:${n} ${raw.trim().slice(0, 50)}`); }
    }
  });
  for (const field of ['date', 'byline', 'dateline', 'kicker'] as const) {
    const wanted = page.expected[field];
    const got = article[field];
    if (wanted === undefined && got === undefined) continue;
    tally.fields++;
    if (wanted === got) tally.fieldsRight++;
    else tally.misses.push(`${page.fileName}: ${field} ${JSON.stringify(got)} ≠ ${JSON.stringify(wanted)}`);
  }
  tally.lostLines += unaccountedLines(page.text, article).length;
}

/** Tallies for the new importer (per-outlet projects) and the old code path, per outlet and overall. */
export function evaluateImport(pages = devPages()): { outlets: string[]; fresh: Map<string, QualityTally>; old: Map<string, QualityTally> } {
  const outlets = [...new Set(pages.map((page) => page.expected.outlet))].sort();
  const fresh = new Map<string, QualityTally>();
  const old = new Map<string, QualityTally>();
  for (const outlet of outlets) {
    const held = pages.filter((page) => page.expected.outlet === outlet);
    // Leave-one-outlet-out: no lexicon may name the held-out outlet, or the figures would measure fit.
    for (const page of held) {
      const named = findOutlet(page.text.split('\n')[0]);
      if (named) throw new Error(`${page.fileName}: outlet ${named.name} is named by a lexicon; the set must hold unseen outlets`);
    }
    const articles = importPages(held.map((page) => ({ fileName: page.fileName, text: page.text })), { now: () => 'x' });
    const tallyNew = emptyTally();
    const tallyOld = emptyTally();
    held.forEach((page, k) => {
      scorePage(tallyNew, page, articles[k]);
      scorePage(tallyOld, page, importPageV1({ fileName: page.fileName, text: page.text }, { now: () => 'x' }));
    });
    fresh.set(outlet, tallyNew);
    old.set(outlet, tallyOld);
  }
  return { outlets, fresh, old };
}

/** The sum of several tallies. */
export function sumTallies(tallies: Iterable<QualityTally>): QualityTally {
  const total = emptyTally();
  for (const t of tallies) {
    for (const key of ['pages', 'titles', 'bodyLines', 'bodyKept', 'chromeLines', 'chromeLeaked', 'fields', 'fieldsRight', 'lostLines'] as const) total[key] += t[key];
    total.leaks.push(...t.leaks);
    total.misses.push(...t.misses);
  }
  return total;
}

const ratio = (a: number, b: number): string => (b === 0 ? '–' : (a / b).toFixed(2));

/** One markdown row: title accuracy, body recall, chrome leak, metadata fields right, lines lost. */
export function qualityRow(label: string, t: QualityTally): string {
  return `| ${label} | ${t.titles}/${t.pages} | ${ratio(t.bodyKept, t.bodyLines)} | ${ratio(t.chromeLeaked, t.chromeLines)} (${t.chromeLeaked}/${t.chromeLines}) | ${t.fieldsRight}/${t.fields} | ${t.lostLines} |`;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { outlets, fresh, old } = evaluateImport();
  console.log('| held-out outlet | titles | body recall | chrome leak | fields | unaccounted |');
  console.log('| --- | --- | --- | --- | --- | --- |');
  for (const outlet of outlets) {
    console.log(qualityRow(`${outlet} (old)`, old.get(outlet)!));
    console.log(qualityRow(`${outlet} (new)`, fresh.get(outlet)!));
  }
  const totalOld = sumTallies(old.values());
  const totalNew = sumTallies(fresh.values());
  console.log(qualityRow('all (old)', totalOld));
  console.log(qualityRow('all (new)', totalNew));
  if (process.argv.includes('--verbose')) {
    console.log('\nnew leaks:\n' + totalNew.leaks.join('\n'));
    console.log('\nnew misses:\n' + totalNew.misses.join('\n'));
  }
}
