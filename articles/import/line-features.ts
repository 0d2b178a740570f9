import stoplistFile from './lexicon/hindi-stopwords.json' with { type: 'json' };
import { isSpaceCode } from '../segment/spaces.ts';
import { scriptProfile } from './script-profile.ts';

/** jusText's length classes, counted in words (Hindi words are short, so characters mislead). */
export type LengthClass = 'tiny' | 'short' | 'medium' | 'long';

/** Outlet-independent signals of one non-blank raw line, computed once and read by every pass. */
export interface LineFeatures {
  /** 1-based raw line number. */
  n: number;
  text: string;
  words: number;
  lengthClass: LengthClass;
  /** Share of words that are Hindi function words (hindi-stopwords.json); 0 for a line of no words. */
  stopwordDensity: number;
  /** Ends with danda, ?, !, a full stop or an ellipsis (before closing quotes). */
  endsSentence: boolean;
  /** Share of letters that are Devanagari / Latin. */
  devanagariShare: number;
  latinShare: number;
  /** Share of non-space characters that are digits (ASCII or Devanagari). */
  digitShare: number;
  /** Menu-like separators: pipes, bullets, runs of two or more spaces, slashes and arrows between words. */
  separators: number;
  /** Index among the page's non-blank lines, 0-based. */
  index: number;
}

/** A word as the word lists compare it: NFC, without nukta and joiners (ज़ = ज, as pages spell both), lower case (Latin words). */
export function foldWord(word: string): string {
  return isFolded(word) ? word : word.normalize('NFC').replace(/[\u093c\u200c\u200d]/g, '').toLowerCase();
}

// Most words are already folded: ASCII without capitals, and Devanagari without nukta, stress marks
// (U+0951–0954) or the nukta letters U+0958–095F. NFC leaves such a string as it is (checked over
// every pair of these characters and every triple of the Devanagari ones), so folding is the identity.
function isFolded(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c < 0x80) { if (c >= 0x41 && c <= 0x5a) return false; continue; }
    if (c < 0x0900 || c > 0x097f || c === 0x093c || (c >= 0x0951 && c <= 0x0954) || (c >= 0x0958 && c <= 0x095f)) return false;
  }
  return true;
}

// Letters, marks and digits for certain: ASCII letters and digits, Devanagari but its danda, double danda and abbreviation sign.
function isWordCharCode(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)
    || (c >= 0x0900 && c <= 0x0963) || (c >= 0x0966 && c <= 0x096f) || (c >= 0x0971 && c <= 0x097f);
}
const STOPWORDS: ReadonlySet<string> = new Set(stoplistFile.words.map(foldWord));
// Punctuation glued to a word ("कहा,", "(भाषा)") is not part of it.
const WORD_EDGE = /^[^\p{L}\p{M}\p{N}]+|[^\p{L}\p{M}\p{N}]+$/gu;

/** The words of a line with edge punctuation cut off (empty words dropped). */
export function wordsOf(text: string): string[] {
  const words: string[] = [];
  // The runs between spaces, as text.split(/\s+/) gives them without its empty ends (one scan, no regex).
  let start = -1;
  for (let i = 0; i <= text.length; i++) {
    if (i < text.length && !isSpaceCode(text.charCodeAt(i))) {
      if (start < 0) start = i;
      continue;
    }
    if (start < 0) continue;
    const raw = text.slice(start, i);
    start = -1;
    // A word that starts and ends with a letter or digit has no edge punctuation to cut.
    const word = isWordCharCode(raw.charCodeAt(0)) && isWordCharCode(raw.charCodeAt(raw.length - 1)) ? raw : raw.replace(WORD_EDGE, '');
    if (word !== '') words.push(word);
  }
  return words;
}

/** Share of `text`'s words that are Hindi function words. */
export function stopwordDensity(text: string): number {
  return stopwordShare(wordsOf(text));
}

function stopwordShare(words: readonly string[]): number {
  if (words.length === 0) return 0;
  let hits = 0;
  for (const word of words) if (STOPWORDS.has(foldWord(word))) hits++;
  return hits / words.length;
}

/** jusText-style length class: tiny ≤ 3 words, short ≤ 9, medium ≤ 25, long above. */
export function lengthClassOf(words: number): LengthClass {
  if (words <= 3) return 'tiny';
  if (words <= 9) return 'short';
  return words <= 25 ? 'medium' : 'long';
}

const SENTENCE_FINAL = /[।॥?!.…](?:["'”’)\]»]*)$/;
// "… आएंगे। (आईएएनएस)": a sentence followed by a short tag in brackets still ends in a sentence.
const SENTENCE_THEN_TAG = /[।॥?!.…]["'”’]?\s*[(\[][^()\[\]]{1,30}[)\]]$/;

/** The feature record of one line (`index` is its position among the page's non-blank lines). */
export function lineFeatures(n: number, text: string, index: number): LineFeatures {
  const profile = scriptProfile(text);
  const letters = profile.devanagari + profile.latin + profile.otherLetters;
  const wordList = wordsOf(text);
  const words = wordList.length;
  let digits = 0;
  let visible = 0;
  // Characters as `for…of` counts them (a surrogate pair is one), spaces as `\s` matches them.
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (isSpaceCode(c)) continue;
    visible++;
    if ((c >= 0x30 && c <= 0x39) || (c >= 0x0966 && c <= 0x096f)) digits++;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) { const low = text.charCodeAt(i + 1); if (low >= 0xdc00 && low <= 0xdfff) i++; }
  }
  // Only headline-sized lines can be menus; counting on megabyte lines would be wasted work.
  const separators = text.length > 400 ? 0 : (text.match(/\s[|•·/»›>]\s|\S {2,}\S|\s\|\s?|\s?\|\s/g) ?? []).length;
  return {
    n,
    text,
    words,
    lengthClass: lengthClassOf(words),
    stopwordDensity: text.length > 4000 ? stopwordDensity(text.slice(0, 4000)) : stopwordShare(wordList),
    endsSentence: SENTENCE_FINAL.test(text.trimEnd()) || SENTENCE_THEN_TAG.test(text.trimEnd()),
    devanagariShare: letters === 0 ? 0 : profile.devanagari / letters,
    latinShare: letters === 0 ? 0 : profile.latin / letters,
    digitShare: visible === 0 ? 0 : digits / visible,
    separators,
    index,
  };
}

/** True for a line shaped like a headline: 4–25 words, no sentence-final punctuation, mostly Devanagari. */
export function isHeadlineShaped(features: LineFeatures): boolean {
  return features.words >= 4 && features.words <= 25 && !features.endsSentence && features.devanagariShare >= 0.5
    && !/[।॥]/.test(features.text);
}

/** True for a menu row: three or more separators between short parts, or seven or more words with no function word and no figure. */
export function isMenuRow(features: LineFeatures): boolean {
  if (features.endsSentence || features.words < 4 || features.digitShare > 0) return false;
  if (features.separators >= 3) return true;
  return features.words >= 7 && features.stopwordDensity === 0;
}
