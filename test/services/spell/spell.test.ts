/**
 * English spell checking: the tokeniser, the engine over the real en-GB and en-US Hunspell
 * dictionaries, glossary renderings as known words, and the spell.* calls through the handlers
 * (house style from settings, the project dictionary stored in the project).
 */
import { readFileSync } from 'node:fs';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { englishWords, renderingWords } from '../../../services/spell/english-words.ts';
import { editDistance, KnownWords, type SpellEngine } from '../../../services/spell/spell-engine.ts';
import { glossaryWords, spellEngine, SPELLING_DICTIONARY_DOC } from '../../../services/spell/spell-service.ts';
import { dictionaryFolder } from '../../../services/spell/dictionary-files.ts';
import { createHandlers } from '../../../services/handlers.ts';
import { createMemoryProject } from '../../../services/store/memory-store.ts';
import type { GlossaryEntry } from '../../../services/contract.ts';
import type { ProjectStore } from '../../../services/store/project-store.ts';

const defaultGlossary = JSON.parse(readFileSync(new URL('../../../glossary/default-glossary.json', import.meta.url), 'utf8')) as { entries: GlossaryEntry[] };
const none = new KnownWords([]);
const words = (engine: SpellEngine, text: string, known = none) => engine.check(text, known).map((range) => range.word);

describe('englishWords', () => {
  it('keeps inner apostrophes and hyphens, skips digits, URLs, e-mail and other scripts, with exact offsets', () => {
    const text = "Putin’s well-known 15th visit — see https://example.org/teh or desk@anuvad.in; मॉस्को O'Brien don't";
    const found = englishWords(text);
    expect(found.map((word) => word.text)).toEqual(['Putin’s', 'well-known', 'visit', 'see', 'or', "O'Brien", "don't"]);
    for (const word of found) expect(text.slice(word.start, word.end)).toBe(word.text);
  });
  it('splits glossary renderings into words, hyphenated ones whole and in parts', () => {
    expect(renderingWords('Kim Jong Un')).toEqual(['Kim', 'Jong', 'Un']);
    expect(renderingWords('Côte d’Ivoire').sort()).toEqual(['Côte', 'Ivoire', 'd', "d'Ivoire"].sort());
    expect(renderingWords('Jammu-Kashmir').sort()).toEqual(['Jammu', 'Jammu-Kashmir', 'Kashmir'].sort());
  });
  it('measures edits with transpositions', () => {
    expect(editDistance('teh', 'the', 2)).toBe(1);
    expect(editDistance('kyev', 'kyiv', 2)).toBe(1);
    expect(editDistance('abcdef', 'x', 2)).toBe(3);
  });
});

describe('the engine over the real dictionaries', () => {
  let gb: SpellEngine;
  let us: SpellEngine;
  beforeAll(async () => {
    [gb, us] = await Promise.all([spellEngine('en-GB'), spellEngine('en-US')]);
  }, 60_000);

  it('finds the dictionaries in the checkout', () => {
    expect(dictionaryFolder('en-GB')).toMatch(/dictionary-en-gb$/);
    expect(dictionaryFolder('en-US')).toMatch(/dictionary-en$/);
  });

  it('follows the house style: en-GB accepts colour/organisation, en-US color/organization', () => {
    const text = 'The colour of the organisation and the color of the organization.';
    expect(words(gb, text)).toEqual(['color', 'organization']);
    expect(words(us, text)).toEqual(['colour', 'organisation']);
  });

  it('marks misspellings with their ranges; possessives, acronyms and sentence capitals pass', () => {
    const text = "Teh minister's NATO visit was recieved well. Leaders' talks went on.";
    const ranges = gb.check(text, none);
    expect(ranges.map((range) => text.slice(range.start, range.end))).toEqual(['Teh', 'recieved']);
  });

  it('marks only the wrong part of a hyphenated word', () => {
    const text = 'A Delhi-based and a well-knwon reporter.';
    expect(gb.check(text, none).map((range) => text.slice(range.start, range.end))).toEqual(['knwon']);
  });

  it('knows every English rendering and alternate of the default glossary, and not their forbidden forms as such', () => {
    const known = new KnownWords(glossaryWords(defaultGlossary.entries));
    const renderings = defaultGlossary.entries.flatMap((entry) => [entry.target, ...entry.targetAlternates]);
    expect(renderings.length).toBeGreaterThan(80);
    const unknown = renderings.flatMap((rendering) => words(gb, rendering, known).concat(words(us, rendering, known)));
    expect(unknown).toEqual([]);
    // Without the glossary the names are not all dictionary words: the glossary is what makes them known.
    expect(renderings.flatMap((rendering) => words(gb, rendering)).length).toBeGreaterThan(0);
  });

  it('suggests dictionary corrections and close glossary names', () => {
    expect(gb.suggest('recieved', none)).toContain('received');
    expect(gb.suggest('Kyev', new KnownWords(['Kyiv']))[0]).toBe('Kyiv');
  });
});

describe('spell.* through the handlers', () => {
  let store: ProjectStore;
  let api: ReturnType<typeof createHandlers>;
  beforeEach(() => {
    store = createMemoryProject({ dir: '/projects/spell', name: 'spell' });
    api = createHandlers(store, { now: () => '2026-12-07T10:00:00.000Z' });
  });

  it('checks by the house style (en-GB unless set) and switches with settings.set', async () => {
    const text = 'The colour changed.';
    expect(await api['spell.check']({ texts: [text, ''] })).toMatchObject({ variant: 'en-GB', ranges: [[], []] });
    await api['settings.set']({ houseStyle: 'en-US' });
    const us = await api['spell.check']({ texts: [text] });
    expect(us).toMatchObject({ variant: 'en-US', ranges: [[{ start: 4, end: 10, word: 'colour' }]] });
  });

  it('adds a word to the project dictionary in the project, after which it is known; the glossary counts too', async () => {
    const text = 'Kejriwal met Zelenskyy in Kyiv.';
    const before = await api['spell.check']({ texts: [text] });
    expect(before.ranges[0].map((range) => range.word)).toContain('Kejriwal');
    expect((await api['spell.addWord']({ word: 'Kejriwal' })).words).toEqual(['Kejriwal']);
    expect(await store.getDoc(SPELLING_DICTIONARY_DOC)).toEqual({ schemaVersion: 1, words: ['Kejriwal'] });
    const entry: GlossaryEntry = { ...defaultGlossary.entries[0], id: 'zelenskyy', source: 'जेलेंस्की', sourceVariants: [], target: 'Volodymyr Zelenskyy', targetAlternates: [], forbidden: [] };
    await api['glossary.upsert']({ entry });
    const after = await api['spell.check']({ texts: [text] });
    expect(after.ranges[0].map((range) => range.word)).not.toContain('Kejriwal');
    expect(after.ranges[0].map((range) => range.word)).not.toContain('Zelenskyy');
    expect(after.version).not.toBe(before.version);
    expect((await api['spell.suggest']({ word: 'Kejriwaal' })).suggestions[0]).toBe('Kejriwal');
  });

  it('refuses what is not one word and a text list that is not a list', async () => {
    await expect(api['spell.addWord']({ word: 'two words' })).rejects.toMatchObject({ error: { code: 'bad-input' } });
    await expect(api['spell.addWord']({ word: '<img src=x>' })).rejects.toMatchObject({ error: { code: 'bad-input' } });
    await expect(api['spell.check']({ texts: 'not a list' })).rejects.toMatchObject({ error: { code: 'bad-input' } });
  });
});
