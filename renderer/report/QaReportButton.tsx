/** The button that opens the QA report of some articles (the editor's one, the list's shown ones, or the project). */
import { useTranslation } from 'react-i18next';
import { openQaReport } from './open-qa-report.ts';

/** Props of QaReportButton. */
export interface QaReportButtonProps {
  /** The articles to report on; undefined: the whole project. */
  articleIds?: readonly string[];
  /** Writes pending edits first, so the report holds what is on screen. */
  flush?(): Promise<void>;
  label: string;
}

/** Opens the report view. */
export function QaReportButton({ articleIds, flush, label }: QaReportButtonProps) {
  const { t } = useTranslation();
  return (
    <button
      type="button"
      data-testid="open-qa-report"
      disabled={articleIds !== undefined && articleIds.length === 0}
      title={t('qaReport.hint')}
      onClick={() => void (flush?.() ?? Promise.resolve()).then(() => openQaReport(articleIds), () => openQaReport(articleIds))}
    >
      {label}
    </button>
  );
}
