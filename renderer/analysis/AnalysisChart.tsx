/**
 * The analysis as a bar chart: one bar per row (repetitions and the match bands), its length the
 * share of Hindi words, each labelled in text. An SVG with a title and a description, so a
 * screen reader hears what the table beside it says; no chart library needed for six bars.
 */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { AnalysisRow } from '../../articles/analysis/analysis-table.ts';
import { formatNumber, formatPercent } from '../format.ts';
import { useWorkbench } from '../workbench-context.ts';

const BAR_HEIGHT = 22;
const GAP = 8;
const LABEL_WIDTH = 120;
const BAR_AREA = 300;
const VALUE_WIDTH = 190;

/** Props of AnalysisChart. */
export interface AnalysisChartProps {
  /** The rows to draw, without the total. */
  rows: readonly AnalysisRow[];
}

/** The bar chart of the analysis rows. */
export function AnalysisChart({ rows }: AnalysisChartProps) {
  const { t } = useTranslation();
  const { language } = useWorkbench();
  const titleId = useId();
  const descId = useId();
  const width = LABEL_WIDTH + BAR_AREA + VALUE_WIDTH;
  const height = rows.length * (BAR_HEIGHT + GAP);
  const text = (row: AnalysisRow) => t('analysis.chartBar', { label: t(`analysis.rows.${row.key}`), words: formatNumber(row.words, language), share: formatPercent(row.share, language) });
  return (
    <figure className="analysis-chart" data-testid="analysis-chart">
      {/* The viewBox scales the chart to the column; at 200 % zoom it shrinks with the page instead of overflowing. */}
      <svg role="img" aria-labelledby={`${titleId} ${descId}`} viewBox={`0 0 ${width} ${height}`} width="100%" preserveAspectRatio="xMinYMin meet">
        <title id={titleId}>{t('analysis.chartTitle')}</title>
        <desc id={descId}>{rows.map(text).join('; ')}</desc>
        {rows.map((row, index) => {
          const y = index * (BAR_HEIGHT + GAP);
          return (
            <g key={row.key} data-band={row.key} aria-hidden="true">
              <text x={LABEL_WIDTH - 8} y={y + BAR_HEIGHT / 2} textAnchor="end" dominantBaseline="middle" className="analysis-chart-label">
                {t(`analysis.rows.${row.key}`)}
              </text>
              <rect x={LABEL_WIDTH} y={y} width={BAR_AREA} height={BAR_HEIGHT} className="analysis-chart-track" />
              <rect x={LABEL_WIDTH} y={y} width={Math.max(row.words > 0 ? 2 : 0, row.share * BAR_AREA)} height={BAR_HEIGHT} className={`analysis-chart-bar analysis-bar-${row.key}`} />
              <text x={LABEL_WIDTH + BAR_AREA + 8} y={y + BAR_HEIGHT / 2} dominantBaseline="middle" className="analysis-chart-value">
                {`${formatPercent(row.share, language)} · ${t('analysis.wordsCount', { count: row.words, formatted: formatNumber(row.words, language) })}`}
              </text>
            </g>
          );
        })}
      </svg>
    </figure>
  );
}
