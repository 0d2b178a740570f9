/**
 * The conflicts of one accepted link: each segment that holds the translator's own translation,
 * which accepting did not overwrite, with the aligned English beside it and the two decisions.
 */
import { useTranslation } from 'react-i18next';
import type { ReviewConflict } from '../../services/contract.ts';

/** Props of ReviewConflicts. */
export interface ReviewConflictsProps {
  conflicts: readonly ReviewConflict[];
  onResolve(segmentId: string, keep: 'mine' | 'aligned'): void;
}

/** Lists the conflicts with "keep translation" / "use aligned English". */
export function ReviewConflicts({ conflicts, onResolve }: ReviewConflictsProps) {
  const { t } = useTranslation();
  return (
    <div className="review-conflict" role="group" aria-label={t('review.conflict.title')} data-testid="review-conflict">
      {conflicts.map((conflict) => (
        <p key={conflict.segmentId} data-segment-id={conflict.segmentId}>
          <strong>{t('review.conflict.kept', { status: t(`status.${conflict.status}`) })}</strong>{' '}
          <span lang="en" data-testid="conflict-mine">{conflict.target}</span>
          <br />
          <span className="muted">{t('review.conflict.aligned')}</span>{' '}
          <span lang="en" data-testid="conflict-aligned">{conflict.aligned || t('review.conflict.joined')}</span>
          <span className="review-conflict-actions">
            <button type="button" data-testid="conflict-keep" onClick={(event) => { event.stopPropagation(); onResolve(conflict.segmentId, 'mine'); }}>
              {t('review.conflict.keepMine')}
            </button>
            <button type="button" data-testid="conflict-take" onClick={(event) => { event.stopPropagation(); onResolve(conflict.segmentId, 'aligned'); }}>
              {t('review.conflict.takeAligned')}
            </button>
          </span>
        </p>
      ))}
    </div>
  );
}
