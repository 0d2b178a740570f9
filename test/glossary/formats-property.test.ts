// Property test: random glossaries full of the characters that break exchange formats (quotes,
// commas, pipes, backslashes, semicolons, markup, tabs and newlines in notes, Devanagari marks)
// survive every format. The limits stated in glossary/formats/README.md are the generator's
// limits: terms are trimmed and single-line, list items are distinct and non-empty.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  exportGlossary, parseGlossary, sourceKey,
} from '../../glossary/formats/index.ts';
import type { Glossary, GlossaryEntry, TermType } from '../../glossary/model.ts';
import { pickFields, roundTripCases } from './formats.fixture.ts';

const termChars = ['क', 'ि', 'ं', '़', '्', 'ॉ', 'र', 'स', 'ा', 'ँ', ' ', '-', 'a', 'Z', '|', '\\', '"', ',', ';', "'", '<', '&', '>', ':', 'ü', '😀', '1'];
const noteChars = [...termChars, '\n', '\t', '\r', '; ', 'note: ', 'forbidden: ', 'type: ', 'variant of: ', '""', '\\|', '\\n', ']]>', '&amp;'];

const term = fc.array(fc.constantFrom(...termChars), { minLength: 1, maxLength: 12 })
  .map((chars) => chars.join('').trim())
  .filter((text) => text.length > 0);
const note = fc.array(fc.constantFrom(...noteChars), { maxLength: 20 }).map((chars) => chars.join(''));
const terms = fc.uniqueArray(term, { maxLength: 3 });

const entry = fc.record({
  id: fc.string({ minLength: 1, maxLength: 8 }),
  source: term,
  sourceVariants: terms,
  target: term,
  targetAlternates: terms,
  forbidden: terms,
  type: fc.constantFrom<TermType>('person', 'place', 'organization', 'term'),
  caseSensitive: fc.boolean(),
  matchMode: fc.constantFrom<GlossaryEntry['matchMode']>('exact', 'inflected'),
  note,
  status: fc.constantFrom<GlossaryEntry['status']>('proposed', 'approved'),
  createdAt: fc.constant('2026-11-01T09:00:00.000Z'),
  updatedAt: fc.constant('2026-11-02T09:00:00.000Z'),
  author: term,
}).map((e): GlossaryEntry => ({
  ...e,
  sourceVariants: e.sourceVariants.filter((v) => sourceKey(v) !== sourceKey(e.source)),
  targetAlternates: e.targetAlternates.filter((t) => t !== e.target),
}));

const glossary = fc.uniqueArray(entry, { minLength: 1, maxLength: 6, selector: (e) => sourceKey(e.source) })
  .filter((entries) => new Set(entries.map((e) => e.id)).size === entries.length)
  // OmegaT skips lines that begin with '#'; a source cannot start with it there.
  .map((entries): Glossary => ({ schemaVersion: 1, entries }));

describe('random glossaries survive every format', () => {
  it.each(roundTripCases)('$file', async ({ format, file, fields, forOmegaT }) => {
    await fc.assert(fc.asyncProperty(glossary, async (g) => {
      const parsed = await parseGlossary(await exportGlossary(g, format, { forOmegaT }), file, { now: '2026-11-22T00:00:00.000Z' });
      expect(parsed.problems).toEqual([]);
      const pick = (e: GlossaryEntry) => pickFields(e, fields);
      expect(parsed.entries.map(pick)).toEqual(g.entries.map(pick));
    }), { numRuns: format === 'xlsx' ? 40 : 150 });
  });
});
