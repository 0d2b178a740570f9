/** The review table as data: one row per alignment link, with glossary and number checks, filtered and sorted. */
import type { AlignmentView, SegmentIssue } from '../../services/contract.ts';
import type { LiveChecker } from '../live-checker.ts';

/** One link in the review table. */
export interface ReviewRow {
  /** `<articleId>#<linkIndex>`. */
  key: string;
  articleId: string;
  /** Position of the article in the list, for sorting by article. */
  articleOrder: number;
  linkIndex: number;
  hi: string[];
  en: string[];
  score: number;
  status: 'pending' | 'accepted';
  edited: boolean;
  /** Glossary issues of the pair (missing or forbidden terms, a different person's name). */
  glossaryIssues: SegmentIssue[];
  /** Numbers of the Hindi that the English lacks. */
  numberIssues: SegmentIssue[];
}

/** How rows are ordered. */
export type ReviewSort = 'confidence' | 'article';

/** Which rows are shown. */
export interface ReviewFilter {
  /** Only links with confidence below `threshold`. */
  belowThreshold: boolean;
  threshold: number;
  glossaryIssues: boolean;
  numberMismatches: boolean;
  /** Hide accepted links. */
  openOnly: boolean;
  /** One article, or every article when undefined. */
  articleId?: string;
}

/** Rows already built per alignment value, so an edit re-checks only the article it changed. */
export type ReviewRowCache = WeakMap<AlignmentView, { checker: LiveChecker; articleOrder: number; rows: ReviewRow[] }>;

/** Builds the rows of every alignment, in the given article order. */
export function reviewRows(alignments: readonly AlignmentView[], checker: LiveChecker, cache?: ReviewRowCache): ReviewRow[] {
  return alignments.flatMap((alignment, articleOrder) => {
    const cached = cache?.get(alignment);
    if (cached && cached.checker === checker && cached.articleOrder === articleOrder) return cached.rows;
    const rows = alignmentRows(alignment, articleOrder, checker);
    cache?.set(alignment, { checker, articleOrder, rows });
    return rows;
  });
}

function alignmentRows(alignment: AlignmentView, articleOrder: number, checker: LiveChecker): ReviewRow[] {
  // Links in order are one document: "Kim" after "Kim Jong Un" in an earlier link is fine.
  const pairs = alignment.links.map((link) => ({ source: link.hi.map((i) => alignment.hi[i]).join(' '), target: link.en.map((j) => alignment.en[j]).join(' ') }));
  const checked = checker.checkDocument(pairs);
  return alignment.links.map((link, linkIndex) => {
    const hi = link.hi.map((i) => alignment.hi[i]);
    const en = link.en.map((j) => alignment.en[j]);
    // A one-sided link (1-0 or 0-1) has nothing to check a translation against.
    const issues = hi.length > 0 && en.length > 0 ? checked[linkIndex] : [];
    return {
      key: `${alignment.articleId}#${linkIndex}`,
      articleId: alignment.articleId,
      articleOrder,
      linkIndex,
      hi,
      en,
      score: link.score,
      status: link.status,
      edited: (link as { edited?: boolean }).edited === true,
      glossaryIssues: issues.filter((issue) => issue.code === 'missing-term' || issue.code === 'forbidden-term' || issue.code === 'wrong-name'),
      numberIssues: issues.filter((issue) => issue.code === 'number-mismatch'),
    };
  });
}

/** The rows a filter keeps. */
export function filterReviewRows(rows: readonly ReviewRow[], filter: ReviewFilter): ReviewRow[] {
  return rows.filter((row) =>
    (!filter.articleId || row.articleId === filter.articleId)
    && (!filter.openOnly || row.status !== 'accepted')
    && (!filter.belowThreshold || row.score < filter.threshold)
    && (!filter.glossaryIssues || row.glossaryIssues.length > 0)
    && (!filter.numberMismatches || row.numberIssues.length > 0));
}

/** Rows in review order: lowest confidence first (ties by article and position), or by article and position. */
export function sortReviewRows(rows: readonly ReviewRow[], sort: ReviewSort): ReviewRow[] {
  const byPosition = (a: ReviewRow, b: ReviewRow) => a.articleOrder - b.articleOrder || a.linkIndex - b.linkIndex;
  return [...rows].sort(sort === 'confidence' ? (a, b) => a.score - b.score || byPosition(a, b) : byPosition);
}

/** Colour band of a confidence: high (≥ 0.9, correct ≥ 97% of the time on the dev set), medium (≥ 0.6), low. */
export function confidenceBand(score: number): 'high' | 'medium' | 'low' {
  if (score >= 0.9) return 'high';
  if (score >= 0.6) return 'medium';
  return 'low';
}

/** The link shape as `hi-en` counts, e.g. `2-1`. */
export function linkShape(row: Pick<ReviewRow, 'hi' | 'en'>): string {
  return `${row.hi.length}-${row.en.length}`;
}

/**
 * Where a caret in the English box (sentences joined with newlines) falls: the sentence and the
 * offset inside it, as the splitEnglish edit wants them.
 */
export function caretToSentence(sentences: readonly string[], caret: number): { sentenceIndex: number; offset: number } {
  let start = 0;
  for (let index = 0; index < sentences.length; index++) {
    const end = start + sentences[index].length;
    if (caret <= end || index === sentences.length - 1) return { sentenceIndex: index, offset: Math.max(0, Math.min(caret - start, sentences[index].length)) };
    start = end + 1;
  }
  return { sentenceIndex: 0, offset: 0 };
}

/** Which link an edit leaves the reviewer on: the merged link for merges, else the edited one. */
export function linkAfterEdit(op: { type: string; linkIndex?: number }, linkCount: number): number {
  const index = op.type === 'mergePrev' ? (op.linkIndex ?? 0) - 1 : (op.linkIndex ?? 0);
  return Math.max(0, Math.min(index, linkCount - 1));
}
