/**
 * An article's progress picture: its segments by status, stacked in workflow order (approved,
 * reviewed, translated, pre-translated, draft, untranslated), with the share confirmed as text.
 * The bar is a progressbar whose value is the confirmed share and whose text names every part.
 */
import { useTranslation } from 'react-i18next';
import type { SegmentStatus } from '../../services/contract.ts';
import { formatNumber, formatPercent } from '../format.ts';
import { useWorkbench } from '../workbench-context.ts';
import './status-bar.css';

// Finished work first, so the bars of a list line up from the left; joined segments have no English of their own.
const STACK: readonly SegmentStatus[] = ['approved', 'reviewed', 'translated', 'pre-translated', 'draft', 'untranslated'];

/** Props of StatusBar. */
export interface StatusBarProps {
  byStatus: Partial<Record<SegmentStatus, number>>;
  /** Confirmed share 0…1 (translated, reviewed or approved), as the list computes it. */
  fraction: number;
}

/** The stacked status bar of one article. */
export function StatusBar({ byStatus, fraction }: StatusBarProps) {
  const { t } = useTranslation();
  const { language } = useWorkbench();
  const parts = STACK.map((status) => ({ status, count: byStatus[status] ?? 0 })).filter((part) => part.count > 0);
  const total = parts.reduce((sum, part) => sum + part.count, 0);
  const percent = Math.round(Math.max(0, Math.min(1, fraction)) * 100);
  const label = formatPercent(fraction, language);
  const described = parts.map((part) => `${formatNumber(part.count, language)} ${t(`status.${part.status}`)}`).join(', ');
  return (
    <div className="progress" data-testid="status-bar">
      <div
        className="progress-track status-stack"
        role="progressbar"
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent}
        aria-valuetext={t('list.statusPicture', { percent: label, parts: described })}
        title={described}
      >
        {parts.map((part) => (
          <div key={part.status} className={`status-part status-part-${part.status}`} data-status={part.status} style={{ width: `${(part.count / total) * 100}%` }} />
        ))}
      </div>
      <span className="progress-label">{label}</span>
    </div>
  );
}
