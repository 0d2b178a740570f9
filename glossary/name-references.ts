/**
 * People's names in running text, wire-service style: the first mention is the full name ("Kim
 * Jong Un"), later ones the short one ("Kim"). A document context carries, from one segment to the
 * next, which full names the English has used and which person each name word (kim, putin) last
 * stood for, so a short reference can satisfy the entry and a different person's name is caught.
 */
import type { GlossaryEntry, TermHit } from './model.ts';
import type { RenderingOccurrence } from './rendering-index.ts';
import { latinSkeleton } from './kept-as-name.ts';
import { sameTermReferences, type TermReferences } from './term-references.ts';

/** What the earlier segments of one document (article, pairs file) say about people. */
export interface DocumentContext {
  /** Ids of person entries whose full name the English has already used. */
  readonly namedInEnglish: ReadonlySet<string>;
  /** For each name word (lower case), the full-name person entry it last stood for. */
  readonly personByWord: ReadonlyMap<string, string>;
  /** The person the English named last (a full-name entry when the name word is tied to one): who "he" or "the president" is. */
  readonly lastPerson?: string;
  /** Offices, their holders and the previous segment's plural nouns (term-references.ts); absent = none yet. */
  readonly terms?: TermReferences;
}

/** The context at the start of a document. */
export const EMPTY_DOCUMENT_CONTEXT: DocumentContext = { namedInEnglish: new Set(), personByWord: new Map() };

