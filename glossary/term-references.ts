/**
 * Later references to offices and common nouns in running text, wire-service style. The first
 * mention names the office in full, usually as a title before its holder's name ("Defence Minister
 * Rajnath Singh", "South Korean President Yoon Suk Yeol"); later ones shorten it: "the minister
 * said", "Yoon apologised". And a plural noun of the sentence before is taken up by a pronoun
 * ("North Korean troops … at least 30 of them were killed"). The Hindi repeats the full office or
 * the noun (रक्षा मंत्री ने कहा, 30 सैनिक), so the entry is found again in the source while the
 * English refers back to it. The document context carries what these references point to.
 */
import { hindiModifiesNext } from './attributive-use.ts';
import { spelledInHindi } from './kept-as-name.ts';
import type { GlossaryEntry, TermHit } from './model.ts';
import type { RenderingOccurrence } from './rendering-index.ts';

/** What the earlier segments of a document say about offices and nouns (part of DocumentContext). */
export interface TermReferences {
  /**
   * For each office head noun (minister, president), the office entry whose rendering the English
   * used last with that head; '' when the last office with that head was one no entry names
   * ("Prime Minister Modi" when only रक्षा मंत्री is an entry): "the minister" then points elsewhere.
   */
  readonly officeByHead: ReadonlyMap<string, string>;
  /** Office entry id → its holder's name words (lower case) as the document tied them and the English named them. */
  readonly holders: ReadonlyMap<string, readonly string[]>;
  /**
   * Common-noun entries the previous segment's English rendered, with their number (bit 1 singular,
   * bit 2 plural): what "it", "they" or "30 of them" can take up.
   */
  readonly previousNouns: ReadonlyMap<string, number>;
  /**
   * The office the English named last among the people and offices it named (an office entry's id;
   * `person:<id>` for a glossary person, '' for an office no entry names): who "he" or "she" is.
   */
  readonly lastHuman?: string;
}

const SINGULAR = 1;
const PLURAL = 2;

/** The references at the start of a document. */
export const EMPTY_TERM_REFERENCES: TermReferences = { officeByHead: new Map(), holders: new Map(), previousNouns: new Map() };

// Head nouns of offices and roles (closed class): the last word of an office entry's rendering.
const OFFICE_HEADS = new Set([
  'president', 'minister', 'premier', 'chancellor', 'secretary', 'governor', 'mayor', 'speaker', 'chairman', 'chairwoman',
  'chairperson', 'chair', 'chief', 'commander', 'ambassador', 'envoy', 'spokesman', 'spokeswoman', 'spokesperson', 'leader',
  'king', 'queen', 'monarch', 'judge', 'justice', 'magistrate', 'commissioner', 'director', 'general', 'dictator', 'ruler',
  'prosecutor', 'senator', 'lawmaker', 'legislator', 'collector', 'superintendent', 'inspector', 'captain', 'coach',
]);

// Words that may stand between "the" and an office's head in a later reference without naming
// another office: status and time (the former minister), besides capitalised words (the Indian
// minister). A lower-case word other than these names a portfolio (the health minister) and is
// another office.
const REFERENCE_MODIFIERS = ['former', 'new', 'outgoing', 'incoming', 'acting', 'interim', 'then', 'current', 'same', 'serving', 'late'];

const headCache = new WeakMap<GlossaryEntry, string | null>();

/** The office head noun of an entry (lower case) when the entry is an office: a common term whose rendering ends in one. */
export function officeHead(entry: GlossaryEntry): string | null {
  let head = headCache.get(entry);
  if (head === undefined) {
    head = null;
    if (entry.type === 'term') {
      const last = /(\p{L}+)[^\p{L}]*$/u.exec(entry.target)?.[1].toLowerCase();
      if (last !== undefined && OFFICE_HEADS.has(last)) head = last;
    }
    headCache.set(entry, head);
  }
  return head;
}

const referencePatterns = new Map<string, RegExp>();

/**
 * "the" + up to three modifiers (capitalised words, or status words such as "former") + the head:
 * "the minister", "the South Korean president", "the former defence minister" is not one (the
 * portfolio word is lower case and not a status word).
 */
