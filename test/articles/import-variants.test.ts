/**
 * Issue 12, robust by construction: every fixture page imported as a title and its body lines alone, and as a
 * browser copy without blank lines or with a blank line after each line (bench/import-variants.ts maps the
 * expectation line by line). No body line may be lost: a line lost under a variant is a rule relying on context
 * it should not need.
 */
import { describe, expect, it } from 'vitest';
import { evaluateVariants, TRANSFORMS } from '../../bench/import-variants.ts';

describe('import variants of every fixture page keep every body line', () => {
  const wanted = TRANSFORMS.filter((t) => /^(?:1|2a|2b) /.test(t.name));
  it('covers variants 1, 2a and 2b', () => expect(wanted.length).toBe(3));
  const results = evaluateVariants(undefined, wanted);
  for (const [name, tally] of results) {
    it(`${name}: body recall 1.00`, () => {
      expect(tally.variants).toBeGreaterThan(100);
      const lost = tally.failures.filter((failure) => failure.includes(' body line '));
      expect(lost).toEqual([]);
      expect(tally.bodyKept).toBe(tally.bodyLines);
    });
  }
});
