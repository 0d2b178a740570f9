/**
 * The general rules added after the first measurement on the fresh set (bench/qa-sets/fresh-*):
 * each is tested here on sentences and entries that are in no qa set, and each is shown not to
 * accept the wrong thing.
 */
import { describe, expect, it } from 'vitest';
import { hasCompoundWithInsertion } from '../../glossary/compound-insertions.ts';
import { createEntry } from '../../glossary/entry.ts';
import { adverbVerbForms, capitalsOf, deriveEnglishForms, initialismOf } from '../../glossary/english-forms.ts';
import type { GlossaryEntry } from '../../glossary/model.ts';
import { laterReference } from '../../glossary/name-references.ts';
import { findSourceNumbers, numberIssues } from '../../glossary/numbers.ts';
import { createGlossaryChecker } from '../../glossary/target-check.ts';
import { defaultGlossary } from './seed-text.ts';

const now = '2026-12-07T00:00:00Z';
const entry = (fields: Partial<GlossaryEntry> & { source: string; target: string }) => createEntry(fields, { now });
const summary = (issues: { code: string; entryId?: string }[]) => issues.map((i) => `${i.code}:${i.entryId ?? ''}`);
const checker = createGlossaryChecker(defaultGlossary());
const lastOf = (pairs: [string, string][]) => summary(checker.checkDocument(pairs.map(([source, target]) => ({ source, target }))).at(-1)!);

describe('Indian amounts in parts and stacked amount words', () => {
  it('adds the parts of "N करोड़ M लाख" and "N लाख M हजार", largest first', () => {
    expect(findSourceNumbers('2 लाख 40 हजार लोग')).toMatchObject([{ value: 240000, expected: '240,000' }]);
    expect(findSourceNumbers('1 करोड़ 5 लाख रुपये')).toMatchObject([{ value: 10500000 }]);
    expect(numberIssues('2 लाख 40 हजार लोग', 'Some 240,000 people')).toEqual([]);
    expect(numberIssues('1 करोड़ 5 लाख रुपये', '10.5 million rupees')).toEqual([]);
    expect(numberIssues('5 करोड़ 50 लाख रुपये', 'Rs 5 crore 50 lakh')).toEqual([]);
    expect(numberIssues('2 लाख 40 हजार लोग', 'Some 200,000 people').map((i) => i.expected)).toEqual(['240,000']);
  });

  it('does not add a larger amount after a smaller one (two numbers, not one)', () => {
    expect(findSourceNumbers('40 हजार 2 लाख').map((n) => n.value)).toEqual([40000, 200000]);
  });

  it('multiplies stacked words: लाख करोड़ = 10^12, as "lakh crore" or "trillion"', () => {
    expect(findSourceNumbers('4.8 लाख करोड़ रुपये')).toMatchObject([{ value: 4.8e12, suggestion: '4,800,000,000,000 or 4.8 trillion' }]);
    expect(numberIssues('4.8 लाख करोड़ रुपये', 'Rs 4.8 lakh crore')).toEqual([]);
    expect(numberIssues('4.8 लाख करोड़ रुपये', '4.8 trillion rupees')).toEqual([]);
    expect(numberIssues('4.8 लाख करोड़ रुपये', '480,000 rupees')).toHaveLength(1);
  });

  it('leaves the exact-form baseline reading one amount word', () => {
    expect(numberIssues('4.8 लाख करोड़ रुपये', '480,000 rupees', { compoundWords: false })).toEqual([]);
  });
});

describe('a capital for its state (metonymy)', () => {
  const entries = [
    entry({ id: 'iran', source: 'ईरान', target: 'Iran', type: 'place' }),
    entry({ id: 'tehran', source: 'तेहरान', target: 'Tehran', type: 'place' }),
  ];
  const own = createGlossaryChecker({ schemaVersion: 1, entries });

  it('derives the capital from the table as an accepted form', () => {
    expect(capitalsOf('Iran')).toEqual(['Tehran']);
    expect(capitalsOf('Atlantis')).toEqual([]);
    expect(deriveEnglishForms(entries).get('iran')).toContain('Tehran');
  });

  it('accepts "Tehran dismissed…" for ईरान ने… and "Washington warned" for अमेरिका ने', () => {
    expect(own.check('ईरान ने इस प्रस्ताव को खारिज कर दिया।', 'Tehran dismissed the proposal.')).toEqual([]);
    expect(checker.check('अमेरिका ने कड़ी चेतावनी दी।', 'Washington issued a stern warning.')).toEqual([]);
  });

  it('not in the possessive (the city\'s own), nor when the Hindi names the capital too', () => {
    expect(summary(own.check('ईरान का तेल निर्यात घटा।', "Tehran's oil exports fell."))).toEqual(['missing-term:iran']);
    expect(summary(own.check('ईरान ने तेहरान में बैठक बुलाई।', 'Tehran called a meeting.'))).toEqual(['missing-term:iran']);
    expect(own.check('ईरान ने तेहरान में बैठक बुलाई।', 'Iran called a meeting in Tehran.')).toEqual([]);
  });
});

