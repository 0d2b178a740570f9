import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createHandlers } from '../../services/handlers.ts';
import { APP_ROOT } from '../../services/default-project.ts';
import { sampleMemoryProject } from '../services/sample-project.ts';
import type { AlignmentView, Glossary } from '../../services/contract.ts';
import { createLiveChecker } from '../../renderer/live-checker.ts';
import { caretToSentence, confidenceBand, filterReviewRows, linkAfterEdit, reviewRows, sortReviewRows, type ReviewFilter } from '../../renderer/review/review-rows.ts';
import { reviewCommandForKey } from '../../renderer/review/review-keys.ts';
import { matchTranslationFiles } from '../../renderer/review/translation-files.ts';

const NO_FILTER: ReviewFilter = { belowThreshold: false, threshold: 0.9, glossaryIssues: false, numberMismatches: false, openOnly: false };

let views: AlignmentView[];
let glossary: Glossary;

beforeAll(async () => {
  const store = await sampleMemoryProject('/p', 'p', { alignments: true });
  const api = createHandlers(store);
  views = [];
  for (const summary of await api['align.list']({})) views.push(await api['align.get']({ articleId: summary.articleId }));
  glossary = await store.getGlossary();
});

describe('review rows', () => {
  it('has one row per link with its sentences, and sorts lowest confidence first or by article', () => {
    const rows = reviewRows(views, createLiveChecker(glossary));
    expect(rows).toHaveLength(views.reduce((sum, view) => sum + view.links.length, 0));
    const first = rows[0];
    expect(first.hi).toEqual(views[0].links[0].hi.map((i) => views[0].hi[i]));
    expect(first.en).toEqual(views[0].links[0].en.map((j) => views[0].en[j]));
    const byConfidence = sortReviewRows(rows, 'confidence').map((row) => row.score);
    expect(byConfidence).toEqual([...byConfidence].sort((a, b) => a - b));
    expect(sortReviewRows(sortReviewRows(rows, 'confidence'), 'article').map((row) => row.key)).toEqual(rows.map((row) => row.key));
  });

  it('finds glossary issues with the project glossary and filters by them, by threshold and by article', () => {
    const rows = reviewRows(views, createLiveChecker(glossary));
    const withGlossary = filterReviewRows(rows, { ...NO_FILTER, glossaryIssues: true });
    expect(withGlossary.length).toBeGreaterThan(0);
    expect(withGlossary.length).toBeLessThan(rows.length);
    for (const row of withGlossary) expect(row.glossaryIssues.every((issue) => issue.code === 'missing-term' || issue.code === 'forbidden-term')).toBe(true);
    // Without a glossary there is nothing to miss.
    expect(filterReviewRows(reviewRows(views, createLiveChecker({ ...glossary, entries: [] })), { ...NO_FILTER, glossaryIssues: true })).toEqual([]);
    const below = filterReviewRows(rows, { ...NO_FILTER, belowThreshold: true, threshold: 0.95 });
    expect(below.map((row) => row.key)).toEqual(rows.filter((row) => row.score < 0.95).map((row) => row.key));
    expect(filterReviewRows(rows, { ...NO_FILTER, articleId: views[1].articleId }).every((row) => row.articleId === views[1].articleId)).toBe(true);
  });

  it('flags a number the English lacks', () => {
    const tampered: AlignmentView = { ...views[1], en: views[1].en.map((sentence) => sentence.replace('15,000', 'many')) };
    const rows = reviewRows([tampered], createLiveChecker(glossary));
    const flagged = filterReviewRows(rows, { ...NO_FILTER, numberMismatches: true });
    expect(flagged).toHaveLength(1);
    expect(flagged[0].en.join(' ')).toContain('about many troops');
    expect(filterReviewRows(reviewRows([views[1]], createLiveChecker(glossary)), { ...NO_FILTER, numberMismatches: true })).toEqual([]);
  });

  it('re-checks only the alignment that changed when given a cache', () => {
    const checker = createLiveChecker(glossary);
    const cache = new WeakMap();
    const first = reviewRows(views, checker, cache);
    const changed = { ...views[1], links: views[1].links.map((link, index) => (index === 0 ? { ...link, status: 'accepted' as const } : link)) };
    const second = reviewRows([views[0], changed], checker, cache);
    const firstArticleRows = first.filter((row) => row.articleId === views[0].articleId);
    firstArticleRows.forEach((row, index) => expect(second[index]).toBe(row));
    const changedRow = second.find((row) => row.articleId === views[1].articleId && row.linkIndex === 0);
    expect(changedRow?.status).toBe('accepted');
    expect(second).toEqual(reviewRows([views[0], changed], checker));
  });

  it('bands confidence at 0.9 and 0.6', () => {
    expect([0.95, 0.9, 0.89, 0.6, 0.59].map(confidenceBand)).toEqual(['high', 'high', 'medium', 'medium', 'low']);
  });

  it('maps a caret in newline-joined sentences to a sentence and offset', () => {
    const sentences = ['One two.', 'Three four five.'];
    expect(caretToSentence(sentences, 3)).toEqual({ sentenceIndex: 0, offset: 3 });
    expect(caretToSentence(sentences, 9 + 5)).toEqual({ sentenceIndex: 1, offset: 5 });
    expect(caretToSentence(sentences, 8)).toEqual({ sentenceIndex: 0, offset: 8 });
    expect(linkAfterEdit({ type: 'mergePrev', linkIndex: 4 }, 10)).toBe(3);
    expect(linkAfterEdit({ type: 'mergeNext', linkIndex: 9 }, 9)).toBe(8);
  });
});

