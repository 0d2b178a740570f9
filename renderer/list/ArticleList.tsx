/**
 * The article list: progress, open issues, filter and sort, import of pages from files. Every
 * figure comes from the server in one call (article.summaries); only the rows in view are rendered.
 */
import { memo, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ArticleSummaries } from '../../services/contract.ts';
import type { UiLanguage } from '../format.ts';
import { useWorkbench } from '../workbench-context.ts';
import { visibleName } from '../../articles/visible-name.ts';
import { formatDate, formatNumber, formatPercent, localeFor } from '../format.ts';
import { filterNarrowing, foldSearchTextWhenIdle, rowsFromCounts, sortArticleRows, type ArticleRow, type ArticleSort, type FilteredRows, type ProgressFilter } from './article-table.ts';
import { useVirtualWindow } from '../virtual-window.ts';
import { filesToUploads } from './page-upload.ts';
import { MAX_PAGE_BYTES, oversizedFiles, tooLargeValues } from '../file-limits.ts';
import { ExportMenu } from '../editor/ExportMenu.tsx';
import { QaReportButton } from '../report/QaReportButton.tsx';
import { ProgressBar } from './ProgressBar.tsx';
import { StatusBar } from './StatusBar.tsx';
import { ProjectSettings } from '../settings/ProjectSettingsDialog.tsx';
import { useLoad } from '../use-load.ts';
import { takeEarlySummaries } from './early-summaries.ts';

const SORTS: readonly ArticleSort[] = ['date-desc', 'date-asc', 'title', 'progress', 'issues'];
const FILTERS: readonly ProgressFilter[] = ['all', 'not-started', 'in-progress', 'translated', 'approved'];
// Estimated height of one row (title, English title, file name), for the windowed table.
const ROW_HEIGHT = 74;
// While the server recounts issues after a glossary change, the figures are asked for again this often.
const RECOUNT_POLL_MS = 1000;