function referencePattern(head: string): RegExp {
  let pattern = referencePatterns.get(head);
  if (!pattern) {
    const headSource = `[${head[0].toUpperCase()}${head[0]}]${head.slice(1)}`;
    const modifier = `(?:\\p{Lu}[\\p{L}\\p{M}.'’-]*|${REFERENCE_MODIFIERS.join('|')})`;
    pattern = new RegExp(`(?<![\\p{L}\\p{M}])[Tt]he\\s+(?:${modifier}\\s+){0,3}${headSource}(?![\\p{L}\\p{M}])`, 'gu');
    referencePatterns.set(head, pattern);
  }
  pattern.lastIndex = 0;
  return pattern;
}

// Any office head word in English (a title or a description), for the offices no entry names.
const HEAD_WORD = new RegExp(`(?<![\\p{L}\\p{M}])(?:${[...OFFICE_HEADS].join('|')})(?![\\p{L}\\p{M}])`, 'giu');
// A capitalised name run after a title: up to four capitalised words ("Yoon Suk Yeol", "Abhay S. Oka").
const NAME_RUN = /^[ \u00a0]+((?:\p{Lu}[\p{L}\p{M}'’-]*\.?)(?:[ \u00a0]+\p{Lu}[\p{L}\p{M}'’-]*\.?){0,3})/u;

/** Inputs of one segment for advancing the references. */
export interface SegmentTerms {
  hits: readonly TermHit[];
  sourceText: string;
  occurrences: readonly RenderingOccurrence[];
  targetText: string;
  /** Entries by the occurrences' entryIndex (the matcher's entries). */
  entries: readonly GlossaryEntry[];
  entriesById: ReadonlyMap<string, GlossaryEntry>;
  /** The full-name person a person entry stands for (personOf in name-references.ts). */
  personOf: (entry: GlossaryEntry) => GlossaryEntry;
}

/** The references after one more segment. Returns `refs` itself when nothing changed. */
export function advanceTermReferences(refs: TermReferences, segment: SegmentTerms): TermReferences {
  const { occurrences, entries, targetText } = segment;
  let officeByHead = refs.officeByHead;
  let holders = refs.holders;
  const nouns = new Map<string, number>();
  // The last person or office in the English, in text order: [start, end, referent].
  let human: [number, number, string] | undefined;
  const seeHuman = (start: number, end: number, referent: string) => {
    // A name inside a longer one ("Belousov" of "Andrei Belousov") is the longer one's.
    if (human && human[0] <= start && end <= human[1]) return;
    if (!human || start > human[0] || (start === human[0] && end > human[1])) human = [start, end, referent];
  };
  // Office occurrences, per head the last in the text (the longest of those ending together).
  const lastOffice = new Map<string, RenderingOccurrence>();
  for (const o of occurrences) {
    if (o.kind === 'forbidden') continue;
    const entry = entries[o.entryIndex];
    const head = officeHead(entry);
    if (head) {
      const known = lastOffice.get(head);
      if (!known || o.end > known.end || (o.end === known.end && o.start < known.start)) lastOffice.set(head, o);
      seeHuman(o.start, o.end, entry.id);
    } else if (entry.type === 'person' && o.kind !== 'accepted') {
      seeHuman(o.start, o.end, `person:${entry.id}`);
    } else if (entry.type === 'term') {
      nouns.set(entry.id, (nouns.get(entry.id) ?? 0) | (pluralText(targetText.slice(o.start, o.end)) ? PLURAL : SINGULAR));
    }
  }
  // Office words outside every office occurrence and not a later reference: an office no entry names.
  for (const m of targetText.matchAll(HEAD_WORD)) {
    const head = m[0].toLowerCase();
    const start = m.index;
    const end = start + m[0].length;
    const known = lastOffice.get(head);
    if (known && known.start <= start && end <= known.end) continue;
    if (isLaterReference(targetText, head, start, end)) {
      // "the minister": the office that head last stood for.
      const id = known && known.end <= start ? (known.entryIndex < 0 ? '' : entries[known.entryIndex].id) : refs.officeByHead.get(head);
      if (id !== undefined) seeHuman(start, end, id);
      continue;
    }
    seeHuman(start, end, '');
    if (known && known.end >= end) continue;
    lastOffice.set(head, { entryIndex: -1, kind: 'approved', start, end });
  }
  for (const [head, o] of lastOffice) {
    const id = o.entryIndex < 0 ? '' : entries[o.entryIndex].id;
    if (officeByHead.get(head) === id) continue;
    if (officeByHead === refs.officeByHead) officeByHead = new Map(officeByHead);
    (officeByHead as Map<string, string>).set(head, id);
  }
  for (const [officeId, words] of tiedHolders(segment)) {
    const known = holders.get(officeId);
    if (known && known.join(' ') === words.join(' ')) continue;
    if (holders === refs.holders) holders = new Map(holders);
    (holders as Map<string, readonly string[]>).set(officeId, words);
  }
  const sameNouns = nouns.size === refs.previousNouns.size && [...nouns].every(([id, number]) => refs.previousNouns.get(id) === number);
  const lastHuman = human ? human[2] : refs.lastHuman;
  if (officeByHead === refs.officeByHead && holders === refs.holders && sameNouns && lastHuman === refs.lastHuman) return refs;
  return { officeByHead, holders, previousNouns: sameNouns ? refs.previousNouns : nouns, ...(lastHuman !== undefined ? { lastHuman } : {}) };
}

