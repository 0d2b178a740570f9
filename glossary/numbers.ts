/**
 * Numbers in Hindi source and English target: Devanagari digits, western and Indian digit grouping,
 * लाख/करोड़/हज़ार/अरब amounts, ISO dates and clock times.
 */
import type { SegmentIssue } from './model.ts';
import { durationInTarget, sourceDuration } from './durations.ts';
import { termKey } from './normalize.ts';

/** A number found in the source, with what the target must contain. */
export interface SourceNumber {
  start: number;
  end: number;
  /** Numeric value (amount words applied), or NaN for dates and times. */
  value: number;
  /** How the number should appear in the target, e.g. "15,000", "150,000", "2024". */
  expected: string;
  /** Converted figure for a लाख/करोड़ amount, e.g. "200,000 or 0.2 million". */
  suggestion?: string;
  /** For dates and times: ways the target may write it; any one satisfies. */
  alternatives?: string[][];
  /** A year (1961 में, सन् 1961): the target must write the same digits ungrouped ("1,961" is not 1961). */
  year?: boolean;
}

// A four-digit figure is a year when the Hindi says so: सन्/वर्ष/साल or a month before it, or a
// postposition or ई./ईस्वी right after it ("1961 में" = "in 1961"); a count is followed by its noun.
const YEAR_BEFORE = /(?:सन्?|वर्ष|साल|जनवरी|फ़?फरवरी|मार्च|अप्रैल|मई|जून|जुलाई|अगस्त|सितं?म?बर|अक्टूबर|अक्तूबर|नवं?म?बर|दिसं?म?बर)[\s,]*$/u;
const YEAR_AFTER = /^\s*(?:में|से|तक|के|की|का|को|ई\.|ईस्वी|वर्ष|साल|\)|,|।|$)/u;

function looksLikeYear(text: string, start: number, end: number, digits: string): boolean {
  if (!/^(1[0-9]|20|21)\d{2}$/.test(digits)) return false;
  return YEAR_BEFORE.test(text.slice(Math.max(0, start - 16), start)) || YEAR_AFTER.test(text.slice(end, end + 8));
}

/** Replace Devanagari digits ०–९ with ASCII 0–9 (same length, so offsets are kept). */
export function toAsciiDigits(text: string): string {
  return text.replace(/[\u0966-\u096f]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0x0966 + 0x30));
}

// Indian amount words, matched after normalisation (nukta folded: करोड़ = करोड, हज़ार = हजार).
const HINDI_SCALES = new Map<string, number>([['हजार', 1e3], ['लाख', 1e5], ['करोड', 1e7], ['अरब', 1e9]]);
const ENGLISH_SCALES = new Map<string, number>([
  ['thousand', 1e3], ['lakh', 1e5], ['lakhs', 1e5], ['lac', 1e5], ['crore', 1e7], ['crores', 1e7],
  ['million', 1e6], ['millions', 1e6], ['mn', 1e6], ['billion', 1e9], ['bn', 1e9], ['trillion', 1e12],
]);
const ENGLISH_NUMBER_WORDS = new Map<string, number>(
  ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve',
    'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty']
    .map((word, value) => [word, value] as [string, number])
    .concat([['thirty', 30], ['forty', 40], ['fifty', 50], ['sixty', 60], ['seventy', 70], ['eighty', 80], ['ninety', 90], ['hundred', 100]]),
);

const GROUPED_WESTERN = /^\d{1,3}(,\d{3})+(\.\d+)?$/;
const GROUPED_INDIAN = /^\d{1,2}(,\d{2})*,\d{3}(\.\d+)?$/;
const NUMBER_TOKEN = /\d+(?:[.,]\d+)*/g;
const ISO_DATE = /(\d{4})-(\d{2})-(\d{2})/g;
const CLOCK_TIME = /(\d{1,2}):(\d{2})/g;

function round(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}

/** Western-grouped figure: 150000 → "150,000", 27.1 → "27.1". */
export function formatWestern(value: number): string {
  const rounded = round(value);
  const [integer, fraction] = String(rounded).split('.');
  const grouped = integer.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return fraction ? `${grouped}.${fraction}` : grouped;
}

function scaledWords(value: number): string {
  if (value >= 1e12) return `${round(value / 1e12)} trillion`;
  if (value >= 1e9) return `${round(value / 1e9)} billion`;
  return `${round(value / 1e6)} million`;
}

