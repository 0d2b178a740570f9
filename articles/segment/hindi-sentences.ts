import { isSpaceCode } from './spaces.ts';

/** One sentence-boundary rule: at a candidate boundary, `before` is tested on the text just before it, `after` on the text just after. */
export interface SentenceRule {
  name: string;
  /** true: a sentence ends here; false: an exception that keeps the sentence going. */
  breaks: boolean;
  before: RegExp;
  after: RegExp;
  example: string;
}

/** Half-open character range of one sentence inside its paragraph (already trimmed). */
export interface SentenceSpan {
  start: number;
  end: number;
}

const DEVANAGARI = '\\u0900-\\u0963\\u0966-\\u097F';
// Closing quotes and brackets that stay with the sentence they close: है।" है।” है।) है।]
const CLOSING_QUOTES = '"\'”’»)\\]';

// Words written with a full stop that never end a Hindi sentence by themselves.
const DEVANAGARI_ABBREVIATIONS = ['डॉ', 'डा', 'श्री', 'श्रीमती', 'सुश्री', 'प्रो', 'कु', 'ई', 'ई.पू', 'मि', 'सं', 'पं', 'स्व', 'क्र', 'रु', 'मो', 'जि', 'उ.प्र', 'म.प्र',
  // Units and numbers: 50 मी., 12 कि.मी., 5 कि.ग्रा., मकान नं. 4, 300 ई. पू.
  'मी', 'कि.मी', 'किमी', 'से.मी', 'मि.मी', 'कि.ग्रा', 'ग्रा', 'नं', 'पू'];
const LATIN_ABBREVIATIONS = ['Mr', 'Mrs', 'Ms', 'Dr', 'Prof', 'St', 'Jr', 'Sr', 'Gen', 'Lt', 'Col', 'Capt', 'Sgt', 'Rev', 'Hon', 'Gov', 'Sen', 'Rep', 'vs', 'etc', 'Inc', 'Ltd', 'Co', 'Corp', 'No', 'Nos', 'Rs', 'Mt', 'Jan', 'Feb', 'Mar', 'Apr', 'Jun', 'Jul', 'Aug', 'Sep', 'Sept', 'Oct', 'Nov', 'Dec', 'approx', 'viz', 'Govt', 'a\\.m', 'p\\.m'];

// Initials in Hindi copy are English letter names (ए.पी.जे., के. चंद्रशेखर, एम.एस.); a whitelist,
// because "है." has the same shape as "पी." and must still end a sentence. जी is left out: "… जी."
// ends sentences as an honorific.
const DEVANAGARI_LETTER_NAMES = 'ए|बी|सी|डी|ई|एफ|एच|आई|जे|के|एल|एम|एन|ओ|पी|क्यू|आर|एस|टी|यू|वी|डब्ल्यू|एक्स|वाई|जेड|ज़ेड';
const INITIAL = `(?:${DEVANAGARI_LETTER_NAMES})`;

const escapeForRegExp = (word: string): string => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Hindi sentence-boundary rules, OmegaT style: the first rule whose `before` and `after` both match
 * decides; no match means no break. Candidate boundaries are only after a run of ।॥?!.…| and the
 * closing quotes that follow it.
 */
export const HINDI_SENTENCE_RULES: readonly SentenceRule[] = [
  {
    name: 'danda',
    breaks: true,
    before: new RegExp(`[।॥][${CLOSING_QUOTES}]*$`),
    after: /^/,
    example: 'किम ने कहा। पुतिन ने कहा।',
  },
  {
    name: 'glued-question',
    // "क्या यह सही है?उन्होंने पूछा": a scraper glued two Hindi sentences; "?" and "!" never sit inside a Hindi word.
    breaks: true,
    before: new RegExp(`[${DEVANAGARI}][?!][${CLOSING_QUOTES}]*$`),
    after: new RegExp(`^[${DEVANAGARI}]`),
    example: 'क्या यह सही है?उन्होंने पूछा।',
  },
  {
    name: 'no-space-after',
    // 27.1, U.S.A, www.example.com, 10.30 बजे: a stop glued to the next character is not a boundary.
    breaks: false,
    before: new RegExp(`[.?!…|][${CLOSING_QUOTES}]*$`),
    after: /^\S/,
    example: 'तापमान 27.1 डिग्री रहा।',
  },
  {
    name: 'list-number',
    // "1. शुभमन गिल - 112 रन": the number opening a list item is not a sentence.
    breaks: false,
    before: /^\s*(?:[0-9०-९]{1,2}|[a-z])\.$/,
    after: /^/,
    example: '1. शुभमन गिल - 112 रन',
  },
  {
    name: 'ellipsis',
    breaks: false,
    before: /(?:\.\.\.|…)$/,
    after: /^/,
    example: 'और फिर... सब बदल गया।',
  },
  {
    name: 'devanagari-abbreviation',
    breaks: false,
    before: new RegExp(`(?:^|[^${DEVANAGARI}])(?:${DEVANAGARI_ABBREVIATIONS.map(escapeForRegExp).join('|')})\\.$`),
    after: /^/,
    example: 'डॉ. मनमोहन सिंह ने कहा।',
  },
  {
    name: 'devanagari-initial',
    // ए.पी.जे. अब्दुल कलाम, के. चंद्रशेखर राव: an English letter name written in Devanagari with a stop.
    breaks: false,
    before: new RegExp(`(?:^|[^${DEVANAGARI}])${INITIAL}\\.$`),
    after: /^/,
    example: 'ए. पी. जे. अब्दुल कलाम',
  },
  {
    name: 'latin-abbreviation',
    breaks: false,
    before: new RegExp(`(?:^|[^A-Za-z])(?:${LATIN_ABBREVIATIONS.join('|')})\\.$`),
    after: /^/,
    example: 'Mr. Kim ने कहा।',
  },
  {
    name: 'latin-initials',
    // U.S., U.K., J. F. Kennedy: single capital letters with stops.
    breaks: false,
    before: /(?:^|[^A-Za-z])[A-Z]\.$/,
    after: /^/,
    example: 'U.S. के विदेश मंत्री ने कहा।',
  },
  {
    name: 'dateline-stop',
    // "नई दिल्ली. संसद में…": a one- or two-word place opening the paragraph with a full stop is a
    // dateline, not a sentence; a short sentence ending in a verb ("सच है.") still ends there.
    breaks: false,
    before: new RegExp(`^\\s*(?![^.]*(?:है|हैं|था|थे|थी|हो|गया|गई|गए|हुआ|हुई|हुए|रहा|रही|रहे|दिया|किया|कहा|नहीं)\\.$)[${DEVANAGARI}]+(?:\\s+[${DEVANAGARI}]+)?\\.$`),
    after: new RegExp(`^\\s+[${DEVANAGARI}]`),
    example: 'नई दिल्ली. संसद में हंगामा हुआ.',
  },
  {
    name: 'full-stop-before-new-sentence',
    // Many Hindi pages end sentences with "." instead of "।".
    breaks: true,
    before: new RegExp(`\\.[${CLOSING_QUOTES}]*$`),
    after: new RegExp(`^\\s+["'“‘(]?[${DEVANAGARI}A-Z0-9०-९]`),
    example: 'पुतिन पहुंचे. किम ने स्वागत किया.',
  },
  {
    name: 'question-or-exclamation',
    breaks: true,
    before: new RegExp(`[?!][${CLOSING_QUOTES}]*$`),
    after: /^\s/,
    example: 'क्या यह युद्ध रुकेगा? विशेषज्ञ कहते हैं नहीं।',
  },
  {
    name: 'pipe-as-danda',
    // Some Hindi sites type "|" for the danda.
    breaks: true,
    before: new RegExp(`[${DEVANAGARI}]\\s?\\|$`),
    after: new RegExp(`^\\s+[${DEVANAGARI}]`),
    example: 'किम ने कहा | पुतिन ने कहा |',
  },
];

