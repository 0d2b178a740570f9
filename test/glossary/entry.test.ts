import { describe, expect, it } from 'vitest';
import { createEntry, slugify, validateEntry, validateGlossary } from '../../glossary/entry.ts';
import { termKey } from '../../glossary/normalize.ts';
import { defaultGlossary, seed, seedNames } from './seed-text.ts';
import { buildTermMatcher } from '../../glossary/term-matcher.ts';

const now = '2026-11-22T10:00:00Z';

describe('createEntry', () => {
  it('fills defaults, trims, de-duplicates and slugs the id from the target', () => {
    const entry = createEntry(
      { source: ' किम  जोंग उन ', sourceVariants: ['किम जोंग-उन', 'किम जोंग-उन', ' ', 'किम जोंग उन'], target: 'Kim Jong Un ', forbidden: ['Kim Jong-un', 'Kim Jong-un'] },
      { now, author: 'desk' },
    );
    expect(entry).toEqual({
      id: 'kim-jong-un', source: 'किम जोंग उन', sourceVariants: ['किम जोंग-उन'], target: 'Kim Jong Un', targetAlternates: [],
      forbidden: ['Kim Jong-un'], type: 'term', caseSensitive: false, matchMode: 'exact', note: '', status: 'proposed',
      createdAt: now, updatedAt: now, author: 'desk',
    });
    expect(validateEntry(entry)).toEqual([]);
  });

  it('takes an explicit id and keeps given fields', () => {
    const entry = createEntry({ source: 'तास', target: 'TASS', type: 'organization', status: 'approved', createdAt: '2026-01-01T00:00:00Z' }, { now, id: 'tass' });
    expect(entry).toMatchObject({ id: 'tass', type: 'organization', status: 'approved', createdAt: '2026-01-01T00:00:00Z', updatedAt: now });
  });

  it('slugs ids', () => {
    expect(slugify("Democratic People's Republic of Korea")).toBe('democratic-people-s-republic-of-korea');
    expect(slugify('Pyŏngyang')).toBe('pyongyang');
    expect(slugify('रूस')).toBe('');
    expect(createEntry({ source: 'रूस', target: 'रूस' }, { now }).id).toBe('entry');
  });
});

describe('validateEntry', () => {
  const good = createEntry({ source: 'कीव', target: 'Kyiv', forbidden: ['Kiev'] }, { now, id: 'kyiv' });

  it('reports each broken field by name', () => {
    expect(validateEntry({ ...good, source: '  ' })).toEqual(['source: must not be empty']);
    expect(validateEntry({ ...good, type: 'city' })[0]).toMatch(/^type: /);
    expect(validateEntry({ ...good, id: 'has space' })[0]).toMatch(/^id: /);
    expect(validateEntry({ ...good, createdAt: 'yesterday' })[0]).toMatch(/^createdAt: /);
    expect(validateEntry({ ...good, forbidden: ['kyiv'] })).toEqual(['forbidden.0: "kyiv" is also an allowed rendering']);
    expect(validateEntry({ ...good, caseSensitive: true, forbidden: ['KYIV'] })).toEqual([]);
    expect(validateEntry({ ...good, sourceVariants: ['-'] })).toEqual(['sourceVariants.0: has no letters after normalisation']);
    expect(validateEntry(null)[0]).toMatch(/^entry: /);
  });

  it('finds duplicate ids and Hindi terms claimed twice in a glossary', () => {
    const moscow = createEntry({ source: 'मास्को', target: 'Moscow' }, { now, id: 'moscow' });
    const moscow2 = createEntry({ source: 'मॉस्को', target: 'Moskva' }, { now, id: 'moscow' });
    expect(validateGlossary({ schemaVersion: 1, entries: [moscow, moscow2] })).toEqual([
      'entries.1 (moscow): duplicate id (also entries.0)',
    ]);
    const other = { ...moscow2, id: 'moskva' };
    expect(validateGlossary({ schemaVersion: 1, entries: [moscow, other] })).toEqual([
      'entries.1 (moskva): Hindi term "मास्को" is also claimed by moscow',
    ]);
  });
});

describe('default glossary', () => {
  const glossary = defaultGlossary();

  it('is valid, approved, with stable slug ids', () => {
    expect(validateGlossary(glossary)).toEqual([]);
    expect(glossary.entries.length).toBeGreaterThanOrEqual(40);
    for (const entry of glossary.entries) {
      expect(entry.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(entry.status).toBe('approved');
    }
  });

  it('covers the names and spellings that occur in the seeds', () => {
    const matcher = buildTermMatcher(glossary.entries);
    const found = new Map<string, Set<string>>();
    for (const name of seedNames) {
      for (const hit of matcher.scan(seed(name.slice(0, 3)))) {
        if (!found.has(hit.entryId)) found.set(hit.entryId, new Set());
        found.get(hit.entryId)!.add(termKey(hit.text));
      }
    }
    const spelled = (id: string) => [...(found.get(id) ?? [])];
    expect(spelled('moscow')).toEqual(['मास्को']); // मॉस्को and मास्को both occur and normalise alike
    expect(spelled('kim-jong-un').sort()).toEqual(['kim jong', 'kim jong un', 'किम जोंग', 'किम जोंग उन'].sort());
    expect(spelled('tass').sort()).toEqual(['tass', 'तास'].sort());
    for (const id of ['kcna', 'dprk', 'dprk-full', 'kyiv', 'pyongyang', 'vladimir-putin', 'andrei-belousov', 'kim-yong-hyun',
      'yuri-ushakov', 'donald-trump', 'kremlin', 'afp', 'ap', 'yonhap-news-agency', 'united-nations', 'special-military-operation']) {
      expect(found.has(id), id).toBe(true);
    }
  });

  it('carries the forbidden renderings the style guide names', () => {
    const byId = new Map(glossary.entries.map((e) => [e.id, e]));
    expect(byId.get('kim-jong-un')!.forbidden).toContain('Kim Jong-un');
    expect(byId.get('kyiv')!.forbidden).toContain('Kiev');
    expect(byId.get('ukraine')!.forbidden).toContain('the Ukraine');
    expect(byId.get('tass')!.forbidden).toContain('ITAR-TASS');
    expect(byId.get('pyongyang')!.forbidden.length).toBeGreaterThan(0);
  });
});