/** A plural English noun form: ends in -s, not a possessive ("troops", "missiles"; not "Russia's"). */
function pluralText(text: string): boolean {
  return /\p{Ll}s$/u.test(text) && !/['’]s$/.test(text) && !/ss$/.test(text);
}

/** True when the head word at [start, end) is the end of a later reference ("the minister"). */
function isLaterReference(targetText: string, head: string, start: number, end: number): boolean {
  for (const m of targetText.slice(Math.max(0, start - 80), end).matchAll(referencePattern(head))) {
    if (Math.max(0, start - 80) + m.index + m[0].length === end) return true;
  }
  return false;
}

/**
 * Offices this segment ties to a holder, with the holder's name words, when the English names the
 * holder: in the Hindi, the office right before a glossary person (रक्षा मंत्री किम योंग-ह्यून); or
 * in both languages, the office as a title before a name — capitalised in the English and followed
 * by a run of capitalised words ("President Yoon Suk Yeol"), followed by a content word in the
 * Hindi (राष्ट्रपति यून, not राष्ट्रपति ने).
 */
function tiedHolders(segment: SegmentTerms): Map<string, string[]> {
  const { hits, sourceText, occurrences, targetText, entries, entriesById } = segment;
  const tied = new Map<string, string[]>();
  let offices = 0;
  for (const hit of hits) {
    const entry = entriesById.get(hit.entryId);
    if (!entry || !officeHead(entry)) continue;
    offices++;
    const next = hits.find((other) => other.start >= hit.end);
    const person = next && /^[\s\u00a0]*$/.test(sourceText.slice(hit.end, next.start)) ? entriesById.get(next.entryId) : undefined;
    if (person?.type !== 'person') continue;
    const words = holderWords(segment.personOf(person).target);
    if (words.length > 0 && namesHolder(targetText, words) !== null) tied.set(entry.id, words);
  }
  if (offices === 0) return tied;
  for (const o of occurrences) {
    if (o.kind === 'forbidden') continue;
    const entry = entries[o.entryIndex];
    if (!officeHead(entry) || tied.has(entry.id) || !/^\p{Lu}/u.test(targetText.slice(o.start, o.end))) continue;
    if (!hits.some((hit) => hit.entryId === entry.id && hindiModifiesNext(sourceText, hit.end))) continue;
    const run = NAME_RUN.exec(targetText.slice(o.end));
    if (!run) continue;
    const words = holderWords(run[1]);
    if (words.length > 0) tied.set(entry.id, words);
  }
  return tied;
}

/** Lower-case name words of a holder's name, initials dropped ("Abhay S. Oka" → abhay, oka). */
function holderWords(name: string): string[] {
  return name.trim().split(/[\s\u00a0]+/).map((word) => word.replace(/['’]s?$|\.$/g, '').toLowerCase()).filter((word) => word.length > 1);
}

/** Span of the holder's first or last name word, capitalised and whole, in the target. */
function namesHolder(targetText: string, words: readonly string[]): [number, number] | null {
  for (const word of new Set([words[0], words[words.length - 1]])) {
    let from = 0;
    const lower = targetText.toLowerCase();
    for (;;) {
      const at = lower.indexOf(word, from);
      if (at < 0) break;
      from = at + 1;
      const end = at + word.length;
      if (/[\p{L}\p{M}\p{N}]/u.test(targetText[at - 1] ?? '') || /[\p{L}\p{M}\p{N}]/u.test(targetText[end] ?? '')) continue;
      if (targetText[at - 1] === '-' || (targetText[end] === '-' && /\p{L}/u.test(targetText[end + 1] ?? ''))) continue;
      if (!/^\p{Lu}/u.test(targetText.slice(at, end))) continue;
      return [at, end];
    }
  }
  return null;
}

const inside = (span: readonly [number, number], o: RenderingOccurrence) => o.start <= span[0] && span[1] <= o.end;

/**
 * True when the target refers back to the office `entry` without its full rendering:
 * - "the minister" (the head, with "the" and at most status or capitalised modifiers) when the
 *   office the English named last with that head is this entry (a multi-word office: a one-word
 *   office's rendering is its head);
 * - its holder's name ("Yoon") when the document tied the office to that holder, and the Hindi
 *   does not name the holder itself: one English word renders one Hindi term, so "Putin" for
 *   …राष्ट्रपति का कार्यालय… पुतिन ने… is the rendering of पुतिन and the office is still missing. The
 *   Hindi names the holder by a glossary person (`sourceNameWords`, lower case) or by a word
 *   spelling the name (मैक्रों for "Macron", kept-as-name.ts).
 * `personNames` are the person renderings of two words or more in the target: a holder's word
 * inside another person's full name ("Kim" of "Kim Jong Un" for Kim Yong-hyun) does not count,
 * nor does anything inside a forbidden occurrence.
 */
export function referredToAsOffice(
  entry: GlossaryEntry, refs: TermReferences | undefined, sourceText: string, targetText: string,
  occurrences: readonly RenderingOccurrence[], personNames: readonly RenderingOccurrence[], sourceNameWords: ReadonlySet<string>,
): boolean {
  if (!refs) return false;
  const head = officeHead(entry);
  if (!head) return false;
  const forbidden = occurrences.filter((o) => o.kind === 'forbidden');
  if (refs.officeByHead.get(head) === entry.id && /\s/.test(entry.target.trim())) {
    for (const m of targetText.matchAll(referencePattern(head))) {
      const span: [number, number] = [m.index, m.index + m[0].length];
      if (!forbidden.some((o) => inside(span, o))) return true;
    }
  }
  const words = refs.holders.get(entry.id);
  if (!words) return false;
  const span = namesHolder(targetText, words);
  if (!span || forbidden.some((o) => inside(span, o))) return false;
  const found = targetText.slice(span[0], span[1]);
  if (words.some((word) => sourceNameWords.has(word)) || spelledInHindi(sourceText, found)) return false;
  const holder = words.join(' ');
  return !personNames.some((o) => inside(span, o) && holderWords(targetText.slice(o.start, o.end)).join(' ') !== holder);
}

// A partitive or quantified pronoun taking up a plural noun: "30 of them", "most of those", "many of whom".
const PARTITIVE = new RegExp(`(?<![\\p{L}\\p{M}])(?:\\d[\\d,.]*|${[
  'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'twenty', 'dozens', 'hundreds',
  'thousands', 'all', 'both', 'most', 'many', 'some', 'several', 'few', 'none', 'half', 'each', 'any', 'majority', 'rest',
].join('|')})\\s+of\\s+(?:them|those|these|whom)(?![\\p{L}\\p{M}])`, 'iu');

// Hindi demonstratives before a noun (इस संधि, इन सैनिकों, यह मिसाइल): the noun is the one named before.
const HINDI_DEMONSTRATIVE = /(?:^|[\s\u00a0"'“‘(])(?:इस|इन|उस|उन|यह|ये|वह|वे|इसी|इन्हीं|उसी|उन्हीं)[\s\u00a0]+$/u;
// "it" before a reporting verb ("it said") is the agency or ministry that speaks, not the noun.
const SINGULAR_PRONOUN = /(?<![\p{L}\p{M}'’])(?:it(?!\s+(?:said|says|added|adds|reported|reports|claimed|claims|stated|announced|told)(?![\p{L}\p{M}]))|its|itself)(?![\p{L}\p{M}'’])/iu;
const PLURAL_PRONOUN = /(?<![\p{L}\p{M}'’])(?:they|them|their|themselves)(?![\p{L}\p{M}])/iu;
const PERSONAL_PRONOUN = /(?<![\p{L}\p{M}'’])(?:he|she|him|his|her|hers|himself|herself)(?![\p{L}\p{M}])/iu;

/**
 * True when a common-noun entry that the previous segment's English rendered is taken up by a
 * pronoun, as English does where the Hindi repeats the noun:
 * - a partitive pronoun ("at least 30 of them", "most of whom") for a plural (30 सैनिक);
 * - "it"/"its" for a singular, "they"/"them"/"their" for a plural, when the Hindi marks the noun as
 *   the one named before by a demonstrative (यह मिसाइल → "It landed…", इन सैनिकों → "They…").
 * One sentence back only.
 */
export function referredToByPronoun(
  entry: GlossaryEntry, refs: TermReferences | undefined, sourceText: string, hits: readonly TermHit[], targetText: string,
): boolean {
  if (refs === undefined || entry.type !== 'term') return false;
  const number = refs.previousNouns.get(entry.id);
  if (number === undefined) return false;
  if ((number & PLURAL) !== 0 && PARTITIVE.test(targetText)) return true;
  const demonstrative = hits.some((hit) => hit.entryId === entry.id && HINDI_DEMONSTRATIVE.test(sourceText.slice(Math.max(0, hit.start - 12), hit.start)));
  if (!demonstrative) return false;
  return ((number & SINGULAR) !== 0 && SINGULAR_PRONOUN.test(targetText)) || ((number & PLURAL) !== 0 && PLURAL_PRONOUN.test(targetText));
}

// Offices of a head of state or government: news English calls the holder "the leader" on later
// references ("the Ukrainian leader" after "Ukrainian President Volodymyr Zelensky").
const HEAD_OF_STATE = new Set(['president', 'premier', 'chancellor', 'king', 'queen', 'monarch', 'ruler', 'dictator', 'prime minister']);

/**
 * True when an office entry is referred to as its holder: by "he"/"she", or for a head of state or
 * government by "the leader" ("the" + capitalised or status words + leader). The English named last,
 * among the people and offices of the earlier segments, this office or its holder, and this
 * segment's English names no person (a glossary person's rendering) — as name-references.ts does
 * for people.
 */
export function referredToAsHolder(
  entry: GlossaryEntry, refs: TermReferences | undefined, targetText: string, occurrences: readonly RenderingOccurrence[],
  entries: readonly GlossaryEntry[], entriesById: ReadonlyMap<string, GlossaryEntry>,
): boolean {
  if (refs?.lastHuman === undefined || !officeHead(entry)) return false;
  const leader = HEAD_OF_STATE.has(officeHead(entry)!) || HEAD_OF_STATE.has(entry.target.trim().toLowerCase());
  if (!PERSONAL_PRONOUN.test(targetText) && !(leader && referencePattern('leader').test(targetText))) return false;
  if (occurrences.some((o) => o.kind !== 'forbidden' && o.kind !== 'accepted' && entries[o.entryIndex].type === 'person')) return false;
  if (refs.lastHuman === entry.id) return true;
  const holder = refs.holders.get(entry.id);
  if (!holder || !refs.lastHuman.startsWith('person:')) return false;
  const person = entriesById.get(refs.lastHuman.slice('person:'.length));
  // The holder by its full name or a part of it ("Belousov" for Andrei Belousov).
  return person !== undefined && holderWords(person.target).every((word) => holder.includes(word));
}

/** True when two references say the same (so the segments after need no re-check). */
export function sameTermReferences(a: TermReferences | undefined, b: TermReferences | undefined): boolean {
  const x = a ?? EMPTY_TERM_REFERENCES;
  const y = b ?? EMPTY_TERM_REFERENCES;
  if (x === y) return true;
  if (x.officeByHead.size !== y.officeByHead.size || x.holders.size !== y.holders.size || x.previousNouns.size !== y.previousNouns.size) return false;
  if (x.lastHuman !== y.lastHuman) return false;
  for (const [head, id] of x.officeByHead) if (y.officeByHead.get(head) !== id) return false;
  for (const [id, words] of x.holders) if (y.holders.get(id)?.join(' ') !== words.join(' ')) return false;
  for (const [id, number] of x.previousNouns) if (y.previousNouns.get(id) !== number) return false;
  return true;
}
