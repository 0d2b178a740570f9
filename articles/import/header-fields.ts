import rolesFile from './lexicon/newsroom-roles.json' with { type: 'json' };
import genresFile from './lexicon/literary-genres.json' with { type: 'json' };
import mediaFile from './lexicon/media-nouns.json' with { type: 'json' };
import { foldWord, stopwordDensity, wordCount, wordsOf } from './line-features.ts';
import { findDates } from './page-dates.ts';
import { NEWS_AGENCIES } from './page-metadata.ts';
import { trimmedNfc } from './page-memo.ts';

// The roles folded as the word lists compare words (foldWord: no nukta or joiners, lower case), built once.
const ROLES: ReadonlySet<string> = new Set(rolesFile.words.map(foldWord));
const MEDIA_NOUNS: ReadonlySet<string> = new Set(mediaFile.words.map(foldWord));

// "<place> (<file photo>)" is a caption: a bracket that names a picture is no agency or desk tag.
function bracketNamesMedia(line: string): boolean {
  const open = line.indexOf('(');
  if (open < 0) return false;
  const close = line.indexOf(')', open);
  return wordsOf(line.slice(open + 1, close < 0 ? undefined : close)).some((word) => MEDIA_NOUNS.has(foldWord(word)));
}
const HINDI_MONTH = /(?:जनवरी|फरवरी|फ़रवरी|मार्च|अप्रैल|मई|जून|जुलाई|अगस्त|सितंबर|सितम्बर|अक्टूबर|अक्तूबर|नवंबर|नवम्बर|दिसंबर|दिसम्बर)/;
const ENGLISH_MONTH = /(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?/;
// "28 अक्तूबर", "9 दिसंबर 2025", "Jan 9": a day and month, with or without a year.
const DAY_MONTH = new RegExp(`(?:[0-9०-९]{1,2}\\s+(?:${HINDI_MONTH.source}|${ENGLISH_MONTH.source})|${ENGLISH_MONTH.source}\\s+[0-9]{1,2})(?:,?\\s+[0-9०-९]{4})?`);
// Devanagari letters without the danda and double danda (U+0964/5), which end a dateline.
const LETTERS = '[\\u0900-\\u0963\\u0966-\\u097F]';
const PLACE = `${LETTERS}+(?:[\\s-]${LETTERS}+){0,2}`;
// An agency or desk tag in brackets holds a letter: "(0)", "(12)" after a word is a count ("<comments> (2)"), no agency.
const AGENCY_TAG = '\\((?=[^()]*[A-Za-z\\u0904-\\u0939])[^()]{1,25}\\)';
// A source before the place ("<outlet or desk>, <place>"): one to four words of any script, no figures.
const SOURCE = `[\\p{L}\\p{M}.&'-]+(?:\\s[\\p{L}\\p{M}.&'-]+){0,3}`;

// Compiled once (they ran on every header line).
const DATELINE_LINE = new RegExp(`^(${PLACE})\\s*(?:,\\s*(${DAY_MONTH.source})(?:\\s*${AGENCY_TAG})?|${AGENCY_TAG}(?:\\s*,\\s*${DAY_MONTH.source})?)?\\s*([।:]?)$`);
const SOURCED_DATELINE_LINE = new RegExp(`^(${SOURCE}\\s*,\\s*${PLACE})(?:\\s*${AGENCY_TAG})?\\s*[।:]$`, 'u');
const BARE_PLACE = new RegExp(`^${PLACE}(?:\\s*,\\s*${LETTERS}+(?:\\s${LETTERS}+)?)?$`);

/**
 * A newsroom credit that stands where a reporter's name would ("नईदुनिया प्रतिनिधि, इंदौर", "सन्मार्ग
 * संवाददाता", "संदीप शर्मा/ट्रिन्यू"): at most five words, no sentence punctuation, either ending in a
 * newsroom role word (newsroom-roles.json) before an optional place, or "Name/desk tag". Only
 * meaningful between the headline and the first paragraph; the caller checks the place.
 */
export function readNewsroomCredit(text: string): { byline: string; place?: string } | undefined {
  const line = trimmedNfc(text);
  if (line.length > 80 || /[।?!:]/.test(line)) return undefined;
  const [credit, ...rest] = line.split(/\s*,\s*/);
  if (rest.length > 1 || (rest[0] !== undefined && wordCount(rest[0]) > 3)) return undefined;
  const words = wordsOf(credit);
  // An outlet's name may hold one function word ("<our> <city> संवाददाता"); a clause holds more, or is shorter.
  const functionWords = Math.round(stopwordDensity(credit) * words.length);
  if (words.length < 1 || words.length > 5 || functionWords > 1 || (functionWords === 1 && words.length < 3)) return undefined;
  const roleLast = words.length >= 2 && ROLES.has(foldWord(words[words.length - 1]));
  // "संदीप शर्मा/ट्रिन्यू": a name, a slash and a one-word desk or agency tag.
  const slashForm = /^[\u0900-\u097F]+(?:\s[\u0900-\u097F]+){0,2}\s?\/\s?[\u0900-\u097F.]{2,12}$/.test(credit);
  if (!roleLast && !slashForm) return undefined;
  return rest[0] === undefined ? { byline: credit } : { byline: credit, place: rest[0] };
}

/**
 * A dateline on a line of its own ("चंडीगढ़, 28 अक्तूबर", "इंदौर।", "लखनऊ (भाषा)"): a place of one to
 * three words followed by a day and month, an agency tag or a danda/colon; or a source of one to four
 * words, a comma and a place, closed by a danda or colon ("<outlet>, <place>।"). Returns the dateline text.
 */
export function readDatelineLine(text: string): string | undefined {
  const line = trimmedNfc(text);
  if (line.length > 60 || bracketNamesMedia(line)) return undefined;
  const m = DATELINE_LINE.exec(line);
  const hasMark = m !== null && m[0] !== m[1] && (m[2] !== undefined || /\(/.test(line) || m[3] !== '');
  if (m && stopwordDensity(m[1]) === 0) return hasMark ? placeBeforeAgency(line.replace(/\s*[।:]$/, '')) : undefined;
  // "<source>, <place>।" alone on a line: the same shape as the opening dateline, closed by its mark.
  // The pattern backtracks over every split of the source's words: tried only where its comma and closing mark are.
  const closed = line.endsWith('।') || line.endsWith(':');
  const sourced = closed && line.includes(',') ? SOURCED_DATELINE_LINE.exec(line) : null;
  if (!sourced || stopwordDensity(sourced[1]) > 0) return undefined;
  return line.replace(/\s*[।:]$/, '');
}

// A report filed from two places names both, joined by a slash without spaces ("<place>/<place>।").
const JOINT_PLACE = `${PLACE}(?:/${PLACE})?`;
// The date may come first ("<day month year>, <place>: …"): the place is the dateline, the date the page's (on its date line).
const DATE_THEN_PLACE = new RegExp(`^(?:${DAY_MONTH.source})\\s*,\\s*(?=\\S)`);
const DATELINE_HEAD = `(?:${PLACE}\\s*,\\s*${DAY_MONTH.source}|${DAY_MONTH.source}\\s*,\\s*${PLACE}|${SOURCE}\\s*,\\s*${PLACE}|${JOINT_PLACE})(?:\\s*${AGENCY_TAG})?`;
const LEADING_DATELINE = new RegExp(`^(${DATELINE_HEAD})(?:\\s*(?:[।:]|\\s[-–—])\\s+|(?<=\\))\\s+)(?=\\S)`, 'u');

/**
 * The dateline opening a first paragraph ("इंदौर। नर्मदा…", "कोलकाता : महानगर…", "सियोल, 13 अगस्त (एपी)
 * …", "<outlet>, <place>। …"): one to three place words, optionally after a source of one to four
 * words and a comma or before a date, then an optional agency tag, then a danda, colon or dash. No part
 * may hold function words (a clause is no dateline), and a sentence of five or more words must follow.
 * Returns the dateline and where the sentence starts, or undefined.
 */
export function splitLeadingDateline(text: string): { dateline: string; bodyStart: number } | undefined {
  const head = text.slice(0, 120).normalize('NFC');
  const m = LEADING_DATELINE.exec(head);
  if (!m || head !== text.slice(0, 120)) return undefined;
  // A row of "<label> : <value>" fields joined by pipes (a book's or a case's details) opens with a label, not a place.
  if (/\s\|\s/.test(text) && (text.match(/\s[:：]\s/g)?.length ?? 0) >= 2) return undefined;
  const words = m[1].replace(/\([^()]*\)/g, ' ');
  if (stopwordDensity(words) > 0 || wordCount(words) > 7 || wordCount(text.slice(m[0].length)) < 5) return undefined;
  // A date inside must be a real one, and the tag an agency or a short desk code, not a clause.
  if (findDates(m[1]).length === 0 && /\d/.test(m[1]) && !DAY_MONTH.test(m[1])) return undefined;
  const tag = /\(([^()]+)\)/.exec(m[1])?.[1];
  if (tag !== undefined && !NEWS_AGENCIES.includes(tag.trim()) && wordCount(tag) > 2) return undefined;
  // Closed by the bracket alone ("<place>, <date> (<agency>) …"): only a date or an agency makes it a dateline;
  // "<term> (<abbreviation>) …" opens an ordinary sentence.
  const closedByBracket = !/[।:]|\s[-–—]/.test(m[0].slice(m[1].length));
  if (closedByBracket && !DAY_MONTH.test(m[1]) && !(tag !== undefined && NEWS_AGENCIES.includes(tag.trim()))) return undefined;
  return { dateline: placeBeforeAgency(m[1].trim().replace(DATE_THEN_PLACE, '')), bodyStart: m[0].length };
}

const PLACE_THEN_TAG = new RegExp(`^(${JOINT_PLACE})\\s*\\(([^()]{1,25})\\)$`);

/**
 * "<place> (<agency>)": the dateline is the place; the agency in brackets is the story's credit, not part of it.
 * A wire slug with a date ("<place>, <date> (<agency>)") is printed whole as the agency files it and stays so;
 * a bracket that names no agency ("<town> (<state>)") is part of the place.
 */
export function placeBeforeAgency(dateline: string): string {
  const m = PLACE_THEN_TAG.exec(dateline);
  return m && NEWS_AGENCIES.includes(m[2].trim()) ? m[1].trim() : dateline;
}

/**
 * The labels of a page's lines: a head of one or two words before a colon that opens two or more lines
 * ("<question>: …", "<answer>: …" in an interview). A dateline opens only the story's first paragraph, so
 * such a head is the page's label, never its dateline. `texts` are the story's lines, trimmed.
 */
export function repeatedLineLabels(texts: readonly string[]): Set<string> {
  const counts = new Map<string, number>();
  for (const text of texts) {
    const colon = text.indexOf(':');
    const wide = text.indexOf('：');
    const at = colon < 0 ? wide : wide < 0 ? colon : Math.min(colon, wide);
    if (at <= 0 || at > 30) continue;
    const head = text.slice(0, at).trim().normalize('NFC');
    const words = wordsOf(head).length;
    if (words >= 1 && words <= 2) counts.set(head, (counts.get(head) ?? 0) + 1);
  }
  return new Set([...counts].filter(([, count]) => count >= 2).map(([head]) => head));
}

/**
 * A place alone on a line ("<place>", "<place>, <state>"): one to three Devanagari words, optionally a
 * comma and one or two more, no function words, no figures or punctuation. Only a dateline when it
 * stands right above the story's first paragraph; the caller checks that.
 */
export function readBarePlace(text: string): string | undefined {
  const line = trimmedNfc(text);
  const m = BARE_PLACE.exec(line);
  if (!m || line.length > 40 || stopwordDensity(line.replace(',', ' ')) > 0) return undefined;
  return line;
}

// A name word: Devanagari letters, or a capitalised Latin word (initials with a dot allowed).
const DEVANAGARI_NAME = /^[\u0900-\u0963\u0971-\u097F]+(?:\s[\u0900-\u0963\u0971-\u097F]+){0,3}$/;
const LATIN_NAME = /^[A-Z][A-Za-z.'-]*(?:\s[A-Z][A-Za-z.'-]*){0,3}$/;

/**
 * A byline printed without a label where the byline stands (right above the page's date, below the
 * headline): "<name>", "<name or team>, <place>", "<name> | <place>" or "<name> / <place>". The name is one script, at most
 * four words, no function words, figures or sentence punctuation; a bare name (Devanagari only) needs
 * two or three words (a one-word line there is more often a label). The place is one to three words
 * without function words. Returns the name and the place, or undefined; the caller checks the position.
 */
export function readUnlabelledCredit(text: string): { byline: string; place?: string } | undefined {
  const line = trimmedNfc(text);
  if (line.length > 70 || /[।?!:;0-9०-९@()]/.test(line)) return undefined;
  const parts = line.split(/\s*,\s*|\s+[|•·/]\s+/);
  if (parts.length > 2) return undefined;
  const [name, place] = parts;
  const nameWords = wordsOf(name);
  if (nameWords.length < 1 || nameWords.length > 4 || stopwordDensity(name) > 0) return undefined;
  if (!DEVANAGARI_NAME.test(name) && !LATIN_NAME.test(name)) return undefined;
  // A bare Latin line of capitalised words is as often a button ("Search This Blog") as a name: only Devanagari goes bare.
  if (place === undefined) return nameWords.length >= 2 && nameWords.length <= 3 && DEVANAGARI_NAME.test(name) ? { byline: name } : undefined;
  const placeWords = wordsOf(place);
  if (placeWords.length < 1 || placeWords.length > 3 || stopwordDensity(place) > 0 || !/^[\p{L}\p{M}\s.-]+$/u.test(place)) return undefined;
  return { byline: name, place };
}

const GENRES: ReadonlySet<string> = new Set(genresFile.words.map(foldWord));
// "<name> की <form> : <title>": two or three Devanagari words, a postposition, one or two words of the form, a colon.
const TITLE_AUTHOR = /^([\u0900-\u0963\u0971-\u097F]+(?:\s[\u0900-\u0963\u0971-\u097F]+){1,2})\s(?:का|की|के)\s((?:\S+\s)?\S+?)\s*[:：]\s*\S/;

/**
 * The author a literary post names in its title ("<name> की कविता : <title>", "<name> की दो ग़ज़लें : …"): a
 * personal name (two or three words, no function words), a postposition, then the name of a literary form
 * (literary-genres.json, optionally after a number word) before the colon. Returns the name, or undefined.
 */
export function readTitleAuthor(title: string): string | undefined {
  if (title.length > 300) return undefined;
  const m = TITLE_AUTHOR.exec(title.trim().normalize('NFC'));
  if (!m || stopwordDensity(m[1]) > 0) return undefined;
  const form = wordsOf(m[2]);
  return GENRES.has(foldWord(form[form.length - 1] ?? '')) ? m[1] : undefined;
}

// A dash before a credit ("- <name>", "— <name>, <place>"): how a blog or a magazine signs a piece.
const DASH_CREDIT = /^[-–—]\s*(\S.*)$/;

/**
 * A credit printed after a dash, "- <name>" or "— <name>, <place>": the name as readUnlabelledCredit reads it
 * (a personal-name shape, no function words). Returns the name (with its place, as printed), or undefined;
 * the caller checks the position (right under the headline, or at the story's end).
 */
export function readDashCredit(text: string): string | undefined {
  if (text.length > 80) return undefined;
  const m = DASH_CREDIT.exec(text.trim());
  if (!m) return undefined;
  const credit = readUnlabelledCredit(m[1]);
  return credit && (credit.place === undefined ? credit.byline : `${credit.byline}, ${credit.place}`);
}

/**
 * An end credit below the story: "<source> / <name>", the source being the site itself or a news
 * agency (`sources`, compared without nukta and case) and the name a bare personal name of two or three
 * words. Returns the name, or undefined. The same line above the headline would be a crumb; the caller
 * looks only below the last paragraph.
 */
export function readEndCredit(text: string, sources: readonly string[]): string | undefined {
  const m = /^([^/]{2,40}?)\s*\/\s*([^/]{2,40})$/.exec(trimmedNfc(text));
  if (!m) return undefined;
  const fold = (word: string): string => foldWord(word.replace(/[()]/g, '').trim());
  if (!sources.some((source) => fold(source) === fold(m[1]))) return undefined;
  const credit = readUnlabelledCredit(m[2]);
  return credit && credit.place === undefined ? credit.byline : undefined;
}

const WEEKDAY = /(?:सोमवार|मंगलवार|बुधवार|गुरुवार|बृहस्पतिवार|शुक्रवार|शनिवार|रविवार)/;
const PLACE_BEFORE_DATE = new RegExp(`^(${PLACE})\\s*[:,]\\s*(?=${WEEKDAY.source}|[0-9०-९]|${HINDI_MONTH.source}|${ENGLISH_MONTH.source})`);

/**
 * The place leading a date line ("<place> : <weekday>, <date>", "<place>, <date> <time>"): one to three
 * Devanagari words without function words before a colon or comma, a weekday, month or figure right
 * after. `isLabel` rejects date labels ("<published> : …"). Only meaningful on the page's own date line.
 */
export function readPlaceOfDateLine(text: string, isLabel: (word: string) => boolean): string | undefined {
  const m = PLACE_BEFORE_DATE.exec(trimmedNfc(text));
  if (!m || stopwordDensity(m[1]) > 0 || isLabel(m[1])) return undefined;
  return m[1];
}
