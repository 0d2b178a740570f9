// The unseen import sets are judges only if their expectations are sound: a page without an
// expectation, a line number off the page, a line counted twice or a field the page does not print
// would silently skew the bench; an outlet another set already holds would make "unseen" a lie.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';

const fixturesDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'fixtures');
const FIELDS = ['kicker', 'date', 'byline', 'dateline'] as const;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2})?(?:[+-]\d{2}:\d{2}|Z)?)?$/;
/** The frozen generalisation sets, each written before the importer first ran on it. */
const UNSEEN_SETS = ['import-unseen', 'import-unseen-2', 'import-unseen-3', 'import-unseen-4', 'import-unseen-5', 'import-unseen-6', 'import-unseen-7', 'import-unseen-8', 'import-unseen-9'];
/** Every folder of raw pages with expectations; an unseen set may share no outlet with any other. */
const ALL_SETS = ['pages', 'import-dev', 'import-heldout', 'import-dev-2', 'import-dev-3', ...UNSEEN_SETS];
const TEXT_FIELDS = ['kicker', 'byline', 'dateline'] as const;
const squash = (text: string): string => text.replace(/\s+/g, ' ').trim();

/** Everything wrong with a fixture folder of raw pages and `<page>.expected.json`, one message per problem. */
function fixtureProblems(dir: string): string[] {
  const problems: string[] = [];
  const names = readdirSync(dir);
  const pages = names.filter((name) => name.endsWith('.txt')).sort();
  for (const json of names.filter((name) => name.endsWith('.expected.json'))) {
    if (!names.includes(json.replace(/\.expected\.json$/, '.txt'))) problems.push(`${json}: no page for this expectation`);
  }
  if (pages.length === 0) problems.push(`${dir}: no pages`);
  for (const page of pages) {
    const jsonName = page.replace(/\.txt$/, '.expected.json');
    if (!names.includes(jsonName)) { problems.push(`${page}: no expectation`); continue; }
    let expected: Record<string, unknown>;
    try { expected = JSON.parse(readFileSync(path.join(dir, jsonName), 'utf8')) as Record<string, unknown>; } catch (error) {
      problems.push(`${jsonName}: not JSON (${(error as Error).message})`);
      continue;
    }
    // Line numbers are 1-based over the same split the bench uses.
    const lines = readFileSync(path.join(dir, page), 'utf8').split(/\r\n|\n|\r/);
    const { outlet, title, body, metadata } = expected;
    if (typeof outlet !== 'string' || !page.startsWith(`${outlet}_`)) problems.push(`${jsonName}: outlet ${JSON.stringify(outlet)} is not the file name's prefix`);
    for (const field of FIELDS) {
      const value = expected[field];
      if (value !== undefined && (typeof value !== 'string' || value.trim() === '')) problems.push(`${jsonName}: ${field} is not a non-empty string`);
    }
    if (typeof expected.date === 'string' && !ISO_DATE.test(expected.date)) problems.push(`${jsonName}: date ${expected.date} is not ISO 8601`);
    const seen = new Map<number, string>();
    for (const [kind, list] of [['body', body], ['metadata', metadata]] as const) {
      if (!Array.isArray(list)) { problems.push(`${jsonName}: ${kind} is not a list`); continue; }
      for (const n of list as unknown[]) {
        if (typeof n !== 'number' || !Number.isInteger(n) || n < 1 || n > lines.length) { problems.push(`${jsonName}: ${kind} line ${String(n)} is not a line of the page`); continue; }
        if (lines[n - 1].trim() === '') problems.push(`${jsonName}: ${kind} line ${n} is blank`);
        const before = seen.get(n);
        if (before !== undefined) problems.push(`${jsonName}: line ${n} is both ${before} and ${kind}`);
        seen.set(n, kind);
      }
    }
    // A text field is what the translator sees of the page, so the page must print it on a line the
    // expectation claims (a metadata line, or a body line for a dateline at the paragraph start).
    const claimed = [...(Array.isArray(metadata) ? metadata : []), ...(Array.isArray(body) ? body : [])] as unknown[];
    for (const field of TEXT_FIELDS) {
      const value = expected[field];
      if (typeof value !== 'string' || value.trim() === '') continue;
      if (!claimed.some((n) => typeof n === 'number' && squash(lines[n - 1] ?? '').includes(squash(value)))) problems.push(`${jsonName}: ${field} "${value}" is on no metadata or body line`);
    }
    if (typeof title !== 'string' || title.trim() === '') problems.push(`${jsonName}: no title`);
    else if (Array.isArray(metadata) && !(metadata as unknown[]).some((n) => typeof n === 'number' && (lines[n - 1] ?? '').includes(title))) {
      problems.push(`${jsonName}: the title is on no metadata line`);
    }
  }
  return problems;
}

