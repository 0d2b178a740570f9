import agenciesFile from './lexicon/news-agencies.json' with { type: 'json' };
import outletsFile from './lexicon/outlets.json' with { type: 'json' };
import { collapseSpaces } from '../segment/spaces.ts';
import { scriptProfile } from './script-profile.ts';
import { readPostingStamp } from './source-credits.ts';
import { trimmedNfc } from './page-memo.ts';

/** A news outlet: its display name and the spellings a page may use for it. */
export interface Outlet {
  name: string;
  spellings: readonly string[];
}

/** Hindi news outlets a page may name in its title, masthead, byline or copyright line: lexicon/outlets.json. */
export const KNOWN_OUTLETS: readonly Outlet[] = outletsFile.outlets;

/** News agencies whose tags appear in datelines and footers (Hindi and Latin spellings): lexicon/news-agencies.json. */
export const NEWS_AGENCIES: readonly string[] = agenciesFile.words;

const escape = (word: string): string => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const AGENCY = `(?:${NEWS_AGENCIES.map(escape).join('|')})`;
// Latin labels may be followed by a plain space ("By Jyoti Sharma"); Hindi ones need a separator,
// because "रिपोर्ट में कहा गया…" starts ordinary sentences. "द्वारा" ("by") is a postposition: no sentence
// opens with it, so at the line's start it is the label, as "By" is ("द्वारा <name>").
const BYLINE_LABEL = /^(?:(?:By|Written by|Reported by|Edited by|Posted by|Authored by|Published by|Curated by|द्वारा)(?:\s*[:：,-]\s*|\s+)|(?:Author|Reporter|लेखक|लेखिका|रिपोर्ट|रिपोर्टर|संवाददाता|द्वारा|लेखन|संपादन|संपादित|संपादक|एडिटेड बाय)\s*[:：,-]\s*)(.+)$/i;
// Desk credits used instead of a reporter's name ("न्यूज डेस्क, अमर उजाला, नई दिल्ली", "जागरण न्यूज नेटवर्क").
const DESK = /(?:न्यूज़? डेस्क|वर्ल्ड डेस्क|डिजिटल डेस्क|ऑनलाइन डेस्क|स्पोर्ट्स डेस्क|बिजनेस डेस्क|जागरण न्यूज नेटवर्क|न्यूज़? नेटवर्क|ब्यूरो|Web Desk|News Desk|Digital Desk|Online Desk|Feature Desk)/i;

const WEB_DESK_SUFFIX = /\s+(?:(?:ऑनलाइन|डिजिटल|वेब|न्यूज़?|Online|Digital|Web|News)(?:\s+(?:डेस्क|टीम|Desk|Team))?|डेस्क|Desk)$/i;

/** The byline a short line carries ("By …", "Edited by: …", a desk credit), or undefined. */
export function readByline(line: string): string | undefined {
  // "(संपादन: <name>)": a credit in brackets is the same credit.
  const nfc = trimmedNfc(line);
  const text = (nfc.startsWith('(') ? nfc.replace(/^\(([^()]+)\)$/, '$1') : nfc).trim();
  if (text.length > 120) return undefined;
  // "Posted by <name> at 9:14 AM": the clock time of the posting is no part of the name.
  const labelled = BYLINE_LABEL.exec(readPostingStamp(text) ? text.replace(/\s+(?:at|@)\s+\S+(?:\s*[AaPp]\.?[Mm]\.?)?(?:\s*(?:IST|GMT|UTC))?$/i, '') : text);
  if (labelled && scriptProfile(labelled[1]).words <= 8 && !/[।?!]/.test(labelled[1])) {
    // "Reported by: Vishal Singh, Lucknow": a Latin name followed by the reporter's city.
    const [name, ...place] = labelled[1].split(/\s*,\s*/);
    if (place.length === 1 && isLatinNameLine(name) && /^[A-Z][a-z]+(?: [A-Z][a-z]+)?$/.test(place[0].trim())) return cleanByline(name);
    return cleanByline(labelled[1]);
  }
  if (scriptProfile(text).words <= 10 && DESK.test(text) && !/[।?!]\s*\S/.test(text)) return cleanByline(withoutDeskPlace(text));
  // An outlet's web desk signing as "जनसत्ता ऑनलाइन", "Zee News Digital".
  if (scriptProfile(text).words <= 4 && WEB_DESK_SUFFIX.test(text) && findOutlet(text.replace(WEB_DESK_SUFFIX, ''))) return cleanByline(text);
  return undefined;
}

