import stoplistFile from './lexicon/hindi-stopwords.json' with { type: 'json' };
import { isSpaceCode } from '../segment/spaces.ts';
import { isLetterCodePoint } from './script-profile.ts';
// The per-character loops call this local binding: under tsx (the bench, the CLI) a call through the
// import reads the module's export getter on every character (about 4% of import CPU in a profile).
const isSpace: (code: number) => boolean = isSpaceCode;

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
  /** A table row: cells joined by tabs (isTableRowText), read in the same scan. */
  tableRow: boolean;
}

/** A word as the word lists compare it: NFC, without nukta and joiners (ज़ = ज, as pages spell both), lower case (Latin words). */
export function foldWord(word: string): string {
  return isFolded(word) ? word : word.normalize('NFC').replace(/[\u093c\u200c\u200d]/g, '').toLowerCase();
}

// Most words are already folded: ASCII without capitals, and Devanagari without nukta, stress marks
// (U+0951–0954) or the nukta letters U+0958–095F. NFC leaves such a string as it is (checked over
// every pair of these characters and every triple of the Devanagari ones), so folding is the identity.
function isFolded(word: string): boolean {
  return isFoldedRange(word, 0, word.length);
}

function isFoldedRange(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
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
// Punctuation glued to a word ("कहा,", "(भाषा)") is not part of it: withoutEdgePunctuation cuts it.
// [\p{L}\p{M}\p{N}] of each BMP code unit, filled on first sight (0 unknown, 1 yes, 2 no): the edge cut reads a
// word's first and last characters from this table instead of running /^[^\p{L}\p{M}\p{N}]+|[^\p{L}\p{M}\p{N}]+$/gu
// (a replace call per word with a comma or a quote glued on).
const LETTER_MARK_NUMBER = new Uint8Array(0x10000);
function isLetterMarkNumber(code: number): boolean {
  if (code > 0xffff) return /[\p{L}\p{M}\p{N}]/u.test(String.fromCodePoint(code));
  if (LETTER_MARK_NUMBER[code] === 0) LETTER_MARK_NUMBER[code] = /[\p{L}\p{M}\p{N}]/u.test(String.fromCharCode(code)) ? 1 : 2;
  return LETTER_MARK_NUMBER[code] === 1;
}

/**
 * `text.slice(start, end).replace(/^[^\p{L}\p{M}\p{N}]+|[^\p{L}\p{M}\p{N}]+$/gu, '')`: the word from its first to its last letter, mark or digit
 * (by code point, as the u flag reads it: a surrogate pair is one character, a lone surrogate none of these).
 */
function withoutEdgePunctuation(text: string, start: number, end: number): string {
  let from = start;
  while (from < end) {
    const c = text.charCodeAt(from);
    const pair = c >= 0xd800 && c <= 0xdbff && from + 1 < end && isLowSurrogate(text.charCodeAt(from + 1));
    if (isLetterMarkNumber(pair ? 0x10000 + ((c - 0xd800) << 10) + (text.charCodeAt(from + 1) - 0xdc00) : c)) break;
    from += pair ? 2 : 1;
  }
  if (from === end) return '';
  let to = end;
  for (;;) {
    const c = text.charCodeAt(to - 1);
    const pair = isLowSurrogate(c) && to - 2 >= start && text.charCodeAt(to - 2) >= 0xd800 && text.charCodeAt(to - 2) <= 0xdbff;
    if (isLetterMarkNumber(pair ? 0x10000 + ((text.charCodeAt(to - 2) - 0xd800) << 10) + (c - 0xdc00) : c)) break;
    to -= pair ? 2 : 1;
  }
  return from === start && to === end ? text.slice(start, end) : text.slice(from, to);
}
const isLowSurrogate = (c: number): boolean => c >= 0xdc00 && c <= 0xdfff;

/** The words of a line with edge punctuation cut off (empty words dropped). */
export function wordsOf(text: string): string[] {
  const words: string[] = [];
  // The runs between spaces, as text.split(/\s+/) gives them without its empty ends (one scan, no regex).
  let start = -1;
  for (let i = 0; i <= text.length; i++) {
    if (i < text.length && !isSpace(text.charCodeAt(i))) {
      if (start < 0) start = i;
      continue;
    }
    if (start < 0) continue;
    const raw = text.slice(start, i);
    start = -1;
    // A word that starts and ends with a letter or digit has no edge punctuation to cut.
    const word = isWordCharCode(raw.charCodeAt(0)) && isWordCharCode(raw.charCodeAt(raw.length - 1)) ? raw : withoutEdgePunctuation(raw, 0, raw.length);
    if (word !== '') words.push(word);
  }
  return words;
}

/** wordsOf(text).length without the words: a run between spaces is a word when edge punctuation does not eat all of it. */
export function wordCount(text: string): number {
  let words = 0;
  let start = -1;
  for (let i = 0; i <= text.length; i++) {
    if (i < text.length && !isSpace(text.charCodeAt(i))) {
      if (start < 0) start = i;
      continue;
    }
    if (start < 0) continue;
    // Cutting the edge punctuation leaves something exactly when the run has a letter, mark or digit.
    if ((isWordCharCode(text.charCodeAt(start)) && isWordCharCode(text.charCodeAt(i - 1))) || WORD_CHAR.test(text.slice(start, i))) words++;
    start = -1;
  }
  return words;
}
const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;

/** Share of `text`'s words that are Hindi function words. */
export function stopwordDensity(text: string): number {
  // scanLine counts the words and their function words as wordsOf and the stoplist do, without an array of words
  // (into a record of its own: lineFeatures calls this while it still reads LINE_SCAN).
  const scan = scanLine(text, DENSITY_SCAN);
  return scan.words === 0 ? 0 : scan.stopwords / scan.words;
}

/** jusText-style length class: tiny ≤ 3 words, short ≤ 9, medium ≤ 25, long above. */
export function lengthClassOf(words: number): LengthClass {
  if (words <= 3) return 'tiny';
  if (words <= 9) return 'short';
  return words <= 25 ? 'medium' : 'long';
}

// "… आएंगे। (आईएएनएस)": a sentence followed by a short tag in brackets still ends in a sentence.
const SENTENCE_THEN_TAG = /[।॥?!.…]["'”’]?\s*[(\[][^()\[\]]{1,30}[)\]]$/;

/** The feature record of one line (`index` is its position among the page's non-blank lines). */
export function lineFeatures(n: number, text: string, index: number): LineFeatures {
  const scan = scanLine(text);
  const letters = scan.devanagari + scan.latin + scan.otherLetters;
  const words = scan.words;
  // Only headline-sized lines can be menus; counting on megabyte lines would be wasted work. Every
  // alternative of the pattern needs a separator mark or two spaces in a row (scanLine's `maySeparate`).
  const separators = text.length > 400 || !scan.maySeparate ? 0 : (text.match(/\s[|•·/»›>]\s|\S {2,}\S|\s\|\s?|\s?\|\s/g) ?? []).length;
  return {
    n,
    text,
    words,
    lengthClass: lengthClassOf(words),
    stopwordDensity: text.length > 4000 ? stopwordDensity(text.slice(0, 4000)) : (words === 0 ? 0 : scan.stopwords / words),
    endsSentence: endsSentence(text),
    devanagariShare: letters === 0 ? 0 : scan.devanagari / letters,
    latinShare: letters === 0 ? 0 : scan.latin / letters,
    digitShare: scan.visible === 0 ? 0 : scan.digits / scan.visible,
    separators,
    index,
    tableRow: scan.hasTab && isTableRowText(text),
  };
}

/** What one scan of a line counts for its feature record (one record, reused: lineFeatures reads it at once). */
interface LineScan {
  /** wordsOf(text).length. */
  words: number;
  /** How many of those words are function words (STOPWORDS.has(foldWord(word)) of wordsOf's words). */
  stopwords: number;
  /** Non-space characters (a surrogate pair is one) and the digits (ASCII or Devanagari) among them. */
  visible: number;
  digits: number;
  /** A separator mark (| • · / » › >) or two spaces in a row: the menu-separator pattern can match. */
  maySeparate: boolean;
  /** A tab anywhere in the line. */
  hasTab: boolean;
  /** scriptProfile's letter counts. */
  devanagari: number;
  latin: number;
  otherLetters: number;
}
const LINE_SCAN: LineScan = { words: 0, stopwords: 0, visible: 0, digits: 0, maySeparate: false, hasTab: false, devanagari: 0, latin: 0, otherLetters: 0 };
const DENSITY_SCAN: LineScan = { ...LINE_SCAN };

// The stopwords' lengths and first code units: a folded word (foldWord returns it as it is) longer than
// every stopword or starting with a code unit no stopword starts with is no stopword, without a string for it.
const STOPWORD_MAX_LENGTH = Math.max(0, ...[...STOPWORDS].map((word) => word.length));
const STOPWORD_FIRST = new Uint8Array(0x10000);
for (const word of STOPWORDS) if (word.length > 0) STOPWORD_FIRST[word.charCodeAt(0)] = 1;
// The stopwords by first code unit and length: a folded word is compared with the few of its shape in place
// (about half the words of a Hindi sentence are stopwords; a slice and a hash per word cost more).
const STOPWORDS_BY_SHAPE = new Map<number, string[]>();
for (const word of STOPWORDS) {
  const shape = word.charCodeAt(0) * (STOPWORD_MAX_LENGTH + 1) + word.length;
  STOPWORDS_BY_SHAPE.set(shape, [...(STOPWORDS_BY_SHAPE.get(shape) ?? []), word]);
}

/** STOPWORDS.has(text.slice(start, end)) for a word of at most STOPWORD_MAX_LENGTH code units, without the slice. */
function isStopwordAt(text: string, start: number, end: number): boolean {
  const candidates = STOPWORDS_BY_SHAPE.get(text.charCodeAt(start) * (STOPWORD_MAX_LENGTH + 1) + (end - start));
  if (candidates === undefined) return false;
  for (const word of candidates) {
    let k = 1;
    while (k < word.length && word.charCodeAt(k) === text.charCodeAt(start + k)) k++;
    if (k === word.length) return true;
  }
  return false;
}

// wordsOf, the function words among them, the digit share and scriptProfile's letters in one pass over the line: a string is made only for
// a word that may be a stopword or has edge punctuation to cut (wordsOf made one per word, and an array).
function scanLine(text: string, scan: LineScan = LINE_SCAN): LineScan {
  let words = 0;
  let stopwords = 0;
  let visible = 0;
  let digits = 0;
  let maySeparate = false;
  let hasTab = false;
  let devanagari = 0;
  let latin = 0;
  let otherLetters = 0;
  let start = -1;
  let previous = -1;
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) : -1;
    if (c >= 0 && !isSpace(c)) {
      if (start < 0) start = i;
      if ((c >= 0x30 && c <= 0x39) || (c >= 0x0966 && c <= 0x096f)) digits++;
      else if (c === 0x7c || c === 0x2022 || c === 0xb7 || c === 0x2f || c === 0xbb || c === 0x203a || c === 0x3e) maySeparate = true;
      // Letters as scriptProfile counts them: danda, double danda and Devanagari digits are none.
      if (c >= 0x0900 && c <= 0x097f) {
        if (c !== 0x0964 && c !== 0x0965 && !(c >= 0x0966 && c <= 0x096f)) devanagari++;
      } else if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0xc0 && c <= 0x24f)) {
        latin++;
      } else if (c > 0x24f) {
        // A low surrogate after a high one is the second half of the character read at the high one.
        const secondHalf = c >= 0xdc00 && c <= 0xdfff && previous >= 0xd800 && previous <= 0xdbff;
        if (!secondHalf) {
          let code = c;
          if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
            const low = text.charCodeAt(i + 1);
            if (low >= 0xdc00 && low <= 0xdfff) code = 0x10000 + ((c - 0xd800) << 10) + (low - 0xdc00);
          }
          if (isLetterCodePoint(code)) otherLetters++;
        }
      }
      // A surrogate pair is one visible character.
      if (!(c >= 0xdc00 && c <= 0xdfff && previous >= 0xd800 && previous <= 0xdbff)) visible++;
      previous = c;
      continue;
    }
    if (c === 0x20 && previous === 0x20) maySeparate = true;
    else if (c === 0x09) hasTab = true;
    previous = c;
    if (start < 0) continue;
    const first = text.charCodeAt(start);
    if (isWordCharCode(first) && isWordCharCode(text.charCodeAt(i - 1))) {
      words++;
      if (isFoldedRange(text, start, i)) {
        if (i - start <= STOPWORD_MAX_LENGTH && STOPWORD_FIRST[first] === 1 && isStopwordAt(text, start, i)) stopwords++;
      } else if (STOPWORDS.has(foldWord(text.slice(start, i)))) {
        stopwords++;
      }
    } else {
      const word = withoutEdgePunctuation(text, start, i);
      if (word !== '') {
        words++;
        if (STOPWORDS.has(foldWord(word))) stopwords++;
      }
    }
    start = -1;
  }
  scan.words = words;
  scan.stopwords = stopwords;
  scan.visible = visible;
  scan.digits = digits;
  scan.maySeparate = maySeparate;
  scan.hasTab = hasTab;
  scan.devanagari = devanagari;
  scan.latin = latin;
  scan.otherLetters = otherLetters;
  return scan;
}

