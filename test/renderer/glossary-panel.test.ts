import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { Glossary } from '../../glossary/model.ts';
import { searchEntries } from '../../renderer/glossary-panel/entry-search.ts';
import { emptyFields, entryFromFields, fieldsFromEntry } from '../../renderer/glossary-panel/entry-form-fields.ts';
import { suggestRendering } from '../../renderer/glossary-panel/suggest-rendering.ts';

const glossary = JSON.parse(readFileSync(new URL('../../glossary/default-glossary.json', import.meta.url), 'utf8')) as Glossary;
const collator = new Intl.Collator('hi-IN');
const kim = glossary.entries.find((entry) => entry.target === 'Kim Jong Un')!;
const moscow = glossary.entries.find((entry) => entry.target === 'Moscow')!;

describe('glossary search', () => {
  it('finds Hindi with loose normalisation (hyphen, candra-o, nukta)', () => {
    expect(searchEntries(glossary.entries, 'किम जोंग-उन', collator)).toContain(kim);
    expect(searchEntries(glossary.entries, 'मास्को', collator)).toContain(moscow);
    expect(searchEntries(glossary.entries, 'मॉस्को', collator)).toContain(moscow);
  });

  it('finds English renderings, alternates and forbidden forms case-insensitively', () => {
    expect(searchEntries(glossary.entries, 'kim jong un', collator)).toContain(kim);
    expect(searchEntries(glossary.entries, 'KIM JONG-UN', collator)).toContain(kim);
    expect(searchEntries(glossary.entries, 'zzzz', collator)).toEqual([]);
    expect(searchEntries(glossary.entries, '', collator)).toHaveLength(glossary.entries.length);
  });
});

describe('entry form', () => {
  it('round-trips an entry through the form fields', () => {
    const fields = fieldsFromEntry(kim);
    const rebuilt = entryFromFields(fields, kim, new Set(), '2026-01-01T00:00:00.000Z');
    expect({ ...rebuilt, updatedAt: kim.updatedAt }).toEqual(kim);
  });

  it('gives a new entry a fresh id and splits lists on |', () => {
    const fields = { ...emptyFields('किम जोंग उन', 'Kim Jong Un'), forbidden: 'Kim Jong-un | Kim Jung Un' };
    const entry = entryFromFields(fields, undefined, new Set(['kim-jong-un']), '2026-01-01T00:00:00.000Z');
    expect(entry.id).toBe('kim-jong-un-2');
    expect(entry.forbidden).toEqual(['Kim Jong-un', 'Kim Jung Un']);
    expect(entry.status).toBe('proposed');
  });
});

describe('suggested rendering', () => {
  it('romanises Hindi names with schwa deletion', () => {
    expect(suggestRendering('पुतिन')).toBe('Putin');
    expect(suggestRendering('किम जोंग उन')).toBe('Kim Jong Un');
    expect(suggestRendering('व्लादिमीर')).toBe('Vladimir');
    expect(suggestRendering('योनहाप')).toBe('Yonhap');
    expect(suggestRendering('मॉस्को')).toBe('Masko');
  });

  it('keeps Latin words as they are', () => {
    expect(suggestRendering('TASS')).toBe('TASS');
  });
});