/** Lower-case name words of a rendering ("Kim Jong-un" → kim, jong, un). */
export function nameWords(rendering: string): string[] {
  return rendering.toLowerCase().split(/[\s\-‐‑]+/).map((word) => word.replace(/['’]s?$/, '')).filter(Boolean);
}

/** A person entry whose approved rendering is a full name (two words or more). */
export function isFullNamePerson(entry: GlossaryEntry | undefined): boolean {
  return entry !== undefined && entry.type === 'person' && /\s/.test(entry.target.trim());
}

/** Full-name occurrences of person entries in a target: approved or alternate renderings of two words or more. */
export function fullNameOccurrences(
  occurrences: readonly RenderingOccurrence[], entries: readonly GlossaryEntry[], targetText: string,
): RenderingOccurrence[] {
  return occurrences.filter((o) => (o.kind === 'approved' || o.kind === 'alternate')
    && isFullNamePerson(entries[o.entryIndex]) && /\s/.test(targetText.slice(o.start, o.end).trim()));
}

/** The context after one more segment: its Hindi full names and its English full names. */
export function advanceContext(
  context: DocumentContext,
  hits: readonly TermHit[],
  fullNames: readonly RenderingOccurrence[],
  entriesById: ReadonlyMap<string, GlossaryEntry>,
  entries: readonly GlossaryEntry[],
  lastNamed?: GlossaryEntry,
  terms: TermReferences | undefined = context.terms,
): DocumentContext {
  let namedInEnglish = context.namedInEnglish;
  let personByWord = context.personByWord;
  const tie = (entry: GlossaryEntry) => {
    for (const word of nameWords(entry.target)) {
      if (personByWord.get(word) === entry.id) continue;
      if (personByWord === context.personByWord) personByWord = new Map(personByWord);
      (personByWord as Map<string, string>).set(word, entry.id);
    }
  };
  for (const hit of hits) {
    const entry = entriesById.get(hit.entryId);
    if (entry && isFullNamePerson(entry)) tie(entry);
  }
  for (const occurrence of fullNames) {
    const entry = entries[occurrence.entryIndex];
    if (!namedInEnglish.has(entry.id)) {
      if (namedInEnglish === context.namedInEnglish) namedInEnglish = new Set(namedInEnglish);
      (namedInEnglish as Set<string>).add(entry.id);
    }
    tie(entry);
  }
  const lastPerson = lastNamed ? personOf(lastNamed, personByWord) : context.lastPerson;
  return namedInEnglish === context.namedInEnglish && personByWord === context.personByWord && lastPerson === context.lastPerson && terms === context.terms
    ? context : { namedInEnglish, personByWord, ...(lastPerson ? { lastPerson } : {}), ...(terms ? { terms } : {}) };
}

/** True when two contexts say the same (so the segments after need no re-check). */
export function sameDocumentContext(a: DocumentContext | undefined, b: DocumentContext | undefined): boolean {
  if (a === b) return true;
  if (!a || !b || a.namedInEnglish.size !== b.namedInEnglish.size || a.personByWord.size !== b.personByWord.size) return false;
  if (a.lastPerson !== b.lastPerson || !sameTermReferences(a.terms, b.terms)) return false;
  for (const id of a.namedInEnglish) if (!b.namedInEnglish.has(id)) return false;
  for (const [word, id] of a.personByWord) if (b.personByWord.get(word) !== id) return false;
  return true;
}

/** The person an entry stands for: itself when a full name, else the full-name person its word is tied to. */
export function personOf(entry: GlossaryEntry, personByWord: ReadonlyMap<string, string>): string {
  if (isFullNamePerson(entry)) return entry.id;
  const words = nameWords(entry.target);
  return (words.length === 1 ? personByWord.get(words[0]) : undefined) ?? entry.id;
}

/**
 * Whether two person entries (resolved by personOf) are one person: the same entry, or, when either
 * is a bare name not tied to a full name (पुतिन before any "Vladimir Putin"), a shared name word.
 * Two different full names are two people even when they share words (Kim Jong Il, Kim Jong Un).
 */
export function samePerson(a: GlossaryEntry, b: GlossaryEntry): boolean {
  if (a.id === b.id) return true;
  if (isFullNamePerson(a) && isFullNamePerson(b)) return false;
  const words = new Set([a.target, ...a.targetAlternates].flatMap(nameWords));
  return [b.target, ...b.targetAlternates].flatMap(nameWords).some((word) => words.has(word));
}

/** The person entry of the last person rendering (approved or alternate) in a target, in text order. */
export function lastPersonOccurrence(occurrences: readonly RenderingOccurrence[], entries: readonly GlossaryEntry[]): GlossaryEntry | undefined {
  let last: RenderingOccurrence | undefined;
  for (const o of occurrences) {
    if ((o.kind !== 'approved' && o.kind !== 'alternate') || entries[o.entryIndex].type !== 'person') continue;
    if (!last || o.start > last.start || (o.start === last.start && o.end > last.end)) last = o;
  }
  return last ? entries[last.entryIndex] : undefined;
}

// A later reference to the person named last: a personal pronoun, or a definite description by
// office ("the president", "the Russian leader", "the former defence minister"). Closed classes.
const PRONOUN = /(?<![\p{L}\p{M}'’])(?:he|she|him|his|her|hers)(?![\p{L}\p{M}])/iu;
const OFFICE_DESCRIPTION = new RegExp(
  `(?<![\\p{L}\\p{M}])the\\s+(?:[\\p{L}.'’-]+\\s+){0,3}(?:${['leader', 'president', 'premier', 'chancellor', 'minister', 'secretary',
    'king', 'queen', 'monarch', 'chairman', 'chairwoman', 'spokesman', 'spokeswoman', 'spokesperson', 'envoy', 'ambassador',
    'general', 'commander', 'aide', 'official', 'chief', 'ruler', 'strongman', 'dictator',
  ].join('|')})(?![\\p{L}\\p{M}])`, 'iu');

/** True when the target refers to someone by a pronoun or by office, without a name. */
export function laterReference(targetText: string): boolean {
  return PRONOUN.test(targetText) || OFFICE_DESCRIPTION.test(targetText);
}

/**
 * Span of a short reference to `person` in the target: its first or last name word as a whole,
 * capitalised word outside every full-name occurrence (the "Kim" of "Kim Jong Il" is not one). The
 * first name word that other name words continue ("Kim Yo Jong") opens someone else's name: no
 * reference to this person (`otherNameFromFirstWord` reports it).
 */
export function shortReference(person: GlossaryEntry, targetText: string, fullNames: readonly RenderingOccurrence[]): [number, number] | null {
  const words = person.target.trim().split(/\s+/);
  const first = firstNameWord(person);
  const candidates = new Set([words[0], words[words.length - 1]].map((word) => word.replace(/[-‐‑].*$/, '')));
  for (const word of candidates) {
    for (const [start, end] of wordSpans(word, targetText)) {
      if (fullNames.some((o) => o.start <= start && end <= o.end)) continue;
      if (word === first && nameRunEnd(targetText, end) > end) continue;
      return [start, end];
    }
  }
  return null;
}

/**
 * Span of a personal name that starts with `person`'s first name word and goes on with other
 * capitalised words that are not this person's full name ("Kim Yo Jong" where the Hindi means Kim
 * Jong Un): wire style shortens a name to its family word alone, so a longer name built on the
 * same first word is another person, named or not in the glossary. Headline-case text (most
 * words capitalised) says nothing about names and gives none.
 */
export function otherNameFromFirstWord(person: GlossaryEntry, targetText: string, fullNames: readonly RenderingOccurrence[]): [number, number] | null {
  const first = firstNameWord(person);
  if (first === null || headlineCase(targetText)) return null;
  const ownRest = skeletonOf(person.target.trim().split(/\s+/).slice(1).join(' '));
  for (const [start, end] of wordSpans(first, targetText)) {
    if (fullNames.some((o) => o.start <= start && end <= o.end)) continue;
    const runEnd = nameRunEnd(targetText, end);
    // The same consonants as the person's own name words: this person misspelt ("Sunil Mehara"), a missing term.
    if (runEnd > end && skeletonOf(targetText.slice(end, runEnd)) !== ownRest) return [start, runEnd];
  }
  return null;
}

const skeletonOf = (words: string): string => words.split(/[\s\-‐‑]+/).filter(Boolean).map(latinSkeleton).join(' ');

/** The first word of a full-name person's rendering ("Kim" of "Kim Jong Un"), or null. */
function firstNameWord(person: GlossaryEntry): string | null {
  const words = person.target.trim().split(/\s+/);
  if (words.length < 2) return null;
  const word = words[0].replace(/[-‐‑].*$/, '');
  return word.length >= 2 ? word : null;
}

function wordSpans(word: string, targetText: string): [number, number][] {
  if (word.length < 2) return [];
  const pattern = new RegExp(`(?<![\\p{L}\\p{M}\\p{N}-])${escapeRegExp(word)}(?![\\p{L}\\p{M}\\p{N}]|-\\p{L})`, 'gu');
  return [...targetText.matchAll(pattern)].map((m) => [m.index, m.index + m[0].length]);
}

// Capitalised words that follow a name without being part of it: days, months, "I".
const NOT_NAME_PARTS = new Set([
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march', 'april',
  'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul',
  'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'i',
]);
const NAME_PART = /^[ \u00a0]+(\p{Lu}[\p{L}\p{M}'’-]*)(?![\p{L}\p{M}\p{N}])/u;

/** End of the run of capitalised name words right after `end` (`end` itself when there is none); at most three. */
function nameRunEnd(targetText: string, end: number): number {
  let at = end;
  for (let k = 0; k < 3; k++) {
    const m = NAME_PART.exec(targetText.slice(at, at + 40));
    if (!m || NOT_NAME_PARTS.has(m[1].toLowerCase())) break;
    at += m[0].length;
  }
  return at;
}

/** True when most words of the text are capitalised (a headline in title case). */
function headlineCase(targetText: string): boolean {
  const words = targetText.match(/\p{L}[\p{L}\p{M}'’-]*/gu) ?? [];
  const capitalised = words.filter((word) => /^\p{Lu}/u.test(word)).length;
  return words.length >= 3 && capitalised / words.length >= 0.6;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