/** Split a digit token into numbers: one if its commas are a valid grouping, else one per comma part. */
function splitToken(token: string, offset: number): { start: number; end: number; text: string; grouped: boolean }[] {
  if (!token.includes(',')) return [{ start: offset, end: offset + token.length, text: token, grouped: false }];
  if (GROUPED_WESTERN.test(token) || GROUPED_INDIAN.test(token)) {
    return [{ start: offset, end: offset + token.length, text: token, grouped: true }];
  }
  const parts: { start: number; end: number; text: string; grouped: boolean }[] = [];
  let at = offset;
  for (const part of token.split(',')) {
    if (part !== '') parts.push({ start: at, end: at + part.length, text: part, grouped: false });
    at += part.length + 1;
  }
  return parts;
}

/**
 * The amount words right after a figure, multiplied: लाख = 1e5, लाख करोड़ = 1e12 (Hindi and Indian
 * English stack them: "1.2 lakh crore"). `scaleOf` maps one word to its multiplier.
 */
function stackedScale(after: string, scaleOf: (word: string) => number | undefined, maxWords = Infinity): { multiplier: number; length: number; last: number } | null {
  let multiplier = 1;
  let length = 0;
  let last = 0;
  for (let rest = after, words = 0; words < maxWords; words++) {
    const word = /^\s*([\p{L}\p{M}]+)/u.exec(rest);
    const scale = word ? scaleOf(word[1]) : undefined;
    if (!word || scale === undefined) break;
    multiplier *= scale;
    last = scale;
    length += word[0].length;
    rest = rest.slice(word[0].length);
  }
  return length === 0 ? null : { multiplier, length, last };
}

/**
 * An Indian amount in parts, largest first: "3 करोड़ 20 लाख" = 32,000,000, "2 lakh 50 thousand" =
 * 250,000. Reads the next "figure + amount word(s)" after `end` when its amount is smaller than the
 * one before; returns the added value and where the parts end.
 */
function amountParts(text: string, end: number, lastScale: number, scaleOf: (word: string) => number | undefined): { value: number; end: number } {
  let value = 0;
  let at = end;
  for (;;) {
    const next = /^\s+(\d+(?:\.\d+)?)/.exec(text.slice(at));
    if (!next) break;
    const scale = stackedScale(text.slice(at + next[0].length), scaleOf);
    if (!scale || scale.multiplier >= lastScale) break;
    value += Number(next[1]) * scale.multiplier;
    lastScale = scale.multiplier;
    at += next[0].length + scale.length;
  }
  return { value, end: at };
}

const hindiScale = (word: string) => HINDI_SCALES.get(termKey(word));
// Fraction words before an amount word (normalised: nukta folded): डेढ़ लाख = 1.5 lakh, ढाई सौ = 250.
// Read only before an amount word: alone they are mostly time ("डेढ़ घंटे", "साढ़े 3 बजे").
const HINDI_FRACTIONS = new Map<string, number>([['डेढ', 1.5], ['ढाई', 2.5]]);
// Fraction words before a figure that has an amount word: साढ़े 3 लाख = 3.5 lakh, सवा 2 करोड़ = 2.25 crore.
const HINDI_FRACTION_OFFSETS = new Map<string, number>([['साढे', 0.5], ['सवा', 0.25], ['पौने', -0.25]]);
const amountOrHundred = (word: string) => (termKey(word) === 'सौ' ? 100 : hindiScale(word));

/** The fraction word (साढ़े, सवा, पौने) right before `at`, as an offset to add and where it starts. */
function fractionBefore(text: string, at: number): { offset: number; start: number } | null {
  const m = /([\u0900-\u097f]+)\s+$/u.exec(text.slice(Math.max(0, at - 12), at));
  const offset = m ? HINDI_FRACTION_OFFSETS.get(termKey(m[1])) : undefined;
  return m && offset !== undefined ? { offset, start: at - m[0].length } : null;
}
const englishScale = (word: string) => ENGLISH_SCALES.get(word.toLowerCase());