/** "<desk>, <place>" → "<desk>": a desk signs from its city, and the city is not part of the credit (the dateline carries it). */
function withoutDeskPlace(text: string): string {
  const parts = text.split(/\s*,\s*/);
  if (parts.length !== 2 || !DESK.test(parts[0]) || DESK.test(parts[1]) || scriptProfile(parts[1]).words > 3 || /[0-9०-९]/.test(parts[1])) return text;
  return parts[0];
}

// Compiled once: the agency alternation is long, and these run on many lines of every page.
const AGENCY_FOOTER = new RegExp(`^\\(?${AGENCY}\\)?(?:,?\\s+[\\u0900-\\u097F]+){0,3}$`);
const DATELINE_AGENCY = new RegExp(`^([^।.?!()]{2,60}?\\((${AGENCY})\\))`);

/** The byline of an agency footer line ("एपी सिम्मी गोला", "भाषा जोहेब", "(एएफपी)"), or undefined; only meaningful below the body. */
export function readAgencyFooter(line: string): string | undefined {
  const text = trimmedNfc(line);
  if (text.length > 80 || scriptProfile(text).words > 5) return undefined;
  return AGENCY_FOOTER.test(text) ? cleanByline(text) : undefined;
}

/** True for a line that is just a person's name in Latin script ("Jyoti Sharma"): 2–4 capitalised words. */
export function isLatinNameLine(line: string): boolean {
  const text = line.trim();
  return /^(?:[A-Z][a-z]+\.?)(?:\s+[A-Z][a-z]*\.?){1,3}$/.test(text) && !text.split(/\s+/).some((word) => ENGLISH_FUNCTION_WORDS.has(word.toLowerCase()));
}

// English closed-class words (articles, demonstratives, pronouns, prepositions, conjunctions): a widget
// label in title case ("Search This Blog", "Follow Us On X") has them, a personal name never does.
const ENGLISH_FUNCTION_WORDS: ReadonlySet<string> = new Set(['the', 'this', 'that', 'these', 'those', 'of', 'and', 'or', 'for', 'to', 'with', 'from', 'in', 'on', 'at', 'by', 'our', 'your', 'my', 'us', 'we', 'you', 'is', 'are', 'all', 'more']);

/** An agency tag inside a dateline such as "सियोल, 13 अगस्त (एपी)", or undefined. */
export function datelineAgency(line: string): { dateline: string; agency: string } | undefined {
  const m = DATELINE_AGENCY.exec(line.trim());
  return m ? { dateline: m[1].trim(), agency: m[2] } : undefined;
}

function cleanByline(text: string): string {
  // "(आजतक ब्यूरो)": a credit in brackets is the same credit.
  const unbracketed = /^\(([^()]+)\)$/.exec(text.trim());
  if (unbracketed) text = unbracketed[1];
  // "Shakti Singh @ShaktiSinghIN": the social handle beside a name is not part of it.
  return text.replace(/(?:\s+@\w{1,30})+\s*$/, '').replace(/[।|,;:\s]+$/, '').replace(/\s+/g, ' ').trim();
}

