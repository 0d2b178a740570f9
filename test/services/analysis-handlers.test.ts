/**
 * analysis.article / analysis.project on a small hand-made project with exact expected counts:
 * segments and Hindi words by status, every match band (100 %, 95–99, 85–94, 75–84, 50–74, none),
 * repetitions counted once, the analysed article's own translations left out of its matching,
 * and imported memories matched too.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { createHandlers } from '../../services/handlers.ts';
import { createMemoryProject } from '../../services/store/memory-store.ts';
import type { ProjectAnalysis } from '../../services/contract.ts';

const upload = (name: string, text: string) => ({ name, base64: Buffer.from(text, 'utf8').toString('base64') });
// The reference article, translated in full: its pairs are the project memory.
const REFERENCE = 'दिल्ली में बड़ी बैठक\n\nप्रधानमंत्री ने आज दिल्ली में बैठक की। उन्होंने 15 देशों के नेताओं से बात की। बैठक शाम तक चली।\n';
const REFERENCE_ENGLISH = ['Big meeting in Delhi', 'The prime minister held a meeting in Delhi today.', 'He spoke to leaders of 15 countries.', 'The meeting went on until the evening.'];
// The analysed article, sentence by sentence (words): 0 title, no match (4); 1 identical to the
// reference (7); 2 the same with "!" (7); 3 one number changed, 7/8 (8); 4 a repetition of 1 (7);
// 5 translated here only (6); 6 the reference's 4 words plus 4, 4/8 (8); 7 plus one word, 4/5 (5);
// 8 in the imported memory (6).
const ANALYSED = 'मुंबई में नई योजना\n\nप्रधानमंत्री ने आज दिल्ली में बैठक की। प्रधानमंत्री ने आज दिल्ली में बैठक की! उन्होंने 16 देशों के नेताओं से बात की। प्रधानमंत्री ने आज दिल्ली में बैठक की। सरकार ने नई योजना शुरू की। बैठक शाम तक चली और फिर खत्म हुई। बैठक शाम तक चली गई। यह योजना गाँवों के लिए है।\n';
const IMPORTED_TSV = 'यह योजना गाँवों के लिए है।\tThis scheme is for villages.\n';

let api: ReturnType<typeof createHandlers>;

const rows = (figures: ProjectAnalysis['total']) => ({
  bands: Object.fromEntries(Object.entries(figures.bands).map(([band, row]) => [band, [row.segments, row.words]])),
  repetitions: [figures.repetitions.segments, figures.repetitions.words],
  total: [figures.total.segments, figures.total.words],
});

beforeEach(async () => {
  api = createHandlers(createMemoryProject({ dir: '/projects/analysis', name: 'analysis' }), { now: () => '2026-12-07T12:00:00.000Z' });
  const [reference, analysed] = await api['article.import']({ pages: [upload('reference.txt', REFERENCE), upload('analysed.txt', ANALYSED)] });
  expect([reference.id, analysed.id, reference.segments, analysed.segments]).toEqual(['reference', 'analysed', 4, 9]);
  const first = await api['article.get']({ id: 'reference' });
  // Confirming the reference also fills sentences 1 and 4 of the analysed article (its repetitions).
  for (const [i, segment] of first.segments.entries()) {
    await api['article.saveSegment']({ articleId: 'reference', segmentId: segment.id, target: REFERENCE_ENGLISH[i], status: 'translated' });
  }
  const second = await api['article.get']({ id: 'analysed' });
  await api['article.saveSegment']({ articleId: 'analysed', segmentId: second.segments[5].id, target: 'The government launched a new scheme.', status: 'translated' });
  await api['article.saveSegment']({ articleId: 'analysed', segmentId: second.segments[3].id, target: 'He spoke to leaders', status: 'draft' });
  await api['tm.import']({ fileName: 'desk.tsv', base64: Buffer.from(IMPORTED_TSV).toString('base64') });
});

describe('analysis.article', () => {
  it('puts each segment in its band, counts the repetition once and leaves its own translations out', async () => {
    const analysis = await api['analysis.article']({ articleId: 'analysed' });
    expect(analysis.articles.map((each) => [each.articleId, each.title])).toEqual([['analysed', 'मुंबई में नई योजना']]);
    expect(rows(analysis.total)).toEqual({
      bands: { '100': [2, 13], '95-99': [1, 7], '85-94': [1, 8], '75-84': [1, 5], '50-74': [1, 8], none: [2, 10] },
      repetitions: [1, 7],
      total: [9, 58],
    });
    // Sentence 5 is translated in this article only: it is no 100 % match of itself.
    expect(analysis.memoryPairs).toEqual({ articles: 4, imported: 1 });
    expect(analysis.total.byStatus).toMatchObject({
      untranslated: { segments: 5, words: 30 },
      draft: { segments: 1, words: 8 },
      translated: { segments: 3, words: 20 },
      approved: { segments: 0, words: 0 },
    });
  });

  it('agrees with the list figures on segments per status', async () => {
    const analysis = await api['analysis.article']({ articleId: 'analysed' });
    const listed = (await api['article.summaries']({})).articles.find((each) => each.id === 'analysed')!;
    expect(Object.fromEntries(Object.entries(analysis.total.byStatus).map(([status, row]) => [status, row.segments]))).toEqual(listed.byStatus);
    expect(analysis.total.total.words).toBe(listed.words);
  });

  it('refuses an unknown article and a bad payload', async () => {
    await expect(api['analysis.article']({ articleId: 'nope' })).rejects.toMatchObject({ error: { code: 'not-found' } });
    await expect(api['analysis.article']({ articleId: 'analysed', extra: 1 })).rejects.toMatchObject({ error: { code: 'bad-input' } });
    await expect(api['analysis.project']({ articleIds: ['../x'] })).rejects.toMatchObject({ error: { code: 'bad-input' } });
  });
});

describe('analysis.project', () => {
  it('matches the whole project against the imported memories only and counts cross-article repetitions once', async () => {
    const analysis = await api['analysis.project']({});
    expect(analysis.memoryPairs).toEqual({ articles: 0, imported: 1 });
    expect(rows(analysis.total)).toEqual({
      bands: { '100': [1, 6], '95-99': [0, 0], '85-94': [0, 0], '75-84': [0, 0], '50-74': [0, 0], none: [10, 61] },
      repetitions: [2, 14],
      total: [13, 81],
    });
    // The first occurrence (the reference's sentence 1) is in its band, the analysed article's two are repetitions.
    expect(analysis.articles.map((each) => [each.articleId, each.figures.repetitions.segments])).toEqual([['reference', 0], ['analysed', 2]]);
    const sum = (key: 'segments' | 'words') => analysis.articles.reduce((total, each) => total + each.figures.total[key], 0);
    expect([sum('segments'), sum('words')]).toEqual([13, 81]);
  });

  it('counts the first occurrence in the order given: analysed first, the reference repeats it', async () => {
    const analysis = await api['analysis.project']({ articleIds: ['analysed', 'reference'] });
    expect(analysis.articles.map((each) => [each.articleId, each.figures.repetitions.segments])).toEqual([['analysed', 1], ['reference', 1]]);
    expect(analysis.total.repetitions).toEqual({ segments: 2, words: 14 });
  });

  it('a selection of one article matches like analysis.article', async () => {
    const one = await api['analysis.project']({ articleIds: ['analysed'] });
    expect(one.total).toEqual((await api['analysis.article']({ articleId: 'analysed' })).total);
  });
});
