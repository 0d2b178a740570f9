import { describe, expect, it } from 'vitest';
import {
  compileSearch, findMatches, isSearchError, isWholeWord, replaceMatches, type CompiledSearch, type SearchOptions,
} from '../../articles/find-replace/text-search.ts';
import { applyReplace, planReplace } from '../../articles/find-replace/replace-plan.ts';
import type { Article, Segment } from '../../articles/model.ts';

const options = (over: Partial<SearchOptions> = {}): SearchOptions => ({ matchCase: false, wholeWord: false, regex: false, ...over });
function compiled(query: string, over: Partial<SearchOptions> = {}): CompiledSearch {
  const result = compileSearch(query, options(over));
  if (isSearchError(result)) throw new Error(`${result.code} ${result.detail ?? ''}`);
  return result;
}
const spans = (search: CompiledSearch, text: string) => findMatches(search, text).map((match) => text.slice(match.start, match.end));

describe('matching', () => {
  it('ignores case unless asked, and takes regex characters literally in a plain query', () => {
    expect(spans(compiled('delhi'), 'New Delhi and NEW DELHI')).toEqual(['Delhi', 'DELHI']);
    expect(spans(compiled('Delhi', { matchCase: true }), 'New Delhi and NEW DELHI')).toEqual(['Delhi']);
    expect(spans(compiled('U.S. (2024)'), 'the U.S. (2024) and USA (2024)')).toEqual(['U.S. (2024)']);
  });

  it('whole word knows Devanagari matras and virama as part of a word (\\b does not)', () => {
    const bharat = compiled('भारत', { wholeWord: true });
    // भारतीय continues with the matra ी and य; भारत। ends at the danda.
    expect(spans(bharat, 'भारत और भारतीय टीम, नया भारत।')).toEqual(['भारत', 'भारत']);
    expect(findMatches(bharat, 'भारतीय').length).toBe(0);
    // कि (that) must not match inside किया (did) or किताब.
    expect(spans(compiled('कि', { wholeWord: true }), 'उन्होंने कहा कि किया किताब')).toEqual(['कि']);
    // A word ending in virama + ZWNJ is still one word.
    expect(isWholeWord('क्\u200Cष', 0, 2)).toBe(false);
    expect(spans(compiled('in', { wholeWord: true }), 'in India, join in.')).toEqual(['in', 'in']);
    expect(spans(compiled('2', { wholeWord: true }), '2 of 22 and २')).toEqual(['2']);
  });

  it('runs regular expressions with groups, whole word and case options', () => {
    const years = compiled('(\\d{4})-(\\d{2})', { regex: true });
    expect(replaceMatches(years, 'FY 2024-25 and 2025-26', '$1–$2').text).toBe('FY 2024–25 and 2025–26');
    expect(replaceMatches(years, '2024-25', '[$&] $$ $9').text).toBe('[2024-25] $ $9');
    const named = compiled('(?P<first>\\w+) (?P<last>\\w+)', { regex: true });
    expect(replaceMatches(named, 'Narendra Modi', '$<last>, $<first>').text).toBe('Modi, Narendra');
    expect(spans(compiled('\\p{Devanagari}+', { regex: true, wholeWord: true }), 'Modi ने कहा')).toEqual(['ने', 'कहा']);
    expect(spans(compiled('mr\\.?', { regex: true, wholeWord: true }), 'Mr Modi, mrs Shah, MR. X')).toEqual(['Mr', 'MR.']);
  });

  it('skips empty matches instead of replacing nothing everywhere', () => {
    expect(replaceMatches(compiled('x*', { regex: true }), 'abc', '-')).toEqual({ text: 'abc', count: 0 });
    expect(replaceMatches(compiled('^', { regex: true }), 'abc', '-').count).toBe(0);
  });

  it('refuses bad queries with a code and the engine’s reason, never a throw', () => {
    expect(compileSearch('(unclosed', options({ regex: true }))).toMatchObject({ code: 'invalid-regex', detail: expect.stringContaining('missing closing )') });
    expect(compileSearch('(a)\\1', options({ regex: true }))).toMatchObject({ code: 'invalid-regex' });
    expect(compileSearch('', options())).toEqual({ code: 'empty-query' });
    expect(compileSearch('x'.repeat(1001), options())).toEqual({ code: 'query-too-long' });
    expect(compileSearch('((((a{100}){100}){100}){100})', options({ regex: true }))).toMatchObject({ code: expect.stringMatching(/regex-too-costly|invalid-regex/) });
    // The same query as plain text is fine.
    expect(isSearchError(compileSearch('(unclosed', options()))).toBe(false);
  });

  it('finds through a catastrophic pattern in linear time (RE2), where a backtracking engine would not return', () => {
    const evil = compiled('(a+)+$', { regex: true });
    const text = `${'a'.repeat(20_000)}!`;
    // JavaScript's own engine needs about 2^20000 steps for this; RE2 answers at once.
    expect(findMatches(evil, text)).toEqual([]);
    expect(findMatches(compiled('(x+x+)+y', { regex: true }), 'x'.repeat(5000)).length).toBe(0);
  });

  it('matches a nukta letter however it was typed, and replaces only the matched part of a non-NFC text', () => {
    // क़ as one code point (U+0958) is not NFC; its NFC form is क + nukta (U+0915 U+093C).
    const single = '\u0958ानून';
    const pair = '\u0915\u093Cानून';
    expect(spans(compiled(single), `नया ${pair}`)).toEqual([pair]);
    expect(spans(compiled(pair), `नया ${single} है`)).toEqual([single]);
    const stored = `${single} और ${single}ी`;
    expect(replaceMatches(compiled(pair, { wholeWord: true }), stored, 'law')).toEqual({ text: `law और ${single}ी`, count: 1 });
    expect(spans(compiled('café'), 'Cafe\u0301 Delhi')).toEqual(['Cafe\u0301']);
  });
});

