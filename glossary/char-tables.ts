/** Per-UTF-16-code-unit lookup tables shared by normalisation, term matching and target checks. */

/** Bit in WORD_CLASS: a Devanagari letter, mark, virama or digit. */
export const DEVANAGARI_WORD = 1;
/** Bit in WORD_CLASS: a letter, mark or digit of any other script. */
export const OTHER_WORD = 2;
/** Bit in WORD_CLASS: a combining mark (it never starts a word of its own). */
export const MARK = 4;

function isDevanagariBlock(code: number): boolean {
  return (code >= 0x0900 && code <= 0x097f) || (code >= 0xa8e0 && code <= 0xa8ff) || (code >= 0x1cd0 && code <= 0x1cff);
}

function buildWordClass(): Uint8Array {
  const table = new Uint8Array(0x10000);
  const wordChar = /[\p{L}\p{M}\p{Nd}]/u;
  const mark = /\p{M}/u;
  for (let code = 0; code < 0x10000; code++) {
    if (code >= 0xd800 && code <= 0xdfff) {
      // Surrogate halves: treat astral characters as letters so a term never matches half a pair.
      table[code] = OTHER_WORD;
      continue;
    }
    const ch = String.fromCharCode(code);
    if (!wordChar.test(ch)) continue;
    let bits = isDevanagariBlock(code) ? DEVANAGARI_WORD : OTHER_WORD;
    if (mark.test(ch)) bits |= MARK;
    table[code] = bits;
  }
  return table;
}

function buildCaseFold(): Uint16Array {
  const table = new Uint16Array(0x10000);
  for (let code = 0; code < 0x10000; code++) {
    table[code] = code;
    if (code < 0x41 || (code >= 0xd800 && code <= 0xdfff)) continue;
    const lower = String.fromCharCode(code).toLowerCase();
    // Only one-to-one mappings keep offsets intact (İ lowercases to two code units; it stays as is).
    if (lower.length === 1) table[code] = lower.charCodeAt(0);
  }
  return table;
}

/** Word class bits (DEVANAGARI_WORD | OTHER_WORD | MARK) of every BMP code unit; 0 = not part of a word. */
export const WORD_CLASS: Uint8Array = buildWordClass();

/** Lower-case mapping of every BMP code unit, where the mapping is one code unit to one code unit. */
export const CASE_FOLD: Uint16Array = buildCaseFold();

/** True when a word boundary lies between two adjacent code units `before` and `after`. */
export function isBoundaryBetween(before: number, after: number): boolean {
  const a = WORD_CLASS[before];
  const b = WORD_CLASS[after];
  if (a === 0 || b === 0) return true;
  // A change of script (e.g. "Newsउत्तर" glued by a scraper) is a boundary, unless the second is a mark.
  return ((a ^ b) & (DEVANAGARI_WORD | OTHER_WORD)) !== 0 && (b & MARK) === 0;
}

/** True when `code` is a letter, mark or digit of any script. */
export function isWordCode(code: number): boolean {
  return WORD_CLASS[code] !== 0;
}
