// Leave-one-outlet-out quality of import on test/fixtures/import-dev: for each outlet, its pages are
// imported as one project (the cross-page furniture pass sees only that outlet's pages), none of these
// outlets is named by any lexicon, and the old code path (bench/import-v1) runs on the same pages.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Article } from '../articles/index.ts';
import { findOutlet, importPages, unaccountedLines } from '../articles/index.ts';
import { importPage as importPageV1 } from './import-v1/import-page.ts';

const fixturesDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'test', 'fixtures');
const devDir = path.join(fixturesDir, 'import-dev');
/** Pages written and frozen before the importer ran on them; the passes were not changed for them. */
export const HELD_OUT_DIR = path.join(fixturesDir, 'import-heldout');
/** A second frozen set from five further outlets, written by someone who had not read the passes. */
export const UNSEEN_DIR = path.join(fixturesDir, 'import-unseen');
/** A third frozen set from six further outlets, written blind to the passes after the first unseen set was fit. */
export const UNSEEN_2_DIR = path.join(fixturesDir, 'import-unseen-2');
/** A fourth frozen set from six further outlets, written blind to the passes after unseen-2 was fit. */
export const UNSEEN_3_DIR = path.join(fixturesDir, 'import-unseen-3');
/** Three further outlets written by the rules helper after unseen-2 (expectations first, not blind to the passes). */
export const DEV_2_DIR = path.join(fixturesDir, 'import-dev-2');
/** Two further outlets written by the rules helper after import-dev-2 was fit (expectations first, not blind). */
export const DEV_3_DIR = path.join(fixturesDir, 'import-dev-3');
/** A fifth frozen set from six further outlets, written blind to the passes after unseen-3 was measured. */
export const UNSEEN_4_DIR = path.join(fixturesDir, 'import-unseen-4');
/** A sixth frozen set from six further outlets, written blind to the passes after unseen-4 was measured. */
export const UNSEEN_5_DIR = path.join(fixturesDir, 'import-unseen-5');
/** A frozen set of six outlets as their pages looked in 2010–2019 (old CMS templates), written blind to the passes. */
export const UNSEEN_6_DIR = path.join(fixturesDir, 'import-unseen-6');
/** A frozen set of six outlets from 2017–2024, written blind to the passes to judge the session's final code. */
export const UNSEEN_7_DIR = path.join(fixturesDir, 'import-unseen-7');
/** A frozen set of six further outlets, mixed years (2014–2025), written and committed without any run of the importer. */
export const UNSEEN_8_DIR = path.join(fixturesDir, 'import-unseen-8');
/** A frozen set of six further outlets (2013–2026), written and committed without any run of the importer, to judge the session's final code. */
export const UNSEEN_9_DIR = path.join(fixturesDir, 'import-unseen-9');

/** One development page with its hand-written expectation. */
export interface DevPage {
  fileName: string;
  text: string;
  expected: { outlet: string; title: string; kicker?: string; date?: string; byline?: string; dateline?: string; body: number[]; metadata: number[] };
}

/** The pages of a fixture folder (the development set by default), sorted by file name. */
export function devPages(dir = devDir): DevPage[] {
  return readdirSync(dir).filter((name) => name.endsWith('.txt')).sort().map((fileName) => ({
    fileName,
    text: readFileSync(path.join(dir, fileName), 'utf8'),
    expected: JSON.parse(readFileSync(path.join(dir, fileName.replace(/\.txt$/, '.expected.json')), 'utf8')) as DevPage['expected'],
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

// Dates are compared as ISO 8601 values, not strings: "2012-03-12T14:32" and "2012-03-12T14:32:00" are
// the same minute (an expectation may leave out zero seconds); a bare date never equals a date with a time.
const withSeconds = (iso: string): string => iso.replace(/^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2})(?=$|[+\-]|Z)/, '$1:00');
function sameField(field: string, wanted: string | undefined, got: string | undefined): boolean {
  if (field !== 'date' || wanted === undefined || got === undefined) return wanted === got;
  return withSeconds(wanted) === withSeconds(got);
}

/** Adds one page's scores to the tally. */
export function scorePage(tally: QualityTally, page: DevPage, article: Article & { kicker?: string; dateline?: string }): void {
  const lines = page.text.split(/\r\n|\n|\r/);
  const body = bodyLinesOf(article, lines.length);
  const expectedBody = new Set(page.expected.body);
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
    } else {
      // Every line that is not body counts, metadata included: a headline, byline or dateline left in
      // the body is as much a leak for the translator as a share row.
      tally.chromeLines++;
      if (body.has(n)) { tally.chromeLeaked++; tally.leaks.push(`${page.fileName}:${n} ${raw.trim().slice(0, 50)}`); }
    }
  });
  for (const field of ['date', 'byline', 'dateline', 'kicker'] as const) {
    const wanted = page.expected[field];
    const got = article[field];
    if (wanted === undefined && got === undefined) continue;
    tally.fields++;
    if (sameField(field, wanted, got)) tally.fieldsRight++;
    else tally.misses.push(`${page.fileName}: ${field} ${JSON.stringify(got)} ≠ ${JSON.stringify(wanted)}`);
  }
  tally.lostLines += unaccountedLines(page.text, article).length;
}

