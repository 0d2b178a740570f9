/**
 * sameForChecks (glossary/entry.ts) says when two versions of an entry make the checker answer the
 * same, so a glossary edit of bookkeeping alone recounts no article (services/project-summaries.ts).
 * Proven on the QA sets' sentence pairs against the default glossary: every entry with its
 * bookkeeping changed gives exactly the same answers, and a change of any checked field is seen.
 */
import { describe, expect, it } from 'vitest';
import type { Glossary, GlossaryEntry } from '../../glossary/model.ts';
import { CHECKED_ENTRY_FIELDS, sameForChecks } from '../../glossary/entry.ts';
import { createGlossaryChecker } from '../../glossary/target-check.ts';
import { defaultGlossary } from './seed-text.ts';
import { QA_SET_DOCUMENTS, QA_SET_PAIRS } from './qa-set-pairs.ts';

const pairs = QA_SET_PAIRS;
const documents = QA_SET_DOCUMENTS;

function answers(glossary: Glossary) {
  const checker = createGlossaryChecker(glossary);
  return {
    issues: documents.map((document) => checker.checkDocument(document)),
    terms: pairs.map(({ source }) => checker.terms(source)),
    occurrences: pairs.map(({ target }) => checker.matcher.scanTarget(target)),
  };
}

// Every field the checker does not read, changed.
function otherBookkeeping(entry: GlossaryEntry, n: number): GlossaryEntry {
  return {
    ...entry, note: `changed note ${n}`, status: entry.status === 'approved' ? 'proposed' : 'approved', author: `someone ${n}`,
    createdAt: '2020-01-01T00:00:00.000Z', updatedAt: '2027-01-01T00:00:00.000Z', revision: (entry.revision ?? 0) + 7,
  };
}

describe('sameForChecks', () => {
  const glossary = defaultGlossary();

  it('holds for bookkeeping changes, and the checker then answers exactly the same', () => {
    const changed = { ...glossary, entries: glossary.entries.map(otherBookkeeping) };
    glossary.entries.forEach((entry, at) => expect(sameForChecks(entry, changed.entries[at])).toBe(true));
    const before = answers(glossary);
    // The sample must exercise the checker, or the comparison proves nothing.
    expect(before.issues.flat(2).length).toBeGreaterThan(0);
    expect(before.terms.flat().length).toBeGreaterThan(0);
    expect(answers(changed)).toEqual(before);
  });

  it('fails for a change of any checked field', () => {
    const entry = glossary.entries.find((each) => each.sourceVariants.length > 0 && each.targetAlternates.length > 0) ?? glossary.entries[0];
    const changes: Record<(typeof CHECKED_ENTRY_FIELDS)[number], Partial<GlossaryEntry>> = {
      source: { source: `${entry.source}ी` },
      sourceVariants: { sourceVariants: [...entry.sourceVariants, 'नया'] },
      target: { target: `${entry.target} Jr` },
      targetAlternates: { targetAlternates: [...entry.targetAlternates, 'Other'] },
      forbidden: { forbidden: [...entry.forbidden, 'Wrong'] },
      acceptedForms: { acceptedForms: [...(entry.acceptedForms ?? []), 'Added'] },
      rejectedForms: { rejectedForms: [...(entry.rejectedForms ?? []), 'Removed'] },
      type: { type: entry.type === 'place' ? 'person' : 'place' },
      caseSensitive: { caseSensitive: !entry.caseSensitive },
      matchMode: { matchMode: entry.matchMode === 'exact' ? 'inflected' : 'exact' },
    };
    for (const field of CHECKED_ENTRY_FIELDS) expect(sameForChecks(entry, { ...entry, ...changes[field] }), field).toBe(false);
  });
});