/** Lists the project's articles. */
export function ArticleList() {
  const { t } = useTranslation();
  const { api, language, openArticle, openAnalysis, notify } = useWorkbench();
  const [figures, setFigures] = useState<ArticleSummaries | null>(null);
  const [query, setQuery] = useState('');
  const [progress, setProgress] = useState<ProgressFilter>('all');
  const [sort, setSort] = useState<ArticleSort>('date-desc');
  const [importing, setImporting] = useState(false);
  const fileInput = useRef<HTMLInputElement>(null);

  // The first load takes the figures asked for at start (early-summaries.ts); later loads ask again.
  const { load, loadError } = useLoad(useCallback(async () => setFigures(await (takeEarlySummaries(api) ?? api['article.summaries']({}))), [api]));
  const summaries = figures?.articles ?? null;
  const pendingIssues = figures ? figures.issueProgress.total - figures.issueProgress.done : 0;

  useEffect(() => {
    if (pendingIssues === 0) return;
    const timer = window.setTimeout(() => {
      api['article.summaries']({}).then(setFigures, () => undefined);
    }, RECOUNT_POLL_MS);
    return () => window.clearTimeout(timer);
  }, [api, figures, pendingIssues]);

  // Row objects of the last figures: a poll that brings the same figures for an article keeps its
  // row (and its folded filter text), so the memoised row on screen is not rendered again.
  const previousRows = useRef<ReadonlyMap<string, ArticleRow>>(new Map());
  const allRows = useMemo(() => {
    const built = summaries ? rowsFromCounts(summaries, previousRows.current) : [];
    previousRows.current = new Map(built.map((row) => [row.summary.id, row]));
    return built;
  }, [summaries]);
  // The rows' filter text is folded after the first paint, while idle, not before it.
  useEffect(() => foldSearchTextWhenIdle(allRows), [allRows]);
  // Sorted once per change of the figures or the order; a filter keystroke only filters.
  const sorted = useMemo(() => sortArticleRows(allRows, sort, new Intl.Collator(localeFor(language))), [allRows, sort, language]);
  // The rows answer each key in the key's own render: the filter narrows the last result over text
  // folded while idle (a millisecond or two at 10,000 rows), and only the rows in view are drawn. A
  // deferred render (useDeferredValue) made the rows answer a frame or two after the box.
  const shownQuery = query;
  // A key typed into the query searches the last result only (filterNarrowing), not every row.
  const lastFilter = useRef<FilteredRows | undefined>(undefined);
  const rows = useMemo(() => {
    const filtered = filterNarrowing(sorted, shownQuery, progress, lastFilter.current);
    lastFilter.current = filtered;
    return filtered.rows;
  }, [sorted, shownQuery, progress]);
  const shownIds = useMemo(() => rows.map((row) => row.summary.id), [rows]);
  const wholeProject = rows.length === sorted.length;
  const { ref: scroller, window: view } = useVirtualWindow<HTMLElement>(rows.length, ROW_HEIGHT);

  const importFiles = async (files: FileList | null) => {
    if (!files || files.length === 0) return;
    // Checked before reading: a page the server would refuse is never loaded and encoded.
    const tooLarge = oversizedFiles(Array.from(files), MAX_PAGE_BYTES);
    if (tooLarge.length > 0) {
      notify(t('files.tooLarge', tooLargeValues(tooLarge, MAX_PAGE_BYTES, language)), 'error');
      if (fileInput.current) fileInput.current.value = '';
      return;
    }
    setImporting(true);
    try {
      const imported = await api['article.import']({ pages: await filesToUploads(Array.from(files)) });
      const preTranslated = imported.reduce((sum, each) => sum + each.preTranslated, 0);
      // The report names each page as it will appear in the list (invisible characters shown).
      notify(`${t('list.importedNames', { count: imported.length, names: imported.map((each) => `${visibleName(each.file)} → ${each.id}`).join(', ') })} ${t('list.preTranslated', { count: preTranslated })}`);
      await load();
    } catch (error) {
      notify(t('list.importFailed', { detail: error instanceof Error ? error.message : String(error) }), 'error');
    } finally {
      setImporting(false);
      if (fileInput.current) fileInput.current.value = '';
    }
  };

  return (
    // data-shown-query: the filter the rows on screen answer (the bench and tests wait for it).
    <section className="article-list" aria-labelledby="article-list-title" ref={scroller} data-shown-query={shownQuery}>
      <div className="toolbar">
        <h1 id="article-list-title" className="toolbar-title">
          {t('list.title')}
        </h1>
        <input
          className="search"
          type="search"
          value={query}
          placeholder={t('list.filterPlaceholder')}
          aria-label={t('list.filterLabel')}
          onChange={(event) => setQuery(event.target.value)}
        />
        <label className="inline-field">
          <span>{t('list.show')}</span>
          <select value={progress} onChange={(event) => setProgress(event.target.value as ProgressFilter)}>
            {FILTERS.map((filter) => (
              <option key={filter} value={filter}>
                {t(`list.filter.${filter}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="inline-field">
          <span>{t('list.sortBy')}</span>
          <select value={sort} onChange={(event) => setSort(event.target.value as ArticleSort)}>
            {SORTS.map((key) => (
              <option key={key} value={key}>
                {t(`list.sort.${key}`)}
              </option>
            ))}
          </select>
        </label>
        <span className="toolbar-spacer" />
        <button
          type="button"
          data-testid="open-analysis"
          disabled={rows.length === 0}
          // Every article shown is the project: its analysis; a filtered list analyses what it shows.
          onClick={() => openAnalysis(summaries && wholeProject ? undefined : shownIds)}
        >
          {summaries && wholeProject ? t('analysis.openProject') : t('analysis.openShown', { count: rows.length })}
        </button>
        <ExportMenu articleIds={shownIds} label={t('export.shown', { count: rows.length })} />
        <ProjectSettings />
        {/* Every article shown is the project's report; a filter reports the articles it shows. */}
        <QaReportButton
          articleIds={wholeProject ? undefined : shownIds}
          label={wholeProject ? t('qaReport.openProject') : t('qaReport.openShown', { count: rows.length })}
        />
        <input
          ref={fileInput}
          type="file"
          multiple
          accept=".txt,text/plain"
          className="visually-hidden"
          // Reached through the Import button; as its own tab stop it would be an unlabelled control.
          tabIndex={-1}
          aria-hidden="true"
          data-testid="import-input"
          onChange={(event) => void importFiles(event.target.files)}
        />
        <button type="button" className="primary" disabled={importing} onClick={() => fileInput.current?.click()}>
          {importing ? t('list.importing') : t('list.import')}
        </button>
      </div>
      {loadError && (
        <p className="error-line" role="alert">
          {t('list.loadFailed', { detail: loadError })}
        </p>
      )}
      {figures && pendingIssues > 0 && (
        <p className="muted list-progress" role="status" data-testid="issues-progress">
          {t('summaries.issuesProgress', { done: formatNumber(figures.issueProgress.done, language), total: formatNumber(figures.issueProgress.total, language) })}
        </p>
      )}
      {summaries && rows.length === 0 && <p className="empty">{summaries.length === 0 ? t('list.empty') : t('list.noMatch')}</p>}
      {rows.length > 0 && (
        <table className="articles">
          <thead>
            <tr>
              <th scope="col">{t('list.columns.title')}</th>
              <th scope="col">{t('list.columns.date')}</th>
              <th scope="col">{t('list.columns.outlet')}</th>
              <th scope="col" className="num">
                {t('list.columns.segments')}
              </th>
              <th scope="col">{t('list.columns.translated')}</th>
              <th scope="col">{t('list.columns.approved')}</th>
              <th scope="col" className="num">
                {t('list.columns.issues')}
              </th>
            </tr>
          </thead>
          <tbody>
            {view.before > 0 && <tr aria-hidden="true" style={{ height: view.before }} />}
            <ArticleRows rows={rows} start={view.start} end={view.end} language={language} openArticle={openArticle} />
            {view.after > 0 && <tr aria-hidden="true" style={{ height: view.after }} />}
          </tbody>
        </table>
      )}
    </section>
  );
}

interface ArticleRowsProps {
  rows: readonly ArticleRow[];
  start: number;
  end: number;
  language: UiLanguage;
  openArticle(articleId: string, segmentId?: string): void;
}

/** The rows in view; memoised, so a render of the toolbar (a keystroke in the filter box) leaves them alone. */
const ArticleRows = memo(function ArticleRows({ rows, start, end, language, openArticle }: ArticleRowsProps) {
  return (
    <>
      {rows.slice(start, end).map((row) => (
        <ArticleRowView key={row.summary.id} row={row} language={language} openArticle={openArticle} />
      ))}
    </>
  );
});

interface ArticleRowViewProps {
  row: ArticleRow;
  language: UiLanguage;
  openArticle(articleId: string, segmentId?: string): void;
}

/**
 * One article's row. Memoised on the row object: the list keeps a row object while its figures do
 * not change (rowsFromCounts), so a filter keystroke or a recount poll renders only the rows that
 * came into view or changed, not every row on screen again.
 */
const ArticleRowView = memo(function ArticleRowView({ row, language, openArticle }: ArticleRowViewProps) {
  const { t } = useTranslation();
  return (
    <tr data-testid="article-row" data-article-id={row.summary.id} data-virtual-row="">
      <td>
        <a
          href={`#/article/${encodeURIComponent(row.summary.id)}`}
          className="article-title"
          lang="hi"
          onClick={(event) => {
            event.preventDefault();
            openArticle(row.summary.id);
          }}
        >
          {visibleName(row.summary.title)}
        </a>
        {(row.titleTranslation ?? row.summary.titleEnglish) && (
          <div className="article-title-en" lang="en" data-testid="title-english">
            {row.titleTranslation ?? row.summary.titleEnglish}
          </div>
        )}
        <div className="article-file" data-testid="article-file">{visibleName(row.summary.file)}</div>
      </td>
      <td className="nowrap">{formatDate(row.summary.date, language) || '—'}</td>
      <td>{row.summary.outlet ?? '—'}</td>
      <td className="num">{formatNumber(row.summary.segments, language)}</td>
      <td>
        {row.byStatus ? (
          <StatusBar byStatus={row.byStatus} fraction={row.translatedFraction} />
        ) : (
          <ProgressBar fraction={row.translatedFraction} label={formatPercent(row.translatedFraction, language)} tone="translated" />
        )}
      </td>
      <td>
        <ProgressBar fraction={row.approvedFraction} label={formatPercent(row.approvedFraction, language)} tone="approved" />
      </td>
      <td className="num">
        {row.issues === undefined ? (
          <span className="muted">…</span>
        ) : (
          <span className={row.issues > 0 ? 'issue-count' : 'muted'} title={t('list.issuesTitle', { count: row.issues })}>
            {formatNumber(row.issues, language)}
          </span>
        )}
      </td>
    </tr>
  );
});
