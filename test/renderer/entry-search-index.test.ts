import { describe, expect, it } from 'vitest';
import { createEntrySearchIndex, entrySearchIndex, entrySearchSteps } from '../../renderer/glossary-panel/entry-search.ts';
import type { GlossaryEntry } from '../../services/contract.ts';

const entry = (id: string, source: string, target = id): GlossaryEntry => ({
  id, source, sourceVariants: [], target, targetAlternates: [], forbidden: [], type: 'place', caseSensitive: false,
  matchMode: 'exact', note: '', status: 'approved', createdAt: '', updatedAt: '', author: '',
});

const LETTERS = [...'कखगघचछजझटठडढतथदधनपफबभमयरलवशसह'];
// Deterministic Hindi words, some repeated (ties must keep the glossary's order).
const entries = (count: number, seed = 1): GlossaryEntry[] => Array.from({ length: count }, (_, n) => {
  const pick = (k: number) => LETTERS[(n * 7 + k * 13 + seed) % LETTERS.length] + LETTERS[(n * 11 + k * 3 + seed) % LETTERS.length];
  return entry(`e${n}`, n % 17 === 0 ? 'समान' : pick(1) + pick(2) + pick(3), `Term ${n}`);
});
const ids = (list: readonly GlossaryEntry[]) => list.map((each) => each.id);
const fullSort = (list: readonly GlossaryEntry[]) => ids(createEntrySearchIndex(list, new Intl.Collator('hi')).search(''));

describe('glossary panel index kept per glossary', () => {
  it('built in steps, sorts as a stable full sort does (ties in glossary order)', () => {
    const list = entries(5000);
    const steps = entrySearchSteps(list, 'hi');
    let pauses = 0;
    let next = steps.next();
    for (; !next.done; next = steps.next()) pauses++;
    expect(pauses).toBeGreaterThan(2);
    expect(ids(next.value.search(''))).toEqual(fullSort(list));
    expect(entrySearchIndex(list, 'hi')).toBe(next.value);
  });

  it('after an edit, an added and a deleted entry, the patched index equals a fresh sort', () => {
    const list = entries(3000, 5);
    entrySearchIndex(list, 'hi');
    const edited = list.map((each, n) => (n === 10 ? { ...each, source: 'अनार' } : each)).filter((_, n) => n !== 20);
    edited.push(entry('new', 'समान'), entry('new2', 'क्षत्रिय'));
    const patched = entrySearchIndex(edited, 'hi');
    expect(ids(patched.search(''))).toEqual(fullSort(edited));
    expect(ids(patched.search('अनार'))).toEqual(['e10']);
  });

  it('a build asked for at once finishes the one running in steps instead of starting over', () => {
    const list = entries(4000, 9);
    const steps = entrySearchSteps(list, 'hi');
    steps.next();
    steps.next();
    const now = entrySearchIndex(list, 'hi');
    let next = steps.next();
    while (!next.done) next = steps.next();
    expect(next.value).toBe(now);
  });
});
