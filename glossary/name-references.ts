/**
 * People's names in running text, wire-service style: the first mention is the full name ("Kim
 * Jong Un"), later ones the short one ("Kim"). A document context carries, from one segment to the
 * next, which full names the English has used and which person each name word (kim, putin) last
 * stood for, so a short reference can satisfy the entry and a different person's name is caught.
 */
import type { GlossaryEntry, TermHit } from './model.ts';
import type { RenderingOccurrence } from './rendering-index.ts';

/** What the earlier segments of one document (article, pairs file) say about people. */
export interface DocumentContext {
  /** Ids of person entries whose full name the English has already used. */
  readonly namedInEnglish: ReadonlySet<string>;
  /** For each name word (lower case), the full-name person entry it last stood for. */
  readonly personByWord: ReadonlyMap<string, string>;
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
  return namedInEnglish === context.namedInEnglish && personByWord === context.personByWord
    ? context : { namedInEnglish, personByWord };
}

/**
 * Span of a short reference to `person` in the target: its first or last name word as a whole,
 * capitalised word outside every full-name occurrence (the "Kim" of "Kim Jong Il" is not one).
 */
export function shortReference(person: GlossaryEntry, targetText: string, fullNames: readonly RenderingOccurrence[]): [number, number] | null {
  const words = person.target.trim().split(/\s+/);
  const candidates = new Set([words[0], words[words.length - 1]].map((word) => word.replace(/[-‐‑].*$/, '')));
  for (const word of candidates) {
    if (word.length < 2) continue;
    const pattern = new RegExp(`(?<![\\p{L}\\p{M}\\p{N}-])${escapeRegExp(word)}(?![\\p{L}\\p{M}\\p{N}]|-\\p{L})`, 'gu');
    for (const m of targetText.matchAll(pattern)) {
      const start = m.index;
      const end = start + m[0].length;
      if (!fullNames.some((o) => o.start <= start && end <= o.end)) return [start, end];
    }
  }
  return null;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
