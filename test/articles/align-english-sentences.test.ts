import { describe, expect, it } from 'vitest';
import { splitEnglishSentences } from '../../articles/align/english-sentences.ts';

const texts = (text: string) => splitEnglishSentences(text).map((s) => s.text);

describe('splitEnglishSentences', () => {
  // One row per rule: input, expected sentences.
  const rules: [string, string, string[]][] = [
    ['plain periods', 'Kim met Putin. They signed a treaty.', ['Kim met Putin.', 'They signed a treaty.']],
    ['question and exclamation', 'Why now? Nobody knows! The talks went on.', ['Why now?', 'Nobody knows!', 'The talks went on.']],
    ['Mr. and Dr. before a name', 'Mr. Kim and Dr. Lee met. Mrs. Park left.', ['Mr. Kim and Dr. Lee met.', 'Mrs. Park left.']],
    ['St. and Prof.', 'He lives on St. James Street with Prof. Singh. Both agree.', ['He lives on St. James Street with Prof. Singh.', 'Both agree.']],
    ['U.S. inside a sentence', 'The U.S. President spoke. He left.', ['The U.S. President spoke.', 'He left.']],
    ['U.S. at the end of a sentence', 'Troops went to the U.S. The talks failed.', ['Troops went to the U.S.', 'The talks failed.']],
    ['U.N. inside a sentence', 'The U.N. Security Council met.', ['The U.N. Security Council met.']],
    ['month abbreviations', 'SEOUL, Aug. 13 (AP) — Talks began on Jan. 5 and Feb. 20. They ended.', ['SEOUL, Aug. 13 (AP) — Talks began on Jan. 5 and Feb. 20.', 'They ended.']],
    ['No. before a number', 'He was No. 1 in the list. He won.', ['He was No. 1 in the list.', 'He won.']],
    ['No. as an answer', 'Did he agree? No. He refused.', ['Did he agree?', 'No.', 'He refused.']],
    ['e.g. and i.e.', 'Some items, e.g. Shells, were sent, i.e. Weapons. More came.', ['Some items, e.g. Shells, were sent, i.e. Weapons.', 'More came.']],
    ['a.m. and p.m. inside and at the end', 'It began at 9 a.m. Moscow time and ended at 5 p.m. The crowd left.', ['It began at 9 a.m. Moscow time and ended at 5 p.m.', 'The crowd left.']],
    ['initials', 'George W. Bush met J. K. Rowling. They talked.', ['George W. Bush met J. K. Rowling.', 'They talked.']],
    ['decimals and grouped numbers', 'It was 27.1 C. About 15,000 troops were sent.', ['It was 27.1 C.', 'About 15,000 troops were sent.']],
    ['closing quote after the period', 'He said, "We will win." Then he left.', ['He said, "We will win."', 'Then he left.']],
    ['closing curly quote and bracket', 'It is “final.” (Editor\'s note: updated.) The end.', ['It is “final.”', '(Editor\'s note: updated.)', 'The end.']],
    ['lower case after a quoted question', '"Why?" he asked. She laughed.', ['"Why?" he asked.', 'She laughed.']],
    ['sentence starting with a number', 'The war went on. 800 miles were closed.', ['The war went on.', '800 miles were closed.']],
    ['paragraph break without a period', 'A headline without a period\n\nThe body starts here.', ['A headline without a period', 'The body starts here.']],
    ['hard-wrapped line joins', 'The leaders met in\nthe capital on Wednesday.', ['The leaders met in\nthe capital on Wednesday.']],
    ['a line without a period before a capital is a headline', 'Kim meets Putin\nThe leaders met.', ['Kim meets Putin', 'The leaders met.']],
    ['ellipsis', 'He paused... Then he spoke.', ['He paused...', 'Then he spoke.']],
  ];
  for (const [name, input, expected] of rules) {
    it(name, () => expect(texts(input)).toEqual(expected));
  }

  it('gives offsets of the exact trimmed input text', () => {
    const text = '  Kim met Putin.   They signed.\n\n  (Editor\'s note: none.)  ';
    for (const s of splitEnglishSentences(text)) {
      expect(text.slice(s.start, s.end)).toBe(s.text);
      expect(s.text).toBe(s.text.trim());
    }
    expect(splitEnglishSentences(text)).toHaveLength(3);
  });

  it('uses UTF-16 offsets that survive astral characters', () => {
    const text = 'Smile 😀 now. Then 𝒳 stop.';
    const sentences = splitEnglishSentences(text);
    expect(sentences.map((s) => text.slice(s.start, s.end))).toEqual(['Smile 😀 now.', 'Then 𝒳 stop.']);
  });

  it('returns nothing for blank text', () => {
    expect(splitEnglishSentences('  \n\n ')).toEqual([]);
  });
});
