/** A segment's repetition count and its Unlink / Link again button. */
import { useTranslation } from 'react-i18next';
import type { SegmentRepetition } from '../../services/contract.ts';

/** Props of RepetitionBadge. */
export interface RepetitionBadgeProps {
  repetition: SegmentRepetition;
  readOnly: boolean;
  onToggle(unlinked: boolean): void;
}

/** Shows how often the Hindi occurs in the project; the button unlinks the segment from the others. */
export function RepetitionBadge({ repetition, readOnly, onToggle }: RepetitionBadgeProps) {
  const { t } = useTranslation();
  return (
    <span className={`repetition ${repetition.unlinked ? 'unlinked' : ''}`} data-testid="repetition">
      <span className="badge badge-repetition" title={t(repetition.unlinked ? 'repetition.unlinkedTitle' : 'repetition.title', { count: repetition.occurrences })}>
        {t('repetition.badge', { count: repetition.occurrences })}
      </span>
      {!readOnly && (
        <button type="button" className="link repetition-toggle" tabIndex={-1} onMouseDown={(event) => event.preventDefault()} onClick={() => onToggle(!repetition.unlinked)}>
          {t(repetition.unlinked ? 'repetition.relink' : 'repetition.unlink')}
        </button>
      )}
    </span>
  );
}