/** Numbers in Hindi source text, with original UTF-16 offsets and their expected English form. */
export function findSourceNumbers(sourceText: string, options: { stackedAmounts?: boolean } = {}): SourceNumber[] {
  // The checker before issue 11 read one amount word after a figure (the qa bench's baseline).
  const stacked = options.stackedAmounts !== false;
  const text = toAsciiDigits(sourceText);
  const found: SourceNumber[] = [];
  const covered: [number, number][] = [];
  for (const m of text.matchAll(ISO_DATE)) {
    const start = m.index;
    const [, year, month, day] = m;
    found.push({
      start, end: start + m[0].length, value: Number.NaN, expected: m[0],
      alternatives: [[m[0]], [year, String(Number(day))], [year, `${Number(month)}/${Number(day)}`]],
    });
    covered.push([start, start + m[0].length]);
  }
  for (const m of text.matchAll(CLOCK_TIME)) {
    const start = m.index;
    if (covered.some(([a, b]) => start < b && start + m[0].length > a)) continue;
    const hour = String(Number(m[1]));
    found.push({ start, end: start + m[0].length, value: Number.NaN, expected: `${hour}:${m[2]}`,
      alternatives: [[`${hour}:${m[2]}`], [`${hour}.${m[2]}`]] });
    covered.push([start, start + m[0].length]);
  }
  for (const m of text.matchAll(NUMBER_TOKEN)) {
    for (const piece of splitToken(m[0], m.index)) {
      if (covered.some(([a, b]) => piece.start < b && piece.end > a)) continue;
      const digits = piece.text.replace(/,/g, '');
      const base = Number(digits);
      if (!Number.isFinite(base)) continue;
      const scale = stackedScale(text.slice(piece.end), hindiScale, stacked ? Infinity : 1);
      if (scale) {
        const scaleEnd = piece.end + scale.length;
        const parts = stacked ? amountParts(text, scaleEnd, scale.multiplier, hindiScale) : { value: 0, end: scaleEnd };
        const fraction = stacked ? fractionBefore(text, piece.start) : null;
        const value = round((base + (fraction?.offset ?? 0)) * scale.multiplier + parts.value);
        const grouped = formatWestern(value);
        const multiplier = scale.multiplier;
        found.push({
          start: fraction?.start ?? piece.start, end: parts.end, value, expected: grouped,
          suggestion: multiplier >= 1e5 ? `${grouped} or ${scaledWords(value)}` : `${grouped} or ${formatWestern(value / 1e3)} thousand`,
        });
        covered.push([piece.start, parts.end]);
      } else {
        const year = !piece.grouped && looksLikeYear(sourceText, piece.start, piece.end, digits);
        found.push({ start: piece.start, end: piece.end, value: base, expected: piece.grouped ? formatWestern(base) : digits, ...(year ? { year } : {}) });
      }
    }
  }
  if (stacked) found.push(...fractionAmounts(text, covered));
  return found.sort((a, b) => a.start - b.start);
}

/** डेढ़/ढाई before an amount word (डेढ़ लाख = 150,000, ढाई सौ = 250), outside numbers already read. */
function fractionAmounts(text: string, covered: readonly [number, number][]): SourceNumber[] {
  const found: SourceNumber[] = [];
  for (const m of text.matchAll(/[\u0900-\u097f]+/gu)) {
    const fraction = HINDI_FRACTIONS.get(termKey(m[0]));
    const start = m.index;
    if (fraction === undefined || covered.some(([a, b]) => start < b && start + m[0].length > a)) continue;
    const scale = stackedScale(text.slice(start + m[0].length), amountOrHundred);
    if (!scale) continue;
    const end = start + m[0].length + scale.length;
    const parts = amountParts(text, end, scale.multiplier, hindiScale);
    const value = round(fraction * scale.multiplier + parts.value);
    const grouped = formatWestern(value);
    found.push({
      start, end: parts.end, value, expected: grouped,
      ...(scale.multiplier >= 1e3 ? { suggestion: scale.multiplier >= 1e5 ? `${grouped} or ${scaledWords(value)}` : `${grouped} or ${formatWestern(value / 1e3)} thousand` } : {}),
    });
  }
  return found;
}

/** Values and raw tokens of the numbers written in an English target (scale words applied too). */
export function findTargetNumbers(targetText: string, options: { compoundWords?: boolean } = {}): { values: number[]; tokens: string[] } {
  const text = toAsciiDigits(targetText);
  const values: number[] = [];
  const tokens: string[] = [];
  for (const m of text.matchAll(/\d+(?:[.,:/]\d+)*/g)) tokens.push(m[0]);
  for (const m of text.matchAll(NUMBER_TOKEN)) {
    for (const piece of splitToken(m[0], m.index)) {
      const base = Number(piece.text.replace(/,/g, ''));
      if (!Number.isFinite(base)) continue;
      values.push(base);
      const scale = stackedScale(text.slice(piece.end), englishScale, options.compoundWords === false ? 1 : Infinity);
      if (scale) {
        // Each amount word on its own too ("5 lakh crore" also holds 5 lakh), then the stacked and added value.
        values.push(round(base * englishScale(/^\s*([A-Za-z]+)/.exec(text.slice(piece.end))![1])!));
        values.push(round(base * scale.multiplier));
        const parts = options.compoundWords === false ? { value: 0 } : amountParts(text, piece.end + scale.length, scale.multiplier, englishScale);
        if (parts.value > 0) values.push(round(base * scale.multiplier + parts.value));
      }
    }
  }
  if (options.compoundWords === false) {
    // The checker before issue 11 read single number words only (kept for the qa bench's baseline).
    for (const m of text.matchAll(/[A-Za-z]+/g)) {
      const value = ENGLISH_NUMBER_WORDS.get(m[0].toLowerCase());
      if (value !== undefined) values.push(value);
    }
  } else {
    for (const m of text.matchAll(NUMBER_WORD_RUN)) for (const value of numberWordValues(m[0])) values.push(value);
  }
  return { values, tokens };
}

