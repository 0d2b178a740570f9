import { endsWithLinkVerb } from './title-choice.ts';
import { foldWord, wordCount, wordsOf } from './line-features.ts';
import { trimmedNfc } from './page-memo.ts';
import linkVerbsFile from './lexicon/link-verbs.json' with { type: 'json' };

/**
 * Rows of link labels and media links (no word of any outlet is looked up; the imperatives are general
 * grammar, link-verbs.json):
 * - a row of separated short parts, each a link label (ending in an imperative: "<read in n minutes>",
 *   "<share this story>") or a figure or duration ("18:05"), at least one a label: a reading-time and
 *   share row, a "<watch the interview>  <duration>" player link;
 * - a line with a play glyph (▶ ►) and an imperative of watching or a duration, no sentence: a video link;
 * - a row whose every part (or the line without its decoration, "~ <ad> ~") is by itself a chrome label
 *   of the boilerplate table with one reason ("<ADVERTISEMENT> · <विज्ञापन>");
 * - a lead-in ending in a colon whose last words are an imperative ("<watch the video here>:") right above
 *   a line the page removes (the embed it points at): the pointer goes with what it points at.
 */

const LINK_VERBS: ReadonlySet<string> = new Set(linkVerbsFile.words.map(foldWord));
// Parts of a row: spaced pipes, bullets and middle dots, runs of two or more spaces, play glyphs.
const ROW_PARTS = /\s+[|•·]\s+|\s{2,}|\s*[▶►⏵]\s*/u;
const PLAY_GLYPH = /[▶►⏵]/u;
const SENTENCE_END = /[।॥?!]["'”’)]?$/;
const MAX_PART_WORDS = 6;
const MAX_PARTS = 4;
const MAX_MEDIA_WORDS = 25;
const MAX_LEAD_IN_WORDS = 10;
// A figure or duration standing alone: "18:05", "12", "4 मिनट" is no label but a counter.
const FIGURE = /^[0-9०-९][0-9०-९:.,]*$/;

const partsOf = (line: string): string[] => line.split(ROW_PARTS).map((part) => part.trim()).filter((part) => part !== '');

/** A row of link labels, figures and durations ('button'), or a video link with a play glyph ('embed'). */
export function linkRowReason(text: string): 'button' | 'embed' | undefined {
  const line = trimmedNfc(text);
  if (line.length > 250 || SENTENCE_END.test(line) || /["“”]/.test(line)) return undefined;
  const parts = partsOf(line);
  if (PLAY_GLYPH.test(line) && wordCount(line) <= MAX_MEDIA_WORDS
    && parts.some((part) => FIGURE.test(part) || wordsOf(part).some((word) => LINK_VERBS.has(foldWord(word))))) return 'embed';
  if (parts.length < 2 || parts.length > MAX_PARTS) return undefined;
  const labels = parts.filter((part) => wordCount(part) <= MAX_PART_WORDS && endsWithLinkVerb(part)).length;
  const figures = parts.filter((part) => FIGURE.test(part)).length;
  return labels >= 1 && labels + figures === parts.length ? 'button' : undefined;
}

/** The one chrome reason every part of a row (or the line without its decoration) has by itself, from `match` (the boilerplate table). */
export function labelRowReason(text: string, match: (part: string) => string | undefined): string | undefined {
  const line = trimmedNfc(text);
  if (line.length > 120 || SENTENCE_END.test(line)) return undefined;
  // Decoration around a label ("~ <label> ~", "— <label> —", "*** <label> ***") is typography, not text.
  const bare = line.replace(/^[~*=—–\-_#\s]+|[~*=—–\-_#\s]+$/g, '');
  const parts = bare === line ? partsOf(line) : [bare];
  if (parts.length === 0 || (parts.length === 1 && bare === line)) return undefined;
  const reasons = new Set(parts.map(match));
  if (reasons.size !== 1) return undefined;
  const [reason] = reasons;
  return reason;
}

/** A short lead-in ending in a colon whose words before it end in an imperative ("<watch it here>:"). */
export function isLinkLeadIn(text: string): boolean {
  const line = trimmedNfc(text);
  if (!/[:：]$/.test(line)) return false;
  const head = line.slice(0, -1);
  const words = wordCount(head);
  return words >= 2 && words <= MAX_LEAD_IN_WORDS && !/[।?!"“”]/.test(head) && endsWithLinkVerb(head);
}
