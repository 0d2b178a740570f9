import { describe, expect, it } from 'vitest';
import { normalizeHindi, termKey } from '../../glossary/normalize.ts';
import { seed } from './seed-text.ts';

const NUKTA = '\u093c';
const ZWJ = '\u200d';
const ZWNJ = '\u200c';

/** Check that every normalised character maps back into the original text in order. */
function expectMonotoneMap(original: string) {
  const result = normalizeHindi(original);
  let previous = 0;
  for (let i = 0; i <= result.text.length; i++) {
    const at = result.toOriginal(i);
    expect(at).toBeGreaterThanOrEqual(previous);
    expect(at).toBeLessThanOrEqual(original.length);
    previous = at;
  }
  expect(result.toOriginal(result.text.length)).toBe(original.length);
}

describe('normalizeHindi rules', () => {
  it('applies NFC-equivalence: composed and decomposed forms give one result', () => {
    expect(normalizeHindi('Pyŏngyang').text).toBe(normalizeHindi('Pyo\u0306ngyang').text);
    // NFC keeps ऩ composed; NFD splits it: both normalise alike.
    expect(normalizeHindi('\u0929').text).toBe(normalizeHindi('\u0928\u093c').text);
  });

  it('drops ZWJ and ZWNJ', () => {
    expect(normalizeHindi(`क्${ZWNJ}ष`).text).toBe(normalizeHindi('क्ष').text);
    expect(normalizeHindi(`र्${ZWJ}य`).text).toBe('र्य');
  });

  it('turns hyphens and runs of whitespace into one space (seed 000 breaks a name over lines)', () => {
    expect(normalizeHindi('किम जोंग-उन').text).toBe('किम जोंग उन');
    expect(normalizeHindi('डेमोक्रेटिक\nपीपुल्स  रिपब्लिक\u00a0ऑफ\t-  कोरिया').text).toBe(normalizeHindi('डेमोक्रेटिक पीपुल्स रिपब्लिक ऑफ कोरिया').text);
    expect(seed('000')).toContain('"\nडेमोक्रेटिक\nपीपुल्स');
  });

  it('is nukta-insensitive with combining nukta (as in the seeds) and precomposed letters', () => {
    // Seed 000 writes दस्तावेज़ with a combining nukta, seed 004 writes दस्तावेजों without one.
    expect(seed('000')).toContain(`दस्तावेज${NUKTA}`);
    expect(seed('004')).toContain('दस्तावेजों');
    expect(normalizeHindi(`दस्तावेज${NUKTA}`).text).toBe('दस्तावेज');
    const precomposed = ['\u0958', '\u0959', '\u095a', '\u095b', '\u095c', '\u095d', '\u095e', '\u095f'];
    const bases = ['क', 'ख', 'ग', 'ज', 'ड', 'ढ', 'फ', 'य'];
    precomposed.forEach((letter, i) => {
      expect(normalizeHindi(letter).text).toBe(bases[i]);
      expect(normalizeHindi(bases[i] + NUKTA).text).toBe(bases[i]);
    });
    // ड़ and ढ़ fold as well (documented decision): करोड़ typed without its nukta still matches.
    expect(normalizeHindi('करोड\u095c').text).toBe(normalizeHindi('करोडड').text);
    expect(normalizeHindi(`करोड${NUKTA}`).text).toBe(normalizeHindi('करोड').text);
  });

  it('treats chandrabindu as anusvara (seed 003 writes यहाँ)', () => {
    expect(seed('003')).toContain('यहाँ');
    expect(normalizeHindi('गाँधी').text).toBe(normalizeHindi('गांधी').text);
    expect(normalizeHindi('यहाँ').text).toBe('यहां');
  });

  it('canonicalises class nasal + virama before a consonant of its class to anusvara', () => {
    expect(normalizeHindi('सम्बन्ध').text).toBe(normalizeHindi('संबंध').text);
    expect(normalizeHindi('हिन्दी').text).toBe('हिंदी');
    expect(normalizeHindi('शिवेन्द्र').text).toBe(normalizeHindi('शिवेंद्र').text);
    expect(normalizeHindi('अण्डा').text).toBe('अंडा');
    expect(normalizeHindi('पञ्च').text).toBe('पंच');
    expect(normalizeHindi('गङ्गा').text).toBe('गंगा');
    // Seed 002: ट्रंप and ट्रम्प are one name.
    expect(normalizeHindi('ट्रम्प').text).toBe(normalizeHindi('ट्रंप').text);
    // Not before a consonant of another class: अन्य keeps its half न.
    expect(normalizeHindi('अन्य').text).toBe('अन्य');
    expect(normalizeHindi('तुम्हें').text).toBe('तुम्हें');
  });

  it('treats candra o ॉ as ा (seed 000 writes both मॉस्को and मास्को)', () => {
    expect(seed('000')).toContain('मॉस्को');
    expect(seed('000')).toContain('मास्को');
    expect(normalizeHindi('मॉस्को').text).toBe(normalizeHindi('मास्को').text);
    expect(normalizeHindi('ऑफ').text).toBe('आफ');
  });

  it('lower-cases Latin for matching only; keepCase keeps it', () => {
    expect(normalizeHindi('TASS के अनुसार').text).toBe('tass के अनुसार');
    expect(normalizeHindi('TASS', { keepCase: true }).text).toBe('TASS');
    expect(termKey('  (Russia) ')).toBe('(russia)');
  });
});

describe('normalizeHindi offsets', () => {
  it('maps normalised offsets back to the original text exactly', () => {
    const original = `किम  जोंग-उन ने मौलिक दस्तावेज${NUKTA} सम्बन्ध${ZWNJ}ों`;
    const result = normalizeHindi(original);
    const find = (normalizedWord: string) => {
      const at = result.text.indexOf(normalizedWord);
      return original.slice(result.toOriginal(at), result.toOriginalEnd(at + normalizedWord.length));
    };
    expect(find('किम जोंग उन')).toBe('किम  जोंग-उन');
    expect(find('दस्तावेज')).toBe(`दस्तावेज${NUKTA}`);
    expect(find('संबंध')).toBe('सम्बन्ध');
    expect(find('संबंधों')).toBe(`सम्बन्ध${ZWNJ}ों`);
  });

  it('keeps maps monotone and within bounds on every seed page', () => {
    for (const prefix of ['000', '001', '002', '003', '004']) expectMonotoneMap(seed(prefix));
  });
});
