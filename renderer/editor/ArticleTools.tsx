/**
 * The editor's article tools beside its toolbar: join the current segment with the next (Alt+J)
 * or split a joined segment off again (Alt+Shift+J), undo the last review action on this article
 * (the review's own undo stack, kept in the project), and the Export menu. Each server-side change
 * reloads the editor at the same segment, after pending edits are written. QA report opens this
 * article's report.
 */
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useWorkbench } from '../workbench-context.ts';
import { ExportMenu } from './ExportMenu.tsx';
import { QaReportButton } from '../report/QaReportButton.tsx';


/** Props of ArticleTools. */
export interface ArticleToolsProps {
  articleId: string;
  /** The current segment and whether it is joined to the one before. */
  segmentId?: string;
  joined: boolean;
  /** Writes pending edits. */
  flush(): Promise<void>;
}

/** Join/split, review undo and export for the open article. */
export function ArticleTools({ articleId, segmentId, joined, flush }: ArticleToolsProps) {
  const { t } = useTranslation();
  const { api, notify, readOnly, reloadEditor } = useWorkbench();
  const [reviewUndoDepth, setReviewUndoDepth] = useState(0);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    let cancelled = false;
    api['align.list']({}).then(
      async (list) => {
        if (!list.some((each) => each.articleId === articleId)) return;
        const view = await api['align.get']({ articleId });
        if (!cancelled) setReviewUndoDepth(view.undoDepth);
      },
      () => undefined,
    );
    return () => {
      cancelled = true;
    };
  }, [api, articleId]);

  const change = async (task: () => Promise<unknown>, done: string) => {
    if (busy || readOnly) return;
    setBusy(true);
    try {
      await flush();
      await task();
      notify(done);
      reloadEditor(articleId, segmentId);
    } catch (error) {
      notify(t('segmentJoin.failed', { detail: error instanceof Error ? error.message : String(error) }), 'error');
    } finally {
      setBusy(false);
    }
  };
  const join = () => segmentId && void change(() => api['article.joinSegments']({ articleId, segmentId }), t('segmentJoin.joined'));
  const split = () => segmentId && void change(() => api['article.splitSegment']({ articleId, segmentId }), t('segmentJoin.split'));
  const undoReview = () => void change(() => api['align.edit']({ articleId, op: { type: 'undo' } }), t('segmentJoin.reviewUndone'));

  // The latest handlers for the key listener, which is registered once.
  const keys = useRef({ join, split, joined });
  keys.current = { join, split, joined };
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!event.altKey || event.ctrlKey || event.metaKey || !(event.key.toLowerCase() === 'j' || event.code === 'KeyJ')) return;
      if (document.querySelector('dialog[open]')) return;
      event.preventDefault();
      if (event.shiftKey) keys.current.split();
      else keys.current.join();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  return (
    <span className="article-tools">
      <button type="button" disabled={readOnly || busy || !segmentId || joined} onClick={join} title="Alt+J" data-testid="join-next">
        {t('segmentJoin.join')}
      </button>
      <button type="button" disabled={readOnly || busy || !joined} onClick={split} title="Alt+Shift+J" data-testid="split-joined">
        {t('segmentJoin.splitButton')}
      </button>
      {reviewUndoDepth > 0 && (
        <button type="button" disabled={readOnly || busy} onClick={undoReview} data-testid="undo-review">
          {t('segmentJoin.undoReview', { count: reviewUndoDepth })}
        </button>
      )}
      <ExportMenu articleIds={[articleId]} flush={flush} />
      <QaReportButton articleIds={[articleId]} flush={flush} label={t('qaReport.open')} />
    </span>
  );
}
