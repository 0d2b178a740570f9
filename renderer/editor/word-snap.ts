/**
 * Snaps a selection to whole words, as a translator means it: a drag that starts or ends inside a
 * word takes the whole word, and spaces or punctuation at either end are dropped. A word is a run
 * of letters, combining marks (Devanagari matras, virama, nukta) and digits, so Hindi words are
 * never cut between a consonant and its vowel sign.
 */

const WORD_CHAR = /[\p{L}\p{M}\p{N}\u200c\u200d]/u;

/** The snapped [start, end) of `text`; start === end when the selection holds no word. */
export function snapToWords(text: string, start: number, end: number): { start: number; end: number } {
  let from = Math.max(0, Math.min(start, end, text.length));
  let to = Math.min(text.length, Math.max(start, end, 0));
  // Drop what is not a word at either end first, so a selection starting on a space is not widened leftwards.
  while (from < to && !WORD_CHAR.test(text[from])) from++;
  while (to > from && !WORD_CHAR.test(text[to - 1])) to--;
  if (from === to) return { start: from, end: from };
  while (from > 0 && WORD_CHAR.test(text[from - 1])) from--;
  while (to < text.length && WORD_CHAR.test(text[to])) to++;
  return { start: from, end: to };
}

/** The snapped text of a selection. */
export function snappedText(text: string, start: number, end: number): string {
  const snapped = snapToWords(text, start, end);
  return text.slice(snapped.start, snapped.end);
}
