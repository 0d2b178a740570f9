/** Per-segment enforcement of the glossary on the English target: missing, forbidden, numbers, empty. */
import type { Glossary, GlossaryEntry, IssueCode, IssueSeverity, SegmentIssue, TermHit } from './model.ts';
import {
  advanceContext, EMPTY_DOCUMENT_CONTEXT, fullNameOccurrences, isFullNamePerson, lastPersonOccurrence, laterReference, nameWords,
  otherNameFromFirstWord, personOf, samePerson, shortReference, type DocumentContext,
} from './name-references.ts';
import { englishModifiesNext, hindiModifiesNext, withoutArticle } from './attributive-use.ts';
import { hasCompoundWithInsertion } from './compound-insertions.ts';
import { keptAsName } from './kept-as-name.ts';
import { capitalsOf, renderingKey } from './english-forms.ts';
import { numberIssues } from './numbers.ts';
import type { RenderingOccurrence } from './rendering-index.ts';
import { buildTermMatcher, type TermMatcher } from './term-matcher.ts';
import {
  advanceTermReferences, EMPTY_TERM_REFERENCES, referredToAsHolder, referredToAsOffice, referredToByPronoun, type TermReferences,
} from './term-references.ts';

/** The severity of each issue code: what changes the meaning is an error, a missing term a warning. */
export const ISSUE_SEVERITY: Readonly<Record<IssueCode, IssueSeverity>> = {
  'forbidden-term': 'error',
  'wrong-name': 'error',
  'number-mismatch': 'error',
  'missing-term': 'warning',
  untranslated: 'warning',
};

// A Hindi hit written in Latin letters: the source already holds the English (`North Korea :`).
const LATIN_ONLY = /^[^\u0900-\u097f]*\p{L}[^\u0900-\u097f]*$/u;

/** Issues of one segment and the document context after it. */
export interface SegmentCheck {
  issues: SegmentIssue[];
  context: DocumentContext;
}

/**
 * Check one segment pair in its document. Returns, in this order: `untranslated` (blank target,
 * nothing else checked); `missing-term` per source entry none of whose renderings or accepted forms
 * is in the target (a person's short name counts once the document's English has used the full
 * one); `wrong-name` when the target names a different person instead; `forbidden-term` per
 * forbidden rendering in the target (of any entry) unless it lies inside an approved or alternate
 * rendering; `number-mismatch` per source number absent from the target.
 */
