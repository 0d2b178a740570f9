/** The editor's layout over a session snapshot: toolbar, find bar, removed lines, segments, memory pane and dialogs. */
import { useTranslation } from 'react-i18next';
import { useWorkbench } from '../workbench-context.ts';
import type { EditorSession, EditorSnapshot } from './session/editor-session.ts';
import type { TextareaRegistry } from './textarea-registry.ts';
import { EditorToolbar } from './EditorToolbar.tsx';
import { ArticleHeaderFields } from './ArticleHeaderFields.tsx';
import { SegmentList } from './SegmentList.tsx';
import { SelectionActions } from './SelectionActions.tsx';
import { FindBar } from './FindBar.tsx';
import { RemovedLines } from './RemovedLines.tsx';
import { ShortcutHelp } from './ShortcutHelp.tsx';
import { OverrideDialog } from './OverrideDialog.tsx';
import { IgnoreDialog } from './IgnoreDialog.tsx';
import { MemoryPanel } from '../memory/MemoryPanel.tsx';
import { segmentState } from './edit-history.ts';
import { SegmentFilterBar } from './SegmentFilterBar.tsx';
import { ReplaceDialog } from './ReplaceDialog.tsx';
import { announceSegmentsChanged } from '../memory/segment-sync.ts';
import { GlossaryLoading } from '../GlossaryLoading.tsx';

/** Props of EditorView. */
export interface EditorViewProps {
  session: EditorSession;
  snapshot: EditorSnapshot;
  textareas: TextareaRegistry;
  onClose(): void;
}

/** Renders the open article. */
export function EditorView({ session, snapshot, textareas, onClose }: EditorViewProps) {
  const { t } = useTranslation();
  const { api, entriesById, checkerReady, notify, readOnly } = useWorkbench();
  const concordanceRequest = snapshot.concordance ?? undefined;
  const { article, history, find, override, panels } = snapshot;

  const close = async () => {
    await session.flush();
    onClose();
  };
  const restore = async (line: number) => {
    try {
      await session.restore(line);
      notify(t('removed.restored', { line }));
    } catch (error) {
      notify(t('removed.restoreFailed', { detail: error instanceof Error ? error.message : String(error) }), 'error');
    }
  };

  if (snapshot.loadError) {
    return (
      <section className="editor">
        <p className="error-line" role="alert">
          {t('editor.loadFailed', { detail: snapshot.loadError })}
        </p>
        <button type="button" onClick={onClose}>
          {t('editor.back')}
        </button>
      </section>
    );
  }
  if (!article || !history) return <p className="loading">{t('common.loading')}</p>;

  const overrideSegment = override ? article.segments.find((segment) => segment.id === override.segmentId) : undefined;
  const ignoringSegment = snapshot.ignoring ? article.segments.find((segment) => segment.id === snapshot.ignoring!.segmentId) : undefined;
  const overrideState = override ? segmentState(history.doc, override.segmentId) : undefined;

  return (
    <section className="editor" aria-label={t('editor.label')}>
      <EditorToolbar session={session} snapshot={snapshot} onBack={() => void close()} />
      {/* The segments are editable meanwhile; glossary issues and renderings appear once it is loaded. */}
      {!checkerReady && <GlossaryLoading />}
      {find.open && (
        <FindBar
          query={find.query}
          matchCount={find.matches.length}
          position={find.position}
          focusNonce={find.nonce}
          onQueryChange={session.find.setQuery}
          onNext={() => session.find.go(1)}
          onPrevious={() => session.find.go(-1)}
          onClose={session.find.close}
        />
      )}
      <ArticleHeaderFields article={article} fields={snapshot.fields} readOnly={readOnly} onChange={session.changeField} onBlur={session.blurField} />
      {panels.filter && <SegmentFilterBar session={session} snapshot={snapshot} />}
      {panels.removed && <RemovedLines lines={article.removed} restoring={snapshot.restoring} onRestore={(line) => void restore(line)} />}
      <div className="segment-header" aria-hidden="true">
        <span>#</span>
        <span>{t('editor.sourceColumn')}</span>
        <span>{t('editor.targetColumn')}</span>
        <span>{t('editor.statusColumn')}</span>
      </div>
      <SelectionActions
        returnFocus={() => session.moveTo(session.getSnapshot().current)}
        onConcordance={session.concordance}
      >
        <SegmentList session={session} snapshot={snapshot} textareas={textareas} />
      </SelectionActions>
      {panels.memory && (
        <MemoryPanel matches={snapshot.matches} onInsert={session.applyMatch} concordanceRequest={concordanceRequest} onImported={session.refreshMatches} />
      )}
      {panels.replace && (
        <ReplaceDialog
          api={api}
          articleId={article.id}
          initialQuery={find.query}
          flush={() => session.flush()}
          onClose={() => session.setPanel('replace', false)}
          onApplied={(result) => {
            void session.replaceApplied(result).then(() => {
              notify(t('replace.done', { segments: result.applied.length, articles: new Set(result.applied.map((each) => each.articleId)).size, stale: result.stale.length }));
              announceSegmentsChanged([...new Set(result.applied.map((each) => each.articleId))].filter((id) => id !== article.id));
              session.setPanel('replace', false);
            });
          }}
        />
      )}
      {panels.shortcuts && <ShortcutHelp onClose={() => session.setPanel('shortcuts', false)} />}
      {override && overrideSegment && overrideState && (
        <OverrideDialog
          issues={override.issues}
          source={overrideSegment.source}
          target={overrideState.target}
          entriesById={entriesById}
          onCancel={() => session.resolveOverride(null)}
          onConfirm={(reason) => session.resolveOverride(reason)}
        />
      )}
      {snapshot.ignoring && ignoringSegment && (
        <IgnoreDialog
          issue={snapshot.ignoring.issue}
          source={ignoringSegment.source}
          target={segmentState(history.doc, ignoringSegment.id)?.target ?? ignoringSegment.target}
          entriesById={entriesById}
          onCancel={() => session.resolveIgnore(null)}
          onConfirm={(reason) => session.resolveIgnore(reason)}
        />
      )}
    </section>
  );
}
