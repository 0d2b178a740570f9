/**
 * The analysis tables: rows by match band (segments, words, share), rows by status, and a row per
 * article. All three are one FiguresTable: a caption, a header row, a row heading and number cells.
 */
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { AnalysisFigures, ProjectAnalysis } from '../../services/contract.ts';
import { analysisRows, statusRows } from '../../articles/analysis/analysis-table.ts';
import { visibleName } from '../../articles/visible-name.ts';
import { formatNumber, localeFor } from '../format.ts';
import { useWorkbench } from '../workbench-context.ts';

// One decimal, as the CAT tools print shares (a 0.4 % band is not "0 %").
function share(fraction: number, locale: string): string {
  return new Intl.NumberFormat(locale, { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(fraction);
}

/** One row of a figures table: its heading cell and its cells (already formatted). */
interface FiguresRow {
  key: string;
  heading: ReactNode;
  cells: string[];
  /** Extra attributes the tests and the stylesheet read (data-row, data-status, class). */
  attributes?: Record<string, string>;
}

/** A caption, column names (the first one heads the row headings) and rows of numbers. */
function FiguresTable({ caption, columns, rows, testId, className }: { caption: string; columns: string[]; rows: FiguresRow[]; testId: string; className?: string }) {
  return (
    <table className={className ? `analysis-table ${className}` : 'analysis-table'} data-testid={testId}>
      <caption>{caption}</caption>
      <thead>
        <tr>
          {columns.map((column, index) => (
            <th key={column} scope="col" className={index === 0 ? undefined : 'num'}>{column}</th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.key} {...row.attributes}>
            <th scope="row">{row.heading}</th>
            {row.cells.map((cell, index) => (
              <td key={index} className="num">{cell}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** The band table of some figures. */
export function BandTable({ figures }: { figures: AnalysisFigures }) {
  const { t } = useTranslation();
  const { language } = useWorkbench();
  const locale = localeFor(language);
  return (
    <FiguresTable
      testId="analysis-table"
      caption={t('analysis.bandsCaption')}
      columns={[t('analysis.columns.match'), t('analysis.columns.segments'), t('analysis.columns.words'), t('analysis.columns.share')]}
      rows={analysisRows(figures).map((row) => ({
        key: row.key,
        heading: t(`analysis.rows.${row.key}`),
        cells: [formatNumber(row.segments, language), formatNumber(row.words, language), share(row.share, locale)],
        attributes: { 'data-row': row.key, ...(row.key === 'total' ? { className: 'analysis-total' } : {}) },
      }))}
    />
  );
}

/** The status table of some figures (statuses without segments left out). */
export function StatusTable({ figures }: { figures: AnalysisFigures }) {
  const { t } = useTranslation();
  const { language } = useWorkbench();
  return (
    <FiguresTable
      testId="analysis-status-table"
      caption={t('analysis.statusCaption')}
      columns={[t('analysis.columns.status'), t('analysis.columns.segments'), t('analysis.columns.words')]}
      rows={statusRows(figures).map((row) => ({
        key: row.status,
        heading: t(`status.${row.status}`),
        cells: [formatNumber(row.segments, language), formatNumber(row.words, language)],
        attributes: { 'data-status': row.status },
      }))}
    />
  );
}

/** Words per article: total, repetitions, 100 %, fuzzy (50–99 %) and no match; the title opens the article. */
export function ArticleTable({ articles }: { articles: ProjectAnalysis['articles'] }) {
  const { t } = useTranslation();
  const { language, openArticle } = useWorkbench();
  const words = (value: number) => formatNumber(value, language);
  return (
    <FiguresTable
      testId="analysis-articles"
      className="analysis-articles"
      caption={t('analysis.perArticle')}
      columns={[t('analysis.columns.article'), t('analysis.columns.words'), t('analysis.rows.repetitions'), t('analysis.rows.100'), t('analysis.columns.fuzzy'), t('analysis.rows.none')]}
      rows={articles.map(({ articleId, title, figures }) => ({
        key: articleId,
        heading: (
          <a href={`#/article/${encodeURIComponent(articleId)}`} lang="hi" onClick={(event) => {
            event.preventDefault();
            openArticle(articleId);
          }}>
            {visibleName(title)}
          </a>
        ),
        cells: [
          words(figures.total.words),
          words(figures.repetitions.words),
          words(figures.bands['100'].words),
          words(figures.bands['95-99'].words + figures.bands['85-94'].words + figures.bands['75-84'].words + figures.bands['50-74'].words),
          words(figures.bands.none.words),
        ],
      }))}
    />
  );
}