export function checkSegmentInContext(
  sourceText: string,
  targetText: string,
  matcher: TermMatcher,
  entriesById: Map<string, GlossaryEntry>,
  context: DocumentContext = EMPTY_DOCUMENT_CONTEXT,
  options: CheckerOptions = {},
): SegmentCheck {
  const hits = matcher.scan(sourceText);
  const inContext = !options.exactFormsOnly;
  if (targetText.trim() === '') {
    const issues: SegmentIssue[] = sourceText.trim() === ''
      ? [] : [{ code: 'untranslated', severity: ISSUE_SEVERITY.untranslated, sourceSpan: [0, sourceText.length] }];
    const terms = inContext ? nextTermReferences(context, hits, sourceText, [], targetText, matcher, entriesById) : context.terms;
    return { issues, context: advanceContext(context, hits, [], entriesById, matcher.entries, undefined, terms) };
  }
  const occurrences = matcher.scanTarget(targetText);
  const entryOf = (index: number): GlossaryEntry => {
    const entry = matcher.entries[index];
    return entriesById.get(entry.id) ?? entry;
  };
  const fullNames = fullNameOccurrences(occurrences, matcher.entries, targetText);
  const sourceEntryIds = new Set(hits.map((hit) => hit.entryId));

  // Accepted (derived) forms satisfy an entry but never shield a forbidden form.
  const shielding = occurrences.filter((o) => o.kind === 'approved' || o.kind === 'alternate');
  const satisfiedEntryIds = satisfiedEntries(occurrences, matcher.entries, sourceEntryIds, targetText);
  const forbiddenIssues: SegmentIssue[] = [];
  const entriesWithIssue = new Set<string>();
  // Two forbidden forms that differ only in case find the same text once.
  const forbiddenSpans = new Set<string>();
  const forbidden = occurrences.filter((o) => {
    if (o.kind !== 'forbidden') return false;
    const key = `${o.entryIndex}:${o.start}:${o.end}`;
    if (forbiddenSpans.has(key)) return false;
    forbiddenSpans.add(key);
    return true;
  });
  for (const occurrence of forbidden) {
    if (insideAllowed(occurrence, shielding)) continue;
    if (inContext && articleOfNextNoun(occurrence, entryOf(occurrence.entryIndex), hits, sourceText, targetText)) continue;
    // "Kim Jong" inside "Kim Jong-un": report the longer forbidden form only.
    if (forbidden.some((o) => o !== occurrence && o.start <= occurrence.start && occurrence.end <= o.end
      && o.end - o.start > occurrence.end - occurrence.start)) continue;
    const entry = entryOf(occurrence.entryIndex);
    const sourceHit = hits.find((hit) => hit.entryId === entry.id);
    const issue: SegmentIssue = {
      code: 'forbidden-term', severity: ISSUE_SEVERITY['forbidden-term'], entryId: entry.id,
      targetSpan: [occurrence.start, occurrence.end], expected: entry.target,
    };
    if (sourceHit) issue.sourceSpan = [sourceHit.start, sourceHit.end];
    forbiddenIssues.push(issue);
    entriesWithIssue.add(entry.id);
  }

  // Who the Hindi's name words stand for, with this segment's own full names counted.
  const local = advanceContext(context, hits, [], entriesById, matcher.entries);
  const nameIssues: SegmentIssue[] = [];
  const missingIssues: SegmentIssue[] = [];
  const seen = new Set<string>();
  for (const hit of hits) {
    if (seen.has(hit.entryId)) continue;
    seen.add(hit.entryId);
    const entry = entriesById.get(hit.entryId) ?? matcher.entries.find((e) => e.id === hit.entryId);
    if (!entry || entriesWithIssue.has(entry.id)) continue;
    const wrong = inContext && entry.type === 'person' ? wrongPerson(entry, local, fullNames, sourceEntryIds, satisfiedEntryIds, targetText, matcher, entriesById) : null;
    if (wrong) {
      nameIssues.push({
        code: 'wrong-name', severity: ISSUE_SEVERITY['wrong-name'], entryId: entry.id, sourceSpan: [hit.start, hit.end],
        targetSpan: [wrong.start, wrong.end], expected: wrong.expected, found: targetText.slice(wrong.start, wrong.end),
      });
      continue;
    }
    if (satisfiedEntryIds.has(entry.id)) continue;
    // Wire style: "Kim" after "Kim Jong Un" earlier in the same document.
    if (inContext && isFullNamePerson(entry) && context.namedInEnglish.has(entry.id) && shortReference(entry, targetText, fullNames)) continue;
    const other = inContext && entry.type === 'person' ? otherPersonNamed(entry, occurrences, sourceEntryIds, matcher, entriesById, local) : null;
    if (other) {
      nameIssues.push({
        code: 'wrong-name', severity: ISSUE_SEVERITY['wrong-name'], entryId: entry.id, sourceSpan: [hit.start, hit.end],
        targetSpan: [other.start, other.end], expected: entry.target, found: targetText.slice(other.start, other.end),
      });
      continue;
    }
    if (inContext && entry.type === 'term' && hasCompoundWithInsertion(entry, targetText)) continue;
    // A common word kept in Hindi inside an English name ("Rashtrapati Bhavan"); names of people,
    // places and organisations are not: their English spelling is what the entry fixes.
    if (inContext && entry.type === 'term' && keptAsName(sourceText, [hit.start, hit.end], targetText)) continue;
    // "He said" / "the president said" for the person the English named last in this document.
    if (inContext && entry.type === 'person' && referredToByPronounOrOffice(entry, context, targetText, entriesById)) continue;
    // Wire style drops a title on later references: राष्ट्रपति पुतिन → "Putin" once Putin was named.
    if (inContext && entry.type !== 'person' && titleOfNamedPerson(entry.id, hits, sourceText, satisfiedEntryIds, context, entriesById)) continue;
    // "The minister said" after "Defence Minister Rajnath Singh"; "Yoon" after "President Yoon Suk Yeol".
    if (inContext && referredToAsOffice(entry, context.terms, sourceText, targetText, occurrences, fullNames, sourcePersonWords(hits, local, entriesById))) continue;
    // "He said" for रक्षा मंत्री ने कहा, "the Ukrainian leader" for राष्ट्रपति, when that office or its holder was named last.
    if (inContext && referredToAsHolder(entry, context.terms, targetText, occurrences, matcher.entries, entriesById)) continue;
    // "At least 30 of them" for 30 सैनिक, "It landed" for यह मिसाइल, after the noun in the sentence before.
    if (inContext && referredToByPronoun(entry, context.terms, sourceText, hits, targetText)) continue;
    const issue: SegmentIssue = {
      code: 'missing-term', severity: ISSUE_SEVERITY['missing-term'], entryId: entry.id, sourceSpan: [hit.start, hit.end], expected: entry.target,
    };
    if (LATIN_ONLY.test(hit.text)) issue.latinInSource = true;
    missingIssues.push(issue);
  }
  const issues = [...missingIssues, ...nameIssues, ...forbiddenIssues, ...numberIssues(sourceText, targetText, { years: inContext, compoundWords: inContext })];
  const terms = inContext ? nextTermReferences(local, hits, sourceText, occurrences, targetText, matcher, entriesById) : context.terms;
  return { issues, context: advanceContext(context, hits, fullNames, entriesById, matcher.entries, lastPersonOccurrence(occurrences, matcher.entries), terms) };
}

