/** The editor's toolbar: back, title, progress, open issues, undo/redo, find, panels and the save state. */
import { useTranslation } from 'react-i18next';
import { useWorkbench } from '../workbench-context.ts';
import { formatNumber } from '../format.ts';
import { visibleName } from '../../articles/visible-name.ts';
import { isConfirmed, openIssues as openIssuesOf } from '../../articles/segment-workflow.ts';
import type { EditorSession, EditorSnapshot } from './session/editor-session.ts';
import { SaveIndicator } from './SaveIndicator.tsx';
import { PresenceNote } from '../desk/PresenceNote.tsx';
import { ArticleTools } from './ArticleTools.tsx';
import { isFiltering } from './session/segment-filter.ts';

/** Props of EditorToolbar. */
export interface EditorToolbarProps {
  session: EditorSession;
  snapshot: EditorSnapshot;
  onBack(): void;
}

/** Counts for the toolbar over the current texts. */
export function progressOf(snapshot: EditorSnapshot) {
  const doc = snapshot.history?.doc;
  let translated = 0;
  let approved = 0;
  let openIssues = 0;
  if (doc) {
    for (let index = 0; index < doc.segments.length; index++) {
      const state = doc.segments[index];
      if (isConfirmed(state.status)) translated++;
      if (state.status === 'approved') approved++;
      openIssues += openIssuesOf(state, snapshot.issues.get(doc.ids[index]) ?? []).length;
    }
  }
  return { translated, approved, openIssues, total: doc?.segments.length ?? 0 };
}

/** The toolbar row. */
export function EditorToolbar({ session, snapshot, onBack }: EditorToolbarProps) {
  const { t } = useTranslation();
  const { language, openAnalysis } = useWorkbench();
  const { article, history, panels, save } = snapshot;
  if (!article || !history) return null;
  const { translated, approved, openIssues, total } = progressOf(snapshot);
  return (
    <div className="toolbar">
      <button type="button" onClick={onBack} data-testid="back">
        ← {t('editor.back')}
      </button>
      <h1 className="toolbar-title editor-title" lang="hi" title={visibleName(article.title)}>
        {visibleName(article.title)}
      </h1>
      <span className="toolbar-stat" data-testid="progress">
        {t('editor.progress', { translated: formatNumber(translated, language), approved: formatNumber(approved, language), total: formatNumber(total, language) })}
      </span>
      {openIssues > 0 && (
        <button type="button" className="toolbar-stat issue-count" data-testid="issue-counter" title={t('filter.issueCounterHint')} onClick={session.showIssues}>
          {t('editor.openIssues', { count: openIssues })}
        </button>
      )}
      <PresenceNote articleId={article.id} />
      <span className="toolbar-spacer" />
      <button type="button" onClick={() => session.undoOrRedo('undo')} disabled={history.done.length === 0} title="Ctrl+Z">
        {t('editor.undo')}
      </button>
      <button type="button" onClick={() => session.undoOrRedo('redo')} disabled={history.undone.length === 0} title="Ctrl+Shift+Z">
        {t('editor.redo')}
      </button>
      <button type="button" onClick={session.find.open} title="Ctrl+F">
        {t('find.open')}
      </button>
      <button type="button" onClick={() => session.setPanel('replace', true)} title="Ctrl+H" aria-haspopup="dialog" data-testid="open-replace">
        {t('replace.open')}
      </button>
      <button type="button" aria-pressed={panels.filter} className={panels.filter || isFiltering(snapshot.filter) ? 'active' : ''} data-testid="filter-toggle" onClick={() => session.setPanel('filter', !panels.filter)}>
        {t('filter.toggle')}
      </button>
      <button type="button" aria-pressed={panels.removed} className={panels.removed ? 'active' : ''} onClick={() => session.setPanel('removed', !panels.removed)}>
        {t('removed.toggle', { count: article.removed.length })}
      </button>
      <button type="button" aria-pressed={panels.memory} className={panels.memory ? 'active' : ''} onClick={() => session.setPanel('memory', !panels.memory)}>
        {t('memory.toggle')}
      </button>
      <button type="button" data-testid="open-analysis" onClick={() => {
        // Pending edits first, so the counts include what was just typed.
        void session.flush().finally(() => openAnalysis([article.id]));
      }}>
        {t('analysis.open')}
      </button>
      <button type="button" onClick={() => session.setPanel('shortcuts', true)} aria-haspopup="dialog">
        {t('shortcuts.button')}
      </button>
      <ArticleTools articleId={article.id} segmentId={article.segments[snapshot.current]?.id} joined={history.doc.segments[snapshot.current]?.status === 'joined'} flush={() => session.flush()} />
      <SaveIndicator state={save.state} error={save.error} />
    </div>
  );
}
