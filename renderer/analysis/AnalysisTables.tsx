/** The analysis tables: rows by match band (segments, words, share) and rows by status. */
import { useTranslation } from 'react-i18next';
import type { AnalysisFigures } from '../../services/contract.ts';
import { analysisRows, statusRows } from '../../articles/analysis/analysis-table.ts';
import { formatNumber, localeFor } from '../format.ts';
import { useWorkbench } from '../workbench-context.ts';

// One decimal, as the CAT tools print shares (a 0.4 % band is not "0 %").
function share(fraction: number, locale: string): string {
  return new Intl.NumberFormat(locale, { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(fraction);
}

/** The band table of some figures. */
export function BandTable({ figures }: { figures: AnalysisFigures }) {
  const { t } = useTranslation();
  const { language } = useWorkbench();
  const locale = localeFor(language);
  return (
    <table className="analysis-table" data-testid="analysis-table">
      <caption>{t('analysis.bandsCaption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('analysis.columns.match')}</th>
          <th scope="col" className="num">{t('analysis.columns.segments')}</th>
          <th scope="col" className="num">{t('analysis.columns.words')}</th>
          <th scope="col" className="num">{t('analysis.columns.share')}</th>
        </tr>
      </thead>
      <tbody>
        {analysisRows(figures).map((row) => (
          <tr key={row.key} data-row={row.key} className={row.key === 'total' ? 'analysis-total' : undefined}>
            <th scope="row">{t(`analysis.rows.${row.key}`)}</th>
            <td className="num">{formatNumber(row.segments, language)}</td>
            <td className="num">{formatNumber(row.words, language)}</td>
            <td className="num">{share(row.share, locale)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** The status table of some figures (statuses without segments left out). */
export function StatusTable({ figures }: { figures: AnalysisFigures }) {
  const { t } = useTranslation();
  const { language } = useWorkbench();
  return (
    <table className="analysis-table" data-testid="analysis-status-table">
      <caption>{t('analysis.statusCaption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('analysis.columns.status')}</th>
          <th scope="col" className="num">{t('analysis.columns.segments')}</th>
          <th scope="col" className="num">{t('analysis.columns.words')}</th>
        </tr>
      </thead>
      <tbody>
        {statusRows(figures).map((row) => (
          <tr key={row.status} data-status={row.status}>
            <th scope="row">{t(`status.${row.status}`)}</th>
            <td className="num">{formatNumber(row.segments, language)}</td>
            <td className="num">{formatNumber(row.words, language)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