/** Lower-case name words of the people the Hindi names (each resolved to the full name the document ties it to). */
function sourcePersonWords(hits: readonly TermHit[], context: DocumentContext, entriesById: ReadonlyMap<string, GlossaryEntry>): Set<string> {
  const words = new Set<string>();
  for (const hit of hits) {
    const entry = entriesById.get(hit.entryId);
    if (entry?.type !== 'person') continue;
    for (const word of nameWords(entry.target)) words.add(word);
    const person = entriesById.get(personOf(entry, context.personByWord));
    if (person) for (const word of nameWords(person.target)) words.add(word);
  }
  return words;
}

/** The offices, holders and plural nouns after this segment (term-references.ts); `context` ties the Hindi's name words. */
function nextTermReferences(
  context: DocumentContext, hits: readonly TermHit[], sourceText: string, occurrences: readonly RenderingOccurrence[], targetText: string,
  matcher: TermMatcher, entriesById: ReadonlyMap<string, GlossaryEntry>,
): TermReferences {
  return advanceTermReferences(context.terms ?? EMPTY_TERM_REFERENCES, {
    hits, sourceText, occurrences, targetText, entries: matcher.entries, entriesById,
    personOf: (entry) => entriesById.get(personOf(entry, context.personByWord)) ?? entry,
  });
}

/**
 * Entries the target satisfies: any approved, alternate or accepted occurrence, with two limits on
 * accepted forms. One English word renders one Hindi term: an accepted form that is, at the same
 * place, the only rendering of another entry the Hindi names is that entry's ("Moscow" when the
 * Hindi has मास्को as well as रूस). And a capital stands for its state's government, not in the
 * possessive, which reads as the city's own ("Beijing's exports", "Moscow's metro").
 */
