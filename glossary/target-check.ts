/** Per-segment enforcement of the glossary on the English target: missing, forbidden, numbers, empty. */
import type { Glossary, GlossaryEntry, SegmentIssue, TermHit } from './model.ts';
import { numberIssues } from './numbers.ts';
import type { RenderingOccurrence } from './rendering-index.ts';
import { buildTermMatcher, type TermMatcher } from './term-matcher.ts';

/**
 * Check one segment pair. Returns, in this order: `untranslated` (blank target, nothing else checked);
 * `missing-term` per source entry whose approved rendering or alternate is absent from the target;
 * `forbidden-term` per forbidden rendering in the target (of any entry, found in the source or not)
 * unless it lies inside an allowed rendering; `number-mismatch` per source number absent from the target.
 */
export function checkSegment(
  sourceText: string,
  targetText: string,
  matcher: TermMatcher,
  entriesById: Map<string, GlossaryEntry>,
): SegmentIssue[] {
  if (targetText.trim() === '') {
    return sourceText.trim() === '' ? [] : [{ code: 'untranslated', sourceSpan: [0, sourceText.length] }];
  }
  const hits = matcher.scan(sourceText);
  const occurrences = matcher.scanTarget(targetText);
  const entryOf = (index: number): GlossaryEntry => {
    const entry = matcher.entries[index];
    return entriesById.get(entry.id) ?? entry;
  };

  const allowed = occurrences.filter((o) => o.kind !== 'forbidden');
  const satisfiedEntryIds = new Set(allowed.map((o) => matcher.entries[o.entryIndex].id));
  const forbiddenIssues: SegmentIssue[] = [];
  const entriesWithForbidden = new Set<string>();
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
    if (insideAllowed(occurrence, allowed)) continue;
    // "Kim Jong" inside "Kim Jong-un": report the longer forbidden form only.
    if (forbidden.some((o) => o !== occurrence && o.start <= occurrence.start && occurrence.end <= o.end
      && o.end - o.start > occurrence.end - occurrence.start)) continue;
    const entry = entryOf(occurrence.entryIndex);
    const sourceHit = hits.find((hit) => hit.entryId === entry.id);
    const issue: SegmentIssue = {
      code: 'forbidden-term', entryId: entry.id, targetSpan: [occurrence.start, occurrence.end], expected: entry.target,
    };
    if (sourceHit) issue.sourceSpan = [sourceHit.start, sourceHit.end];
    forbiddenIssues.push(issue);
    entriesWithForbidden.add(entry.id);
  }

  const missingIssues: SegmentIssue[] = [];
  const seen = new Set<string>();
  for (const hit of hits) {
    if (seen.has(hit.entryId)) continue;
    seen.add(hit.entryId);
    // A forbidden rendering of the same entry already says what to write instead; one issue is enough.
    if (satisfiedEntryIds.has(hit.entryId) || entriesWithForbidden.has(hit.entryId)) continue;
    const entry = entriesById.get(hit.entryId) ?? matcher.entries.find((e) => e.id === hit.entryId);
    missingIssues.push({ code: 'missing-term', entryId: hit.entryId, sourceSpan: [hit.start, hit.end], expected: entry?.target });
  }
  return [...missingIssues, ...forbiddenIssues, ...numberIssues(sourceText, targetText)];
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
  /** Issues of one segment pair. */
  check(sourceText: string, targetText: string): SegmentIssue[];
}

/** Compile a glossary once for repeated term lookups and segment checks. */
export function createGlossaryChecker(glossary: Glossary): GlossaryChecker {
  const matcher = buildTermMatcher(glossary.entries);
  const entriesById = new Map(glossary.entries.map((entry) => [entry.id, entry] as [string, GlossaryEntry]));
  return {
    matcher,
    entriesById,
    terms: (text) => matcher.scan(text),
    check: (sourceText, targetText) => checkSegment(sourceText, targetText, matcher, entriesById),
  };
}
