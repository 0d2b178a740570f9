/** Public API of the glossary domain: entries, normalisation, term matching and target checks. */
export type { EntryStatus, Glossary, GlossaryEntry, IssueCode, IssueSeverity, MatchMode, SegmentIssue, Span, TermHit, TermType } from './model.ts';
export { GLOSSARY_SCHEMA_VERSION } from './model.ts';
export { normalizeHindi, termKey, type NormalizedText } from './normalize.ts';
export { createEntry, validateEntry, validateGlossary, slugify, glossaryEntrySchema } from './entry.ts';
export { buildTermMatcher, type TermMatcher } from './term-matcher.ts';
export type { RenderingKind, RenderingOccurrence } from './rendering-index.ts';
export { checkSegment, checkSegmentInContext, createGlossaryChecker, ISSUE_SEVERITY, type GlossaryChecker, type SegmentCheck } from './target-check.ts';
export { EMPTY_DOCUMENT_CONTEXT, sameDocumentContext, type DocumentContext } from './name-references.ts';
export { acceptedFormsByEntry, deriveEnglishForms, demonymsOf, placesOfDemonym, acceptedFormsOf, forbiddenKeysOf, renderingKey } from './english-forms.ts';
export { findSourceNumbers, findTargetNumbers, numberIssues, toAsciiDigits, formatWestern, type SourceNumber } from './numbers.ts';