function satisfiedEntries(
  occurrences: readonly RenderingOccurrence[], entries: readonly GlossaryEntry[], sourceEntryIds: ReadonlySet<string>, targetText: string,
): Set<string> {
  const spansOf = new Map<string, Set<string>>();
  for (const o of occurrences) {
    if (o.kind !== 'approved' && o.kind !== 'alternate') continue;
    const id = entries[o.entryIndex].id;
    if (!sourceEntryIds.has(id)) continue;
    const spans = spansOf.get(id) ?? new Set<string>();
    spans.add(`${o.start}:${o.end}`);
    spansOf.set(id, spans);
  }
  const claimed = new Set<string>();
  for (const spans of spansOf.values()) if (spans.size === 1) claimed.add([...spans][0]);
  const satisfied = new Set<string>();
  for (const o of occurrences) {
    if (o.kind === 'forbidden') continue;
    const entry = entries[o.entryIndex];
    if (o.kind === 'accepted') {
      if (claimed.has(`${o.start}:${o.end}`) && !spansOf.has(entry.id)) continue;
      if (possessiveCapital(entry, targetText.slice(o.start, o.end))) continue;
    }
    satisfied.add(entry.id);
  }
  return satisfied;
}

function possessiveCapital(entry: GlossaryEntry, text: string): boolean {
  const base = /^(.*?)['’]s?$/s.exec(text);
  if (!base) return false;
  const key = renderingKey(base[1]);
  return [entry.target, ...entry.targetAlternates].some((rendering) => capitalsOf(rendering).some((capital) => renderingKey(capital) === key));
}

/**
 * A later reference by pronoun or office ("he", "the Russian leader") to the person the document's
 * English named last, when this segment names nobody: the Hindi's person must be that person.
 */
function referredToByPronounOrOffice(
  entry: GlossaryEntry, context: DocumentContext, targetText: string, entriesById: ReadonlyMap<string, GlossaryEntry>,
): boolean {
  const last = context.lastPerson ? entriesById.get(context.lastPerson) : undefined;
  if (!last) return false;
  const person = entriesById.get(personOf(entry, context.personByWord)) ?? entry;
  return samePerson(person, last) && laterReference(targetText);
}

/**
 * A different person's full name where the Hindi names `entry`: for a full-name entry, another
 * full-name person sharing a name word ("Kim Jong Il" for किम जोंग उन) while its own name is absent;
 * for a short entry (किम), the same when the document ties the word to a person (Kim Jong Un).
 * People named in the Hindi too are not "different".
 */
function wrongPerson(
  entry: GlossaryEntry,
  context: DocumentContext,
  fullNames: readonly RenderingOccurrence[],
  sourceEntryIds: ReadonlySet<string>,
  satisfiedEntryIds: ReadonlySet<string>,
  targetText: string,
  matcher: TermMatcher,
  entriesById: Map<string, GlossaryEntry>,
): { start: number; end: number; expected: string } | null {
  let person: GlossaryEntry | undefined = entry;
  if (!isFullNamePerson(entry)) {
    const words = nameWords(entry.target);
    const tiedId = words.length === 1 ? context.personByWord.get(words[0]) : undefined;
    person = tiedId ? entriesById.get(tiedId) : undefined;
    if (!person) return null;
  }
  if (satisfiedEntryIds.has(person.id) && fullNames.some((o) => matcher.entries[o.entryIndex].id === person.id)) return null;
  if (person !== entry && shortReference(person, targetText, fullNames)) return null;
  const words = new Set(nameWords(person.target));
  for (const occurrence of fullNames) {
    const other = matcher.entries[occurrence.entryIndex];
    if (other.id === person.id || other.id === entry.id || sourceEntryIds.has(other.id)) continue;
    // An alternate of both ("Kim Jong Un" is also an alternate of Kim) is the same person.
    if (fullNames.some((o) => o.start === occurrence.start && o.end === occurrence.end && matcher.entries[o.entryIndex].id === person.id)) continue;
    if (nameWords(other.target).some((word) => words.has(word))) return { start: occurrence.start, end: occurrence.end, expected: person.target };
  }
  // A name the glossary does not know, built on this person's first word ("Kim Yo Jong").
  if (satisfiedEntryIds.has(person.id) || shortReference(person, targetText, fullNames)) return null;
  const other = otherNameFromFirstWord(person, targetText, fullNames);
  return other ? { start: other[0], end: other[1], expected: person.target } : null;
}

/**
 * A forbidden "the X" (X allowed) where the article belongs to the next noun: "the Ukraine crisis"
 * for यूक्रेन संकट. Both sides must show X modifying a noun: a content word after it in the English,
 * and the Hindi term compounded with the next word (no postposition between).
 */
function articleOfNextNoun(occurrence: RenderingOccurrence, entry: GlossaryEntry, hits: readonly TermHit[], sourceText: string, targetText: string): boolean {
  const rest = withoutArticle(targetText.slice(occurrence.start, occurrence.end));
  if (rest === null) return false;
  const key = renderingKey(rest);
  if (![entry.target, ...entry.targetAlternates].some((rendering) => renderingKey(rendering) === key)) return false;
  return englishModifiesNext(targetText, occurrence.end)
    && hits.some((hit) => hit.entryId === entry.id && hindiModifiesNext(sourceText, hit.end));
}

/**
 * True when every hit of the entry stands right before a person's name in the Hindi (a title:
 * राष्ट्रपति पुतिन, रक्षा मंत्री बेलौसोव), the English has that person, and the document's English
 * named the person before this segment: a later reference that drops the title, as wire style does.
 */
function titleOfNamedPerson(
  entryId: string,
  hits: readonly TermHit[],
  sourceText: string,
  satisfiedEntryIds: ReadonlySet<string>,
  context: DocumentContext,
  entriesById: ReadonlyMap<string, GlossaryEntry>,
): boolean {
  const own = hits.filter((hit) => hit.entryId === entryId);
  return own.every((hit) => {
    const next = hits.find((other) => other.start >= hit.end);
    if (!next || !/^[\s\u00a0]*$/.test(sourceText.slice(hit.end, next.start))) return false;
    const person = entriesById.get(next.entryId);
    if (!person || person.type !== 'person' || !satisfiedEntryIds.has(person.id)) return false;
    if (context.namedInEnglish.has(person.id)) return true;
    return nameWords(person.target).some((word) => {
      const tied = context.personByWord.get(word);
      return tied !== undefined && context.namedInEnglish.has(tied);
    });
  });
}

/** Lower-case name words of a person entry's renderings (approved and alternates). */
function personWords(entry: GlossaryEntry): Set<string> {
  return new Set([entry.target, ...entry.targetAlternates].flatMap(nameWords));
}

/**
 * Where the Hindi names a person whose name the English lacks and the English names, instead,
 * another person of the glossary that the Hindi does not name ("Trump said" for पुतिन ने कहा): that
 * person's occurrence. People sharing a name word are the same person (Putin, Vladimir Putin) or
 * the case wrongPerson handles (Kim Jong Il for Kim Jong Un); a name word the document ties to the
 * Hindi's person (किम → Kim Jong Un) counts as the same person too.
 */
function otherPersonNamed(
  entry: GlossaryEntry,
  occurrences: readonly RenderingOccurrence[],
  sourceEntryIds: ReadonlySet<string>,
  matcher: TermMatcher,
  entriesById: ReadonlyMap<string, GlossaryEntry>,
  context: DocumentContext,
): RenderingOccurrence | null {
  const words = personWords(entry);
  for (const word of [...words]) {
    const tied = context.personByWord.get(word);
    const person = tied ? entriesById.get(tied) : undefined;
    if (person) for (const w of personWords(person)) words.add(w);
  }
  for (const occurrence of occurrences) {
    if (occurrence.kind !== 'approved' && occurrence.kind !== 'alternate') continue;
    const other = matcher.entries[occurrence.entryIndex];
    if (other.type !== 'person' || other.id === entry.id || sourceEntryIds.has(other.id)) continue;
    if ([...personWords(other)].some((word) => words.has(word))) continue;
    return occurrence;
  }
  return null;
}

/** Check one segment pair on its own (no document context); see checkSegmentInContext. */
export function checkSegment(
  sourceText: string,
  targetText: string,
  matcher: TermMatcher,
  entriesById: Map<string, GlossaryEntry>,
  context: DocumentContext = EMPTY_DOCUMENT_CONTEXT,
): SegmentIssue[] {
  return checkSegmentInContext(sourceText, targetText, matcher, entriesById, context).issues;
}

/** True when a forbidden occurrence lies within an occurrence of an allowed rendering (its own or another entry's). */
function insideAllowed(forbidden: RenderingOccurrence, allowed: readonly RenderingOccurrence[]): boolean {
  return allowed.some((a) => a.start <= forbidden.start && forbidden.end <= a.end);
}

/** A glossary compiled for checking: the matcher, entries by id, and shortcuts for terms and checks. */
export interface GlossaryChecker {
  matcher: TermMatcher;
  entriesById: Map<string, GlossaryEntry>;
  /** Terms recognised in Hindi text. */
  terms(text: string): TermHit[];
  /** Issues of one segment pair; `context` = what the document's earlier segments said (checkDocument). */
  check(sourceText: string, targetText: string, context?: DocumentContext): SegmentIssue[];
  /** Issues of one segment and the context for the next segment of the same document. */
  checkInContext(sourceText: string, targetText: string, context: DocumentContext): SegmentCheck;
  /** Issues of each segment of one document (article, pairs file), in order, each in the context of those before it. */
  checkDocument(pairs: readonly { source: string; target: string }[]): SegmentIssue[][];
  /** The context before each segment of a document (index i = after segments 0..i-1). */
  contextsOf(pairs: readonly { source: string; target: string }[]): DocumentContext[];
  /**
   * Follows a change of a few entries in place (term-matcher.ts `update`): `next` is the whole new
   * glossary, `removed` the old versions of changed or deleted entries, `added` the new versions.
   * Answers afterwards equal those of a checker built from `next`.
   */
  update(next: Glossary, removed: readonly GlossaryEntry[], added: readonly GlossaryEntry[]): void;
}

/** Options of a checker. */
export interface CheckerOptions {
  /**
   * The checker before accepted forms, names in context and the year rule: exact renderings
   * plus plural/possessive endings only. Kept as the baseline that `npm run bench -- qa` compares with.
   */
  exactFormsOnly?: boolean;
}

/** Compile a glossary once for repeated term lookups and segment checks. */
export function createGlossaryChecker(glossary: Glossary, options: CheckerOptions = {}): GlossaryChecker {
  const matcher = buildTermMatcher(glossary.entries, { acceptedForms: !options.exactFormsOnly });

  const entriesById = new Map(glossary.entries.map((entry) => [entry.id, entry] as [string, GlossaryEntry]));
  return {
    matcher,
    entriesById,
    terms: (text) => matcher.scan(text),
    check: (sourceText, targetText, context) => checkSegmentInContext(sourceText, targetText, matcher, entriesById, context, options).issues,
    checkInContext: (sourceText, targetText, context) => checkSegmentInContext(sourceText, targetText, matcher, entriesById, context, options),
    checkDocument(pairs) {
      let context = EMPTY_DOCUMENT_CONTEXT;
      return pairs.map(({ source, target }) => {
        const result = checkSegmentInContext(source, target, matcher, entriesById, context, options);
        context = result.context;
        return result.issues;
      });
    },
    update(next, removed, added) {
      matcher.update(next.entries, removed, added);
      for (const entry of removed) entriesById.delete(entry.id);
      for (const entry of added) entriesById.set(entry.id, entry);
    },
    contextsOf(pairs) {
      const contexts: DocumentContext[] = [];
      let context = EMPTY_DOCUMENT_CONTEXT;
      for (const { source, target } of pairs) {
        contexts.push(context);
        context = advanceOnly(source, target, context);
      }
      return contexts;
    },
  };
  function advanceOnly(source: string, target: string, context: DocumentContext): DocumentContext {
    const hits = matcher.scan(source);
    const occurrences = target.trim() === '' ? [] : matcher.scanTarget(target);
    const fullNames = fullNameOccurrences(occurrences, matcher.entries, target);
    const terms = options.exactFormsOnly ? context.terms
      : nextTermReferences(advanceContext(context, hits, [], entriesById, matcher.entries), hits, source, occurrences, target, matcher, entriesById);
    return advanceContext(context, hits, fullNames, entriesById, matcher.entries, lastPersonOccurrence(occurrences, matcher.entries), terms);
  }
}
