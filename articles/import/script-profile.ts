import { isSpaceCode } from '../segment/spaces.ts';
import { pageMemo } from './page-memo.ts';
// The per-character loops call this local binding: under tsx (the bench, the CLI) a call through the
// import reads the module's export getter on every character (about 4% of import CPU in a profile).
const isSpace: (code: number) => boolean = isSpaceCode;

/** Letter counts of a line by script; digits, punctuation and danda are not letters. */
export interface ScriptProfile {
  devanagari: number;
  latin: number;
  otherLetters: number;
  words: number;
}

// \p{L} of each BMP code unit beyond Latin-1/Extended, filled on first sight (0 unknown, 1 letter, 2 not):
// a table of character properties, so the per-character regex runs once per distinct character, not per use.
const OTHER_LETTER = new Uint8Array(0x10000);
const isOtherLetter = (ch: string, code: number): boolean => {
  if (code > 0xffff) return /\p{L}/u.test(ch);
  if (OTHER_LETTER[code] === 0) OTHER_LETTER[code] = /\p{L}/u.test(ch) ? 1 : 2;
  return OTHER_LETTER[code] === 1;
};

/** `\p{L}` for one code point (a lone surrogate is no letter): scriptProfile's test, for scans that count letters themselves. */
export function isLetterCodePoint(code: number): boolean {
  if (code <= 0xffff && OTHER_LETTER[code] !== 0) return OTHER_LETTER[code] === 1;
  return isOtherLetter(String.fromCodePoint(code), code);
}

/**
 * Counts Devanagari letters (with their marks), Latin letters, other letters and words in `text`.
 * Kept per page (page-memo.ts): the passes ask it of the same lines about five times each. The record
 * is shared: read it, never change it.
 */
export const scriptProfile: (text: string) => Readonly<ScriptProfile> = pageMemo(countScripts);

function countScripts(text: string): ScriptProfile {
  let devanagari = 0;
  let latin = 0;
  let otherLetters = 0;
  // Words: maximal runs of non-space characters (what text.split(/\s+/) leaves non-empty).
  let words = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    let code = text.charCodeAt(i);
    if (isSpace(code)) { inWord = false; continue; }
    if (!inWord) { words++; inWord = true; }
    if (code >= 0x0900 && code <= 0x097f) {
      // Danda, double danda and the Devanagari digits are punctuation and numbers, not letters.
      if (code !== 0x0964 && code !== 0x0965 && !(code >= 0x0966 && code <= 0x096f)) devanagari++;
    } else if ((code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a) || (code >= 0xc0 && code <= 0x24f)) {
      latin++;
    } else if (code > 0x24f) {
      // A surrogate pair is one character (as `for…of` reads it).
      let ch = text[i];
      if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
        const low = text.charCodeAt(i + 1);
        if (low >= 0xdc00 && low <= 0xdfff) { code = 0x10000 + ((code - 0xd800) << 10) + (low - 0xdc00); ch = text.slice(i, i + 2); i++; }
      }
      if (isOtherLetter(ch, code)) otherLetters++;
    }
  }
  return { devanagari, latin, otherLetters, words };
}

/** True when most letters of `text` are Latin (an English line on a Hindi page). */
export function isLatinDominant(text: string): boolean {
  const profile = scriptProfile(text);
  return profile.latin > 0 && profile.latin >= 4 * profile.devanagari;
}

/** True when `text` has Devanagari letters and they are at least a third of its letters. */
export function isDevanagariLed(text: string): boolean {
  const profile = scriptProfile(text);
  return profile.devanagari > 0 && profile.devanagari * 2 >= profile.latin;
}

/** True when `text` has no letters at all (markup residue such as `-->`, bullets, lone numbers). */
export function hasNoLetters(text: string): boolean {
  const profile = scriptProfile(text);
  return profile.devanagari + profile.latin + profile.otherLetters === 0;
}