// A run of English number words joined by spaces, hyphens or "and": "Thirty-four", "two hundred and five".
const NUMBER_WORD_RUN = /[A-Za-z]+(?:(?:\s+and\s+|[\s\-‐‑]+)[A-Za-z]+)*/g;

/**
 * Values written in words in one run of words: each number word alone ("two"), and each longest
 * sequence read as one number by English rules (tens + unit, × hundred, × thousand/million/lakh/crore):
 * "Thirty-four" = 34, "two hundred" = 200, "five lakh" = 500,000.
 */
export function numberWordValues(run: string): number[] {
  const values: number[] = [];
  const words = run.toLowerCase().split(/[\s\-‐‑]+/);
  let total = 0;
  let current = 0;
  let inNumber = false;
  const flush = () => {
    if (inNumber) values.push(round(total + current));
    total = 0; current = 0; inNumber = false;
  };
  // "a million", "a thousand", "a dozen" = one of them.
  let article = false;
  for (const word of words) {
    const small = ENGLISH_NUMBER_WORDS.get(word);
    const scale = word === 'hundred' ? undefined : word === 'dozen' ? 12 : ENGLISH_SCALES.get(word);
    const afterArticle = article;
    article = !inNumber && (word === 'a' || word === 'an');
    if (article) continue;
    if (word === 'and' && inNumber) continue;
    if (scale !== undefined && !inNumber && afterArticle) {
      current = scale;
      inNumber = true;
      continue;
    }
    if (small !== undefined && word !== 'hundred') {
      values.push(small);
      // "twenty five" adds, "five six" starts a new number.
      if (inNumber && !(current % 100 >= 20 && current % 10 === 0 && small < 10) && !(current % 100 === 0 && current > 0)) flush();
      current += small;
      inNumber = true;
    } else if (word === 'hundred') {
      // "a hundred" = 100.
      current = (current || 1) * 100;
      inNumber = true;
    } else if (scale !== undefined && inNumber) {
      total += (current || 1) * scale;
      current = 0;
    } else {
      flush();
    }
  }
  flush();
  return values;
}

/** number-mismatch issues: every source number must appear in the target in some accepted form. */
export function numberIssues(sourceText: string, targetText: string, options: { years?: boolean; compoundWords?: boolean } = {}): SegmentIssue[] {
  const sourceNumbers = findSourceNumbers(sourceText, { stackedAmounts: options.compoundWords !== false });
  if (sourceNumbers.length === 0) return [];
  const target = findTargetNumbers(targetText, { compoundWords: options.compoundWords });
  const asciiTarget = toAsciiDigits(targetText);
  const valueSet = new Set(target.values.map(round));
  const tokenSet = new Set(target.tokens);
  const tokenValues = new Set(target.tokens.map((t) => t.replace(/^0+(?=\d)/, '')));
  const issues: SegmentIssue[] = [];
  for (const number of sourceNumbers) {
    let present: boolean;
    if (number.alternatives) {
      present = number.alternatives.some((group) => group.every((part) =>
        /^\d+$/.test(part) ? valueSet.has(Number(part)) : tokenSet.has(part) || tokenValues.has(part)));
    } else if (number.year && options.years !== false) {
      present = new RegExp(`(?<![\\d,.])${number.expected}(?!\\d|[,.]\\d)`).test(asciiTarget);
    } else {
      present = valueSet.has(round(number.value));
      // "पिछले 10 वर्षों" = "the past decade", "24 घंटे" = "round the clock".
      if (!present && options.compoundWords !== false) {
        const duration = sourceDuration(sourceText, number.end, number.value);
        present = duration !== null && durationInTarget(targetText, duration);
      }
    }
    if (present) continue;
    const issue: SegmentIssue = { code: 'number-mismatch', severity: 'error', sourceSpan: [number.start, number.end], expected: number.expected };
    if (number.suggestion) issue.suggestion = number.suggestion;
    issues.push(issue);
  }
  return issues;
}
