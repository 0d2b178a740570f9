import { describe, expect, it } from 'vitest';
import { keySimilarity, phoneticKey, romaniseHindi } from '../../articles/align/transliteration.ts';
import { normaliseDevanagari } from '../../articles/align/tokens.ts';

const similarity = (hindi: string, english: string) => keySimilarity(phoneticKey(romaniseHindi(normaliseDevanagari(hindi))), phoneticKey(english));

describe('name similarity by transliteration', () => {
  // Names from the seed pages, as the glossary would not yet know them.
  const names: [string, string][] = [
    ['व्लादिमीर', 'Vladimir'], ['पुतिन', 'Putin'], ['प्योंगयांग', 'Pyongyang'], ['मॉस्को', 'Moscow'],
    ['कुर्स्क', 'Kursk'], ['क्रेमलिन', 'Kremlin'], ['ट्रंप', 'Trump'], ['अलास्का', 'Alaska'], ['डोनाल्ड', 'Donald'],
  ];
  for (const [hindi, english] of names) {
    it(`${hindi} sounds like ${english}`, () => expect(similarity(hindi, english)).toBeGreaterThanOrEqual(0.8));
  }

  it('keeps unrelated words apart', () => {
    expect(similarity('पुतिन', 'Trump')).toBeLessThan(0.5);
    expect(similarity('क्रेमलिन', 'Moscow')).toBeLessThan(0.5);
  });

  it('drops the final inherent vowel', () => {
    expect(romaniseHindi('पुतिन')).toBe('putin');
  });
});
