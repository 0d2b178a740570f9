/**
 * A Hindi common word kept in Hindi inside an English proper name ("Rashtrapati Nilayam" for
 * राष्ट्रपति निलयम): sentences and entries made up for this test, in no qa set.
 */
import { describe, expect, it } from 'vitest';
import { createEntry } from '../../glossary/entry.ts';
import { devanagariSkeleton, keptAsName, latinSkeleton } from '../../glossary/kept-as-name.ts';
import type { GlossaryEntry } from '../../glossary/model.ts';
import { createGlossaryChecker } from '../../glossary/target-check.ts';

const now = '2026-12-07T00:00:00Z';
const entry = (fields: Partial<GlossaryEntry> & { source: string; target: string }) => createEntry(fields, { now });
const summary = (issues: { code: string; entryId?: string }[]) => issues.map((i) => `${i.code}:${i.entryId ?? ''}`);
const span = (text: string, word: string): [number, number] => [text.indexOf(word), text.indexOf(word) + word.length];

describe('Devanagari and Latin consonant skeletons', () => {
  it('reduce a Hindi word and its usual romanisations to the same letters', () => {
    for (const [hindi, latin] of [['राष्ट्रपति', 'Rashtrapati'], ['निलयम', 'Nilayam'], ['कृष्ण', 'Krishna'], ['ज्ञान', 'Gyan'],
      ['संबंध', 'Sambandh'], ['मित्तल', 'Mittal'], ['आवास', 'Awas'], ['ज़मीन', 'Zameen'], ['फ़ौज', 'Fauj'], ['सम्राट', 'Samrat'],
      ['शिक्षा', 'Shiksha'], ['चौक', 'Chowk'], ['विश्वविद्यालय', 'Vishwavidyalaya']]) {
      expect(latinSkeleton(latin), `${hindi} / ${latin}`).toBe(devanagariSkeleton(hindi));
    }
  });

  it('tell different words apart', () => {
    expect(latinSkeleton('Rashtriya')).not.toBe(devanagariSkeleton('राष्ट्रपति'));
    expect(latinSkeleton('Bharat')).not.toBe(devanagariSkeleton('भवन'));
  });

  it('let ड़ be written r or d', () => {
    const text = 'वे पहाड़ गंज गए।';
    expect(keptAsName(text, span(text, 'पहाड़'), 'They went to Paharganj.')).toBe(true);
    expect(keptAsName(text, span(text, 'पहाड़'), 'They went to Pahadganj.')).toBe(true);
  });
});

describe('a term kept in Hindi inside an English name', () => {
  const entries = [
    entry({ id: 'president', source: 'राष्ट्रपति', target: 'president' }),
    entry({ id: 'prime-minister', source: 'प्रधानमंत्री', target: 'prime minister' }),
    entry({ id: 'assembly', source: 'सभा', target: 'assembly', matchMode: 'inflected' }),
    entry({ id: 'sunil-mehra', source: 'सुनील मेहरा', target: 'Sunil Mehra', type: 'person' }),
    entry({ id: 'ladakh', source: 'लद्दाख', target: 'Ladakh', type: 'place' }),
  ];
  const checker = createGlossaryChecker({ schemaVersion: 1, entries });

  it('accepts the romanised name, with the Hindi words next to the term in it', () => {
    expect(checker.check('गर्मियों में वे राष्ट्रपति निलयम में रुकेंगी।', 'She will stay at Rashtrapati Nilayam in the summer.')).toEqual([]);
    expect(checker.check('प्रधानमंत्री आवास योजना के तहत घर बने।', 'Homes were built under the Pradhan Mantri Awas Yojana.')).toEqual([]);
    expect(checker.check('विधेयक लोक सभा में पारित हुआ।', 'The bill was passed in the Lok Sabha.')).toEqual([]);
  });

  it('still reports a term left untranslated in lower case, a single word opening the sentence, or another word', () => {
    expect(summary(checker.check('राष्ट्रपति ने कहा।', 'The rashtrapati said so.'))).toEqual(['missing-term:president']);
    expect(summary(checker.check('सभा स्थगित हुई।', 'Sabha was adjourned.'))).toEqual(['missing-term:assembly']);
    expect(summary(checker.check('वे राष्ट्रपति भवन गए।', 'They went to the Rashtriya Bhavan.'))).toEqual(['missing-term:president']);
    expect(summary(checker.check('वे राष्ट्रपति भवन गए।', 'They went to the palace.'))).toEqual(['missing-term:president']);
  });

  it('does not accept another spelling of a person or a place: the entry fixes that', () => {
    expect(summary(checker.check('सुनील मेहरा ने कहा।', 'Sunil Mehara said so.'))).toEqual(['missing-term:sunil-mehra']);
    expect(summary(checker.check('वे लद्दाख गए।', 'They went to Laddakh.'))).toEqual(['missing-term:ladakh']);
    expect(summary(checker.check('वे लद्दाख गए।', 'They went to Ladak.'))).toEqual(['missing-term:ladakh']);
  });
});