const segment = (id: string, target: string, status: Segment['status'], extra: Partial<Segment> = {}): Segment => ({
  id, kind: 'body', paragraph: 1, line: 1, source: 'स्रोत', target, status, ...extra,
});
const article = (id: string, segments: Segment[]): Article => ({ id, segments } as unknown as Article);

describe('replace across articles', () => {
  const articles = [
    article('a1', [segment('s1', 'Kim Jong-un met Putin', 'approved', { overrideReason: 'quote' }), segment('s2', 'No match', 'translated'), segment('s3', '', 'joined')]),
    article('a2', [segment('t1', 'kim jong-un said; Kim Jong-un left', 'draft'), segment('t2', 'Kim Jong-un', 'reviewed')]),
  ];
  const search = compiled('Kim Jong-un', { matchCase: true });

  it('plans every changed segment with before/after and the status the workflow gives an edit', () => {
    const plan = planReplace(articles, search, 'Kim Jong Un');
    expect(plan.map(({ articleId, segmentId, after, count, status, statusAfter }) => ({ articleId, segmentId, after, count, status, statusAfter }))).toEqual([
      { articleId: 'a1', segmentId: 's1', after: 'Kim Jong Un met Putin', count: 1, status: 'approved', statusAfter: 'draft' },
      { articleId: 'a2', segmentId: 't1', after: 'kim jong-un said; Kim Jong Un left', count: 1, status: 'draft', statusAfter: 'draft' },
      { articleId: 'a2', segmentId: 't2', after: 'Kim Jong Un', count: 1, status: 'reviewed', statusAfter: 'draft' },
    ]);
    // A replacement giving the same text is no change.
    expect(planReplace(articles, search, 'Kim Jong-un')).toEqual([]);
  });

  it('applies only the kept changes, drops the old override reason, and refuses stale ones', () => {
    const plan = planReplace(articles, search, 'Kim Jong Un');
    const kept = plan.filter((change) => change.segmentId !== 't1').map(({ articleId, segmentId, before }) => ({ articleId, segmentId, before }));
    const moved = [articles[0], article('a2', [articles[1].segments[0], { ...articles[1].segments[1], target: 'Kim Jong-un (edited)' }])];
    const result = applyReplace(moved, search, 'Kim Jong Un', [...kept, { articleId: 'gone', segmentId: 'x', before: 'y' }], '2026-12-07T10:00:00Z');
    expect(result.applied).toEqual([{ articleId: 'a1', segmentId: 's1' }]);
    expect(result.stale).toEqual([{ articleId: 'a2', segmentId: 't2' }, { articleId: 'gone', segmentId: 'x' }]);
    const s1 = result.articles[0].segments[0];
    expect(s1).toMatchObject({ target: 'Kim Jong Un met Putin', status: 'draft', origin: 'manual', updatedAt: '2026-12-07T10:00:00Z' });
    expect(s1.overrideReason).toBeUndefined();
    expect(result.articles[1]).toBe(moved[1]);
  });
});