const TERMINALS = new Set(['।', '॥', '?', '!', '.', '…', '|']);
const CLOSERS = new Set([...'"\'”’»)]']);
// The same sets by code unit (every member is one code unit), read without making a string per character:
// a table indexed by the code unit (the scan reads every character of every paragraph; a Set lookup per character cost more).
const codeTable = (chars: ReadonlySet<string>): Uint8Array => {
  const table = new Uint8Array(0x10000);
  for (const ch of chars) table[ch.charCodeAt(0)] = 1;
  return table;
};
const TERMINAL_CODES = codeTable(TERMINALS);
const CLOSER_CODES = codeTable(CLOSERS);
const WINDOW = 48;

/** Character spans of the sentences of one paragraph, decided by `rules` (default HINDI_SENTENCE_RULES). */
export function splitHindiSentenceSpans(paragraph: string, rules: readonly SentenceRule[] = HINDI_SENTENCE_RULES): SentenceSpan[] {
  const spans: SentenceSpan[] = [];
  let sentenceStart = 0;
  let i = 0;
  while (i < paragraph.length) {
    if (TERMINAL_CODES[paragraph.charCodeAt(i)] !== 1) { i++; continue; }
    let boundary = i + 1;
    while (boundary < paragraph.length && TERMINAL_CODES[paragraph.charCodeAt(boundary)] === 1) boundary++;
    while (boundary < paragraph.length && CLOSER_CODES[paragraph.charCodeAt(boundary)] === 1) boundary++;
    if (boundary < paragraph.length && breaksAt(paragraph, boundary, rules)) {
      pushTrimmed(spans, paragraph, sentenceStart, boundary);
      sentenceStart = boundary;
    }
    i = boundary;
  }
  pushTrimmed(spans, paragraph, sentenceStart, paragraph.length);
  return spans;
}

/** The sentences of one Hindi paragraph, each a trimmed substring of it. */
export function splitHindiSentences(paragraph: string): string[] {
  return splitHindiSentenceSpans(paragraph).map((span) => paragraph.slice(span.start, span.end));
}

/** Name of the rule that decides the boundary at `position`, or undefined (no break); for tests and debugging. */
export function decidingRule(text: string, position: number, rules: readonly SentenceRule[] = HINDI_SENTENCE_RULES): SentenceRule | undefined {
  const before = text.slice(Math.max(0, position - WINDOW), position);
  const after = text.slice(position, position + WINDOW);
  return rules.find((rule) => rule.before.test(before) && rule.after.test(after));
}

function breaksAt(text: string, position: number, rules: readonly SentenceRule[]): boolean {
  return decidingRule(text, position, rules)?.breaks ?? false;
}

// /[\s\u200b\ufeff]/ by code unit.
const isTrimmed = (code: number): boolean => code === 0x200b || isSpaceCode(code);

function pushTrimmed(spans: SentenceSpan[], text: string, start: number, end: number): void {
  // Zero-width spaces and BOMs at the edges are scraper residue, trimmed like whitespace.
  while (start < end && isTrimmed(text.charCodeAt(start))) start++;
  while (end > start && isTrimmed(text.charCodeAt(end - 1))) end--;
  if (end > start) spans.push({ start, end });
}
