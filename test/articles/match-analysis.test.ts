/** The analysis's pure rules: band edges, word counts, repetitions counted once across articles. */
import { describe, expect, it } from 'vitest';
import { analyseArticles, countWords, matchBand } from '../../articles/analysis/match-analysis.ts';
import type { Article, Segment } from '../../articles/model.ts';

describe('matchBand', () => {
  it('bands by whole percent floored, exact sources only at 100 %', () => {
    expect(matchBand({ score: 1, exact: true })).toBe('100');
    // The memory's 100 % without an identical source (punctuation differs).
    expect(matchBand({ score: 1, exact: false })).toBe('95-99');
    expect(matchBand({ score: 0.95, exact: false })).toBe('95-99');
    expect(matchBand({ score: 0.9499, exact: false })).toBe('85-94');
    expect(matchBand({ score: 0.85, exact: false })).toBe('85-94');
    expect(matchBand({ score: 0.8, exact: false })).toBe('75-84');
    expect(matchBand({ score: 0.7499, exact: false })).toBe('50-74');
    expect(matchBand({ score: 0.5, exact: false })).toBe('50-74');
    expect(matchBand({ score: 0.4999, exact: false })).toBe('none');
    expect(matchBand(undefined)).toBe('none');
  });
});

describe('countWords', () => {
  it('counts Devanagari words with their marks, and numbers, not punctuation', () => {
    expect(countWords('उन्होंने 15 देशों के नेताओं से बात की।')).toBe(8);
    expect(countWords('— । ,')).toBe(0);
  });
});

const segment = (id: string, source: string): Segment => ({ id, source, target: '', status: 'untranslated', kind: 'body' }) as Segment;
const article = (id: string, sources: string[]): Article => ({ id, title: id, segments: sources.map((source, i) => segment(`${id}-${i}`, source)) }) as unknown as Article;

describe('analyseArticles', () => {
  it('asks the memory only for first occurrences and counts later ones as repetitions', () => {
    const asked: string[] = [];
    const result = analyseArticles(
      [article('a', ['एक दो तीन।', 'चार पाँच।', 'एक दो तीन।']), article('b', ['चार पाँच।', 'छह।'])],
      (source) => {
        asked.push(source);
        return source === 'छह।' ? { score: 0.9, exact: false } : undefined;
      },
    );
    expect(asked).toEqual(['एक दो तीन।', 'चार पाँच।', 'छह।']);
    expect(result.total.repetitions).toEqual({ segments: 2, words: 5 });
    expect(result.total.bands.none).toEqual({ segments: 2, words: 5 });
    expect(result.total.bands['85-94']).toEqual({ segments: 1, words: 1 });
    expect(result.articles.map((each) => each.figures.repetitions.segments)).toEqual([1, 1]);
  });
});
