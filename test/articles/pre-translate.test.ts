import { describe, expect, it } from 'vitest';
import { importPage } from '../../articles/index.ts';
import type { Article } from '../../articles/model.ts';
import { canPreTranslate, exactMatchKey, isExactMatch, preTranslateArticles, type ExactMemoryLookup } from '../../articles/memory/pre-translate.ts';
import { readXliff, writeXliff12, writeXliff20 } from '../../articles/exchange/xliff.ts';
import { savedState, stateWithStatus, isConfirmed } from '../../articles/segment-workflow.ts';
import { summarizeArticle } from '../../articles/article-views.ts';

const NOW = '2026-12-07T09:00:00.000Z';
const page = (fileName: string, text: string): Article => importPage({ fileName, text }, { now: () => NOW });
const memoryOf = (pairs: Record<string, string>): ExactMemoryLookup => {
  const byKey = new Map(Object.entries(pairs).map(([source, target]) => [exactMatchKey(source), target]));
  return (source) => byKey.get(exactMatchKey(source));
};

describe('100 % match key', () => {
  it('is identical after NFC and white-space collapse, and nothing looser', () => {
    // ज़ precomposed (U+095B) and ज + nukta are canonically equivalent.
    expect(isExactMatch('\u095Bमीन पर', '\u091C\u093Cमीन पर')).toBe(true);
    expect(isExactMatch('बैठक  शाम\u00a0 तक चली।', ' बैठक शाम तक चली। ')).toBe(true);
    expect(isExactMatch('बैठक शाम तक चली।', 'बैठक शाम तक चली!')).toBe(false);
    expect(isExactMatch('उन्होंने 15 देशों से बात की।', 'उन्होंने 16 देशों से बात की।')).toBe(false);
    expect(isExactMatch('उन्होंने १५ देशों से बात की।', 'उन्होंने 15 देशों से बात की।')).toBe(false);
    expect(isExactMatch('Delhi', 'delhi')).toBe(false);
    expect(isExactMatch('बैठकशाम', 'बैठक शाम')).toBe(false);
  });
});

describe('preTranslateArticles', () => {
  const fresh = page('b.txt', 'मुंबई में नई योजना\n\nप्रधानमंत्री ने आज दिल्ली में बैठक की! उन्होंने 16 देशों के नेताओं से बात की। बैठक  शाम   तक चली।  सरकार ने नई योजना शुरू की।\n');
  const memory = memoryOf({
    'प्रधानमंत्री ने आज दिल्ली में बैठक की।': 'The prime minister held a meeting in Delhi today.',
    'उन्होंने 15 देशों के नेताओं से बात की।': 'He spoke to leaders of 15 countries.',
    'बैठक शाम तक चली।': 'The meeting went on until the evening.',
  });

  it('fills only 100 % matches: punctuation and digit differences stay untranslated, spacing does not matter', () => {
    const { articles: [filled], preTranslated } = preTranslateArticles([fresh], memory, NOW);
    expect(preTranslated).toEqual([1]);
    expect(filled.segments.map((segment) => [segment.status, segment.target])).toEqual([
      ['untranslated', ''],
      ['untranslated', ''],
      ['untranslated', ''],
      ['pre-translated', 'The meeting went on until the evening.'],
      ['untranslated', ''],
    ]);
    expect(filled.segments[3]).toMatchObject({ origin: 'tm', updatedAt: NOW });
    expect(summarizeArticle(filled).translated).toBe(0);
  });

  it('fills repetitions of a confirmed segment of the same batch, and never touches work already there', () => {
    const first = page('c.txt', 'नई योजना\n\nसरकार ने नई योजना शुरू की। यह योजना गाँवों के लिए है।\n');
    const confirmed: Article = { ...first, segments: first.segments.map((segment, i) => (i === 1 ? { ...segment, target: 'The government launched a new scheme.', status: 'translated' } : segment)) };
    const drafted: Article = { ...fresh, segments: fresh.segments.map((segment, i) => (i === 3 ? { ...segment, target: 'my own draft', status: 'draft' } : segment)) };
    const { articles, preTranslated } = preTranslateArticles([confirmed, drafted], memory, NOW);
    expect(preTranslated).toEqual([0, 1]);
    expect(articles[0]).toBe(confirmed);
    expect(articles[1].segments[3]).toMatchObject({ target: 'my own draft', status: 'draft' });
    expect(articles[1].segments[4]).toMatchObject({ target: 'The government launched a new scheme.', status: 'pre-translated', origin: 'repetition' });
  });

  it('an empty English in the memory fills nothing, and a segment with text is not eligible', () => {
    const { preTranslated } = preTranslateArticles([fresh], memoryOf({ 'बैठक शाम तक चली।': '  ' }), NOW);
    expect(preTranslated).toEqual([0]);
    expect(canPreTranslate({ status: 'untranslated', target: 'x' })).toBe(false);
    expect(canPreTranslate({ status: 'joined', target: '' })).toBe(false);
  });
});

describe('the pre-translated status in the workflow and the exports', () => {
  const [filled] = preTranslateArticles([page('d.txt', 'दिल्ली में बड़ी बैठक\n\nप्रधानमंत्री ने बैठक की। बैठक शाम तक चली।\n')], memoryOf({ 'बैठक शाम तक चली।': 'The meeting went on until the evening.' }), NOW).articles;
  const segment = filled.segments[2];

  it('is not confirmed; confirming makes it translated, typing a draft, and no save can set it', () => {
    expect(segment.status).toBe('pre-translated');
    expect(isConfirmed('pre-translated')).toBe(false);
    expect(stateWithStatus(segment, 'translated').status).toBe('translated');
    expect(savedState(segment, { target: `${segment.target} Late.` }, [])).toMatchObject({ ok: true, state: { status: 'draft' } });
    const draft = { target: 'x', status: 'draft' as const };
    expect(stateWithStatus(draft, 'pre-translated')).toBe(draft);
  });

  it('XLIFF 1.2: needs-review-translation with state-qualifier exact-match; 2.0: initial with subState; both read back', () => {
    const x12 = writeXliff12(filled);
    expect(x12).toMatch(/<target xml:lang="en" state="needs-review-translation" state-qualifier="exact-match">The meeting went on until the evening\.<\/target>/);
    const x20 = writeXliff20(filled);
    expect(x20).toMatch(/<segment state="initial" subState="anuvad:pre-translated">/);
    expect(x20).toContain('<target>The meeting went on until the evening.</target>');
    expect(readXliff(x12, 'd.xlf').pairs[2].status).toBe('pre-translated');
    expect(readXliff(x20, 'd.xlf').pairs[2].status).toBe('pre-translated');
  });
});
