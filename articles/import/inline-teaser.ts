import { wordCount, wordsOf } from './line-features.ts';
import { isDevanagariLed, isLatinDominant } from './script-profile.ts';
import { endsWithLinkVerb } from './title-choice.ts';
import { trimmedNfc } from './page-memo.ts';

/**
 * An inline teaser between two paragraphs of a story: a short label, a separator and another story's
 * headline ("<label>: <headline>", "<label> >> <headline>", "▶ <label>: <headline>"). The line's shape
 * decides, not its words:
 * - the label is one to four words without figures or sentence punctuation, the tail a headline of four
 *   or more words that does not end a sentence (a teaser links a headline; a paragraph ends in punctuation);
 * - and the label marks a link: it carries a pointing glyph (an arrow, a play sign, `>>`), it is in
 *   another script than its Devanagari headline (a CMS box label), or it ends in an imperative of acting
 *   on a page (link-verbs.json, "<…> पढ़ें -"); or the tail repeats a headline the page shows elsewhere
 *   (`isRepeated`: the ticker, a card, a most-read list).
 * A subheading with a colon ("<topic>: <what follows>") has none of these marks and stays.
 */
export function isInlineTeaser(text: string, isRepeated: (tail: string) => boolean = () => false): boolean {
  const parts = splitTeaser(text);
  if (!parts) return false;
  const { label, tail, glyph } = parts;
  const labelWords = wordsOf(label);
  if (labelWords.length > 4 || /[0-9०-९।॥?!]/.test(label)) return false;
  // One headline: no further label or row separator in it ("श्रेणी: <a>, <b> | टैग: <c>" is a row of labels).
  if (wordCount(tail) < 4 || /[।॥?!.]["'”’)]?$/.test(tail) || !isDevanagariLed(tail) || /[|:：]/.test(tail)) return false;
  if (glyph) return true;
  if (labelWords.length > 0 && isLatinDominant(label)) return true;
  if (labelWords.length > 0 && endsWithLinkVerb(label)) return true;
  return isRepeated(tail);
}

// A pointing glyph: arrows, play and pointer triangles, guillemets and '>>' (Unicode "Symbol, other" covers the pictographs).
const POINTING = /[▶►▸→⇒➜➤»›]|>>|\p{So}/u;
// The first separator after the label: a colon, a spaced dash, or a pointing glyph.
const SEPARATOR = /\s*[:：]\s+|\s+[-–—]\s+|\s*(?:>>|[»›→⇒➜➤])\s*/u;

function splitTeaser(text: string): { label: string; tail: string; glyph: boolean } | undefined {
  let line = trimmedNfc(text);
  if (line.length > 300) return undefined;
  // "▶ <label>: <headline>" or "▶ <headline>": a leading glyph marks the link by itself.
  const lead = LEADING_GLYPH.exec(line);
  if (lead) line = line.slice(lead[0].length);
  const m = hasSeparatorMark(line) ? SEPARATOR.exec(line) : null;
  if (!m || m.index === 0) return lead ? { label: '', tail: line, glyph: true } : undefined;
  const label = line.slice(0, m.index);
  return { label, tail: line.slice(m.index + m[0].length), glyph: lead !== null || POINTING.test(label) || POINTING.test(m[0]) };
}

// Every SEPARATOR alternative holds one of these marks ('>>' a '>'): a line with none has no separator (most lines;
// the pattern is tried at every space).
function hasSeparatorMark(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x3a || c === 0xff1a || c === 0x2d || c === 0x2013 || c === 0x2014 || c === 0x3e || c === 0xbb || c === 0x203a || c === 0x2192 || c === 0x21d2 || c === 0x279c || c === 0x27a4) return true;
  }
  return false;
}

const LEADING_GLYPH = /^(?:[▶►▸→⇒➜➤»›]|>>|\p{So})\s*/u;