/** The known outlet named by `text` (whole text, or a "© 2024 Outlet" line), or undefined. */
export function findOutlet(text: string): Outlet | undefined {
  // Nukta-free on both sides: pages write एबीपी न्यूज़ and एबीपी न्यूज alike.
  const clean = withoutNukta(trimmedNfc(text));
  // Outlets are named in short lines (masthead, credit, copyright), never inside prose paragraphs.
  if (clean.length > 300) return undefined;
  // One scan for any spelling first: most lines name no outlet, and then no outlet's spellings are searched.
  if (!ANY_OUTLET.test(clean)) return undefined;
  return OUTLET_SPELLINGS.find((entry) => entry.spellings.some((spelling) => namesWholeWord(clean, spelling)))?.outlet;
}

const withoutNukta = (text: string): string => text.replace(/\u093c/g, '');
// Any of the spellings as a whole word (not after or before a letter or mark), compiled once: findOutlet runs on most lines.
const spellingPattern = (spellings: readonly string[]): RegExp =>
  new RegExp(`(?:^|[^\\p{L}\\p{M}])(?:${spellings.map((spelling) => escape(withoutNukta(spelling))).join('|')})(?![\\p{L}\\p{M}])`, 'u');
// Each outlet's spellings without nukta, for the outlet a line names once ANY_OUTLET found one: a search per
// spelling (namesWholeWord), not a compiled u-flag pattern per outlet (23 compiled on the first pages of a session).
const OUTLET_SPELLINGS: readonly { outlet: Outlet; spellings: readonly string[] }[] = KNOWN_OUTLETS.map((outlet) => ({ outlet, spellings: outlet.spellings.map(withoutNukta) }));

/**
 * spellingPattern([spelling]).test(text): `spelling` somewhere in `text` neither after nor before a letter or
 * mark (by code point, as the u flag reads it; spellings are words, never led by half a surrogate pair).
 */
function namesWholeWord(text: string, spelling: string): boolean {
  for (let at = text.indexOf(spelling); at >= 0; at = text.indexOf(spelling, at + 1)) {
    const end = at + spelling.length;
    if (!isLetterOrMark(codePointBefore(text, at)) && !isLetterOrMark(end < text.length ? text.codePointAt(end) ?? -1 : -1)) return true;
    if (at >= text.length) break;
  }
  return false;
}

// The code point that ends at `at` (a surrogate pair whole), or -1 at the start.
function codePointBefore(text: string, at: number): number {
  if (at === 0) return -1;
  const c = text.charCodeAt(at - 1);
  if (c >= 0xdc00 && c <= 0xdfff && at >= 2) {
    const high = text.charCodeAt(at - 2);
    if (high >= 0xd800 && high <= 0xdbff) return 0x10000 + ((high - 0xd800) << 10) + (c - 0xdc00);
  }
  return c;
}

// [\p{L}\p{M}] by code point, BMP answers kept in a table (0 unknown, 1 yes, 2 no); -1 (no character) is none.
const LETTER_OR_MARK = new Uint8Array(0x10000);
function isLetterOrMark(code: number): boolean {
  if (code < 0) return false;
  if (code > 0xffff) return /[\p{L}\p{M}]/u.test(String.fromCodePoint(code));
  if (LETTER_OR_MARK[code] === 0) LETTER_OR_MARK[code] = /[\p{L}\p{M}]/u.test(String.fromCharCode(code)) ? 1 : 2;
  return LETTER_OR_MARK[code] === 1;
}
// Matches exactly when some outlet's pattern does (the same shape over the union of the spellings).
const ANY_OUTLET = spellingPattern(KNOWN_OUTLETS.flatMap((outlet) => outlet.spellings));
// Each outlet's spellings longest first (a stable sort, done once instead of on every credit line).
const SPELLINGS_LONGEST_FIRST: readonly { outlet: Outlet; spellings: readonly { spelling: string; spaced: string }[] }[] = KNOWN_OUTLETS.map((outlet) => ({
  outlet, spellings: [...outlet.spellings].sort((a, b) => b.length - a.length).map((spelling) => ({ spelling, spaced: ' ' + spelling })),
}));
// The same (outlet, spelling) pairs in the same order, filed under the spelling's last word: a head that
// is a spelling, or ends with a space and one, has that last word too, so only those pairs are tried.
const SPELLINGS_BY_LAST_WORD: ReadonlyMap<string, readonly { outlet: Outlet; spelling: string; spaced: string }[]> = (() => {
  const byLast = new Map<string, { outlet: Outlet; spelling: string; spaced: string }[]>();
  for (const { outlet, spellings } of SPELLINGS_LONGEST_FIRST) {
    for (const entry of spellings) {
      const last = lastWord(entry.spelling);
      byLast.set(last, [...(byLast.get(last) ?? []), { outlet, ...entry }]);
    }
  }
  return byLast;
})();
function lastWord(text: string): string {
  return text.slice(text.lastIndexOf(' ') + 1);
}
// Every spelling in lower case, for the whole-name test.
const LOWER_SPELLINGS: ReadonlySet<string> = new Set(KNOWN_OUTLETS.flatMap((outlet) => outlet.spellings.map((spelling) => spelling.toLowerCase())));