/** Tallies for the new importer (per-outlet projects) and the old code path, per outlet and overall, with CPU milliseconds of each. */
export function evaluateImport(pages = devPages()): { outlets: string[]; fresh: Map<string, QualityTally>; old: Map<string, QualityTally>; cpuMs: { fresh: number; old: number } } {
  const cpuMs = { fresh: 0, old: 0 };
  const timed = <T>(key: 'fresh' | 'old', run: () => T): T => {
    const start = process.cpuUsage();
    const result = run();
    const used = process.cpuUsage(start);
    cpuMs[key] += (used.user + used.system) / 1000;
    return result;
  };
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
    const articles = timed('fresh', () => importPages(held.map((page) => ({ fileName: page.fileName, text: page.text })), { now: () => 'x' }));
    const oldArticles = timed('old', () => held.map((page) => importPageV1({ fileName: page.fileName, text: page.text }, { now: () => 'x' })));
    const tallyNew = emptyTally();
    const tallyOld = emptyTally();
    held.forEach((page, k) => {
      scorePage(tallyNew, page, articles[k]);
      scorePage(tallyOld, page, oldArticles[k]);
    });
    fresh.set(outlet, tallyNew);
    old.set(outlet, tallyOld);
  }
  return { outlets, fresh, old, cpuMs };
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

/** One markdown row: title accuracy, body recall and precision, chrome leak, metadata fields right, lines lost. */
export function qualityRow(label: string, t: QualityTally, cpuMs?: number): string {
  const cpu = cpuMs === undefined ? '' : ` ${cpuMs.toFixed(0)} ms |`;
  return `| ${label} | ${t.titles}/${t.pages} | ${ratio(t.bodyKept, t.bodyLines)} | ${ratio(t.bodyKept, t.bodyKept + t.chromeLeaked)} | ${ratio(t.chromeLeaked, t.chromeLines)} (${t.chromeLeaked}/${t.chromeLines}) | ${t.fieldsRight}/${t.fields} | ${t.lostLines} |${cpu}`;
}

const HEADER = ['| set / outlet | titles | body recall | body precision | chrome leak | fields (date, byline, dateline, kicker) | unaccounted | CPU |', '| --- | --- | --- | --- | --- | --- | --- | --- |'];

/** Markdown table: per outlet (each imported as its own project) and in total, v1 baseline and the new importer, for one page set. */
export function qualityTable(label: string, pages: DevPage[], perOutlet = true): string {
  const { outlets, fresh, old, cpuMs } = evaluateImport(pages);
  const rows: string[] = [];
  if (perOutlet) {
    for (const outlet of outlets) {
      rows.push(qualityRow(`${label} ${outlet} (v1)`, old.get(outlet) as QualityTally, undefined) + ' – |');
      rows.push(qualityRow(`${label} ${outlet} (new)`, fresh.get(outlet) as QualityTally, undefined) + ' – |');
    }
  }
  rows.push(qualityRow(`**${label} all (v1 baseline)**`, sumTallies(old.values()), cpuMs.old));
  rows.push(qualityRow(`**${label} all (new)**`, sumTallies(fresh.values()), cpuMs.fresh));
  return rows.join('\n');
}

/** The quality tables of `npm run bench -- import`: the dev set (fit), the held-out and unseen sets (generalisation). */
export function runImportQuality(): string {
  return [
    ...HEADER,
    qualityTable('dev', devPages()),
    qualityTable('held-out', devPages(HELD_OUT_DIR)),
    qualityTable('unseen', devPages(UNSEEN_DIR)),
    qualityTable('unseen-2', devPages(UNSEEN_2_DIR)),
    qualityTable('unseen-3', devPages(UNSEEN_3_DIR)),
    qualityTable('unseen-4', devPages(UNSEEN_4_DIR)),
    qualityTable('unseen-5', devPages(UNSEEN_5_DIR)),
    qualityTable('unseen-6', devPages(UNSEEN_6_DIR)),
    qualityTable('unseen-7', devPages(UNSEEN_7_DIR)),
    qualityTable('unseen-8', devPages(UNSEEN_8_DIR)),
    qualityTable('unseen-9', devPages(UNSEEN_9_DIR)),
    qualityTable('dev-2', devPages(DEV_2_DIR)),
    qualityTable('dev-3', devPages(DEV_3_DIR)),
  ].join('\n');
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  console.log(runImportQuality());
  if (process.argv.includes('--verbose')) {
    for (const dir of [undefined, HELD_OUT_DIR, UNSEEN_DIR, UNSEEN_2_DIR, UNSEEN_3_DIR, UNSEEN_4_DIR, UNSEEN_5_DIR, UNSEEN_6_DIR, UNSEEN_7_DIR, UNSEEN_8_DIR, UNSEEN_9_DIR, DEV_2_DIR, DEV_3_DIR]) {
      const total = sumTallies(evaluateImport(devPages(dir)).fresh.values());
      console.log(`\n${dir ?? 'dev'} leaks:\n${total.leaks.join('\n')}\nmisses:\n${total.misses.join('\n')}`);
    }
  }
}
