import { wordCount } from './line-features.ts';
import { trimmedNfc } from './page-memo.ts';

/**
 * A news ticker ("<latest> : <headline>  ✦  <headline>", "<breaking>: <headline>  ||  <headline>"): a label
 * of one to three words and a colon, then two or more headlines of other stories joined by a separator
 * glyph (a symbol, a double or single pipe, a bullet). Each part has three to twenty-five words and no
 * sentence end inside the row's joins, no colon of its own (a row of "<label> : <value>" fields is data). A story's line never strings several headlines after one label;
 * the caller looks only above the page's first paragraph, where the header and its tickers stand.
 * No word of the label is looked up.
 */
const LABELLED = /^([\p{L}\p{M}-]+(?:\s[\p{L}\p{M}-]+){0,2})\s*[:：]\s+(\S.*)$/u;
const JOINS = /\s+(?:\|\||[|•·]|\p{So})\s+/u;
const MIN_PART_WORDS = 3;
const MAX_PART_WORDS = 25;

export function isTickerRow(text: string): boolean {
  const line = trimmedNfc(text);
  if (line.length > 600) return false;
  const m = LABELLED.exec(line);
  if (!m || /[0-9०-९]/.test(m[1])) return false;
  const parts = m[2].split(JOINS).map((part) => part.trim()).filter((part) => part !== '');
  return parts.length >= 2 && parts.every((part) => {
    const words = wordCount(part);
    // A part with a colon of its own is a field ("<director> : <name>"): a row of fields is the story's data, no ticker.
    return words >= MIN_PART_WORDS && words <= MAX_PART_WORDS && !/[।?!]["'”’]?$/.test(part) && !/[:：]/.test(part);
  });
}
