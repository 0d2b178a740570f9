/**
 * The side-by-side editor: creates the article's EditorSession (session/editor-session.ts, plain
 * TypeScript), wires it to the window (flush on the way out, keys, the desktop menu, propagation
 * announcements, the URL) and renders EditorView over its snapshot.
 */
import { createSpellClient } from '../spell/spell-client.ts';
import { SpellClientContext, useSpellingInvalidation } from '../spell/use-spelling.ts';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useWorkbench } from '../workbench-context.ts';
import { onShellCommand } from '../transport/index.ts';
import { routeHash } from '../route.ts';
import { onSegmentsChanged } from '../memory/segment-sync.ts';
import { commandForKey } from './shortcuts.ts';
import { closeFlush } from './close-flush.ts';
import { createEditorSession, type CommandPlace, type EditorSession } from './session/editor-session.ts';
import { useEditorSnapshot } from './session/use-editor-session.ts';
import { createTextareaRegistry, type TextareaRegistry } from './textarea-registry.ts';
import { EditorView } from './EditorView.tsx';
import { concordanceQuery } from './concordance-query.ts';

/** Props of Editor. */
export interface EditorProps {
  articleId: string;
  initialSegmentId?: string;
  onClose(): void;
}

/** Edits one article. */
export function Editor({ articleId, initialSegmentId, onClose }: EditorProps) {
  const workbench = useWorkbench();
  const { api } = workbench;
  const [textareas] = useState(createTextareaRegistry);
  const [session, setSession] = useState<EditorSession | null>(null);
  // What the session starts with; later changes reach it through setGlossary and moveTo.
  const { t } = useTranslation();
  const startWith = useRef({ workbench, initialSegmentId, t });
  startWith.current = { workbench, initialSegmentId, t };

  useEffect(() => {
    const { workbench: current, initialSegmentId: start } = startWith.current;
    const created = createEditorSession({
      api,
      articleId,
      initialSegmentId: start,
      checker: current.checker,
      entriesById: current.entriesById,
      checkerReady: current.checkerReady,
      readOnly: current.readOnly,
      timers: { setTimeout: (callback, ms) => window.setTimeout(callback, ms), clearTimeout: (handle) => window.clearTimeout(handle as number) },
      now: () => performance.now(),
      selectionOf: textareas.selectionOf,
      onError: (detail) => startWith.current.workbench.notify(detail, 'error'),
      concordanceText,
      onUndoneReplace: () => startWith.current.workbench.notify(startWith.current.t('replace.undone')),
    });
    setSession(created);
    void created.start();
    return () => {
      void created.flush().finally(() => created.dispose());
    };
  }, [api, articleId, textareas]);

  if (!session) return null;
  return <WiredEditor session={session} articleId={articleId} initialSegmentId={initialSegmentId} textareas={textareas} onClose={onClose} />;
}

/** The concordance key's query: the selection in a segment box or the page (a Hindi source), else the word at the caret. */
function concordanceText(): string {
  const active = document.activeElement;
  if (active instanceof HTMLTextAreaElement || (active instanceof HTMLInputElement && active.type !== 'checkbox')) {
    return concordanceQuery(active.value, active.selectionStart ?? 0, active.selectionEnd ?? 0);
  }
  const selection = window.getSelection();
  const text = selection && !selection.isCollapsed ? selection.toString() : '';
  return text ? concordanceQuery(text, 0, text.length) : '';
}

/** Where a key was pressed, as the session's commands distinguish it. */
function placeOf(target: EventTarget | null): CommandPlace {
  const element = target instanceof HTMLElement ? target : null;
  if (element?.dataset.testid === 'target') return 'segment';
  return element && ['INPUT', 'TEXTAREA', 'SELECT'].includes(element.tagName) ? 'other-field' : 'elsewhere';
}

interface WiredEditorProps {
  session: EditorSession;
  articleId: string;
  initialSegmentId?: string;
  textareas: TextareaRegistry;
  onClose(): void;
}

/** The session's window wiring and the view. */
function WiredEditor({ session, articleId, initialSegmentId, textareas, onClose }: WiredEditorProps) {
  const { api, checker, checkerReady, entriesById } = useWorkbench();
  const snapshot = useEditorSnapshot(session);
  // One spell client per open editor: its answers are cached per text until the known words change.
  const [spellClient] = useState(() => createSpellClient(api));
  useSpellingInvalidation(spellClient);

  useEffect(() => session.setGlossary(checker, entriesById, checkerReady), [session, checker, entriesById, checkerReady]);

  // Flush on the way out: page hide, reload and the desktop window's close.
  useEffect(() => {
    const flushNow = () => void session.flush();
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      if (!session.hasPendingSaves()) return;
      flushNow();
      // Electron would silently cancel the close on preventDefault; the browser asks the user instead.
      if (!navigator.userAgent.includes('Electron')) event.preventDefault();
    };
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') flushNow();
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    window.addEventListener('pagehide', flushNow);
    document.addEventListener('visibilitychange', onVisibility);
    const unregister = closeFlush.register(() => session.flush());
    const unsubscribeChanges = onSegmentsChanged((articleIds) => session.segmentsChanged(articleIds));
    return () => {
      unregister();
      unsubscribeChanges();
      window.removeEventListener('beforeunload', onBeforeUnload);
      window.removeEventListener('pagehide', flushNow);
      document.removeEventListener('visibilitychange', onVisibility);
    };
  }, [session]);

  // Keys and the desktop menu's commands act on whatever has focus; an open dialog keeps them.
  useEffect(() => {
    const dialogOpen = () => {
      const { override, ignoring, panels } = session.getSnapshot();
      return override !== null || ignoring !== null || panels.shortcuts || panels.replace;
    };
    const onKeyDown = (event: KeyboardEvent) => {
      if (dialogOpen() || event.defaultPrevented || event.isComposing) return;
      const command = commandForKey(event);
      if (command && session.runCommand(command, placeOf(event.target))) event.preventDefault();
    };
    window.addEventListener('keydown', onKeyDown);
    const unsubscribe = onShellCommand((command) => {
      // The close handshake is answered by App (closeFlush), not by a key command.
      if (command.type === 'flush-before-close' || session.getSnapshot().override || session.getSnapshot().ignoring) return;
      session.runCommand(command, placeOf(document.activeElement));
    });
    return () => {
      window.removeEventListener('keydown', onKeyDown);
      unsubscribe();
    };
  }, [session]);

  // A link to another segment of the open article (glossary occurrences) moves there.
  useEffect(() => {
    const index = initialSegmentId ? (session.getSnapshot().article?.segments.findIndex((segment) => segment.id === initialSegmentId) ?? -1) : -1;
    if (index >= 0 && index !== session.getSnapshot().current) session.moveTo(index);
  }, [session, initialSegmentId]);

  // Keep the position in the URL without a hashchange, so a reload reopens the same segment.
  const segmentId = snapshot.article?.segments[snapshot.current]?.id;
  useEffect(() => {
    if (segmentId) window.history.replaceState(null, '', routeHash({ view: 'editor', articleId, segmentId }));
  }, [articleId, segmentId]);

  return (
    <SpellClientContext.Provider value={spellClient}>
      <EditorView session={session} snapshot={snapshot} textareas={textareas} onClose={onClose} />
    </SpellClientContext.Provider>
  );
}