/**
 * The reporter of a "Name Outlet, City" credit line ("Priyanka Sharma लाइव हिन्दुस्तान, नई दिल्ली"):
 * a Latin name or up to three Hindi words, then a known outlet's spelling, then at most a short place.
 */
export function readOutletCredit(line: string): { byline: string; outlet: Outlet } | undefined {
  const text = trimmedNfc(line);
  if (text.length > 90 || /[।?!|:]/.test(text)) return undefined;
  // Every test before the spellings only rules the line out, so the one most lines fail (no outlet
  // spelling ends the name part) goes first, and a line without a comma is not split.
  const parts = text.includes(',') ? text.split(/\s*,\s*/) : undefined;
  const head = parts ? parts[0] : text;
  const spellings = SPELLINGS_BY_LAST_WORD.get(lastWord(head));
  if (!spellings) return undefined;
  if (parts && (parts.length > 2 || (parts.length === 2 && scriptProfile(parts[1]).words > 3))) return undefined;
  // Outlets in lexicon order, each one's spellings longest first, so "लाइव हिन्दुस्तान" is cut whole rather than leaving "लाइव" on the name.
  for (const { outlet, spelling, spaced } of spellings) {
    if (head === spelling) return undefined;
    if (!head.endsWith(spaced)) continue;
    const name = head.slice(0, head.length - spelling.length).trim();
    const hindiName = /^[\u0900-\u097F]+(?:\s+[\u0900-\u097F]+){0,2}$/.test(name) && !DESK.test(name) && !findOutlet(name);
    if (isLatinNameLine(name) || hindiName) return { byline: name, outlet };
    return undefined;
  }
  return undefined;
}

