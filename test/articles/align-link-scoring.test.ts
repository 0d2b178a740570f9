import { describe, expect, it } from 'vitest';
import { codePointToUtf16Offsets, linkKeys, linkScore, projectSpans, tallyLinks, utf16ToCodePointOffsets } from '../../articles/align/link-scoring.ts';

describe('strict link scoring (as score.py)', () => {
  const text = 'One two. Three four. Five six.';
  const gold: [number, number][] = [[0, 8], [9, 20], [21, 30]];

  it('projects predicted spans onto gold sentences by majority of non-space characters', () => {
    // Our split cut gold sentence 1 in two pieces linked together: no penalty.
    const projected = projectSpans(
      [{ hi: [0], enSpans: [[0, 8]] }, { hi: [1], enSpans: [[9, 14], [15, 20]] }, { hi: [2], enSpans: [[21, 30]] }],
      text,
      gold,
    );
    expect(projected).toEqual([{ hi: [0], en: [0] }, { hi: [1], en: [1] }, { hi: [2], en: [2] }]);
  });

  it('gives a gold sentence to nobody when no link covers half of it', () => {
    const projected = projectSpans([{ hi: [0], enSpans: [[9, 13]] }], text, gold);
    expect(projected).toEqual([{ hi: [0], en: [] }]);
  });

  it('splits null links per sentence and counts exact matches only', () => {
    expect([...linkKeys([{ hi: [3, 2], en: [] }])]).toEqual(['2|', '3|']);
    const tally = { all: [0, 0, 0], oneToOne: [0, 0, 0] };
    tallyLinks(tally, [{ hi: [0], en: [0] }, { hi: [1, 2], en: [1] }], [{ hi: [0], en: [0] }, { hi: [1], en: [1] }, { hi: [2], en: [] }]);
    expect(tally.all).toEqual([1, 2, 3]);
    expect(tally.oneToOne).toEqual([1, 1, 2]);
    expect(linkScore(tally.all).f1).toBeCloseTo(0.4, 5);
  });

  it('converts between code points and UTF-16 offsets', () => {
    const s = 'a😀b';
    expect(codePointToUtf16Offsets(s)(2)).toBe(3);
    expect(utf16ToCodePointOffsets(s)(3)).toBe(2);
    expect(utf16ToCodePointOffsets(s)(4)).toBe(3);
  });
});
