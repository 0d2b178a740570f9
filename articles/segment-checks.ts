/**
 * The glossary checks of an article's segments, each in the context of the segments before it
 * (names in running text: "Kim" after "Kim Jong Un"): one rule for the editor, the server's saves,
 * the issue counts and the command line.
 */
import type { GlossaryChecker } from '../glossary/target-check.ts';
import type { SegmentIssue } from '../glossary/model.ts';
import type { Article, TranslatableField } from './model.ts';
import { fieldPairs } from './field-translations.ts';

/** A segment as the checks see it. */
export interface CheckedPair {
  source: string;
  target: string;
}

/** Issues of every segment of one article, in order. */
export function checkArticleSegments(checker: GlossaryChecker, segments: readonly CheckedPair[]): SegmentIssue[][] {
  return checker.checkDocument(segments);
}

/** Issues of segment `index` with the target `target`, in the context of the segments before it. */
export function checkSegmentOfArticle(checker: GlossaryChecker, segments: readonly CheckedPair[], index: number, target: string): SegmentIssue[] {
  const context = checker.contextsOf(segments.slice(0, index + 1))[index];
  return checker.check(segments[index].source, target, context);
}

/**
 * Issues of the translated header fields (kicker, dateline, byline), each checked on its own as the
 * editor's field boxes check it: the list's counts and the QA report use this one rule.
 */
export function checkArticleFields(checker: GlossaryChecker, article: Article): { field: TranslatableField; source: string; target: string; issues: SegmentIssue[] }[] {
  return fieldPairs(article)
    .filter(({ target }) => target.trim() !== '')
    .map((pair) => ({ ...pair, issues: checker.check(pair.source, pair.target) }));
}
