/**
 * The list keeps a row object while its figures do not change (renderer/list/article-table.ts), so
 * the memoised row on screen is not rendered again after a recount poll; a changed figure gives a
 * new row with the new figures.
 */
import { describe, expect, it, vi } from 'vitest';
import type { ArticleCounts } from '../../services/contract.ts';
import { filterArticleRows, rowsFromCounts } from '../../renderer/list/article-table.ts';
import { formatDate, formatNumber, formatPercent } from '../../renderer/format.ts';

function counts(id: string, translated: number, issues?: number): ArticleCounts {
  return {
    id, file: `${id}.txt`, title: `शीर्षक ${id}`, outlet: 'Dainik Bhaskar', date: '2024-06-20', segments: 4, translated, approved: 0,
    byStatus: { untranslated: 4 - translated, draft: 0, translated, reviewed: 0, approved: 0, joined: 0 } as ArticleCounts['byStatus'],
    words: 10, lastChange: '2024-06-20T00:00:00Z', ...(issues === undefined ? {} : { issues: { 'missing-term': issues } }),
  };
}

describe('list rows across polls', () => {
  it('keeps the row object of an article whose figures are the same and builds a new one for a change', () => {
    const first = rowsFromCounts([counts('a', 1), counts('b', 2), counts('c', 0)]);
    const previous = new Map(first.map((row) => [row.summary.id, row]));
    // A poll: fresh objects from JSON, a's figures equal, b translated one more, c's issues counted.
    const next = rowsFromCounts([counts('a', 1), counts('b', 3), counts('c', 0, 2)], previous);
    expect(next.map((row) => row.summary.id)).toEqual(['a', 'b', 'c']);
    expect(next[0]).toBe(first[0]);
    expect(next[1]).not.toBe(first[1]);
    expect(next[1].summary.translated).toBe(3);
    expect(next[1].translatedFraction).toBe(0.75);
    expect(next[2]).not.toBe(first[2]);
    expect(next[2].issues).toBe(2);
    expect(next[1].haystack).toContain('dainik bhaskar');
  });

  it('carries the folded filter text to the new row of an article whose texts are the same, never to one whose texts changed', () => {
    const first = rowsFromCounts([counts('a', 1), counts('b', 2), { ...counts('c', 0), titleTranslation: 'Old title' }]);
    for (const row of first) void row.haystack;
    const previous = new Map(first.map((row) => [row.summary.id, row]));
    // Every article's issues counted (new rows); b renamed, c's English title changed.
    const renamed = { ...counts('b', 2, 1), title: 'नया शीर्षक', outlet: 'Amar Ujala' };
    const retitled = { ...counts('c', 0, 1), titleTranslation: 'New title' };
    const normalize = vi.spyOn(String.prototype, 'normalize');
    try {
      const next = rowsFromCounts([counts('a', 1, 3), renamed, retitled], previous);
      expect(next[0]).not.toBe(first[0]);
      expect(next[0].haystack).toBe(first[0].haystack);
      expect(normalize).not.toHaveBeenCalled();
      expect(next[1].haystack).toContain('amar ujala');
      expect(next[1].haystack).not.toContain('dainik');
      expect(next[2].haystack).toContain('new title');
      expect(next[2].haystack).not.toContain('old title');
      expect(filterArticleRows(next, 'ujala', 'all').map((row) => row.summary.id)).toEqual(['b']);
      expect(filterArticleRows(next, 'old title', 'all')).toEqual([]);
    } finally {
      normalize.mockRestore();
    }
  });

  it('follows the order of the new figures, and drops articles that are gone', () => {
    const first = rowsFromCounts([counts('a', 1), counts('b', 2)]);
    const next = rowsFromCounts([counts('b', 2), counts('d', 0)], new Map(first.map((row) => [row.summary.id, row])));
    expect(next.map((row) => row.summary.id)).toEqual(['b', 'd']);
    expect(next[0]).toBe(first[1]);
  });
});

describe('kept formatters', () => {
  it('format as a new formatter would, per language', () => {
    expect(formatNumber(150000, 'en')).toBe(new Intl.NumberFormat('en-IN').format(150000));
    expect(formatNumber(150000, 'hi')).toBe(new Intl.NumberFormat('hi-IN').format(150000));
    expect(formatPercent(0.5, 'en')).toBe(new Intl.NumberFormat('en-IN', { style: 'percent', maximumFractionDigits: 0 }).format(0.5));
    expect(formatDate('2024-06-20', 'hi')).toBe(new Intl.DateTimeFormat('hi-IN', { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date('2024-06-20T00:00:00Z')));
    expect(formatDate('2024-06-20T10:00:00Z', 'en')).toBe(new Intl.DateTimeFormat('en-IN', { dateStyle: 'medium' }).format(new Date('2024-06-20T10:00:00Z')));
  });
});

describe('figures asked for at start', () => {
  it('are taken once by the first load of the same api; every later load asks again', async () => {
    const { askSummariesEarly, takeEarlySummaries } = await import('../../renderer/list/early-summaries.ts');
    let calls = 0;
    const answer = { articles: [], issueProgress: { done: 0, total: 0 } };
    const api = { 'article.summaries': async () => ((calls += 1), answer) } as unknown as import('../../services/contract.ts').Api;
    const other = { ...api } as typeof api;
    askSummariesEarly(api);
    expect(calls).toBe(1);
    expect(takeEarlySummaries(other)).toBeUndefined();
    expect(await takeEarlySummaries(api)).toBe(answer);
    expect(takeEarlySummaries(api)).toBeUndefined();
  });
});
