import addressFile from './lexicon/reader-address.json' with { type: 'json' };
import { foldWord, wordCount, wordsOf } from './line-features.ts';
import { endsWithLinkVerb } from './title-choice.ts';
import { trimmedNfc } from './page-memo.ts';
import { isSpaceCode } from '../segment/spaces.ts';

const READER_ADDRESS: ReadonlySet<string> = new Set(addressFile.words.map(foldWord));
// Arrows and chevrons a button label may end with ("… खरीदें →").
const TRAILING_ARROWS = /[\s→›»>▶►]+$/u;
const TRAILING_ARROW_MARKS: ReadonlySet<number> = new Set([...'→›»>▶►'].map((mark) => mark.charCodeAt(0)));
const MAX_WORDS = 25;

/** The site's own names as a page prints them: short header lines above the headline (masthead) and the outlet's name. */
export function siteNamesOf(headerLines: readonly string[], outlet?: string): string[] {
  const names = headerLines.filter((text) => {
    const words = wordCount(text);
    // A masthead is a name of two to five words: no function words, figures, separators or sentence end.
    return words >= 2 && words <= 5 && !/[0-9०-९|•·/»›>।?!:]/.test(text) && !/\S {2,}\S/.test(text);
  }).map((text) => text.trim());
  if (outlet) names.push(outlet);
  return names;
}

/**
 * A call to action written as prose ("<the site's report> यहां से डाउनलोड करें", "<our> … से जुड़ें"):
 * the line ends in a polite imperative of acting on a page (link-verbs.json), has no sentence
 * punctuation (a button or link label, not a sentence of the story), and the site speaks in it: it
 * names the site itself (`siteNames`), uses a first-person-plural word or points at a link
 * (reader-address.json). Quotes are someone speaking, never the site.
 */
export function isCallToAction(text: string, siteNames: readonly string[] = []): boolean {
  const trimmed = trimmedNfc(text);
  // TRAILING_ARROWS is tried at every space of the line: only a line ending in a space or an arrow has any to cut.
  const line = TRAILING_ARROW_MARKS.has(trimmed.charCodeAt(trimmed.length - 1)) || isSpaceCode(trimmed.charCodeAt(trimmed.length - 1)) ? trimmed.replace(TRAILING_ARROWS, '') : trimmed;
  if (line === '' || line.length > 250 || /[।॥?.…"“”:：,]$/.test(line) || /["“”]/.test(line)) return false;
  // A row of buttons with wide gaps or pipes is a menu (another pass), not a sentence.
  if (/\S {2,}\S|\s[|•·]\s/.test(line)) return false;
  const words = wordsOf(line);
  if (words.length < 3 || words.length > MAX_WORDS || !endsWithLinkVerb(line)) return false;
  if (words.some((word) => READER_ADDRESS.has(foldWord(word)))) return true;
  const folded = foldWord(line);
  return siteNames.some((name) => name.length >= 4 && containsWhole(folded, foldWord(name)));
}

function containsWhole(text: string, part: string): boolean {
  const at = text.indexOf(part);
  if (at < 0) return false;
  const before = text[at - 1];
  const after = text[at + part.length];
  const isLetter = (ch: string | undefined): boolean => ch !== undefined && /[\p{L}\p{M}]/u.test(ch);
  return !isLetter(before) && !isLetter(after);
}