/** True when the whole `text` is an outlet's name (known, or a short "… News/Times/Samachar" name). */
export function isOutletName(text: string): boolean {
  const clean = trimmedNfc(text);
  if (clean.length > 60) return false;
  // A known name with its language edition appended ("News18 हिंदी", "Zee News Hindi") is the same masthead.
  if (LOWER_SPELLINGS.has(clean.toLowerCase())) return true;
  // The edition pattern can cut only from a name ending in its last letter (ी, i or I).
  const last = clean.charCodeAt(clean.length - 1);
  if (last === 0x0940 || last === 0x69 || last === 0x49) {
    const cut = clean.replace(/\s+(?:हिंदी|हिन्दी|Hindi)$/i, '');
    if (cut !== clean && LOWER_SPELLINGS.has(cut.toLowerCase())) return true;
  }
  return /^(?:[A-Z][\w&.'-]*\s+){0,3}(?:News|Times|Samachar|Khabar|Live|Today|Express|Post|Hindi|TV|Bharat)$/.test(clean);
}

/** Latin letters glued to the start of a Devanagari headline by a scraper ("scriptरूस…", "Newsउत्तर…"). */
export function stripGluedPrefix(line: string): string {
  // Only a line that starts with a Latin letter has a prefix to strip (most lines are Devanagari-led: no replace call).
  if (!isAsciiLetter(line.charCodeAt(0))) return line;
  return line.replace(/^[A-Za-z]+(?=[\u0900-\u097F])/, '');
}

// A short Latin label: led by a letter, then letters, figures ("Simhastha 2028", "Day 3") and joiners, at most
// six words, before a colon and a Devanagari (or quoted, or figure-led) headline.
const LATIN_KICKER = /^[A-Za-z][A-Za-z0-9 .&'-]{0,48}?\s*:\s+(?=[\u0900-\u097F‘“"'0-9०-९])/;
const MAX_LATIN_KICKER_WORDS = 6;
const MIN_KICKER_HEADLINE_WORDS = 5;

/**
 * Drops a Latin-script topic label ("North Korea : …", "Russia And North Korea: …", "<Event> 2028: …",
 * "<Film> Box Office Day 3: …") that outlets put before a Hindi headline: it is a section kicker, not part
 * of the Hindi title. The kicker principle of title-kicker.ts in Latin script: a short label (one to six
 * words, figures allowed once a letter leads) before a colon, and a Hindi headline after it (five or
 * more words when the label has figures).
 */
export function stripLatinKicker(line: string): string {
  const m = isAsciiLetter(line.charCodeAt(0)) ? LATIN_KICKER.exec(line) : null;
  if (!m || m[0].trim().split(/\s+/).length > MAX_LATIN_KICKER_WORDS) return line;
  const rest = line.slice(m[0].length);
  // A label with figures ("Budget 2025: <three words>") may be the headline's own first half; it is a
  // kicker only before a full headline of five or more words (as for a Hindi kicker).
  if (/[0-9]/.test(m[0]) && rest.trim().split(/\s+/).length < MIN_KICKER_HEADLINE_WORDS) return line;
  return rest;
}

// [A-Za-z] by code unit: the first character both Latin-label patterns above need.
function isAsciiLetter(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
}

/** Text folded for comparing duplicates: NFC, no glued prefix, no nukta/ZW joiners, single spaces. */
export function foldForComparison(text: string): string {
  return collapseSpaces(withoutJoinersOrNukta(stripGluedPrefix(trimmedNfc(text))));
}

// `text.replace(/[\u200c\u200d\u093c]/g, '')`, returning the text itself when it has none (the usual case).
function withoutJoinersOrNukta(text: string): string {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x200c || c === 0x200d || c === 0x093c) return text.replace(/[\u200c\u200d\u093c]/g, '');
  }
  return text;
}

/**
 * A crumb separator (/ > » ›) anywhere in the text: without one, splitting at the spaced separators
 * leaves the text whole, so a line that has none is no trail (most lines; the split regex is tried at every space).
 */
export function hasCrumbSeparator(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x2f || c === 0x3e || c === 0xbb || c === 0x203a) return true;
  }
  return false;
}

/** The spaced separator between a trail's parts: / > » ›, or ">>" (the arrow a plain-text template doubles). */
export const CRUMB_SPLIT = /\s+(?:>>|[/>»›])\s+/;

/** True for a breadcrumb trail: three or more parts joined by / > » › >>, the leading parts short. */
export function isBreadcrumb(line: string): boolean {
  if (!hasCrumbSeparator(line)) return false;
  const parts = line.trim().split(CRUMB_SPLIT);
  // › and » never join a headline's parts, so two short parts ("राजस्थान › जयपुर") are already a trail.
  if (parts.length < 3 && !(parts.length === 2 && /\s[»›]\s/.test(line))) return false;
  return parts.slice(0, -1).every((part) => part.split(/\s+/).length <= 3 && !/[।?!]/.test(part));
}