const isFinalMark = (c: number): boolean => c === 0x0964 || c === 0x0965 || c === 0x3f || c === 0x21 || c === 0x2e || c === 0x2026;
const isCloser = (c: number): boolean => c === 0x22 || c === 0x27 || c === 0x201d || c === 0x2019 || c === 0x29 || c === 0x5d || c === 0xbb;

/**
 * `/[।॥?!.…](?:["'”’)\]»]*)$/` or SENTENCE_THEN_TAG on `text.trimEnd()`, read from the end: the
 * closers and the final marks are disjoint, so the first matches exactly when the last character before
 * the closers is a final mark; SENTENCE_THEN_TAG needs a closing bracket last. (Both patterns were tried
 * from every position of the line.)
 */
export function endsSentence(text: string): boolean {
  let end = text.length;
  while (end > 0 && isSpace(text.charCodeAt(end - 1))) end--;
  let j = end - 1;
  while (j >= 0 && isCloser(text.charCodeAt(j))) j--;
  if (j >= 0 && isFinalMark(text.charCodeAt(j))) return true;
  const last = end > 0 ? text.charCodeAt(end - 1) : -1;
  return (last === 0x29 || last === 0x5d) && SENTENCE_THEN_TAG.test(text.trimEnd());
}

/** True for a line shaped like a headline: 4–25 words, no sentence-final punctuation, mostly Devanagari. */
export function isHeadlineShaped(features: LineFeatures): boolean {
  return features.words >= 4 && features.words <= 25 && !features.endsSentence && features.devanagariShare >= 0.5
    && !/[।॥]/.test(features.text);
}

/**
 * True for a table row as scrapers copy one (`<td>` cells joined by tabs): two or more non-empty cells
 * split by a tab. Menus are joined by spaces, pipes or bullets, never by tabs; a tab-separated row is a
 * table's header or data row and carries the story's figures when it stands inside the story.
 */
export function isTableRow(features: LineFeatures): boolean {
  return features.tableRow;
}

/** isTableRow on a trimmed line's text. */
export function isTableRowText(text: string): boolean {
  // Length first: a megabyte line is no row, and indexOf would scan all of it on every call.
  if (text.length > 400) return false;
  const tab = text.indexOf('\t');
  return tab > 0 && tab < text.length - 1;
}

/** True for a menu row: three or more separators between short parts, or seven or more words with no function word and no figure. */
export function isMenuRow(features: LineFeatures): boolean {
  if (features.endsSentence || features.words < 4 || features.digitShare > 0) return false;
  if (features.separators >= 3) return true;
  return features.words >= 7 && features.stopwordDensity === 0;
}
