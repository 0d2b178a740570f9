import { describe, expect, it } from 'vitest';
import { findSourceNumbers, formatWestern, numberIssues, toAsciiDigits } from '../../glossary/numbers.ts';
import { seedSentence } from './seed-text.ts';

const mismatches = (source: string, target: string) => numberIssues(source, target).map((i) => i.expected);

describe('source numbers', () => {
  it('reads Devanagari digits as ASCII digits, keeping offsets', () => {
    expect(toAsciiDigits('सन १९६१ में')).toBe('सन 1961 में');
    expect(findSourceNumbers('सन १९६१ में')).toMatchObject([{ start: 3, end: 7, value: 1961, expected: '1961' }]);
  });

  it('reads western and Indian grouping (15,000; 1,50,000) and expects the western form', () => {
    expect(findSourceNumbers(seedSentence('002', 'लगभग 15,000 सैनिक'))).toMatchObject([{ value: 15000, expected: '15,000' }]);
    expect(findSourceNumbers('कुल 1,50,000 लोग')).toMatchObject([{ value: 150000, expected: '150,000' }]);
    expect(findSourceNumbers('१,५०,००० लोग')).toMatchObject([{ value: 150000, expected: '150,000' }]);
  });

  it('applies लाख/करोड़/हज़ार/अरब with a converted suggestion, nukta or not', () => {
    expect(findSourceNumbers('2 लाख सैनिक')).toMatchObject([{ start: 0, end: 5, value: 200000, expected: '200,000', suggestion: '200,000 or 0.2 million' }]);
    expect(findSourceNumbers('5 करोड़ रुपये')).toMatchObject([{ value: 5e7, expected: '50,000,000', suggestion: '50,000,000 or 50 million' }]);
    expect(findSourceNumbers('5 करोड रुपये')).toMatchObject([{ value: 5e7 }]);
    expect(findSourceNumbers('1.5 लाख')).toMatchObject([{ value: 150000, expected: '150,000', suggestion: '150,000 or 0.15 million' }]);
    expect(findSourceNumbers('10 हज़ार')).toMatchObject([{ value: 10000, expected: '10,000' }]);
    expect(findSourceNumbers('3 अरब')).toMatchObject([{ value: 3e9, suggestion: '3,000,000,000 or 3 billion' }]);
  });

  it('splits comma lists that are not digit grouping', () => {
    expect(findSourceNumbers('13,14 और 15').map((n) => n.value)).toEqual([13, 14, 15]);
  });

  it('formats figures with western grouping', () => {
    expect(formatWestern(150000)).toBe('150,000');
    expect(formatWestern(27.1)).toBe('27.1');
    expect(formatWestern(999)).toBe('999');
  });
});

describe('numberIssues', () => {
  it('accepts 15000 and 15,000 for 15,000 and rejects 1,500', () => {
    const source = 'लगभग 15,000 सैनिक';
    expect(mismatches(source, 'about 15000 troops')).toEqual([]);
    expect(mismatches(source, 'about 15,000 troops')).toEqual([]);
    expect(mismatches(source, 'about 1,500 troops')).toEqual(['15,000']);
  });

  it('accepts 150,000 for Indian 1,50,000', () => {
    expect(mismatches('1,50,000 लोग', '150,000 people')).toEqual([]);
    expect(mismatches('1,50,000 लोग', '1,50,000 people')).toEqual([]);
    expect(mismatches('1,50,000 लोग', '15,000 people')).toEqual(['150,000']);
  });

  it('accepts a लाख amount as digits, as millions, or as lakh', () => {
    const source = '2 लाख सैनिक';
    expect(mismatches(source, '200,000 troops')).toEqual([]);
    expect(mismatches(source, '0.2 million troops')).toEqual([]);
    expect(mismatches(source, '2 lakh troops')).toEqual([]);
    expect(numberIssues(source, '2 troops')).toEqual([{ code: 'number-mismatch', severity: 'error', sourceSpan: [0, 5], expected: '200,000', suggestion: '200,000 or 0.2 million' }]);
  });

  it('checks years in real seed sentences (seed 000: 1961, seed 003: 24 years)', () => {
    const treaty = seedSentence('000', 'संघ ने 1961 में');
    expect(mismatches(treaty, 'North Korea and the former Soviet Union signed a treaty of friendship in 1961.')).toEqual([]);
    expect(mismatches(treaty, 'North Korea and the former Soviet Union signed a treaty of friendship in 1916.')).toEqual(['1961']);
    const visit = seedSentence('003', 'बीते 24 वर्षों');
    expect(mismatches(visit, "It is Putin's first visit to Korea in 24 years.")).toEqual([]);
    expect(mismatches(visit, "It is Putin's first visit to Korea in two decades.")).toEqual(['24']);
  });

  it('accepts small numbers written as English words', () => {
    expect(mismatches('2 देशों', 'two countries')).toEqual([]);
  });

  it('accepts an ISO date written out in English (seed 000 update line)', () => {
    const source = 'Update: 2024-06-20 07:40 GMT';
    expect(mismatches(source, 'Updated June 20, 2024, 7:40 GMT')).toEqual([]);
    expect(mismatches(source, 'Updated 2024-06-20 07:40 GMT')).toEqual([]);
    expect(mismatches(source, 'Updated June 21, 2024, 7:40 GMT')).toEqual(['2024-06-20']);
  });

  it('says nothing when the source has no numbers', () => {
    expect(numberIssues('रूस और उत्तर कोरिया', 'Russia and North Korea 2024')).toEqual([]);
  });
});
