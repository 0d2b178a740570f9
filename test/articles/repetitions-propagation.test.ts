import { describe, expect, it } from 'vitest';
import { findRepetitions, propagateConfirmation, repetitionKey } from '../../articles/memory/repetitions.ts';
import { applyPropagation, formsToReplace, matchCase, planGlossaryPropagation, replaceRenderings } from '../../articles/memory/propagate-glossary.ts';
import type { Article } from '../../articles/model.ts';
import type { GlossaryEntry } from '../../glossary/model.ts';
import defaultGlossary from '../../glossary/default-glossary.json' with { type: 'json' };
import { seedArticle, seedFiles } from './fixtures/seed-articles.ts';

const entries = (defaultGlossary as { entries: GlossaryEntry[] }).entries;
const entry = (id: string): GlossaryEntry => {
  const found = entries.find((e) => e.id === id);
  if (!found) throw new Error(`no entry ${id}`);
  return found;
};

describe('repetitions', () => {
  const articles = seedFiles.map(seedArticle);
  const a003 = articles[3];

  it('links the two sentences seed 003 repeats inside its body', () => {
    const groups = findRepetitions(articles);
    const inside003 = [...groups.values()].filter((g) => g.every((r) => r.articleId === a003.id));
    expect(inside003).toHaveLength(2);
    for (const group of inside003) {
      const sources = group.map((r) => a003.segments.find((s) => s.id === r.segmentId)?.source);
      expect(new Set(sources).size).toBe(1);
      expect(group).toHaveLength(2);
    }
  });

  it('treats spellings the glossary normalises as the same segment, across articles', () => {
    const copy = seedArticle(seedFiles[0]);
    const other: Article = { ...copy, id: 'copy', segments: [{ ...copy.segments[6], id: 'copy-s0', source: copy.segments[6].source.replace(/मॉस्को/g, 'मास्को') }] };
    expect(repetitionKey(other.segments[0].source)).toBe(repetitionKey(copy.segments[6].source));
    const group = findRepetitions([copy, other]).get(repetitionKey(copy.segments[6].source));
    expect(group).toEqual([{ articleId: copy.id, segmentId: copy.segments[6].id }, { articleId: 'copy', segmentId: 'copy-s0' }]);
  });

  it('confirming one fills the others as translated (origin repetition), except unlinked and hand-confirmed ones', () => {
    const [first, second] = [...findRepetitions([a003]).values()][0];
    const base = structuredClone(a003);
    const firstIndex = base.segments.findIndex((s) => s.id === first.segmentId);
    base.segments[firstIndex] = { ...base.segments[firstIndex], target: 'According to Russian state news agencies, Putin said…', status: 'translated', origin: 'manual' };
    const result = propagateConfirmation([base, articles[0]], a003.id, first.segmentId, '2024-06-20T10:00:00Z');
    const filled = result[0].segments.find((s) => s.id === second.segmentId);
    expect(filled).toMatchObject({ target: 'According to Russian state news agencies, Putin said…', status: 'translated', origin: 'repetition', updatedAt: '2024-06-20T10:00:00Z' });
    expect(result[1]).toBe(articles[0]);
    expect(base.segments.find((s) => s.id === second.segmentId)?.target).toBe('');

    const secondIndex = base.segments.findIndex((s) => s.id === second.segmentId);
    const unlinked = structuredClone(base);
    unlinked.segments[secondIndex].unlinked = true;
    expect(propagateConfirmation([unlinked], a003.id, first.segmentId)[0]).toBe(unlinked);

    const approved = structuredClone(base);
    approved.segments[secondIndex] = { ...approved.segments[secondIndex], target: 'Hand-approved.', status: 'approved' };
    expect(propagateConfirmation([approved], a003.id, first.segmentId)[0]).toBe(approved);
  });
});

