import { describe, expect, it } from 'vitest';
import { mergeEntryFields } from '../../glossary/entry-merge.ts';
import type { GlossaryEntry } from '../../glossary/model.ts';

const base: GlossaryEntry = {
  id: 'kyiv', source: 'कीव', sourceVariants: ['कीएव'], target: 'Kyiv', targetAlternates: [], forbidden: ['Kiev'],
  type: 'place', caseSensitive: false, matchMode: 'inflected', note: 'capital of Ukraine', status: 'approved',
  createdAt: '2026-01-01T00:00:00Z', updatedAt: '2026-01-01T00:00:00Z', author: 'desk', revision: 1,
};

describe('glossary entry merge, field by field', () => {
  it('takes each side\'s change when they changed different fields', () => {
    const mine = { ...base, note: 'Ukrainian capital; never Kiev', updatedAt: 'b' };
    const theirs = { ...base, sourceVariants: ['कीएव', 'कीयेव'], revision: 2, updatedAt: 'c' };
    const { merged, clashes } = mergeEntryFields(base, mine, theirs);
    expect(clashes).toEqual([]);
    expect(merged).toMatchObject({ note: 'Ukrainian capital; never Kiev', sourceVariants: ['कीएव', 'कीयेव'], target: 'Kyiv', revision: 2 });
  });

  it('names the fields both sides changed differently, and keeps equal changes quiet', () => {
    const mine = { ...base, target: 'Kyiv City', forbidden: ['Kiev', 'Kijev'] };
    const theirs = { ...base, target: 'Kyiv (city)', forbidden: ['Kiev', 'Kijev'] };
    const { merged, clashes } = mergeEntryFields(base, mine, theirs);
    expect(clashes).toEqual(['target']);
    expect(merged.forbidden).toEqual(['Kiev', 'Kijev']);
  });
});
