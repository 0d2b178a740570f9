/** Public API of the glossary domain: entries, normalisation, term matching and target checks. */
export type { EntryStatus, Glossary, GlossaryEntry, IssueCode, MatchMode, SegmentIssue, Span, TermHit, TermType } from './model.ts';
export { GLOSSARY_SCHEMA_VERSION } from './model.ts';
export { normalizeHindi, termKey, type NormalizedText } from './normalize.ts';
export { createEntry, validateEntry, validateGlossary, slugify, glossaryEntrySchema } from './entry.ts';
export { buildTermMatcher, type TermMatcher } from './term-matcher.ts';
export type { RenderingKind, RenderingOccurrence } from './rendering-index.ts';
export { checkSegment, createGlossaryChecker, type GlossaryChecker } from './target-check.ts';
export { findSourceNumbers, findTargetNumbers, numberIssues, toAsciiDigits, formatWestern, type SourceNumber } from './numbers.ts';