/** The outlet keys (file-name prefixes) of a fixture folder. */
const outletsOf = (dir: string): string[] => readdirSync(dir).filter((name) => name.endsWith('.txt')).map((name) => name.split('_')[0]);

/** Outlets of one set that another set already holds (`pages` names its files `<outlet>_style_…`). */
function sharedOutlets(set: string, sets: string[] = ALL_SETS, root = fixturesDir): string[] {
  const others = new Set(sets.filter((other) => other !== set).flatMap((other) => outletsOf(path.join(root, other))));
  return [...new Set(outletsOf(path.join(root, set)))].filter((outlet) => others.has(outlet)).sort();
}

describe.each(UNSEEN_SETS)('%s fixtures', (set) => {
  it('every page has a sound expectation', () => {
    expect(fixtureProblems(path.join(fixturesDir, set))).toEqual([]);
  });

  it('shares no outlet with any other fixture set', () => {
    expect(sharedOutlets(set)).toEqual([]);
  });

  it('holds at least two pages per outlet, so the cross-page furniture pass has something to compare', () => {
    const counts = new Map<string, number>();
    for (const outlet of outletsOf(path.join(fixturesDir, set))) counts.set(outlet, (counts.get(outlet) ?? 0) + 1);
    expect([...counts.values()].every((count) => count >= 2)).toBe(true);
    expect(counts.size).toBeGreaterThanOrEqual(5);
  });
});

// The rules helper's own check sets (written after unseen-2 and after dev-2 was fit, not blind to the passes): sound, and of outlets no other set holds.
describe.each(['import-dev-2', 'import-dev-3'])('%s fixtures', (set) => {
  it('every page has a sound expectation and no outlet is shared with another set', () => {
    expect(fixtureProblems(path.join(fixturesDir, set))).toEqual([]);
    expect(sharedOutlets(set)).toEqual([]);
  });
});

describe('fixtureProblems', () => {
  let dir = '';
  afterEach(() => { if (dir) rmSync(dir, { recursive: true, force: true }); });
  const folder = (files: Record<string, string>): string => {
    dir = mkdtempSync(path.join(tmpdir(), 'import-fixture-'));
    for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, name), text);
    return dir;
  };
  const page = 'मेन्यू\nशीर्षक यहां है\n\nपहला अनुच्छेद यहां है।\n';
  const good = { outlet: 'site', title: 'शीर्षक यहां है', date: '2025-12-01', metadata: [2], body: [4] };

  it('accepts a sound page', () => {
    expect(fixtureProblems(folder({ 'site_a.txt': page, 'site_a.expected.json': JSON.stringify(good) }))).toEqual([]);
  });

  it.each([
    ['a line past the end', { ...good, body: [4, 9] }, /line 9 is not a line/],
    ['a blank line', { ...good, body: [3, 4] }, /line 3 is blank/],
    ['a line counted twice', { ...good, body: [2, 4] }, /line 2 is both body and metadata/],
    ['a title on no metadata line', { ...good, title: 'दूसरा शीर्षक' }, /title is on no metadata line/],
    ['a date that is not ISO', { ...good, date: '1 दिसंबर 2025' }, /not ISO/],
    ['an outlet that is not the file prefix', { ...good, outlet: 'other' }, /not the file name's prefix/],
    ['a byline the page does not print', { ...good, byline: 'राम कुमार' }, /byline "राम कुमार" is on no metadata or body line/],
    ['a dateline on a chrome line only', { ...good, dateline: 'मेन्यू' }, /dateline "मेन्यू" is on no metadata or body line/],
  ])('reports %s', (_label, expected, message) => {
    const problems = fixtureProblems(folder({ 'site_a.txt': page, 'site_a.expected.json': JSON.stringify(expected) }));
    expect(problems.join('\n')).toMatch(message);
  });

  it('accepts a dateline printed at the start of a body line', () => {
    expect(fixtureProblems(folder({ 'site_a.txt': page, 'site_a.expected.json': JSON.stringify({ ...good, dateline: 'पहला' }) }))).toEqual([]);
  });

  it('finds an outlet that two sets share', () => {
    const root = mkdtempSync(path.join(tmpdir(), 'import-sets-'));
    dir = root;
    for (const [set, names] of [['a', ['site_x.txt', 'other_y.txt']], ['b', ['site_style_z.txt', 'third_w.txt']]] as const) {
      mkdirSync(path.join(root, set));
      for (const name of names) writeFileSync(path.join(root, set, name), page);
    }
    expect(sharedOutlets('a', ['a', 'b'], root)).toEqual(['site']);
    expect(sharedOutlets('b', ['b'], root)).toEqual([]);
  });

  it('reports a page without an expectation and an expectation without a page', () => {
    const problems = fixtureProblems(folder({ 'site_a.txt': page, 'site_b.expected.json': JSON.stringify(good) }));
    expect(problems).toEqual(['site_b.expected.json: no page for this expectation', 'site_a.txt: no expectation']);
  });
});
