import { describe, expect, it } from 'vitest';
import { canonicalNumber, englishTokens, hindiTokens, normaliseDevanagari, stemEnglish, stemHindi } from '../../articles/align/tokens.ts';
import { codePointLength, fitLengthModel, lengthCost, DEFAULT_LENGTH_MODEL } from '../../articles/align/length-model.ts';

describe('alignment tokens', () => {
  it('reads numbers the same on both sides', () => {
    expect(canonicalNumber('15,000')).toBe('15000');
    expect(canonicalNumber('१५,०००')).toBe('15000');
    expect(canonicalNumber('1,50,000')).toBe('150000');
    expect(canonicalNumber('27.1')).toBe('27.1');
    const hindi = hindiTokens('लगभग 15,000 सैनिक भेजे, १९६१ में');
    const english = englishTokens('about 15000 troops in 1961');
    const numbers = (tokens: { kind: string; key: string }[]) => tokens.filter((t) => t.kind === 'number').map((t) => t.key);
    expect(numbers(hindi)).toEqual(['15000', '1961']);
    expect(numbers(english)).toEqual(['15000', '1961']);
  });

  it('keeps Latin-script words inside Hindi as Latin tokens', () => {
    const tokens = hindiTokens('रूसी समाचार एजेंसी TASS के अनुसार Russia in Ukraine के युद्ध');
    expect(tokens.filter((t) => t.kind === 'latin').map((t) => t.key)).toEqual(['tass', 'russia', 'in', 'ukraine']);
  });

  it('normalises Devanagari loosely (nukta, chandrabindu, candra o)', () => {
    expect(normaliseDevanagari('दस्तावेज़')).toBe(normaliseDevanagari('दस्तावेज'));
    expect(normaliseDevanagari('गाँधी')).toBe('गांधी');
    expect(normaliseDevanagari('मॉस्को')).toBe('मास्को');
  });

  it('marks function words as stop words', () => {
    const stops = hindiTokens('किम ने पुतिन के साथ बातचीत की').filter((t) => t.stop).map((t) => t.key);
    expect(stops).toEqual(['ने', 'के', 'साथ', 'की']);
  });

  it('stems light inflection', () => {
    expect(stemHindi('देशों')).toBe(stemHindi('देश'));
    expect(stemEnglish('missiles')).toBe(stemEnglish('missile'));
    expect(stemEnglish("russia's")).toBe('russia');
  });
});

describe('length model', () => {
  it('counts code points, not UTF-16 units or bytes', () => {
    expect(codePointLength('किम')).toBe(3);
    expect(codePointLength('😀a')).toBe(2);
  });

  it('fits ratio and variance from pairs', () => {
    const model = fitLengthModel([
      ['क'.repeat(100), 'a'.repeat(100)],
      ['क'.repeat(50), 'a'.repeat(60)],
      ['क'.repeat(80), 'a'.repeat(70)],
    ]);
    expect(model.ratio).toBeCloseTo(230 / 230, 5);
    expect(model.variance).toBeGreaterThan(0);
  });

  it('prefers plausible lengths', () => {
    expect(lengthCost(DEFAULT_LENGTH_MODEL, 100, 100)).toBeLessThan(lengthCost(DEFAULT_LENGTH_MODEL, 100, 160));
    expect(lengthCost(DEFAULT_LENGTH_MODEL, 100, 160)).toBeLessThan(lengthCost(DEFAULT_LENGTH_MODEL, 100, 300));
  });
});
