/**
 * The checker updated in place (checker.update) answers exactly as one built afresh from the same
 * glossary, after random sequences of edits, new entries and deletions. Compared on the QA sets'
 * sentence pairs: issues per document, Hindi term hits, English rendering occurrences, accepted
 * forms and key conflicts.
 */
import { describe, expect, it } from 'vitest';
import type { Glossary, GlossaryEntry } from '../../glossary/model.ts';
import { createGlossaryChecker, type GlossaryChecker } from '../../glossary/target-check.ts';
import { seededRandom } from '../../bench/bench-stats.ts';
import { defaultGlossary } from './seed-text.ts';
import { QA_SET_DOCUMENTS, QA_SET_PAIRS } from './qa-set-pairs.ts';

const documents = QA_SET_DOCUMENTS;

/** Everything a checker answers on the sentence set. */
function answers(checker: GlossaryChecker, sample: readonly (typeof QA_SET_PAIRS)[]) {
  const accepted = [...checker.matcher.acceptedForms()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return {
    issues: sample.map((document) => checker.checkDocument(document)),
    terms: sample.flatMap((document) => document.map(({ source }) => checker.terms(source))),
    occurrences: sample.flatMap((document) => document.map(({ target }) => checker.matcher.scanTarget(target))),
    accepted,
    conflicts: checker.matcher.conflicts,
    entries: checker.matcher.entries.map((entry) => entry.id),
  };
}

type Random = () => number;
const pick = <T,>(random: Random, list: readonly T[]): T => list[Math.floor(random() * list.length)];

/** A random edit of `entry`, using words of `others` so that entries pair, clash and forbid each other. */
function edited(random: Random, entry: GlossaryEntry, others: readonly GlossaryEntry[], n: number): GlossaryEntry {
  const other = pick(random, others);
  switch (Math.floor(random() * 10)) {
    case 0: return { ...entry, target: other.target };
    case 1: return { ...entry, targetAlternates: [...entry.targetAlternates, pick(random, [other.target, `${other.target}n`, `${other.target}ian`])] };
    case 2: return { ...entry, forbidden: [...entry.forbidden, pick(random, [...other.targetAlternates, other.target, ...(other.forbidden ?? [])].filter(Boolean))] };
    case 3: return { ...entry, type: pick(random, ['place', 'term', 'person', 'organization'] as const) };
    case 4: return { ...entry, sourceVariants: [...entry.sourceVariants, pick(random, [other.source, `${other.source}ी`, `${entry.source}ी`])] };
    case 5: return { ...entry, matchMode: entry.matchMode === 'inflected' ? 'exact' : 'inflected' };
    case 6: return { ...entry, caseSensitive: !entry.caseSensitive };
    case 7: return { ...entry, acceptedForms: [...entry.acceptedForms ?? [], `${other.target} ${n}`] };
    case 8: return { ...entry, rejectedForms: [...entry.rejectedForms ?? [], ...createGlossaryChecker({ schemaVersion: 1, entries: [entry] }).matcher.acceptedForms().get(entry.id) ?? []] };
    default: return { ...entry, source: `${other.source}ी`, target: `${other.target}n`, type: pick(random, ['term', 'organization'] as const) };
  }
}

/** A new entry that pairs with or shadows an existing one. */
function fresh(random: Random, others: readonly GlossaryEntry[], n: number): GlossaryEntry {
  const other = pick(random, others);
  const [source, target] = pick(random, [
    [`${other.source}ी`, `${other.target}n`],
    [`${other.source}ई`, `${other.target}an`],
    [`${other.source} परिषद`, `${other.target} Council`],
    [`नया शब्द ${n}`, other.target],
    [`नया शब्द ${n}ा`, `new word ${n}`],
  ]);
  return { ...other, id: `fresh-${n}`, source, sourceVariants: [], target, targetAlternates: [], forbidden: random() < 0.3 ? [other.target] : [], acceptedForms: [], rejectedForms: [], revision: undefined };
}

describe('checker.update', () => {
  for (const seed of [1, 2, 3, 4, 5, 6]) {
    it(`equals a fresh build after a random sequence of changes (seed ${seed})`, () => {
      const random = seededRandom(seed);
      let glossary: Glossary = defaultGlossary();
      const sample = Array.from({ length: 24 }, () => pick(random, documents));
      const warm = createGlossaryChecker(glossary);
      answers(warm, sample.slice(0, 1));
      // One updated before its lazy parts (accepted forms, rendering index) were ever built.
      const cold = createGlossaryChecker(glossary);
      for (let n = 0; n < 30; n++) {
        const entries = glossary.entries;
        const roll = random();
        let removed: GlossaryEntry[] = [];
        let added: GlossaryEntry[] = [];
        let next: GlossaryEntry[];
        if (roll < 0.15 && entries.length > 10) {
          const gone = pick(random, entries);
          removed = [gone];
          next = entries.filter((entry) => entry.id !== gone.id);
        } else if (roll < 0.4) {
          added = [fresh(random, entries, n)];
          next = [...entries, ...added];
        } else {
          const at = Math.floor(random() * entries.length);
          removed = [entries[at]];
          added = [edited(random, entries[at], entries, n)];
          next = entries.with(at, added[0]);
        }
        glossary = { ...glossary, entries: next };
        warm.update(glossary, removed, added);
        cold.update(glossary, removed, added);
        if (n % 6 === 5 || n === 29) {
          const expected = answers(createGlossaryChecker(glossary), sample);
          expect(answers(warm, sample)).toEqual(expected);
          expect(answers(cold, sample)).toEqual(expected);
        }
      }
    });
  }

  it('finds a new entry and forgets a deleted one', () => {
    const glossary = defaultGlossary();
    const checker = createGlossaryChecker(glossary);
    const entry: GlossaryEntry = { ...glossary.entries[0], id: 'parliament-x', source: 'संसद भवन', sourceVariants: [], target: 'Parliament House', targetAlternates: [], forbidden: [], type: 'place' };
    const added = { ...glossary, entries: [...glossary.entries, entry] };
    checker.update(added, [], [entry]);
    expect(checker.terms('नए संसद भवन में').map((hit) => hit.entryId)).toEqual(['parliament-x']);
    checker.update(glossary, [entry], []);
    expect(checker.terms('नए संसद भवन में')).toEqual([]);
  });
});
