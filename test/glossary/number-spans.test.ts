/**
 * Numbers said another way (sentences made up here, in no qa set): Hindi fraction words before an
 * amount word, "a million", and a count of time units said by the English noun for the span.
 */
import { describe, expect, it } from 'vitest';
import { durationInTarget, sourceDuration } from '../../glossary/durations.ts';
import { findSourceNumbers, numberIssues, numberWordValues } from '../../glossary/numbers.ts';

const expected = (hindi: string, english: string) => numberIssues(hindi, english).map((i) => i.expected);

describe('Hindi fraction words', () => {
  it('read डेढ़/ढाई before an amount word, and साढ़े/सवा/पौने before a figure with one', () => {
    expect(findSourceNumbers('मेले में डेढ़ लाख श्रद्धालु पहुंचे।').map((n) => n.value)).toEqual([150000]);
    expect(findSourceNumbers('ढाई करोड़ रुपये का जुर्माना').map((n) => n.value)).toEqual([25000000]);
    expect(findSourceNumbers('ढाई सौ गांव').map((n) => n.value)).toEqual([250]);
    expect(findSourceNumbers('साढ़े 4 लाख टन गेहूं').map((n) => n.value)).toEqual([450000]);
    expect(findSourceNumbers('सवा 2 करोड़ मतदाता').map((n) => n.value)).toEqual([22500000]);
    expect(findSourceNumbers('पौने 2 लाख').map((n) => n.value)).toEqual([175000]);
  });

  it('report a wrong figure and accept the right one in either system', () => {
    expect(expected('मेले में डेढ़ लाख श्रद्धालु पहुंचे।', 'Some 15,000 pilgrims attended the fair.')).toEqual(['150,000']);
    expect(expected('मेले में डेढ़ लाख श्रद्धालु पहुंचे।', 'Some 1.5 lakh pilgrims attended the fair.')).toEqual([]);
    expect(expected('साढ़े 4 लाख टन गेहूं', '450,000 tonnes of wheat')).toEqual([]);
    expect(expected('साढ़े 4 लाख टन गेहूं', '400,000 tonnes of wheat')).toEqual(['450,000']);
  });

  it('leave them alone without an amount word (mostly time: डेढ़ घंटे, साढ़े 3 बजे)', () => {
    expect(findSourceNumbers('डेढ़ घंटे की देरी')).toEqual([]);
    expect(findSourceNumbers('साढ़े 3 बजे').map((n) => n.value)).toEqual([3]);
  });
});

describe('"a million", "a dozen"', () => {
  it('read the article as one', () => {
    expect(numberWordValues('more than a million voters')).toContain(1000000);
    expect(numberWordValues('a dozen villages')).toContain(12);
    expect(numberWordValues('two dozen')).toContain(24);
    expect(expected('10 लाख मतदाता', 'a million voters')).toEqual([]);
    expect(expected('20 लाख मतदाता', 'a million voters')).toEqual(['2,000,000']);
  });
});

describe('a count of time units said by the span noun', () => {
  it('finds the unit after a source number', () => {
    expect(sourceDuration('पिछले 10 वर्षों में', 9, 10)).toEqual({ kind: 'year', amount: 10 });
    expect(sourceDuration('10 किलोमीटर', 2, 10)).toBeNull();
  });

  it('accepts the noun for the same span, with its count', () => {
    expect(expected('पिछले 10 वर्षों में निर्यात दोगुना हुआ।', 'Exports doubled over the last decade.')).toEqual([]);
    expect(expected('पिछले 20 सालों में', 'in the past two decades')).toEqual([]);
    expect(expected('12 महीने के भीतर', 'within a year')).toEqual([]);
    expect(expected('सेवा 24 घंटे चालू रहेगी।', 'The helpline will run round the clock.')).toEqual([]);
    expect(expected('14 दिन का एकांतवास', 'a fortnight of quarantine')).toEqual([]);
    expect(durationInTarget('for three hours', { kind: 'minute', amount: 180 })).toBe(true);
  });

  it('still reports a different span, or a noun with no count for a number', () => {
    expect(expected('पिछले 10 वर्षों में', 'in the past two decades')).toEqual(['10']);
    expect(expected('पिछले 5 वर्षों में', 'over the last decade')).toEqual(['5']);
    expect(expected('3 घंटे तक बहस चली', 'The debate went on for hours')).toEqual(['3']);
    expect(expected('48 घंटे में', 'round the clock')).toEqual(['48']);
  });
});
