/**
 * Decisions of issue 11 on what stays a glossary's job, not a rule's (sentences in no qa set):
 * a Hindi word in another sense and an office named differently by country are accepted through
 * the entry's own alternates and accepted forms, which the terminologist owns; a first reference
 * by office to a person the document never named stays a missing term.
 */
import { describe, expect, it } from 'vitest';
import { createEntry } from '../../glossary/entry.ts';
import type { GlossaryEntry } from '../../glossary/model.ts';
import { createGlossaryChecker } from '../../glossary/target-check.ts';
import { defaultGlossary } from './seed-text.ts';

const now = '2026-12-07T00:00:00Z';
const entry = (fields: Partial<GlossaryEntry> & { source: string; target: string }) => createEntry(fields, { now });
const summary = (issues: { code: string; entryId?: string }[]) => issues.map((i) => `${i.code}:${i.entryId ?? ''}`);

describe('a Hindi word in another sense: any of the entry\'s renderings is accepted', () => {
  const curfew = (alternates: string[]) => createGlossaryChecker({ schemaVersion: 1, entries: [
    entry({ id: 'restriction', source: 'पाबंदी', target: 'restriction', targetAlternates: alternates, matchMode: 'inflected' }),
  ] });

  it('reports a sense the entry does not list, and accepts it (with its verb endings) once listed', () => {
    const hindi = 'शहर में पटाखों पर पाबंदी लगाई गई।';
    expect(summary(curfew([]).check(hindi, 'Firecrackers were banned in the city.'))).toEqual(['missing-term:restriction']);
    expect(curfew(['ban']).check(hindi, 'Firecrackers were banned in the city.')).toEqual([]);
    expect(curfew(['ban']).check(hindi, 'The city imposed restrictions on firecrackers.')).toEqual([]);
  });
});

describe('an office named differently by country: the entry\'s accepted forms, not a rule', () => {
  // In India a "foreign secretary" is a civil servant, not the minister: "minister" ↔ "secretary" is
  // right for some countries and a different office in others, so only the terminologist can say.
  const foreignMinister = (acceptedForms: string[]) => createGlossaryChecker({ schemaVersion: 1, entries: [
    entry({ id: 'foreign-minister', source: 'विदेश मंत्री', target: 'foreign minister', acceptedForms }),
  ] });
  const hindi = 'विदेश मंत्री ने बयान जारी किया।';

  it('reports "foreign secretary" for विदेश मंत्री by default', () => {
    expect(summary(foreignMinister([]).check(hindi, 'The foreign secretary issued a statement.'))).toEqual(['missing-term:foreign-minister']);
  });

  it('accepts it when the terminologist adds it to the entry', () => {
    expect(foreignMinister(['foreign secretary', 'secretary of state']).check(hindi, 'The secretary of state issued a statement.')).toEqual([]);
    expect(foreignMinister(['foreign secretary']).check(hindi, 'The foreign secretary issued a statement.')).toEqual([]);
  });
});

describe('a first reference by office', () => {
  const checker = createGlossaryChecker(defaultGlossary());
  const issuesOf = (pairs: [string, string][]) => checker.checkDocument(pairs.map(([source, target]) => ({ source, target }))).map(summary);

  it('is a missing name when the document has not named the person', () => {
    expect(issuesOf([['उत्तर कोरिया के नेता किम जोंग उन ने मिसाइल परीक्षण देखा।', 'The North Korean leader watched the missile test.']]))
      .toEqual([['missing-term:kim-jong-un']]);
  });

  it('is a later reference once the English named the person', () => {
    expect(issuesOf([
      ['किम जोंग उन ने मिसाइल परीक्षण देखा।', 'Kim Jong Un watched the missile test.'],
      ['उत्तर कोरिया के नेता किम जोंग उन ने परीक्षण को सफल बताया।', 'The North Korean leader called the test a success.'],
    ])).toEqual([[], []]);
  });

  it('is not satisfied by the Hindi having named the person earlier when the English never did', () => {
    expect(issuesOf([
      ['किम जोंग उन ने मिसाइल परीक्षण देखा।', 'The North Korean leader watched the missile test.'],
      ['किम जोंग उन ने परीक्षण को सफल बताया।', 'He called the test a success.'],
    ])).toEqual([['missing-term:kim-jong-un'], ['missing-term:kim-jong-un']]);
  });
});
