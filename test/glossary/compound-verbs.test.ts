/** A noun compound with a Hindi light verb said in English as verb + object (compound-insertions.ts), on sentences in no qa set. */
import { describe, expect, it } from 'vitest';
import { createEntry } from '../../glossary/entry.ts';
import type { GlossaryEntry } from '../../glossary/model.ts';
import { createGlossaryChecker } from '../../glossary/target-check.ts';

const now = '2026-12-07T00:00:00Z';
const entry = (fields: Partial<GlossaryEntry> & { source: string; target: string }) => createEntry(fields, { now });
const summary = (issues: { code: string; entryId?: string }[]) => issues.map((i) => `${i.code}:${i.entryId ?? ''}`);

describe('a noun compound with a Hindi light verb, said as verb and object', () => {
  const checker = createGlossaryChecker({ schemaVersion: 1, entries: [
    entry({ id: 'data-transfer', source: 'डेटा हस्तांतरण', target: 'data transfer' }),
  ] });
  const hindi = 'कंपनी विदेशी सर्वरों पर डेटा हस्तांतरण करेगी।';

  it('accepts "transfer (its) data" where the Hindi has डेटा हस्तांतरण करेगी', () => {
    expect(checker.check(hindi, 'The company will transfer data to foreign servers.')).toEqual([]);
    expect(checker.check(hindi, 'The company will transfer its customer data to foreign servers.')).toEqual([]);
    expect(checker.check('कंपनी ने डेटा हस्तांतरण किया।', 'The company transferred the data.')).toEqual([]);
  });

  it('not without the light verb (the noun stays a noun), nor with another object', () => {
    expect(summary(checker.check('डेटा हस्तांतरण पर रोक लगी।', 'Transferring data was stopped.'))).toEqual(['missing-term:data-transfer']);
    expect(summary(checker.check(hindi, 'The company will transfer money to foreign servers.'))).toEqual(['missing-term:data-transfer']);
  });
});
