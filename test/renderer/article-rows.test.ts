import { describe, expect, it } from 'vitest';
import { filterArticleRows, rowsFromCounts } from '../../renderer/list/article-table.ts';
import { createEntrySearchIndex } from '../../renderer/glossary-panel/entry-search.ts';
import type { ArticleCounts, GlossaryEntry } from '../../services/contract.ts';

const counts = (id: string, extra: Partial<ArticleCounts>): ArticleCounts => ({
  id, file: `${id}.txt`, title: 'मॉस्को में बैठक', segments: 4, translated: 2, approved: 0,
  byStatus: { untranslated: 2, 'pre-translated': 0, draft: 0, translated: 2, reviewed: 0, approved: 0, joined: 0 }, words: 20, lastChange: '2026-01-01T00:00:00.000Z', ...extra,
});

describe('list rows from the server figures', () => {
  it('sums open issues over kinds, leaves pending ones unknown, and filters on the translated title', () => {
    const rows = rowsFromCounts([
      counts('a', { issues: { 'missing-term': 2, 'number-mismatch': 1 }, titleTranslation: 'Talks in Moscow' }),
      counts('b', {}),
      counts('c', { issues: {} }),
    ]);
    expect(rows.map((row) => row.issues)).toEqual([3, undefined, 0]);
    expect(filterArticleRows(rows, 'talks in', 'all').map((row) => row.summary.id)).toEqual(['a']);
    expect(filterArticleRows(rows, 'मॉस्को', 'in-progress')).toHaveLength(3);
  });
});

describe('glossary search index', () => {
  const entry = (id: string, source: string, target: string): GlossaryEntry => ({
    id, source, sourceVariants: [], target, targetAlternates: [], forbidden: [], type: 'place', caseSensitive: false,
    matchMode: 'exact', note: '', status: 'approved', createdAt: '', updatedAt: '', author: '',
  });
  it('finds Hindi by normalised form and English case-insensitively, sorted by Hindi', () => {
    const entries = [entry('m', 'मॉस्को', 'Moscow'), entry('k', 'कीव', 'Kyiv'), entry('d', 'दिल्ली', 'New  Delhi')];
    const index = createEntrySearchIndex(entries, new Intl.Collator('hi'));
    expect(index.search('').map((each) => each.id)).toEqual(['k', 'd', 'm']);
    // The glossary's normalisation folds ॉ, so the other spelling finds the entry.
    expect(index.search('मास्को').map((each) => each.id)).toEqual(['m']);
    expect(index.search('new delhi').map((each) => each.id)).toEqual(['d']);
    expect(index.search('KYI').map((each) => each.id)).toEqual(['k']);
  });
});
