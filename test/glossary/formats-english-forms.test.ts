/**
 * The terminologist's edits of an entry's English family (accepted forms added, derived forms
 * removed) travel in the formats that have a place for them — XLSX columns and JSON fields — and
 * come back on import; an import that carries them changes them, one that does not (CSV, TBX)
 * leaves them as they are. Each export is read back, not inspected as text.
 */
import { describe, expect, it } from 'vitest';
import { applyGlossaryImport, exportGlossary, parseGlossary, planGlossaryImport } from '../../glossary/formats/index.ts';
import { acceptedFormsByEntry } from '../../glossary/english-forms.ts';
import { createEntry } from '../../glossary/entry.ts';
import type { Glossary } from '../../glossary/model.ts';

const opts = { now: '2026-12-07T10:00:00.000Z', author: 'tester' };
const moscow = { ...createEntry({ source: 'मॉस्को', target: 'Moscow', type: 'place', forbidden: ['Moskva'] }, { now: opts.now }), acceptedForms: ['Muscovite', 'Muscovites'] };
const korea = { ...createEntry({ source: 'उत्तर कोरिया', target: 'North Korea', type: 'place' }, { now: opts.now }), rejectedForms: ['North Koreans'] };
const kyiv = createEntry({ source: 'कीव', target: 'Kyiv', type: 'place', forbidden: ['Kiev'] }, { now: opts.now });
const glossary: Glossary = { schemaVersion: 1, entries: [moscow, korea, kyiv] };

describe('accepted and removed English forms in the exchange formats', () => {
  it.each(['xlsx', 'json'] as const)('%s: written and read back, and the checker sees the same family', async (format) => {
    const bytes = await exportGlossary(glossary, format);
    const parsed = await parseGlossary(bytes, `g.${format}`, opts);
    expect(parsed.problems).toEqual([]);
    const byId = new Map(parsed.entries.map((entry) => [entry.source, entry]));
    expect(byId.get('मॉस्को')!.acceptedForms).toEqual(['Muscovite', 'Muscovites']);
    expect(byId.get('उत्तर कोरिया')!.rejectedForms).toEqual(['North Koreans']);
    expect(byId.get('कीव')!.acceptedForms).toBeUndefined();
    expect(byId.get('कीव')!.rejectedForms).toBeUndefined();
    const families = acceptedFormsByEntry(parsed.entries);
    expect(families.get(korea.id)).toContain('North Korean');
    expect(families.get(korea.id)).not.toContain('North Koreans');
    expect(families.get(moscow.id)).toContain('Muscovite');
  });

  it('an XLSX import changes the forms of a matched entry; the same file again changes nothing', async () => {
    const edited: Glossary = { ...glossary, entries: [{ ...moscow, acceptedForms: ['Muscovite'] }, { ...korea, rejectedForms: undefined }, kyiv] };
    const incoming = await parseGlossary(await exportGlossary(edited, 'xlsx'), 'g.xlsx', opts);
    const plan = planGlossaryImport(glossary, incoming.entries, { fields: incoming.fields, problems: incoming.problems });
    expect(plan.changed.map((change) => change.after.source).sort()).toEqual(['उत्तर कोरिया', 'मॉस्को']);
    const after = applyGlossaryImport(glossary, plan);
    expect(after.entries.find((entry) => entry.id === moscow.id)!.acceptedForms).toEqual(['Muscovite']);
    expect('rejectedForms' in after.entries.find((entry) => entry.id === korea.id)!).toBe(false);
    const again = planGlossaryImport(after, incoming.entries, { fields: incoming.fields });
    expect(again.changed).toEqual([]);
    expect(again.unchanged).toBe(3);
  });

  it('a CSV or TBX import (no place for the forms) keeps the entry’s edits', async () => {
    for (const format of ['csv', 'tbx'] as const) {
      const incoming = await parseGlossary(await exportGlossary(glossary, format), `g.${format}`, opts);
      const after = applyGlossaryImport(glossary, planGlossaryImport(glossary, incoming.entries, { fields: incoming.fields }));
      expect(after.entries.find((entry) => entry.source === 'मॉस्को')!.acceptedForms).toEqual(['Muscovite', 'Muscovites']);
      expect(after.entries.find((entry) => entry.source === 'उत्तर कोरिया')!.rejectedForms).toEqual(['North Koreans']);
    }
  });
});
