/**
 * English words of a target text for spell checking: letters with inner apostrophes and hyphens
 * ("don't", "Putin’s", "well-known"), as UTF-16 ranges into the text. Tokens with digits, URLs,
 * e-mail addresses and words in another script are not English words to check and are skipped.
 */

/** One word of the text: [start, end) in UTF-16 code units. */
export interface WordSpan {
  start: number;
  end: number;
  text: string;
}

// Letters and digits joined by apostrophes or hyphens; digits are kept in the token so that "15th"
// is one token (skipped), not "th".
const TOKEN = /[\p{L}\p{M}\p{N}]+(?:['’\u2010-][\p{L}\p{M}\p{N}]+)*/gu;
const SKIPPED_SPANS = /\b(?:https?:\/\/|www\.)\S+|\S+@\S+\.\S+/giu;
const LATIN_WORD = /^[\p{Script=Latin}\p{M}'’\u2010-]+$/u;

/** The English words of a text worth checking, in order. */
export function englishWords(text: string): WordSpan[] {
  const skipped: [number, number][] = [];
  for (const match of text.matchAll(SKIPPED_SPANS)) skipped.push([match.index, match.index + match[0].length]);
  const words: WordSpan[] = [];
  for (const match of text.matchAll(TOKEN)) {
    const start = match.index;
    const end = start + match[0].length;
    if (skipped.some(([from, to]) => start < to && end > from)) continue;
    if (/\p{N}/u.test(match[0]) || !LATIN_WORD.test(match[0])) continue;
    words.push({ start, end, text: match[0] });
  }
  return words;
}

/** The parts of a hyphenated word with their offsets ("well-known" → "well", "known"). */
export function hyphenParts(word: WordSpan): WordSpan[] {
  const parts: WordSpan[] = [];
  let offset = 0;
  for (const part of word.text.split(/[\u2010-]/u)) {
    if (part) parts.push({ start: word.start + offset, end: word.start + offset + part.length, text: part });
    offset += part.length + 1;
  }
  return parts;
}

/** The spelling form of a word: typographic apostrophe as ASCII, as the dictionaries write it. */
export function spellingForm(word: string): string {
  return word.replace(/’/gu, "'").replace(/\u2010/gu, '-');
}

/** Every word of a glossary rendering ("Kim Jong Un", "Lok Sabha", "Côte d’Ivoire") in spelling form, hyphenated ones whole and in parts. */
export function renderingWords(rendering: string): string[] {
  const words = new Set<string>();
  for (const word of englishWords(rendering)) {
    words.add(spellingForm(word.text));
    for (const part of hyphenParts(word)) words.add(spellingForm(part.text));
    // "d'Ivoire" and "O'Brien": the part after an apostrophe is a word of its own too.
    for (const piece of spellingForm(word.text).split(/[-']/u)) if (piece) words.add(piece);
  }
  return [...words];
}
