/** A segment's issues as words in the UI language (the domain gives codes and data only). */
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { GlossaryEntry, SegmentIssue } from '../../services/contract.ts';

/** Props of IssueList. */
export interface IssueListProps {
  issues: readonly SegmentIssue[];
  /** Issues the translator ignored for this text, shown apart with the reason. */
  ignored?: readonly { issue: SegmentIssue; reason: string }[];
  source: string;
  target: string;
  entriesById: ReadonlyMap<string, GlossaryEntry>;
  /** Offered per open issue when given. */
  onIgnore?(issue: SegmentIssue): void;
  /** Offered per ignored issue when given. */
  onRestore?(issue: SegmentIssue): void;
}

/** The message key of an issue: the Latin-in-Hindi case has its own wording. */
function messageKey(issue: SegmentIssue): string {
  return issue.code === 'missing-term' && issue.latinInSource ? 'issues.missing-term-latin' : `issues.${issue.code}`;
}

/** Lists the issues of one segment, errors and warnings marked, ignored ones dimmed with their reason. */
export const IssueList = memo(function IssueList({ issues, ignored, source, target, entriesById, onIgnore, onRestore }: IssueListProps) {
  const { t } = useTranslation();
  if (issues.length === 0 && !ignored?.length) return null;
  const words = (issue: SegmentIssue) => {
    const entry = issue.entryId ? entriesById.get(issue.entryId) : undefined;
    const sourceText = issue.sourceSpan ? source.slice(issue.sourceSpan[0], issue.sourceSpan[1]) : entry?.source ?? '';
    const targetText = issue.targetSpan ? target.slice(issue.targetSpan[0], issue.targetSpan[1]) : '';
    const expected = issue.expected ?? entry?.target ?? '';
    return t(messageKey(issue), { source: sourceText, target: targetText, expected, found: issue.found ?? targetText });
  };
  return (
    <ul className="issues" aria-live="polite">
      {issues.map((issue, index) => (
        <li key={index} className={`issue issue-${issue.code} issue-${issue.severity}`} data-testid="segment-issue" data-code={issue.code} data-severity={issue.severity}>
          <span className="issue-severity">{t(`issues.severity.${issue.severity}`)}</span> {words(issue)}
          {issue.suggestion && <span className="issue-suggestion"> {t('issues.suggestion', { suggestion: issue.suggestion })}</span>}
          {onIgnore && (
            <button type="button" className="link issue-ignore" data-testid="issue-ignore" onClick={() => onIgnore(issue)}>
              {t('issues.ignore')}
            </button>
          )}
        </li>
      ))}
      {ignored?.map(({ issue, reason }, index) => (
        <li key={`ignored-${index}`} className="issue issue-ignored" data-testid="segment-issue-ignored" data-code={issue.code}>
          {t('issues.ignored', { reason })} <s>{words(issue)}</s>
          {onRestore && (
            <button type="button" className="link issue-restore" data-testid="issue-restore" onClick={() => onRestore(issue)}>
              {t('issues.restore')}
            </button>
          )}
        </li>
      ))}
    </ul>
  );
});