describe('an adjective + noun term said with the verb', () => {
  it('derives the -ly adverb + noun for adjectives whose adverb keeps the sense', () => {
    expect(adverbVerbForms('full support')).toEqual(['fully support']);
    expect(adverbVerbForms('economic aid')).toEqual(['economically aid']);
    expect(adverbVerbForms('hard line')).toEqual([]);
    expect(adverbVerbForms('state media')).toEqual([]);
    expect(adverbVerbForms('ballistic missile technology')).toEqual([]);
  });

  it('accepts "fully supports" for पूर्ण समर्थन, not "fully backs"', () => {
    expect(checker.check('जापान इस योजना का पूर्ण समर्थन करता है।', 'Japan fully supports the plan.')).toEqual([]);
    expect(summary(checker.check('जापान इस योजना का पूर्ण समर्थन करता है।', 'Japan fully backs the plan.'))).toEqual(['missing-term:full-support']);
  });
});

describe('the initialism of a capitalised name of three words or more', () => {
  it('keeps a final numeral whole and skips function words', () => {
    expect(initialismOf('World War II')).toEqual(['WWII']);
    expect(initialismOf("Democratic People's Republic of Korea")).toEqual(['DPRK']);
    expect(initialismOf('United Nations')).toEqual([]);
    expect(initialismOf('special military operation')).toEqual([]);
  });

  it('accepts "WWII" for द्वितीय विश्व युद्ध but still reports the forbidden "WW2"', () => {
    expect(checker.check('द्वितीय विश्व युद्ध के बाद शहर फिर बना।', 'The city was rebuilt after WWII.')).toEqual([]);
    expect(summary(checker.check('द्वितीय विश्व युद्ध के बाद शहर फिर बना।', 'The city was rebuilt after WW2.'))).toEqual(['forbidden-term:world-war-ii']);
  });
});

describe('the verb on the stem of a plural rendering', () => {
  it('accepts "arming" for हथियार देना (arms → arm), not "armoured"', () => {
    expect(checker.check('वे विद्रोहियों को हथियार दे रहे हैं।', 'They are arming the rebels.')).toEqual([]);
    expect(summary(checker.check('उनके पास हथियार हैं।', 'Their cars are armoured.'))).toEqual(['missing-term:weapon']);
  });
});

describe('a name or designation before the head, a participle on a modifier', () => {
  const longRange = defaultGlossary().entries.find((e) => e.id === 'long-range-missile')!;
  const stateMedia = defaultGlossary().entries.find((e) => e.id === 'state-media')!;

  it('accepts "long-range Hyunmoo-5 missiles" and "state-owned media"', () => {
    expect(hasCompoundWithInsertion(longRange, 'Seoul unveiled its long-range Hyunmoo-5 missiles.')).toBe(true);
    expect(hasCompoundWithInsertion(stateMedia, 'State-owned media said so.')).toBe(true);
    expect(checker.check('सरकारी मीडिया ने कहा कि बैठक टल गई।', 'The meeting was postponed, state-controlled media said.')).toEqual([]);
  });

  it('not common words in between ("long-range cruise missile", "state and private media")', () => {
    expect(hasCompoundWithInsertion(longRange, 'a long-range cruise missile')).toBe(false);
    expect(hasCompoundWithInsertion(stateMedia, 'state and private media')).toBe(false);
    expect(hasCompoundWithInsertion(stateMedia, 'state-of-the-art media')).toBe(false);
  });
});

describe('a later reference by pronoun or office to the person named last', () => {
  it('reads pronouns and office descriptions by closed classes', () => {
    expect(laterReference('Taxes will fall, the president said.')).toBe(true);
    expect(laterReference('The former defence minister denied it.')).toBe(true);
    expect(laterReference('She denied it.')).toBe(true);
    expect(laterReference('Taxes will fall, officials said.')).toBe(false);
  });

  it('accepts "the president said" and "he said" once the English named that person last', () => {
    expect(lastOf([['ट्रंप ने मंगलवार को भाषण दिया।', 'Trump gave a speech on Tuesday.'],
      ['ट्रंप ने कहा कि कर घटेंगे।', 'Taxes will fall, the president said.']])).toEqual([]);
    expect(lastOf([['आंद्रेई बेलौसोव ने सेना का दौरा किया।', 'Andrei Belousov visited the army.'],
      ['बेलौसोव ने नई भर्ती की घोषणा की।', 'He announced a new recruitment drive.']])).toEqual([]);
  });

  it('not when another person was named last, nor on a first reference, nor for a different full name', () => {
    expect(lastOf([['पुतिन ने भाषण दिया।', 'Putin gave a speech.'],
      ['ट्रंप ने कहा कि कर घटेंगे।', 'Taxes will fall, the president said.']])).toEqual(['missing-term:trump']);
    expect(lastOf([['बेलौसोव ने नई भर्ती की घोषणा की।', 'He announced a new recruitment drive.']])).toEqual(['missing-term:belousov']);
    expect(lastOf([['किम जोंग इल का निधन हुआ।', 'Kim Jong Il died.'],
      ['किम जोंग उन ने शोक सभा बुलाई।', 'He called a memorial meeting.']])).toEqual(['missing-term:kim-jong-un']);
  });
});
