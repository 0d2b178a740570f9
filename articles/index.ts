/** Public API of the article domain: import of scraped pages, segmentation, ids and views. */
export { ImportError } from './import/import-error.ts';
export { decodePage, MAX_PAGE_BYTES } from './import/decode-page.ts';
export {
  importPage, articleIdFromFileName, baseFileName, splitPageLines, endsSentence, isHeadingLike, isListItem, readDateLine,
} from './import/import-page.ts';
export type { PageInput, ImportOptions, PageLine } from './import/import-page.ts';
export { restoreRemoved } from './import/restore-removed.ts';
export { importPages } from './import/import-pages.ts';
export { templateFurniture, templateKeyOf, furnitureKey } from './import/template-furniture.ts';
export { lineFeatures, stopwordDensity, isHeadlineShaped, isMenuRow } from './import/line-features.ts';
export type { LineFeatures, LengthClass } from './import/line-features.ts';
export { initialClass, classifyBlocks, reviseClasses, goodTextFollows } from './import/block-classes.ts';
export type { Block, BlockClass } from './import/block-classes.ts';
export { findCardLines } from './import/card-runs.ts';
export { phraseDecides } from './import/phrase-gate.ts';
export { chooseTitle, endsWithLinkVerb, scoreTitleCandidates, headlineKey, isCrumbTrail, stripLeadingLabel, tickerLines } from './import/title-choice.ts';
export { readBarePlace, readNewsroomCredit, readDatelineLine, splitLeadingDateline } from './import/header-fields.ts';
export { carryOverTranslations } from './carry-over.ts';
export { chooseImportIds, withArticleId } from './import/import-ids.ts';
export type { ImportIdChoice } from './import/import-ids.ts';
export { visibleName, hasHiddenCharacters } from './visible-name.ts';
export { unaccountedLines } from './import/line-accounting.ts';
export { BOILERPLATE_RULES, SECTION_LABELS, matchBoilerplate, isSectionLabel } from './import/boilerplate-rules.ts';
export { phrases, boilerplateLexicons } from './import/phrase-lexicon.ts';
export type { PhraseLexicon } from './import/phrase-lexicon.ts';
export type { BoilerplateRule } from './import/boilerplate-rules.ts';
export { findDates, bestDate, asciiDigits } from './import/page-dates.ts';
export type { FoundDate } from './import/page-dates.ts';
export { KNOWN_OUTLETS, NEWS_AGENCIES, readByline, readAgencyFooter, readOutletCredit, findOutlet } from './import/page-metadata.ts';
export { splitHindiSentences, splitHindiSentenceSpans, decidingRule, HINDI_SENTENCE_RULES } from './segment/hindi-sentences.ts';
export type { SentenceRule, SentenceSpan } from './segment/hindi-sentences.ts';
export { segmentId, assignSegmentIds, uniqueId, fnv1a64Hex } from './segment/segment-id.ts';
export { summarizeArticle, articleShowJson } from './article-views.ts';
export type { ArticleShowJson } from './article-views.ts';
export * from './model.ts';
export {
  SEGMENT_STATUSES, CONFIRMED_STATUSES, isConfirmed, isConfirmedPair, stateAfterTyping, stateWithStatus, visibleIssues,
  blockingIssues, openIssues, savedState, issueKey, activeIgnores, partitionIgnored, withIgnore, isError,
} from './segment-workflow.ts';
export type { SegmentWorkState, SegmentSaveRequest, SegmentSaveOutcome } from './segment-workflow.ts';
export { checkArticleSegments, checkSegmentOfArticle, type CheckedPair } from './segment-checks.ts';
export { compileSearch, isSearchError, findMatches, containsMatch, isWholeWord, replaceMatches, expandReplacement, PLAIN_SEARCH, MAX_QUERY_LENGTH } from './find-replace/text-search.ts';
export type { SearchOptions, SearchError, CompiledSearch, TextMatch } from './find-replace/text-search.ts';
export { planReplace, applyReplace, replacedSegment } from './find-replace/replace-plan.ts';
export type { ReplaceChange, ReplaceSelection, ReplaceResult } from './find-replace/replace-plan.ts';
