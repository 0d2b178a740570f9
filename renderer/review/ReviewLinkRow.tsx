/** One link in the review list: confidence, shape, Hindi, English (a readonly box with a caret when selected), checks, status. */
import { memo, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { useWorkbench } from '../workbench-context.ts';
import { localeFor, type UiLanguage } from '../format.ts';
import { confidenceBand, linkShape, type ReviewRow } from './review-rows.ts';
import type { ReviewConflict } from '../../services/contract.ts';
import { ReviewConflicts } from './ReviewConflicts.tsx';

/** Props of ReviewLinkRow. */
export interface ReviewLinkRowProps {
  row: ReviewRow;
  title: string;
  selected: boolean;
  /** Show the article title above the row (first row of an article, or every row when sorted by confidence). */
  showArticle: boolean;
  /** Given to the selected row: its English box, whose caret the split uses. */
  englishRef?: RefObject<HTMLTextAreaElement | null>;
  onSelect(): void;
  onOpenArticle(): void;
  /** The link's segments that hold the translator's own work, which accepting did not overwrite. */
  conflicts?: readonly ReviewConflict[];
  onResolve?(articleId: string, segmentId: string, keep: 'mine' | 'aligned'): void;
}

/** Renders one link. */
export const ReviewLinkRow = memo(function ReviewLinkRow({ row, title, selected, showArticle, englishRef, onSelect, onOpenArticle, conflicts, onResolve }: ReviewLinkRowProps) {
  const { t } = useTranslation();
  const { language, entriesById } = useWorkbench();
  const band = confidenceBand(row.score);
  const english = row.en.join('\n');
  return (
    <div
      className={`review-row ${selected ? 'selected' : ''} status-${row.status}`}
      role="option"
      aria-selected={selected}
      data-testid="review-row"
      data-row-key={row.key}
      data-article-id={row.articleId}
      data-link-index={row.linkIndex}
      data-status={row.status}
      data-shape={linkShape(row)}
      data-conflicts={conflicts?.length ?? 0}
      onClick={onSelect}
    >
      {showArticle && (
        <div className="review-article">
          <button type="button" className="link" lang="hi" onClick={onOpenArticle} title={t('review.openInEditor')} data-testid="open-article">
            {title}
          </button>
        </div>
      )}
      <div className="review-meta">
        <span className={`confidence confidence-${band}`} data-testid="confidence" title={t(`review.band.${band}`)}>
          {formatConfidence(row.score, language)}
        </span>
        <span className="shape" title={t('review.shapeTitle')}>
          {linkShape(row)}
        </span>
        {row.status === 'accepted' && <span className="badge review-accepted">{t('review.accepted')}</span>}
        {row.edited && row.status !== 'accepted' && <span className="badge">{t('review.edited')}</span>}
      </div>
      <div className="review-hi" lang="hi" data-testid="review-hi">
        {row.hi.length === 0 ? <span className="muted">{t('review.noHindi')}</span> : row.hi.map((sentence, index) => <p key={index}>{sentence}</p>)}
      </div>
      <div className="review-en" lang="en">
        {row.en.length === 0 ? (
          <span className="muted">{t('review.noEnglish')}</span>
        ) : selected ? (
          <textarea
            ref={englishRef}
            readOnly
            value={english}
            rows={Math.max(2, row.en.reduce((lines, sentence) => lines + Math.ceil(sentence.length / 85), 0))}
            aria-label={t('review.englishLabel')}
            data-testid="review-en-box"
          />
        ) : (
          row.en.map((sentence, index) => <p key={index} data-testid="review-en">{sentence}</p>)
        )}
      </div>
      <div className="review-checks">
        {row.glossaryIssues.map((issue, index) => (
          <span key={index} className={`issue issue-${issue.code}`} data-testid="review-issue" data-code={issue.code}>
            {t(`review.issue.${issue.code}`, { term: (issue.entryId && entriesById.get(issue.entryId)?.target) ?? issue.expected ?? '' })}
          </span>
        ))}
        {row.numberIssues.map((issue, index) => (
          <span key={`n${index}`} className="issue issue-number-mismatch" data-testid="review-issue" data-code={issue.code}>
            {t('review.issue.number-mismatch', { term: issue.expected ?? '' })}
          </span>
        ))}
      </div>
      {conflicts && conflicts.length > 0 && onResolve && <ReviewConflicts conflicts={conflicts} onResolve={(segmentId, keep) => onResolve(row.articleId, segmentId, keep)} />}
    </div>
  );
});

/** A confidence with two decimals (0.87, 1.00), so the column lines up. */
function formatConfidence(score: number, language: UiLanguage): string {
  return new Intl.NumberFormat(localeFor(language), { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(score);
}
