/** A segment's issues as words in the UI language (the domain gives codes and data only). */
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { GlossaryEntry, SegmentIssue } from '../../services/contract.ts';

/** Props of IssueList. */
export interface IssueListProps {
  issues: readonly SegmentIssue[];
  source: string;
  target: string;
  entriesById: ReadonlyMap<string, GlossaryEntry>;
}

/** Lists the issues of one segment. */
export const IssueList = memo(function IssueList({ issues, source, target, entriesById }: IssueListProps) {
  const { t } = useTranslation();
  if (issues.length === 0) return null;
  return (
    <ul className="issues" aria-live="polite">
      {issues.map((issue, index) => {
        const entry = issue.entryId ? entriesById.get(issue.entryId) : undefined;
        const sourceText = issue.sourceSpan ? source.slice(issue.sourceSpan[0], issue.sourceSpan[1]) : entry?.source ?? '';
        const targetText = issue.targetSpan ? target.slice(issue.targetSpan[0], issue.targetSpan[1]) : '';
        const expected = issue.expected ?? entry?.target ?? '';
        return (
          <li key={index} className={`issue issue-${issue.code}`} data-testid="segment-issue" data-code={issue.code}>
            {t(`issues.${issue.code}`, { source: sourceText, target: targetText, expected })}
            {issue.suggestion && <span className="issue-suggestion"> {t('issues.suggestion', { suggestion: issue.suggestion })}</span>}
          </li>
        );
      })}
    </ul>
  );
});
