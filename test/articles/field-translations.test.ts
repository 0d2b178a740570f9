/** The header fields' English as plain values: set, remove, carried over by a re-import, stale, checked pairs. */
import { describe, expect, it } from 'vitest';
import type { Article } from '../../articles/model.ts';
import { carryOverFieldTranslations, fieldEnglish, fieldPairs, isStaleTranslation, isTranslatableField, withFieldTranslation } from '../../articles/field-translations.ts';
import { carryOverTranslations } from '../../articles/carry-over.ts';

const base = {
  schemaVersion: 1, id: 'a', file: 'a.txt', title: 'शीर्षक', segments: [], removed: [], metadata: [], importedAt: 'x',
  kicker: 'North Korea', dateline: 'सियोल', byline: 'रवि शर्मा',
} as Article;

describe('field translations', () => {
  it('sets the English with the Hindi it is for, keeps the other fields, and a blank target removes it', () => {
    const one = withFieldTranslation(base, 'dateline', 'Seoul', 't1');
    const two = withFieldTranslation(one, 'byline', 'Ravi Sharma', 't2');
    expect(two.fieldTranslations).toEqual({ dateline: { source: 'सियोल', target: 'Seoul', updatedAt: 't1' }, byline: { source: 'रवि शर्मा', target: 'Ravi Sharma', updatedAt: 't2' } });
    expect(fieldEnglish(two, 'dateline')).toBe('Seoul');
    expect(fieldEnglish(two, 'kicker')).toBeUndefined();
    const cleared = withFieldTranslation(withFieldTranslation(two, 'byline', ' ', 't3'), 'dateline', '', 't4');
    expect(cleared).not.toHaveProperty('fieldTranslations');
    expect(base).not.toHaveProperty('fieldTranslations');
  });

  it('English of a field the article no longer has is kept but not used; Hindi read differently is stale', () => {
    const translated = withFieldTranslation(base, 'dateline', 'Seoul', 't1');
    expect(fieldEnglish({ ...translated, dateline: undefined }, 'dateline')).toBeUndefined();
    expect(isStaleTranslation(translated, 'dateline')).toBe(false);
    expect(isStaleTranslation({ ...translated, dateline: 'सियोल, 13 अगस्त' }, 'dateline')).toBe(true);
  });

  it('a re-import carries every field translation over, with segments\' carry-over', () => {
    const previous = withFieldTranslation(base, 'kicker', 'North Korea', 't1');
    const fresh = { ...base, dateline: 'सियोल, 13 अगस्त' };
    expect(carryOverFieldTranslations(fresh, previous).fieldTranslations).toEqual(previous.fieldTranslations);
    expect(carryOverTranslations(fresh, previous).fieldTranslations).toEqual(previous.fieldTranslations);
    expect(carryOverFieldTranslations(fresh, undefined)).toBe(fresh);
  });

  it('pairs for the glossary check are the translated fields only; only text fields are translatable', () => {
    const translated = withFieldTranslation(base, 'dateline', 'Seoul', 't1');
    expect(fieldPairs(translated)).toEqual([{ field: 'dateline', source: 'सियोल', target: 'Seoul' }]);
    expect(['kicker', 'dateline', 'byline', 'date', 'outlet'].map(isTranslatableField)).toEqual([true, true, true, false, false]);
  });
});