describe('review keys', () => {
  const key = (keyName: string, extra: Partial<{ code: string; ctrlKey: boolean; shiftKey: boolean; altKey: boolean; metaKey: boolean }> = {}) =>
    reviewCommandForKey({ key: keyName, code: extra.code ?? '', ctrlKey: false, metaKey: false, shiftKey: false, altKey: false, ...extra });

  it('maps the documented keys', () => {
    expect(key('j')?.type).toBe('next');
    expect(key('k')?.type).toBe('previous');
    expect(key('ArrowDown', { altKey: true })?.type).toBe('next');
    expect(key('ArrowUp', { altKey: true })?.type).toBe('previous');
    expect(key('a')?.type).toBe('accept');
    expect(key('A', { shiftKey: true })?.type).toBe('accept-above');
    expect(key('m')?.type).toBe('merge-next');
    expect(key('M', { shiftKey: true })?.type).toBe('merge-previous');
    expect(key('s')?.type).toBe('split');
    expect(key('[')).toEqual({ type: 'move-sentence', direction: 'previous' });
    expect(key(']')).toEqual({ type: 'move-sentence', direction: 'next' });
    expect(key('u')?.type).toBe('mark-untranslated');
    expect(key('d')?.type).toBe('mark-addition');
    expect(key('z', { ctrlKey: true })?.type).toBe('undo');
    expect(key('z', { metaKey: true })?.type).toBe('undo');
  });

  it('works by key position on a Hindi keyboard layout and ignores other keys', () => {
    expect(key('ो', { code: 'KeyA' })?.type).toBe('accept');
    expect(key('े', { code: 'KeyS' })?.type).toBe('split');
    expect(key('x')).toBeNull();
    expect(key('a', { ctrlKey: true })).toBeNull();
    expect(key('ArrowDown')).toBeNull();
  });
});

describe('translation files', () => {
  it('matches files to articles by page name or id and reports the rest', () => {
    const articles = [{ id: '000_a', file: '000_a.txt' }, { id: '002_b', file: '002_b.txt' }];
    const english = readFileSync(path.join(APP_ROOT, 'articles/samples/translations/000_a6e2b2736be51a55.en.txt'), 'utf8');
    const { matched, unmatched } = matchTranslationFiles(
      [{ name: '000_a.en.txt', text: english }, { name: '002_B.TXT', text: 'B' }, { name: 'notes.txt', text: 'x' }],
      articles,
    );
    expect(matched.map((each) => [each.name, each.articleId])).toEqual([['000_a.en.txt', '000_a'], ['002_B.TXT', '002_b']]);
    expect(matched[0].text).toBe(english);
    expect(unmatched).toEqual(['notes.txt']);
  });
});
