import { describe, expect, it } from 'vitest';
import { emptyLexicon, lexiconFromJson, lexiconToJson, lexiconWeight, mergeLexicons, parseFreeDict, trainLexicon } from '../../articles/align/lexicon.ts';
import { defaultLexicon } from '../../articles/align/default-lexicon.ts';
import { stemEnglish, stemHindi } from '../../articles/align/tokens.ts';

// Sentence pairs in the style of the seed articles (a desk's accepted pairs).
const pairs: [string, string][] = [
  ['किम ने पुतिन से बातचीत की', 'Kim held talks with Putin'],
  ['पुतिन ने किम की प्रशंसा की', 'Putin praised Kim'],
  ['रूस ने सैनिक भेजे', 'Russia sent troops'],
  ['उत्तर कोरिया ने सैनिक भेजे', 'North Korea sent troops'],
  ['रूस और उत्तर कोरिया ने संधि पर हस्ताक्षर किए', 'Russia and North Korea signed a treaty'],
  ['संधि में सैन्य सहायता शामिल थी', 'The treaty included military assistance'],
  ['सैन्य सहयोग बढ़ रहा है', 'Military cooperation is growing'],
  ['उन्होंने पत्र भेजा', 'They sent a letter'],
  ['किम ने पत्र लिखा', 'Kim wrote a letter'],
];

describe('trainLexicon', () => {
  const lexicon = trainLexicon(pairs);
  const weight = (hi: string, en: string) => lexiconWeight(lexicon, stemHindi(hi), stemEnglish(en));

  it('learns translations from co-occurrence and competition (IBM Model 1)', () => {
    expect(weight('सैनिक', 'troops')).toBeGreaterThan(0.3);
    expect(weight('संधि', 'treaty')).toBeGreaterThan(0.3);
    expect(weight('सैन्य', 'military')).toBeGreaterThan(0.3);
    // Words that merely share a sentence lose to the real translation.
    expect(weight('सैनिक', 'troops')).toBeGreaterThan(weight('सैनिक', 'sent'));
    expect(weight('संधि', 'signed')).toBeLessThan(weight('संधि', 'treaty'));
  });

  it('round-trips through the compact JSON form', () => {
    const back = lexiconFromJson(lexiconToJson(lexicon, 'test'));
    expect([...back.entries.keys()].sort()).toEqual([...lexicon.entries.keys()].sort());
    expect(lexiconWeight(back, stemHindi('संधि'), 'treaty')).toBeCloseTo(weight('संधि', 'treaty'), 2);
  });

  it('merges by the larger weight', () => {
    const a = emptyLexicon();
    a.entries.set('x', new Map([['y', 0.2]]));
    const b = emptyLexicon();
    b.entries.set('x', new Map([['y', 0.6], ['z', 0.1]]));
    const merged = mergeLexicons(a, b);
    expect(lexiconWeight(merged, 'x', 'y')).toBe(0.6);
    expect(lexiconWeight(merged, 'x', 'z')).toBe(0.1);
  });
});

describe('parseFreeDict', () => {
  it('reads dictd text entries of FreeDict eng-hin', () => {
    const text = [
      'abduction /ɐbdˈʌkʃən/ <N>',
      '1. अपहरण',
      '      "Abduction is a crime."',
      'treaty /tɹˈiːti/ <N>',
      '1. संधि, समझौता',
      'abdicate /ˈabdɪkˌeɪt/ <V>',
      '1. स्वेच्छा~से~छोड़ना',
    ].join('\n');
    const lexicon = parseFreeDict(text, 0.5);
    expect(lexiconWeight(lexicon, stemHindi('अपहरण'), 'abduction')).toBe(0.5);
    expect(lexiconWeight(lexicon, stemHindi('संधि'), 'treaty')).toBe(0.5);
    expect(lexiconWeight(lexicon, stemHindi('समझौता'), 'treaty')).toBe(0.5);
    expect(lexiconWeight(lexicon, stemHindi('स्वेच्छा'), stemEnglish('abdicate'))).toBe(0.5);
  });
});

describe('default lexicon', () => {
  it('ships a learned lexicon with common news words', () => {
    const lexicon = defaultLexicon();
    expect(lexicon.entries.size).toBeGreaterThan(1000);
    expect(lexiconWeight(lexicon, stemHindi('सरकार'), 'government')).toBeGreaterThan(0.1);
  });
});
