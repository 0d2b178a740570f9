/** What a concordance key looks up: the selection snapped to whole words, else the word at the caret. */
import { snappedText } from './word-snap.ts';

const WORD_CHAR = /[\p{L}\p{M}\p{N}\u200c\u200d]/u;

/** The query for a selection [start, end) of `text`; a collapsed selection takes the word around (or just before) the caret. */
export function concordanceQuery(text: string, start: number, end: number): string {
  if (end > start) return snappedText(text, start, end).trim();
  let from = Math.max(0, Math.min(start, text.length));
  let to = from;
  while (from > 0 && WORD_CHAR.test(text[from - 1])) from--;
  while (to < text.length && WORD_CHAR.test(text[to])) to++;
  return text.slice(from, to);
}