describe('glossary-change propagation', () => {
  const kim = entry('kim-jong-un');

  it('lists the forms to replace: forbidden ones and the old approved rendering, longest first', () => {
    const before = { ...kim, target: 'Kim Jong-un', forbidden: [] };
    expect(formsToReplace(before, kim)).toEqual(['Kim Jong-un', 'Kim Jung Un', 'Kim Jung-un', 'Kim Jong']);
    expect(formsToReplace(undefined, { ...kim, forbidden: ['kim jong un'] })).toEqual([]);
  });

  it('keeps case and possessives when replacing, and leaves forms inside the approved rendering alone', () => {
    const forms = formsToReplace(undefined, kim);
    expect(replaceRenderings("Kim Jong-un's visit; KIM JONG-UN said; Kim Jong Un met Putin.", forms, kim)).toBe("Kim Jong Un's visit; KIM JONG UN said; Kim Jong Un met Putin.");
    expect(replaceRenderings('Kim Jong’s envoy', forms, kim)).toBe('Kim Jong Un’s envoy');
    const ukraine = entry('ukraine');
    expect(replaceRenderings('The Ukraine war and the Ukraine’s allies; Ukraine.', formsToReplace(undefined, ukraine), ukraine)).toBe('Ukraine war and Ukraine’s allies; Ukraine.');
    const tass = entry('tass');
    expect(replaceRenderings('ITAR-TASS reported, TASS said', formsToReplace(undefined, tass), tass)).toBe('TASS reported, TASS said');
    expect(matchCase('the ukraine', 'the Ukraine', 'Ukraine')).toBe('Ukraine');
    expect(matchCase('Ballistic missile', 'ballistic missile', 'ballistic rocket')).toBe('Ballistic rocket');
  });

  it('plans replacements only in targets whose Hindi contains the term, with a word diff', () => {
    const a000 = seedArticle(seedFiles[0]);
    a000.segments[1] = { ...a000.segments[1], target: "North Korean leader Kim Jong-un on Wednesday expressed full support for Russia's war.", status: 'approved' };
    // Segment 6 has no किम जोंग उन in the Hindi: a hyphenated name there is left for a human.
    a000.segments[6] = { ...a000.segments[6], target: 'Putin thanked Kim Jong-un.', status: 'translated' };
    const a001 = seedArticle(seedFiles[1]);
    const withTerm = a001.segments.findIndex((s) => /किम जोंग/.test(s.source));
    expect(withTerm).toBeGreaterThanOrEqual(0);
    a001.segments[withTerm] = { ...a001.segments[withTerm], target: 'KIM JONG-UN and Kim Jong-un’s delegation.', status: 'translated' };
    const before = { ...kim, target: 'Kim Jong-un', forbidden: [] };
    const after = { ...kim, forbidden: ['Kim Jong-un'] };
    const plan = planGlossaryPropagation([a000, a001], before, after);
    expect(plan.map((c) => [c.articleId, c.segmentId, c.after])).toEqual([
      [a000.id, a000.segments[1].id, "North Korean leader Kim Jong Un on Wednesday expressed full support for Russia's war."],
      [a001.id, a001.segments[withTerm].id, 'KIM JONG UN and Kim Jong Un’s delegation.'],
    ]);
    expect(plan[0].diff).toEqual([
      { op: 'equal', text: 'North Korean leader Kim' }, { op: 'delete', text: 'Jong-un' }, { op: 'insert', text: 'Jong Un' },
      { op: 'equal', text: "on Wednesday expressed full support for Russia's war." }]);
    expect(plan[0].status).toBe('approved');

    const all = applyPropagation([a000, a001], plan, undefined, '2024-06-21T00:00:00Z');
    expect(all.applied).toEqual([a000.segments[1].id, a001.segments[withTerm].id]);
    expect(all.articles[0].segments[1]).toMatchObject({ target: plan[0].after, origin: 'propagation', status: 'approved', updatedAt: '2024-06-21T00:00:00Z' });
    expect(all.articles[0].segments[6].target).toBe('Putin thanked Kim Jong-un.');
    expect(a000.segments[1].target).toBe(plan[0].before);

    const some = applyPropagation([a000, a001], plan, [a001.segments[withTerm].id]);
    expect(some.articles[0]).toBe(a000);
    expect(some.articles[1].segments[withTerm].target).toBe(plan[1].after);

    const edited = structuredClone(a001);
    edited.segments[withTerm].target = 'Changed meanwhile.';
    expect(applyPropagation([a000, edited], plan).stale).toEqual([edited.segments[withTerm].id]);
  });
});
