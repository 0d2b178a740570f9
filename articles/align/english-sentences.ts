/**
 * English sentence splitting for translations handed in as running paragraphs.
 * Rules are data (ARCHITECTURE.md, example 5): a break candidate is `.`, `?`, `!` or `…` (with any
 * closing quotes/brackets after it) followed by white space; the tables below say when a
 * candidate after a period is not a break.
 */

/** One English sentence: the exact input text, trimmed, with UTF-16 offsets into the input. */
export interface EnglishSentence {
  text: string;
  start: number;
  end: number;
}

/** Abbreviations that are never the end of a sentence (a name or a number must follow). */
const NEVER_FINAL = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'st', 'mt', 'ft', 'gen', 'col', 'lt', 'sgt', 'capt', 'cmdr', 'adm', 'maj',
  'gov', 'sen', 'rep', 'rev', 'hon', 'pres', 'supt', 'insp', 'messrs', 'mme', 'mlle', 'sr', 'fr',
  'e.g', 'i.e', 'cf', 'vs', 'viz', 'approx', 'fig', 'figs', 'vol', 'vols', 'ch', 'sec', 'art', 'para', 'pp', 'p',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'no', 'nos', 'op', 'est', 'dept', 'univ', 'assn', 'bros', 'ave', 'blvd', 'rd',
]);

/**
 * Abbreviations that often end a sentence too ("… in the U.S. The …"): they break only when the
 * next word is a typical sentence opener.
 */
const SOMETIMES_FINAL = new Set([
  'u.s', 'u.n', 'u.k', 'e.u', 'u.s.a', 'd.c', 'a.m', 'p.m', 'inc', 'ltd', 'co', 'corp', 'jr', 'plc', 'llc',
]);

/** Words that open sentences far more often than they follow an abbreviation inside one. */
const SENTENCE_OPENERS = new Set([
  'the', 'a', 'an', 'he', 'she', 'it', 'they', 'we', 'i', 'you', 'this', 'that', 'these', 'those', 'there',
  'his', 'her', 'its', 'their', 'our', 'in', 'on', 'at', 'after', 'before', 'but', 'and', 'however', 'meanwhile',
  'also', 'when', 'while', 'if', 'as', 'for', 'according', 'some', 'many', 'most', 'both', 'officials', 'police',
]);

const CLOSERS = '"\'”’»)]}';
const TERMINATORS = '.?!…';

/** Splits English running text into sentences; each is the exact input text, trimmed, with offsets. */
export function splitEnglishSentences(text: string): EnglishSentence[] {
  const sentences: EnglishSentence[] = [];
  let sentenceStart = 0;
  const push = (end: number): void => {
    let s = sentenceStart;
    let e = end;
    while (s < e && isSpace(text.charCodeAt(s))) s++;
    while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
    if (e > s) sentences.push({ text: text.slice(s, e), start: s, end: e });
    sentenceStart = end;
  };

  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '\n') {
      if (isLineBreakBoundary(text, i)) push(i);
      continue;
    }
    if (!TERMINATORS.includes(ch)) continue;
    // Take the whole run of terminators and closing quotes/brackets ("?!", '."', '.)').
    let end = i + 1;
    while (end < text.length && (TERMINATORS.includes(text[end]) || CLOSERS.includes(text[end]))) end++;
    if (end >= text.length || !isSpace(text.charCodeAt(end))) {
      i = end - 1;
      continue;
    }
    let next = end;
    while (next < text.length && isSpace(text.charCodeAt(next))) next++;
    if (next >= text.length) break;
    if (isBreak(text, i, end, next)) push(end);
    i = end - 1;
  }
  push(text.length);
  return sentences;
}

/** Decides whether the terminator run text[at..end) followed by white space ends a sentence. */
function isBreak(text: string, at: number, end: number, next: number): boolean {
  const nextChar = text[next];
  // A lower-case continuation never starts a new sentence ("'Why?' he asked", "e.g. the").
  if (/\p{Ll}/u.test(nextChar)) return false;
  // Paragraph breaks inside the white space are handled as line breaks.
  if (text[at] !== '.' || text.slice(at, end).replace(/[^.]/g, '').length > 1) return true;
  const word = wordBefore(text, at);
  if (word === '') return true;
  const nextWord = wordAt(text, next);
  const lower = word.toLowerCase();
  if (NEVER_FINAL.has(lower)) {
    // "No." and the months abbreviate only before a number; otherwise "No." is an answer.
    if ((lower === 'no' || lower === 'nos') && !/^\d/.test(nextWord)) return true;
    return false;
  }
  if (SOMETIMES_FINAL.has(lower)) return SENTENCE_OPENERS.has(nextWord.toLowerCase());
  // Initials: "George W. Bush", "J. K. Rowling"; but not a unit after a number ("27.1 C.").
  if (/^\p{Lu}$/u.test(word) && !/\d\s*$/.test(text.slice(Math.max(0, at - 12), at - 1))) return SENTENCE_OPENERS.has(nextWord.toLowerCase());
  // Dotted acronyms not in the tables ("N.A.S.A.") behave like U.S.
  if (/^(\p{L}\.)+\p{L}$/u.test(word)) return SENTENCE_OPENERS.has(nextWord.toLowerCase());
  return true;
}

/** A newline ends a sentence when it starts a blank line, or the text goes on as a new line of prose. */
function isLineBreakBoundary(text: string, at: number): boolean {
  let k = at + 1;
  while (k < text.length && text[k] !== '\n' && isSpace(text.charCodeAt(k))) k++;
  if (k >= text.length || text[k] === '\n') return true;
  let p = at - 1;
  while (p >= 0 && text[p] !== '\n' && isSpace(text.charCodeAt(p))) p--;
  if (p < 0 || text[p] === '\n') return true;
  // A hard-wrapped line: previous line has no terminator and the next one goes on in lower case.
  const prevEndsSentence = TERMINATORS.includes(text[p]) || (CLOSERS.includes(text[p]) && TERMINATORS.includes(text[p - 1] ?? ''));
  if (!prevEndsSentence && /[\p{Ll},;:\-–]/u.test(text[k])) return false;
  if (!prevEndsSentence && /[\p{L}\d,;:]/u.test(text[p]) && /\p{Ll}/u.test(text[k])) return false;
  return true;
}

/** The dotted word that ends just before index `at` ("U.S", "Mr", "e.g"), without the final period. */
function wordBefore(text: string, at: number): string {
  let s = at;
  while (s > 0 && /[\p{L}\d.]/u.test(text[s - 1])) s--;
  // Leading periods belong to an ellipsis or an earlier sentence, not to the word.
  while (s < at && text[s] === '.') s++;
  return text.slice(s, at);
}

/** The word starting at index `at`, skipping opening quotes and brackets. */
function wordAt(text: string, at: number): string {
  let s = at;
  while (s < text.length && /["'“‘«([{]/.test(text[s])) s++;
  let e = s;
  while (e < text.length && /[\p{L}\d]/u.test(text[e])) e++;
  return text.slice(s, e);
}

function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13 || code === 0xa0 || code === 0x2009 || code === 0x202f || code === 12 || code === 11;
}
