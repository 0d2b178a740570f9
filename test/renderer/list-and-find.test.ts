import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { importPage } from '../../articles/import/import-page.ts';
import type { ArticleSummary } from '../../services/contract.ts';
import { articleRows, filterArticleRows, filterNarrowing, sortArticleRows, type FilteredRows, type ProgressFilter } from '../../renderer/list/article-table.ts';
import { bytesToBase64 } from '../../renderer/list/page-upload.ts';
import { findMatches } from '../../renderer/editor/find-matches.ts';
import { createEditHistory, createEditorDoc, edit } from '../../renderer/editor/edit-history.ts';
import { visibleRange } from '../../renderer/editor/visible-range.ts';
import { formatDate, formatNumber, formatPercent } from '../../renderer/format.ts';
import { parseRoute, routeHash } from '../../renderer/route.ts';

const samplesDir = new URL('../../articles/samples/', import.meta.url);
const articles = readdirSync(samplesDir)
  .filter((name) => name.endsWith('.txt'))
  .map((name) => importPage({ fileName: name, text: readFileSync(new URL(name, samplesDir), 'utf8') }));
const summaries: ArticleSummary[] = articles.map((article, index) => ({
  id: article.id,
  file: article.file,
  title: article.title,
  titleEnglish: article.titleEnglish,
  date: article.date,
  outlet: article.outlet,
  segments: article.segments.length,
  translated: index === 0 ? article.segments.length : index,
  approved: index === 0 ? 1 : 0,
}));

describe('article list', () => {
  it('computes progress and filters by Hindi title, English title and progress', () => {
    const rows = articleRows(summaries, new Map([[summaries[1].id, 3]]));
    expect(rows[0].translatedFraction).toBe(1);
    expect(rows[1].issues).toBe(3);
    expect(rows[2].issues).toBeUndefined();
    const withPutin = articles.filter((article) => article.title.includes('पुतिन')).map((article) => article.id);
    expect(withPutin.length).toBeGreaterThan(0);
    expect(filterArticleRows(rows, 'पुतिन', 'all').map((row) => row.summary.id)).toEqual(withPutin);
    expect(filterArticleRows(rows, '', 'translated').map((row) => row.summary.id)).toEqual([summaries[0].id]);
    expect(filterArticleRows(rows, '', 'not-started')).toHaveLength(0);
    const english = summaries.find((summary) => summary.titleEnglish);
    if (english) expect(filterArticleRows(rows, english.titleEnglish!.slice(0, 12).toUpperCase(), 'all').map((row) => row.summary.id)).toContain(english.id);
  });

  it('narrows the last result as a query grows and gives what a filter of every row gives, whatever is typed', () => {
    const rows = articleRows(summaries, new Map());
    const other = articleRows(summaries.slice(1), new Map());
    // Typed forward, a key in the middle, deleted, replaced, another progress filter, other rows.
    const steps: [typeof rows, string, ProgressFilter][] = [
      [rows, '', 'all'], [rows, 'प', 'all'], [rows, 'पु', 'all'], [rows, 'पुति', 'all'], [rows, 'पुतिन', 'all'], [rows, 'पन', 'all'],
      [rows, 'पतिन', 'all'], [rows, 'पुतिन', 'all'], [rows, ' PUTIN ', 'all'], [rows, 'a', 'all'], [rows, 'ab', 'all'], [rows, 'a', 'all'],
      [rows, 'a', 'in-progress'], [rows, 'ar', 'in-progress'], [rows, 'ar', 'all'], [other, 'ar', 'all'], [other, 'are', 'all'], [rows, '', 'all'],
    ];
    let previous: FilteredRows | undefined;
    for (const [from, query, progress] of steps) {
      previous = filterNarrowing(from, query, progress, previous);
      expect(previous.rows.map((row) => row.summary.id), `${query} / ${progress}`).toEqual(filterArticleRows(from, query, progress).map((row) => row.summary.id));
    }
    // It does narrow: a longer query searches only the last matches (here a last result of one row).
    const matches = filterArticleRows(rows, 'पुतिन', 'all');
    expect(matches.length).toBeGreaterThan(1);
    const narrowed = filterNarrowing(rows, 'पुतिन', 'all', { from: rows, needle: 'पु', progress: 'all', rows: matches.slice(-1) });
    expect(narrowed.rows).toEqual(matches.slice(-1));
    expect(filterNarrowing(rows, 'पुतिन', 'approved', { from: rows, needle: 'पु', progress: 'all', rows: [] }).rows).toEqual(filterArticleRows(rows, 'पुतिन', 'approved'));
  });

  it('sorts by date both ways, by progress and by issues', () => {
    const rows = articleRows(summaries, new Map(summaries.map((summary, index) => [summary.id, index])));
    const collator = new Intl.Collator('hi-IN');
    const dates = sortArticleRows(rows, 'date-desc', collator).map((row) => row.summary.date ?? '');
    expect(dates).toEqual([...dates].sort().reverse());
    const ascending = sortArticleRows(rows, 'date-asc', collator).map((row) => row.summary.date ?? '');
    expect(ascending).toEqual([...ascending].sort());
    expect(sortArticleRows(rows, 'progress', collator)[0].summary.id).toBe(summaries[0].id);
    expect(sortArticleRows(rows, 'issues', collator)[0].summary.id).toBe(summaries[summaries.length - 1].id);
  });

  it('encodes uploaded bytes as base64 exactly, also for large files', () => {
    const bytes = new Uint8Array(readFileSync(new URL(articles[0].file, samplesDir)));
    expect(bytesToBase64(bytes)).toBe(Buffer.from(bytes).toString('base64'));
    const big = new Uint8Array(200_000).map((_, index) => index % 251);
    expect(bytesToBase64(big)).toBe(Buffer.from(big).toString('base64'));
  });
});

