import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { TermHit } from '../../glossary/model.ts';
import { normalizeHindi } from '../../glossary/normalize.ts';
import { createGlossaryChecker } from '../../glossary/target-check.ts';
import { defaultGlossary } from './seed-text.ts';

const checker = createGlossaryChecker(defaultGlossary());

// Pieces that stress the matcher: terms and their spellings, marks without a base, joiners, nukta,
// virama, hyphens, right-to-left text, lone surrogates and astral characters.
const tricky = fc.constantFrom(
  'किम', ' जोंग', '-उन', 'रूस', 'ी', 'TASS', '(Russia)', 'मॉस्को', '\u093c', '\u094d', '\u0901', '\u0902', '\u200c', '\u200d',
  '\u0301', '\u0300', 'שלום', 'مرحبا', '\u202e', '\u200f', '\ud800', '\udc00', '😀', '१५,०००', '2 लाख', '\n', ' ', '-', 'İ', 'ǅ',
  'मिसाइलों', 'समझौते', 'एजेंसियों', 'न्', 'म्', 'ब', 'क़', 'ड़',
);
const text = fc.array(fc.oneof(tricky, fc.string({ unit: 'binary', maxLength: 6 }), fc.string({ maxLength: 4 })), { maxLength: 40 })
  .map((parts) => parts.join(''));

function expectWellFormed(source: string, hits: TermHit[]) {
  let previousEnd = 0;
  for (const hit of hits) {
    expect(hit.start).toBeGreaterThanOrEqual(previousEnd);
    expect(hit.end).toBeGreaterThan(hit.start);
    expect(hit.end).toBeLessThanOrEqual(source.length);
    expect(hit.text).toBe(source.slice(hit.start, hit.end));
    previousEnd = hit.end;
  }
}

describe('matcher on arbitrary text', () => {
  it('never throws and keeps hits within bounds, ordered and non-overlapping', () => {
    fc.assert(fc.property(text, (source) => {
      expectWellFormed(source, checker.terms(source));
    }), { numRuns: 1500 });
  });

  it('finds the same terms after normalisation-neutral edits (a ZWNJ after a term)', () => {
    fc.assert(fc.property(text, (source) => {
      const hits = checker.terms(source);
      const withJoiner = `${source}\u200c`;
      expect(checker.terms(withJoiner).map((h) => [h.entryId, h.start, h.end])).toEqual(hits.map((h) => [h.entryId, h.start, h.end]));
    }), { numRuns: 500 });
  });

  it('normalizeHindi maps every offset into the original, monotonically', () => {
    fc.assert(fc.property(text, (source) => {
      const result = normalizeHindi(source);
      let previous = 0;
      for (let i = 0; i <= result.text.length; i++) {
        const at = result.toOriginal(i);
        expect(at).toBeGreaterThanOrEqual(previous);
        expect(at).toBeLessThanOrEqual(source.length);
        expect(result.toOriginalEnd(i)).toBeLessThanOrEqual(source.length);
        previous = at;
      }
    }), { numRuns: 500 });
  });

  it('checkSegment never throws and its spans are within bounds', () => {
    fc.assert(fc.property(text, text, (source, target) => {
      for (const issue of checker.check(source, target)) {
        if (issue.sourceSpan) expect(issue.sourceSpan[1]).toBeLessThanOrEqual(source.length);
        if (issue.targetSpan) {
          expect(issue.targetSpan[0]).toBeLessThan(issue.targetSpan[1]);
          expect(issue.targetSpan[1]).toBeLessThanOrEqual(target.length);
        }
      }
    }), { numRuns: 800 });
  });
});
