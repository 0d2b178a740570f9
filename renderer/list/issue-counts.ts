/** Counts open glossary issues per article with the live checker, off the critical path of the first paint. */
import type { Api, Segment } from '../../services/contract.ts';
import type { LiveChecker } from '../live-checker.ts';
import { openIssues } from '../../articles/segment-workflow.ts';

/** Open issues of one segment: blocking issues of a non-empty target, unless approved with a recorded override. */
export function openIssuesInSegment(segment: Pick<Segment, 'source' | 'target' | 'status' | 'overrideReason'>, checker: LiveChecker): number {
  if (segment.target.trim() === '') return 0;
  return openIssues(segment, checker.check(segment.source, segment.target)).length;
}

/** Open issues of a whole article. */
export function openIssuesInArticle(segments: readonly Segment[], checker: LiveChecker): number {
  let count = 0;
  for (const segment of segments) count += openIssuesInSegment(segment, checker);
  return count;
}

/** What the list learns from reading a whole article. */
export interface ArticleDetails {
  issues: number;
  /** The translator's English for the title segment, when there is one. */
  titleTranslation?: string;
}

/** Fetches each article and reports its details as soon as they are known; stops when `isCancelled` says so. */
export async function countIssues(
  api: Api,
  articleIds: readonly string[],
  checker: LiveChecker,
  report: (articleId: string, details: ArticleDetails) => void,
  isCancelled: () => boolean,
): Promise<void> {
  for (const id of articleIds) {
    if (isCancelled()) return;
    try {
      const article = await api['article.get']({ id });
      if (isCancelled()) return;
      const title = article.segments.find((segment) => segment.kind === 'title');
      report(id, { issues: openIssuesInArticle(article.segments, checker), titleTranslation: title?.target.trim() || undefined });
    } catch {
      // A missing or unreadable article keeps an unknown count; the list itself shows the error when opened.
    }
  }
}
