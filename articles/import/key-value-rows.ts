import { endsSentence, stopwordDensity, wordCount } from './line-features.ts';
import { trimmedNfc } from './page-memo.ts';

// Parts of a row: a spaced pipe, bullet or middle dot, or a gap of two or more spaces.
const ROW_SEPARATOR = /\s+[|•·]\s+|\s{2,}/;
// "<label>: <value>": a label of one to three words without figures, a colon, a value.
const PAIR = /^([\p{L}\p{M}][\p{L}\p{M}.'-]*(?:\s[\p{L}\p{M}][\p{L}\p{M}.'-]*){0,2})\s*[:：]\s*(\S.*)$/u;
const MAX_VALUE_WORDS = 8;

/** The label–value pairs of a line made only of them ("<label>: <value> | <label>: <value>"), or undefined. */
export function keyValuePairs(text: string): { label: string; value: string }[] | undefined {
  const line = trimmedNfc(text);
  if (line.length > 200 || line === '' || /[।?!]$/.test(line)) return undefined;
  const pairs: { label: string; value: string }[] = [];
  for (const part of line.split(ROW_SEPARATOR)) {
    // A pair may stand in brackets ("(<id>: 2417)"): the brackets enclose it, they are neither label nor value.
    const m = PAIR.exec(part.trim().replace(/^\((.*)\)$/u, '$1'));
    if (!m) return undefined;
    const value = m[2].trim();
    // A value is a name, a figure, an address or a contact, never a clause with function words.
    if (wordCount(value) > MAX_VALUE_WORDS || /[।?!]/.test(value) || stopwordDensity(value) > 0.2) return undefined;
    pairs.push({ label: m[1], value });
  }
  return pairs;
}

/**
 * Where a key–value row is page furniture rather than a fact of the story (feed metadata "<category>:
 * … | <priority>: … | <words>: …" under the headline; "<editor>: …", "<address>: …", "<phone>: …",
 * "<visitors>: <count>" rows at the end). Inside the story a "<party>: <seats>" row is a table and
 * stays, so position decides: a row of two or more pairs in the header (below the headline, above the
 * first paragraph), or any row in the footer (after the last paragraph, with chrome between it and
 * the story).
 */
export function isKeyValueChrome(text: string, zone: 'header' | 'body' | 'footer'): boolean {
  if (zone === 'body') return false;
  const pairs = keyValuePairs(text);
  if (!pairs) return false;
  return zone === 'footer' || pairs.length >= 2;
}

/**
 * A row of short buttons or links ("<print> | <e-mail> | <download>", "<font size>  अ-  अ  अ+"): three
 * or more parts split by spaced pipes, bullets or wide gaps, each at most three words, few function
 * words (a light verb: "<e-mail> करें") and no sentence punctuation. Like a key–value row it is chrome only outside the story
 * (a table row inside it has the same shape).
 */
export function isButtonRow(text: string): boolean {
  const line = trimmedNfc(text);
  if (line.length > 200 || /[।?!]/.test(line) || stopwordDensity(line) >= 0.3) return false;
  const parts = line.split(ROW_SEPARATOR).filter((part) => part.trim() !== '');
  return parts.length >= 3 && parts.every((part) => wordCount(part) <= 3);
}

const COUNTER_PARTS: readonly RegExp[] = [
  /^[\p{L}\p{M}]+(?:\s[\p{L}\p{M}]+){0,2}\s*[:：]\s*[^:：]*[0-9०-९][^:：]*$/u,
  /^[0-9०-९][0-9०-९,.]*\s+[\p{L}\p{M}]+(?:\s[\p{L}\p{M}]+)?:?$/u,
  /^[\p{L}\p{M}]+(?:\s[\p{L}\p{M}]+)?\s*\([^()]*[0-9०-९][^()]*\)$/u,
];

/**
 * A counter row ("<reading time> : 6 मिनट | 2 <responses>", "<item no.> : 2417", "0 <comments>",
 * "<attachment> (PDF, 214 KB)"): every part split by pipes, bullets or wide gaps holds a figure, at most
 * five words a part and twelve in all, no sentence punctuation. Chrome outside the story only, like a key–value row.
 */
export function isCounterRow(text: string): boolean {
  const line = trimmedNfc(text);
  if (line.length > 160 || /[।?!]/.test(line) || wordCount(line) > 12 || stopwordDensity(line) >= 0.3) return false;
  const parts = line.split(ROW_SEPARATOR).filter((part) => part.trim() !== '');
  // Each part is a short count or figure with its label, never a clause: "<label> : <figure>",
  // "<figure> <one or two words>", "<name> (<figures>)".
  return parts.length > 0 && parts.every((part) => wordCount(part) <= 5 && COUNTER_PARTS.some((shape) => shape.test(part.trim())));
}

// "<label> : <text>": a label of one to three words of letters (any script) before a colon, then text.
const BOX_LINE = /^([\p{L}\p{M}]+(?:\s[\p{L}\p{M}]+){0,2})\s*[:：]\s*\S/u;

/**
 * Lines of a summary box that the page prints before the story and again after it ("<claim> : <the claim
 * sentence>।" above the first paragraph and under the last): a labelled sentence (a label of one to three
 * words without function words, a colon, then text ending a sentence) whose exact text stands twice on the page with a good
 * paragraph of the story between the two copies. The story says a thing once; a box generated from the
 * page's fields repeats it around the story. `lines` are the page's open lines in order, `isGood` the
 * context-free good class. Returns the line numbers of every copy.
 */
export function findRepeatedBoxLines(lines: readonly { n: number; text: string }[], isGood: (n: number) => boolean): number[] {
  const byText = new Map<string, number[]>();
  for (const line of lines) {
    if (line.text.length > 400 || (!line.text.includes(':') && !line.text.includes('：'))) continue;
    const m = BOX_LINE.exec(line.text);
    if (!m || stopwordDensity(m[1]) > 0 || !endsSentence(line.text)) continue;
    const key = line.text.normalize('NFC').replace(/\s+/g, ' ');
    byText.set(key, [...(byText.get(key) ?? []), line.n]);
  }
  const found: number[] = [];
  for (const copies of byText.values()) {
    if (copies.length < 2) continue;
    const first = copies[0];
    const last = copies[copies.length - 1];
    if (lines.some((line) => line.n > first && line.n < last && isGood(line.n) && !copies.includes(line.n))) found.push(...copies);
  }
  return found;
}
