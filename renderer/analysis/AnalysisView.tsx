/**
 * The Analysis view: counts, repetitions and memory match bands of the current article (from the
 * editor), the articles shown in the list, or the whole project, as a table and a bar chart, with
 * the statuses and, for several articles, a row per article. The figures are the server's
 * (`analysis.article` / `analysis.project`); while it works the view says so (a large project
 * takes a while: README, Analysis).
 */
import { useCallback, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProjectAnalysis } from '../../services/contract.ts';
import { analysisRows } from '../../articles/analysis/analysis-table.ts';
import { visibleName } from '../../articles/visible-name.ts';
import { useWorkbench } from '../workbench-context.ts';
import { useLoadedValue } from '../use-load.ts';
import { formatNumber } from '../format.ts';
import { AnalysisChart } from './AnalysisChart.tsx';
import { ArticleTable, BandTable, StatusTable } from './AnalysisTables.tsx';
import { ProjectSettings } from '../settings/ProjectSettingsDialog.tsx';
import './analysis.css';

// More rows than anyone reads on screen; the CLI's --json has them all.
const ARTICLE_ROWS_SHOWN = 200;

/** Props of AnalysisView. */
export interface AnalysisViewProps {
  /** The articles to analyse; absent: the whole project. */
  articleIds?: string[];
  onBack(): void;
}

/** The analysis of some articles or the project. */
export function AnalysisView({ articleIds, onBack }: AnalysisViewProps) {
  const { t } = useTranslation();
  const { api, language } = useWorkbench();
  const heading = useRef<HTMLHeadingElement>(null);
  const { value: analysis, error } = useLoadedValue<ProjectAnalysis>(useCallback(
    () => (articleIds?.length === 1 ? api['analysis.article']({ articleId: articleIds[0] }) : api['analysis.project'](articleIds ? { articleIds } : {})),
    [api, articleIds],
  ));

  // Keyboard users land on the heading when the figures arrive (the view replaced what had focus).
  useEffect(() => {
    if (analysis) heading.current?.focus();
  }, [analysis]);

  const title = !analysis
    ? t('analysis.titleLoading')
    : analysis.articles.length === 1 && articleIds
      ? t('analysis.titleArticle', { title: visibleName(analysis.articles[0].title) })
      : articleIds
        ? t('analysis.titleSelection', { count: analysis.articles.length, formatted: formatNumber(analysis.articles.length, language) })
        : t('analysis.titleProject');

  return (
    <section className="analysis-view" aria-labelledby="analysis-title" data-testid="analysis-view">
      <div className="toolbar">
        <button type="button" onClick={onBack} data-testid="analysis-back">
          ← {t('analysis.back')}
        </button>
        <h1 id="analysis-title" className="toolbar-title analysis-title" tabIndex={-1} ref={heading}>
          {title}
        </h1>
        <span className="toolbar-spacer" />
        <ProjectSettings />
      </div>
      <div className="analysis-body">
        {!analysis && !error && (
          <p className="muted" role="status" aria-busy="true" data-testid="analysis-running">
            {t('analysis.running', { count: articleIds?.length ?? 0 })}
          </p>
        )}
        {error && (
          <p className="error-line" role="alert">
            {t('analysis.failed', { detail: error })}
          </p>
        )}
        {analysis && (
          <>
            <p className="muted analysis-note" data-testid="analysis-note">
              {t('analysis.memoryNote', { articles: formatNumber(analysis.memoryPairs.articles, language), imported: formatNumber(analysis.memoryPairs.imported, language) })}
            </p>
            <div className="analysis-grid">
              <BandTable figures={analysis.total} />
              <AnalysisChart rows={analysisRows(analysis.total).filter((row) => row.key !== 'total')} />
            </div>
            <StatusTable figures={analysis.total} />
            {analysis.articles.length > 1 && <ArticleTable articles={analysis.articles.slice(0, ARTICLE_ROWS_SHOWN)} />}
            {analysis.articles.length > ARTICLE_ROWS_SHOWN && <p className="muted">{t('analysis.moreArticles', { count: analysis.articles.length - ARTICLE_ROWS_SHOWN })}</p>}
          </>
        )}
      </div>
    </section>
  );
}
