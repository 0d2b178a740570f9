/**
 * Batch review of alignments: every link of every article with an imported translation, its Hindi,
 * its English and its confidence; filters and keyboard actions (accept, merge, split at the caret,
 * move a sentence, 1-0 / 0-1, undo); the Align translation dialog; TMX, XLIFF and CSV exports.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AlignmentSummary, AlignmentView, ArticleSummary, ExportFile, ReviewConflict, ReviewOp } from '../../services/contract.ts';
import { useWorkbench } from '../workbench-context.ts';
import { formatNumber, formatPercent } from '../format.ts';
import { ProgressBar } from '../list/ProgressBar.tsx';
import { useLoad } from '../use-load.ts';
import { AlignDialog } from './AlignDialog.tsx';
import { ReviewLinkRow } from './ReviewLinkRow.tsx';
import { downloadFile } from './download.ts';
import { visibleName } from '../../articles/visible-name.ts';
import { reviewCommandForKey, REVIEW_SHORTCUTS, type ReviewCommand } from './review-keys.ts';
import { snapSplitPoint } from '../../articles/align/split-point.ts';
import { filterReviewRows, linkAfterEdit, reviewRows, sortReviewRows, type ReviewFilter, type ReviewRow, type ReviewRowCache, type ReviewSort } from './review-rows.ts';
import { GlossaryLoading } from '../GlossaryLoading.tsx';
import './review.css';

const DEFAULT_FILTER: ReviewFilter = { belowThreshold: false, threshold: 0.9, glossaryIssues: false, numberMismatches: false, openOnly: false };

/** The review view. */
export function ReviewView() {
  const { t } = useTranslation();
  const { api, language, checker, checkerReady, readOnly, notify, openArticle } = useWorkbench();
  const [alignments, setAlignments] = useState<AlignmentView[] | null>(null);
  const [summaries, setSummaries] = useState<AlignmentSummary[]>([]);
  const [articles, setArticles] = useState<ArticleSummary[]>([]);
  const [sort, setSort] = useState<ReviewSort>('confidence');
  const [filter, setFilter] = useState<ReviewFilter>(DEFAULT_FILTER);
  const [selectedKey, setSelectedKey] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [dialogOpen, setDialogOpen] = useState(false);
  const [xliffVersion, setXliffVersion] = useState<'1.2' | '2.0'>('1.2');
  // Article ids per edit, newest last, so Ctrl+Z undoes the last edit wherever it was made.
  const history = useRef<string[][]>([]);
  const englishBox = useRef<HTMLTextAreaElement | null>(null);
  const listRef = useRef<HTMLDivElement>(null);

  const { load, loadError } = useLoad(useCallback(async () => {
    const list = await api['align.list']({});
    const views: AlignmentView[] = [];
    for (const summary of list) views.push(await api['align.get']({ articleId: summary.articleId }));
    setSummaries(list);
    setAlignments(views);
    setArticles(await api['article.list']({}));
  }, [api]));

  const rowCache = useRef<ReviewRowCache>(new WeakMap());
  const allRows = useMemo(() => (alignments ? reviewRows(alignments, checker, rowCache.current) : []), [alignments, checker]);
  const rows = useMemo(() => sortReviewRows(filterReviewRows(allRows, filter), sort), [allRows, filter, sort]);
  const selectedIndex = Math.max(0, rows.findIndex((row) => row.key === selectedKey));
  const selected: ReviewRow | undefined = rows[selectedIndex];
  const titles = useMemo(() => new Map(summaries.map((summary) => [summary.articleId, summary.title])), [summaries]);
  const acceptedCount = allRows.filter((row) => row.status === 'accepted').length;

  useEffect(() => {
    if (!selected) return;
    listRef.current?.querySelector(`[data-row-key="${CSS.escape(selected.key)}"]`)?.scrollIntoView({ block: 'nearest' });
  }, [selected]);

  const replaceAlignment = (view: AlignmentView) => {
    setAlignments((current) => current?.map((each) => (each.articleId === view.articleId ? view : each)) ?? null);
    setSummaries((current) => current.map((each) => (each.articleId === view.articleId
      ? { ...each, links: view.links.length, accepted: view.links.filter((link) => link.status === 'accepted').length, open: view.links.filter((link) => link.status !== 'accepted').length }
      : each)));
  };

  /** Applies one op to one article; returns the new alignment and what it skipped, or undefined after telling the person why not. */
  const edit = async (articleId: string, op: ReviewOp): Promise<{ alignment: AlignmentView; skipped: number } | undefined> => {
    try {
      const result = await api['align.edit']({ articleId, op });
      replaceAlignment(result.alignment);
      return result;
    } catch (error) {
      notify(t('review.editFailed', { detail: error instanceof Error ? error.message : String(error) }), 'error');
      return undefined;
    }
  };

  const run = async (command: ReviewCommand) => {
    if (command.type === 'next' || command.type === 'previous') {
      const next = rows[Math.max(0, Math.min(rows.length - 1, selectedIndex + (command.type === 'next' ? 1 : -1)))];
      if (next) setSelectedKey(next.key);
      return;
    }
    if (readOnly || busy) return;
    setBusy(true);
    try {
      if (command.type === 'undo') {
        // After a reload this session's history is empty, but each article keeps its own undo
        // states in the project: then the selected link's article is undone.
        const selectedUndoable = selected && (alignments?.find((each) => each.articleId === selected.articleId)?.undoDepth ?? 0) > 0;
        const last = history.current.pop() ?? (selectedUndoable ? [selected.articleId] : undefined);
        if (!last) {
          notify(t('review.nothingToUndo'));
          return;
        }
        for (const articleId of last) await edit(articleId, { type: 'undo' });
        return;
      }
      if (command.type === 'accept-above') {
        const edited: string[] = [];
        let skipped = 0;
        for (const summary of summaries) {
          if (filter.articleId && summary.articleId !== filter.articleId) continue;
          const before = alignments?.find((each) => each.articleId === summary.articleId);
          if (!before?.links.some((link) => link.status === 'pending' && link.score >= filter.threshold)) continue;
          const result = await edit(summary.articleId, { type: 'acceptAbove', threshold: filter.threshold });
          if (result) {
            edited.push(summary.articleId);
            skipped += result.skipped;
          }
        }
        if (edited.length > 0) history.current.push(edited);
        notify(t('review.acceptedAbove', { threshold: formatNumber(filter.threshold, language) }) + (skipped > 0 ? ` ${t('review.keptTranslations', { count: skipped })}` : ''));
        return;
      }
      if (!selected) return;
      const op = opFor(command, selected);
      if (!op) {
        notify(t('review.splitNeedsCaret'), 'error');
        return;
      }
      const nextKey = rows[selectedIndex + 1]?.key;
      const result = await edit(selected.articleId, op);
      if (!result) return;
      const after = result.alignment;
      history.current.push([selected.articleId]);
      if (result.skipped > 0) notify(t('review.keptTranslations', { count: result.skipped }));
      // Accepting moves on to the next link, like confirming a segment in the editor.
      if (command.type === 'accept') setSelectedKey(nextKey ?? selected.key);
      else setSelectedKey(`${selected.articleId}#${linkAfterEdit(op as { type: string; linkIndex?: number }, after.links.length)}`);
    } finally {
      setBusy(false);
    }
  };

  const opFor = (command: ReviewCommand, row: ReviewRow): ReviewOp | undefined => {
    const linkIndex = row.linkIndex;
    switch (command.type) {
      case 'accept': return { type: 'accept', linkIndex };
      case 'merge-next': return { type: 'mergeNext', linkIndex };
      case 'merge-previous': return { type: 'mergePrev', linkIndex };
      case 'move-sentence': return { type: 'moveSentence', linkIndex, direction: command.direction };
      case 'mark-untranslated': return { type: 'markUntranslated', linkIndex };
      case 'mark-addition': return { type: 'markAddition', linkIndex };
      case 'split': {
        // Snapped to the nearest sentence or clause boundary: never inside a word.
        const point = snapSplitPoint(row.en, englishBox.current?.selectionStart ?? 0);
        if (!point) return undefined;
        return point.kind === 'between' ? { type: 'splitLink', linkIndex, enCount: point.enCount } : { type: 'splitEnglish', linkIndex, sentenceIndex: point.sentenceIndex, offset: point.offset };
      }
      default: return undefined;
    }
  };

  // The latest run() for the key listener, which is registered once.
  const runRef = useRef(run);
  runRef.current = run;
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || document.querySelector('dialog[open]')) return;
      const target = event.target as HTMLElement | null;
      // Typing in a field (the threshold, a select) is not a command; the readonly English box is.
      const editable = target?.closest('input, select, textarea:not([readonly]), [contenteditable="true"]');
      if (editable) return;
      const command = reviewCommandForKey(event);
      if (!command) return;
      event.preventDefault();
      void runRef.current(command);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  /** Settles a conflict (keep the translator's text, or take the aligned English) as one undoable review edit. */
  const resolve = async (articleId: string, segmentId: string, keep: 'mine' | 'aligned') => {
    if (readOnly || busy) return;
    setBusy(true);
    try {
      if (await edit(articleId, { type: 'resolveConflict', segmentId, keep })) history.current.push([articleId]);
    } finally {
      setBusy(false);
    }
  };

  // Stable for the memoised rows; calls the latest resolve().
  const resolveRef = useRef(resolve);
  resolveRef.current = resolve;
  const onResolve = useCallback((articleId: string, segmentId: string, keep: 'mine' | 'aligned') => void resolveRef.current(articleId, segmentId, keep), []);

  const exportWith = async (call: () => Promise<ExportFile>) => {
    try {
      downloadFile(await call());
    } catch (error) {
      notify(t('review.exportFailed', { detail: error instanceof Error ? error.message : String(error) }), 'error');
    }
  };

  const setFilterField = <K extends keyof ReviewFilter>(key: K, value: ReviewFilter[K]) => setFilter((current) => ({ ...current, [key]: value }));

  return (
    <section className="review" aria-labelledby="review-title" data-testid="review-view">
      <div className="toolbar review-toolbar">
        <h1 id="review-title" className="toolbar-title">
          {t('review.title')}
        </h1>
        <span className="toolbar-stat" data-testid="review-progress">
          <ProgressBar
            fraction={allRows.length ? acceptedCount / allRows.length : 0}
            label={t('review.acceptedOf', { accepted: formatNumber(acceptedCount, language), total: formatNumber(allRows.length, language), percent: formatPercent(allRows.length ? acceptedCount / allRows.length : 0, language) })}
            tone="approved"
          />
        </span>
        <span className="toolbar-spacer" />
        <button type="button" className="primary" disabled={readOnly || articles.length === 0} onClick={() => setDialogOpen(true)} data-testid="open-align-dialog">
          {t('review.alignTranslation')}
        </button>
        <button type="button" onClick={() => void exportWith(() => api['export.tmx']({}))} data-testid="export-tmx">
          {t('review.exportTmx')}
        </button>
        <button type="button" onClick={() => void exportWith(() => api['export.linksCsv']({}))} data-testid="export-csv">
          {t('review.exportCsv')}
        </button>
        <span className="review-xliff">
          <button type="button" disabled={!selected} onClick={() => selected && void exportWith(() => api['export.xliff']({ articleId: selected.articleId, version: xliffVersion }))} data-testid="export-xliff">
            {t('review.exportXliff')}
          </button>
          <select aria-label={t('review.xliffVersion')} value={xliffVersion} onChange={(event) => setXliffVersion(event.target.value as '1.2' | '2.0')}>
            <option value="1.2">1.2</option>
            <option value="2.0">2.0</option>
          </select>
        </span>
      </div>
      {!checkerReady && <GlossaryLoading />}
      <div className="toolbar review-filters">
        <label className="inline-field">
          <span>{t('review.sortBy')}</span>
          <select value={sort} onChange={(event) => setSort(event.target.value as ReviewSort)} data-testid="review-sort">
            <option value="confidence">{t('review.sort.confidence')}</option>
            <option value="article">{t('review.sort.article')}</option>
          </select>
        </label>
        <label className="inline-field">
          <span>{t('review.article')}</span>
          <select value={filter.articleId ?? ''} onChange={(event) => setFilterField('articleId', event.target.value || undefined)}>
            <option value="">{t('review.allArticles')}</option>
            {summaries.map((summary) => (
              <option key={summary.articleId} value={summary.articleId}>
                {visibleName(summary.title)}
              </option>
            ))}
          </select>
        </label>
        <label className="inline-field">
          <span>{t('review.threshold')}</span>
          <input
            type="number"
            min={0}
            max={1}
            step={0.05}
            value={filter.threshold}
            className="review-threshold"
            data-testid="review-threshold"
            onChange={(event) => {
              const value = Number(event.target.value);
              if (value >= 0 && value <= 1) setFilterField('threshold', value);
            }}
          />
        </label>
        <label className="checkbox">
          <input type="checkbox" checked={filter.belowThreshold} onChange={(event) => setFilterField('belowThreshold', event.target.checked)} data-testid="filter-below" />
          {t('review.filter.below')}
        </label>
        <label className="checkbox">
          <input type="checkbox" checked={filter.glossaryIssues} onChange={(event) => setFilterField('glossaryIssues', event.target.checked)} data-testid="filter-glossary" />
          {t('review.filter.glossary')}
        </label>
        <label className="checkbox">
          <input type="checkbox" checked={filter.numberMismatches} onChange={(event) => setFilterField('numberMismatches', event.target.checked)} data-testid="filter-numbers" />
          {t('review.filter.numbers')}
        </label>
        <label className="checkbox">
          <input type="checkbox" checked={filter.openOnly} onChange={(event) => setFilterField('openOnly', event.target.checked)} data-testid="filter-open" />
          {t('review.filter.open')}
        </label>
      </div>
      <p className="review-help muted" data-testid="review-help">
        {REVIEW_SHORTCUTS.map((shortcut) => (
          <span key={shortcut.command} className="review-shortcut">
            <kbd>{shortcut.keys}</kbd> {t(`review.keys.${shortcut.command}`)}
          </span>
        ))}
      </p>
      {loadError && (
        <p className="error-line" role="alert">
          {t('review.loadFailed', { detail: loadError })}
        </p>
      )}
      {!alignments && !loadError && <p className="loading">{t('common.loading')}</p>}
      {alignments && alignments.length === 0 && <p className="empty">{t('review.empty')}</p>}
      {alignments && alignments.length > 0 && rows.length === 0 && <p className="empty">{t('review.noMatch')}</p>}
      {rows.length > 0 && (
        <div className="review-list" ref={listRef} role="listbox" aria-label={t('review.links')} aria-busy={busy} data-testid="review-list">
          {rows.map((row, index) => (
            <ReviewLinkRow
              key={row.key}
              row={row}
              title={titles.get(row.articleId) ?? row.articleId}
              selected={index === selectedIndex}
              showArticle={sort === 'confidence' || index === 0 || rows[index - 1].articleId !== row.articleId}
              englishRef={index === selectedIndex ? englishBox : undefined}
              onSelect={() => setSelectedKey(row.key)}
              onOpenArticle={() => openArticle(row.articleId, firstSegmentId(alignments, row))}
              conflicts={conflictsOf(alignments, row)}
              onResolve={onResolve}
            />
          ))}
        </div>
      )}
      {dialogOpen && (
        <AlignDialog
          articles={articles}
          initialArticleId={selected?.articleId}
          onClose={() => setDialogOpen(false)}
          onAligned={() => {
            history.current = [];
            void load();
          }}
        />
      )}
    </section>
  );
}

const NO_CONFLICTS: ReviewConflict[] = [];

/** The open conflicts of one link (its segments holding the translator's own work). */
function conflictsOf(alignments: readonly AlignmentView[] | null, row: ReviewRow): ReviewConflict[] {
  const found = alignments?.find((each) => each.articleId === row.articleId)?.conflicts.filter((conflict) => conflict.linkIndex === row.linkIndex);
  return found && found.length > 0 ? found : NO_CONFLICTS;
}

/** The segment id of a link's first Hindi sentence (where the editor opens), if it has one. */
function firstSegmentId(alignments: readonly AlignmentView[] | null, row: ReviewRow): string | undefined {
  const alignment = alignments?.find((each) => each.articleId === row.articleId);
  const first = alignment?.links[row.linkIndex]?.hi[0];
  return first === undefined ? undefined : alignment?.segmentIds[first];
}