describe('find', () => {
  it('matches Hindi and the current English, case-insensitively', () => {
    const article = articles.find((candidate) => candidate.segments.some((segment) => segment.source.includes('किम')))!;
    let history = createEditHistory(createEditorDoc(article.segments));
    const expectedHindi = article.segments.flatMap((segment, index) => (segment.source.includes('किम') ? [index] : []));
    expect(findMatches(article.segments, history.doc, 'किम')).toEqual(expectedHindi);
    history = edit(history, new Map([[article.segments[0].id, { target: 'Kim Jong Un meets', status: 'draft' }]]), 'typing', 0);
    expect(findMatches(article.segments, history.doc, 'kim jong un')).toEqual([0]);
    expect(findMatches(article.segments, history.doc, '   ')).toEqual([]);
  });
});

describe('windowing', () => {
  it('finds the rows intersecting a pixel range', () => {
    const offsets = [0, 50, 100, 200, 260, 300];
    expect(visibleRange(offsets, 0, 10)).toEqual({ first: 0, last: 0 });
    expect(visibleRange(offsets, 60, 210)).toEqual({ first: 1, last: 3 });
    expect(visibleRange(offsets, -500, 5000)).toEqual({ first: 0, last: 4 });
    expect(visibleRange(offsets, 299, 400)).toEqual({ first: 4, last: 4 });
    expect(visibleRange([0], 0, 100)).toEqual({ first: 0, last: -1 });
  });

  it('renders a small window of a 1,000-row list', () => {
    const offsets = Array.from({ length: 1001 }, (_, index) => index * 60);
    const { first, last } = visibleRange(offsets, 30_000 - 600, 30_000 + 900 + 600);
    expect(last - first + 1).toBeLessThan(40);
  });
});

describe('formatting and routes', () => {
  it('formats dates and numbers for the UI language', () => {
    expect(formatDate('2024-06-20', 'en')).toBe(new Intl.DateTimeFormat('en-IN', { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date('2024-06-20T00:00:00Z')));
    expect(formatDate('2024-06-20', 'hi')).toMatch(/जून/);
    expect(formatNumber(150000, 'en')).toBe('1,50,000');
    expect(formatPercent(0.5, 'hi')).toMatch(/50/);
    expect(formatDate('not a date', 'en')).toBe('not a date');
  });

  it('round-trips routes through the hash', () => {
    expect(parseRoute(routeHash({ view: 'editor', articleId: '001_x', segmentId: 's-1' }))).toEqual({ view: 'editor', articleId: '001_x', segmentId: 's-1' });
    expect(parseRoute('#/')).toEqual({ view: 'list' });
    expect(parseRoute('#token=abc')).toEqual({ view: 'list' });
  });
});
