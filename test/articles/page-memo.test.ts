// The per-page memos (page-memo.ts): the same answers as the functions they keep, and nothing kept from one page to the next.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { importPage } from '../../articles/import/import-page.ts';
import { forgetPageMemos, pageMemo, trimmedNfc } from '../../articles/import/page-memo.ts';

const text = fc.oneof(
  fc.array(fc.constantFrom(' ', '\u00a0', '\ufeff', 'e', '\u0301', 'é', 'क', '\u093c', 'क़', 'ऩ', 'न', '्', '\u0951', 'A', '\ud800', '।'), { maxLength: 20 }).map((parts) => parts.join('')),
  fc.string({ unit: 'grapheme', maxLength: 30 }),
  fc.string({ unit: 'binary', maxLength: 30 }),
);

describe('page memos', () => {
  it('trimmedNfc is text.trim().normalize("NFC"), asked once, again, and after the memo is forgotten', () => {
    fc.assert(fc.property(text, (s) => {
      const expected = s.trim().normalize('NFC');
      expect(trimmedNfc(s)).toBe(expected);
      expect(trimmedNfc(s)).toBe(expected);
      forgetPageMemos();
      expect(trimmedNfc(s)).toBe(expected);
    }), { numRuns: 2000 });
  });

  it('computes a text once until forgotten, and does not keep a very long text', () => {
    let calls = 0;
    const length = pageMemo((s) => { calls++; return s.length; });
    expect([length('एक पंक्ति'), length('एक पंक्ति'), length('दूसरी')]).toEqual([9, 9, 5]);
    expect(calls).toBe(2);
    forgetPageMemos();
    length('एक पंक्ति');
    expect(calls).toBe(3);
    const long = 'क'.repeat(5000);
    length(long);
    length(long);
    expect(calls).toBe(5);
  });

  it('keeps nothing from one imported page to the next', () => {
    let calls = 0;
    const memo = pageMemo(() => ++calls);
    memo('शीर्षक');
    importPage({ fileName: 'a.txt', text: 'एक छोटा सा शीर्षक यहाँ है\n\nयह पहले पन्ने का पहला वाक्य है और इसमें कुछ शब्द हैं।\n' }, { now: () => 'x' });
    memo('शीर्षक');
    expect(calls).toBe(2);
  });
});
