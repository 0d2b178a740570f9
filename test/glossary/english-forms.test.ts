import { describe, expect, it } from 'vitest';
import { createEntry } from '../../glossary/entry.ts';
import { acceptedFormsByEntry, demonymsOf, deriveEnglishForms, placesOfDemonym } from '../../glossary/english-forms.ts';
import type { GlossaryEntry } from '../../glossary/model.ts';
import { createGlossaryChecker } from '../../glossary/target-check.ts';
import { defaultGlossary } from './seed-text.ts';

const now = '2026-12-07T00:00:00Z';
const entry = (fields: Partial<GlossaryEntry> & { source: string; target: string }) => createEntry(fields, { now });

describe('demonymsOf (English spelling rules + irregulars table)', () => {
  it.each([
    ['North Korea', 'North Korean'], ['Russia', 'Russian'], ['Ukraine', 'Ukrainian'], ['Italy', 'Italian'],
    ['Pakistan', 'Pakistani'], ['Afghanistan', 'Afghan'], ['China', 'Chinese'], ['Syria', 'Syrian'],
    ['Alaska', 'Alaskan'], ['South Africa', 'South African'], ['Sri Lanka', 'Sri Lankan'], ['Japan', 'Japanese'],
  ])('%s → %s', (place, adjective) => {
    expect(demonymsOf(place)).toContain(adjective);
  });

  it('guesses nothing for consonant endings outside the table, nor for lower-case words', () => {
    expect(demonymsOf('Pyongyang')).toEqual([]);
    expect(demonymsOf('Kursk border region')).toEqual([]);
    expect(demonymsOf('Moscow')).toEqual([]);
  });

  it('reverses only to a place that maps back: Russian → Russia, Ukrainian → Ukraine, Afghan → Afghanistan', () => {
    expect(placesOfDemonym('Russian')).toEqual(['Russia']);
    expect(placesOfDemonym('Ukrainian')).toEqual(['Ukraine']);
    expect(placesOfDemonym('North Korean')).toEqual(['North Korea']);
    expect(placesOfDemonym('Afghan')).toEqual(['Afghanistan']);
    expect(placesOfDemonym('Pakistani')).toEqual(['Pakistan']);
    expect(placesOfDemonym('Kremlin')).toEqual([]);
    expect(placesOfDemonym('Western')).toEqual(['West']);
  });
});

describe('derived forms of a glossary', () => {
  it('pairs noun and adjective entries by Hindi (X / Xी, Xई) and by English demonym', () => {
    const entries = [
      entry({ id: 'georgia', source: 'जॉर्जिया', target: 'Georgia', type: 'place' }),
      entry({ id: 'georgian', source: 'जॉर्जियाई', target: 'Georgian' }),
      entry({ id: 'nepal', source: 'नेपाल', target: 'Nepal', type: 'place' }),
      entry({ id: 'nepali', source: 'नेपाली', target: 'Nepali' }),
      entry({ id: 'the-west', source: 'पश्चिम', target: 'West' }),
    ];
    const derived = deriveEnglishForms(entries);
    expect(derived.get('georgia')).toContain('Georgian');
    expect(derived.get('georgian')).toContain('Georgia');
    expect(derived.get('nepal')).toEqual(expect.arrayContaining(['Nepali', 'Nepalese']));
    expect(derived.get('nepali')).toContain('Nepal');
    expect(derived.get('the-west')).toContain('Western');
  });

  it('never accepts a forbidden form, and honours removed and added forms', () => {
    const entries = [
      entry({ id: 'burma', source: 'म्यांमार', target: 'Myanmar', type: 'place', forbidden: ['Burmese'], rejectedForms: ['Myanmarese'], acceptedForms: ['Myanma'] }),
    ];
    // The capitals (metonymy) stay; the forbidden and the removed demonym do not; the added one is last.
    expect(acceptedFormsByEntry(entries).get('burma')).toEqual(['Naypyitaw', 'Naypyidaw', 'Myanma']);
  });

  it('applies them in the checker: "North Korean leader" satisfies उत्तर कोरिया, "Russia\'s" satisfies रूसी', () => {
    const checker = createGlossaryChecker(defaultGlossary());
    expect(checker.check('उत्तर कोरिया के नेता किम जोंग उन', 'North Korean leader Kim Jong Un')).toEqual([]);
    expect(checker.check('उत्तर कोरिया और रूस के नेताओं ने बात की', 'North Korean and Russian leaders talked')).toEqual([]);
    expect(checker.check('रूसी समाचार एजेंसी TASS ने कहा', "Russia's TASS news agency said")).toEqual([]);
    expect(checker.check('दक्षिण कोरिया के रक्षा मंत्री ने कहा', 'The South Korean defense minister said')).toEqual([]);
    expect(checker.check('यूक्रेन के सैनिक', 'Ukrainian troops')).toEqual([]);
    // A derived form shields no forbidden form of another entry ("the Ukraine troops" is the article
    // of "troops" before an attributive noun, as in "the Ukraine crisis": general-forms.test.ts).
    expect(checker.check('यूक्रेन के सैनिक', "the Ukraine's troops").map((i) => i.code)).toEqual(['forbidden-term']);
  });

  it('still reports a missing term when no form of it is there', () => {
    const checker = createGlossaryChecker(defaultGlossary());
    expect(checker.check('उत्तर कोरिया के नेता', 'The leader').map((i) => `${i.code}:${i.severity}:${i.entryId}`))
      .toEqual(['missing-term:warning:north-korea']);
  });

  it('marks a missing term whose Hindi is in Latin letters', () => {
    const checker = createGlossaryChecker(defaultGlossary());
    expect(checker.check('North Korea : बैठक हुई', 'A meeting was held')[0]).toMatchObject({ code: 'missing-term', latinInSource: true });
  });
});
