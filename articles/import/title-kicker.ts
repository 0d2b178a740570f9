import { foldWord, stopwordDensity, wordCount } from './line-features.ts';
import { trimmedNfc } from './page-memo.ts';
import { stripLatinKicker } from './page-metadata.ts';

// A label word: Devanagari letters, and figures only glued after them (a name like "टी20", "जी20"): a figure
// standing as a word is a count or a year, and "<event> <year>" stays in the title.
const LABEL_WORD = '[\\u0900-\\u0963\\u0971-\\u097F]+[0-9\\u0966-\\u096F]*';
// "<kicker> : <headline>": a spaced colon (a space on both sides), the way a topic label is set before a headline.
const SPACED_KICKER = new RegExp(`^(${LABEL_WORD}(?:\\s${LABEL_WORD}){0,2})\\s+[:：]\\s+(\\S.*)$`);
// "<kicker>: <headline>": the colon set against the label, one or two Devanagari words. The class has no
// hyphen or danda: "<name>-<name> <noun>" (the two parties of the story) stays in the title.
const UNSPACED_KICKER = new RegExp(`^(${LABEL_WORD}(?:\\s${LABEL_WORD})?)[:：]\\s+(\\S.*)$`);
// The rest must itself read as a headline: five or more words.
const MIN_HEADLINE_WORDS = 5;

/**
 * A Hindi topic label set before the headline with a colon ("<topic words> : <headline>",
 * "<topic>: <headline>") — the kicker field. Decision (issue 12): the label is one to three Devanagari
 * words (one or two when the colon is unspaced) without function words or figures, the rest a headline
 * of five or more words; and it does not name the page's own place. Hindi papers lead a local headline
 * with its city ("<city>: …"), the same place the dateline, the crumb or the opening words of the first
 * paragraph name, and that lead is part of the headline; so a label equal to one of `pagePlaces` stays
 * in the title. Unspaced, a rest that opens with a quote mark is what the label (a speaker) said:
 * "<name>: '<quote>'" is one headline. Only the first label is the kicker: the rest keeps its own colon.
 * Returns the kicker and the headline, or undefined.
 */
export function splitHindiKicker(title: string, pagePlaces: readonly string[]): { kicker: string; title: string } | undefined {
  const text = trimmedNfc(title);
  const spaced = SPACED_KICKER.exec(text);
  const m = spaced ?? UNSPACED_KICKER.exec(text);
  if (!m) return undefined;
  const [, label, rest] = m;
  if (stopwordDensity(label) > 0 || wordCount(rest) < MIN_HEADLINE_WORDS) return undefined;
  if (!spaced && QUOTE_OPENERS.has(rest.charCodeAt(0))) return undefined;
  const key = foldWord(label);
  if (pagePlaces.some((place) => foldWord(place.trim()) === key)) return undefined;
  return { kicker: label, title: rest };
}

// " ' “ ‘ « : the marks that open a quotation.
const QUOTE_OPENERS: ReadonlySet<number> = new Set([0x22, 0x27, 0x201c, 0x2018, 0xab]);

/**
 * True when the line is a kicker label and a headline: a Latin label before a colon ("VIDEO: <headline>",
 * stripLatinKicker) or a Hindi one before a colon (splitHindiKicker), the rest five or more words.
 * A media-kind label opens embed links too ("<video> : <clip title>"); only the line's place on the page
 * (heading the story, its byline or date right under it) tells the page's headline with a kicker from a link.
 */
export function isKickerAndHeadline(text: string): boolean {
  const trimmed = text.trim();
  const latinRest = stripLatinKicker(trimmed);
  if (latinRest !== trimmed) return wordCount(latinRest) >= MIN_HEADLINE_WORDS;
  return splitHindiKicker(trimmed, []) !== undefined;
}
