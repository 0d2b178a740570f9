import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { createGlossaryChecker } from '../../glossary/index.ts';
import type { Glossary } from '../../glossary/model.ts';
import { insertAtSelection, renderingOptions, slotOption, termCount } from '../../renderer/editor/renderings.ts';
import { sourcePieces } from '../../renderer/editor/SourceText.tsx';

const glossary = JSON.parse(readFileSync(new URL('../../glossary/default-glossary.json', import.meta.url), 'utf8')) as Glossary;
const entriesById = new Map(glossary.entries.map((entry) => [entry.id, entry]));
const checker = createGlossaryChecker(glossary);
// Seed 001, title segment.
const source = 'रूस के रक्षा मंत्री से मिले उत्तर कोरिया के तानाशाह किम जोंग उन, यूक्रेन युद्ध में सहायता देने का किया वादा';

describe('Ctrl+1…9 renderings', () => {
  it('offers approved then alternate renderings of the terms in source order, each entry once', () => {
    const hits = checker.terms(source);
    const options = renderingOptions(hits, entriesById);
    const expected = [...hits]
      .sort((a, b) => a.start - b.start)
      .filter((hit, index, all) => all.findIndex((other) => other.entryId === hit.entryId) === index)
      .flatMap((hit) => {
        const entry = entriesById.get(hit.entryId)!;
        return [entry.target, ...entry.targetAlternates];
      });
    expect(options.map((option) => option.text)).toEqual(expected);
    expect(options[0]).toMatchObject({ text: entriesById.get(hits.find((hit) => hit.start === 0)!.entryId)!.target, kind: 'approved' });
    expect(options.some((option) => option.text === 'Kim Jong Un')).toBe(true);
    expect(options.some((option) => option.text === 'Kim Jong-un')).toBe(false);
  });

  it('gives each term one Ctrl+digit slot, so alternates never take a slot, and keeps every term beyond nine', () => {
    const entries = Array.from({ length: 12 }, (_, index) => ({ id: `e${index}`, target: `T${index}`, targetAlternates: index % 2 === 0 ? [`A${index}`, `B${index}`] : [] }));
    const byId = new Map(entries.map((entry) => [entry.id, entry as never]));
    const hits = entries.map((entry, index) => ({ entryId: entry.id, start: index * 5, end: index * 5 + 4, text: 'x' }));
    const options = renderingOptions(hits, byId);
    expect(termCount(options)).toBe(12);
    expect(Array.from({ length: 12 }, (_, slot) => slotOption(options, slot)?.text)).toEqual(entries.map((entry) => entry.target));
    expect(options.filter((option) => option.kind === 'alternate').map((option) => option.text)).toEqual(['A0', 'B0', 'A2', 'B2', 'A4', 'B4', 'A6', 'B6', 'A8', 'B8', 'A10', 'B10']);
    expect(options.filter((option) => option.term === 10).map((option) => option.text)).toEqual(['T10', 'A10', 'B10']);
  });

  it('inserts at the cursor with the spaces a translator would type', () => {
    expect(insertAtSelection('', 0, 0, 'Kim Jong Un')).toEqual({ value: 'Kim Jong Un', caret: 11 });
    expect(insertAtSelection('met', 0, 0, 'Kim Jong Un')).toEqual({ value: 'Kim Jong Un met', caret: 12 });
    expect(insertAtSelection('Leader met', 6, 6, 'Kim Jong Un')).toEqual({ value: 'Leader Kim Jong Un met', caret: 18 });
    expect(insertAtSelection('Leader X met', 7, 8, 'Kim Jong Un')).toEqual({ value: 'Leader Kim Jong Un met', caret: 18 });
    expect(insertAtSelection('("', 2, 2, 'Moscow')).toEqual({ value: '("Moscow', caret: 8 });
  });
});

describe('source highlighting', () => {
  it('cuts the Hindi into plain and term pieces that rebuild the text exactly', () => {
    const hits = checker.terms(source);
    const pieces = sourcePieces(source, hits);
    expect(pieces.map((piece) => piece.text).join('')).toBe(source);
    expect(pieces.filter((piece) => piece.hit).map((piece) => piece.text)).toEqual(hits.map((hit) => source.slice(hit.start, hit.end)));
  });

  it('skips overlapping or out-of-range hits instead of duplicating text', () => {
    const text = 'किम जोंग उन';
    const pieces = sourcePieces(text, [
      { entryId: 'a', start: 0, end: 11, text },
      { entryId: 'b', start: 0, end: 8, text: 'किम जोंग' },
      { entryId: 'c', start: 5, end: 50, text: '' },
    ]);
    expect(pieces).toEqual([{ text, hit: { entryId: 'a', start: 0, end: 11, text } }]);
  });
});
