/**
 * The side-by-side editor. Edits are transactions on an EditHistory (undo/redo across segments);
 * autosave writes each changed segment shortly after typing stops; glossary checks run locally,
 * debounced per segment, so a keystroke never waits for them.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { useTranslation } from 'react-i18next';
import type { Article, IgnoredIssue, SegmentIssue, SegmentStatus } from '../../services/contract.ts';
import { EMPTY_DOCUMENT_CONTEXT, type DocumentContext } from '../../glossary/index.ts';
import { useWorkbench } from '../workbench-context.ts';
import { onShellCommand } from '../transport/index.ts';
import { formatNumber } from '../format.ts';
import { routeHash } from '../route.ts';
import {
  createEditHistory,
  createEditorDoc,
  edit,
  redo,
  segmentState,
  undo,
  type EditHistory,
  type SegmentEditState,
  type TransactionKind,
} from './edit-history.ts';
import { blockingIssues, isConfirmed, isError, issueKey, openIssues as openIssuesOf, stateAfterTyping, stateWithStatus } from '../../articles/segment-workflow.ts';
import { sameContext, segmentIssueView, type SegmentIssueView } from './segment-issues.ts';
import { IgnoreDialog } from './IgnoreDialog.tsx';
import { commandForKey, type EditorCommand } from './shortcuts.ts';
import { insertAtSelection, renderingOptions, type RenderingOption } from './renderings.ts';
import { createSegmentSaver, type SaveState, type SegmentSaver } from './segment-saver.ts';
import { closeFlush } from './close-flush.ts';
import { findMatches } from './find-matches.ts';
import { VirtualList } from './VirtualList.tsx';
import { SegmentRow, type SegmentRowActions } from './SegmentRow.tsx';
import { TermPopover } from './TermPopover.tsx';
import { OverrideDialog } from './OverrideDialog.tsx';
import { RemovedLines } from './RemovedLines.tsx';
import { FindBar } from './FindBar.tsx';
import { SaveIndicator } from './SaveIndicator.tsx';
import { ShortcutHelp } from './ShortcutHelp.tsx';
import { MemoryPanel } from '../memory/MemoryPanel.tsx';
import { useRepetitions } from '../memory/use-repetitions.ts';
import { contextAt, isMemorable, loadProjectMemory, type ProjectMemory } from '../memory/project-memory.ts';

const NO_ISSUES: readonly SegmentIssue[] = [];
const NO_RENDERINGS: readonly RenderingOption[] = [];
const NO_TITLES: ReadonlyMap<string, string> = new Map();
/** Quiet time before a segment's issues are recomputed. */
const CHECK_DELAY_MS = 180;
/** Quiet time before a segment is written. */
const SAVE_DELAY_MS = 600;

/** Props of Editor. */
export interface EditorProps {
  articleId: string;
  initialSegmentId?: string;
  onClose(): void;
}

/** Edits one article. */
export function Editor({ articleId, initialSegmentId, onClose }: EditorProps) {
  const { t } = useTranslation();
  const { api, checker, entriesById, language, notify, proposeTerm, readOnly } = useWorkbench();

  const [article, setArticle] = useState<Article | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [history, setHistory] = useState<EditHistory | null>(null);
  const [issueMap, setIssueMap] = useState<ReadonlyMap<string, readonly SegmentIssue[]>>(new Map());
  const [current, setCurrent] = useState(0);
  const [scrollRequest, setScrollRequest] = useState<{ index: number; nonce: number } | null>(null);
  const [saveState, setSaveState] = useState<{ state: SaveState; error?: string }>({ state: 'saved' });
  const [find, setFind] = useState<{ open: boolean; query: string; position: number; nonce: number }>({ open: false, query: '', position: -1, nonce: 0 });
  const [override, setOverride] = useState<{ segmentId: string; issues: SegmentIssue[] } | null>(null);
  // Issues ignored with a reason, per segment, shown apart from the open ones.
  const [ignoredMap, setIgnoredMap] = useState<ReadonlyMap<string, SegmentIssueView['ignored']>>(new Map());
  const [ignoring, setIgnoring] = useState<{ segmentId: string; issue: SegmentIssue } | null>(null);
  const [recheck, setRecheck] = useState(0);
  const [showRemoved, setShowRemoved] = useState(false);
  const [showShortcuts, setShowShortcuts] = useState(false);
  const [showMemory, setShowMemory] = useState(true);
  const [memory, setMemory] = useState<{ memory: ProjectMemory; titles: ReadonlyMap<string, string>; version: number } | null>(null);
  const [restoring, setRestoring] = useState<number | null>(null);
  const [hover, setHover] = useState<{ entryId: string; anchor: { left: number; top: number; bottom: number } } | null>(null);
  const [selectionProposal, setSelectionProposal] = useState<{ text: string; left: number; top: number; english?: boolean } | null>(null);
  const [concordanceRequest, setConcordanceRequest] = useState<{ text: string; nonce: number } | undefined>(undefined);

  const articleRef = useRef<Article | null>(null);
  const historyRef = useRef<EditHistory | null>(null);
  const currentRef = useRef(0);
  const textareas = useRef(new Map<string, HTMLTextAreaElement>());
  const pendingFocus = useRef<string | null>(null);
  const checkTimers = useRef(new Map<string, number>());
  const hoverTimer = useRef<number | null>(null);
  const overrideRef = useRef(override);
  overrideRef.current = override;
  const modalOpenRef = useRef(false);
  modalOpenRef.current = showShortcuts;
  const checkerRef = useRef(checker);
  checkerRef.current = checker;
  // Document context before each segment (names in running text), from the last full pass.
  const contextsRef = useRef<DocumentContext[]>([]);
  const ignoresRef = useRef(new Map<string, IgnoredIssue[] | undefined>());

  const afterSaveRef = useRef<(save: { segmentId: string; status: SegmentStatus }) => void>(() => {});
  const saver = useMemo<SegmentSaver>(
    () =>
      createSegmentSaver({
        write: async (save) => {
          await api['article.saveSegment']({ articleId, ...save });
          // A confirmation fills the segment's repetitions on the server; fetch them.
          afterSaveRef.current(save);
        },
        onStateChange: (state, error) => setSaveState({ state, error }),
        timers: { setTimeout: (callback, ms) => window.setTimeout(callback, ms), clearTimeout: (handle) => window.clearTimeout(handle as number) },
        delayMs: SAVE_DELAY_MS,
      }),
    [api, articleId],
  );
  const replaceHistory = useCallback((next: EditHistory) => {
    historyRef.current = next;
    setHistory(next);
  }, []);
  const repetitionSync = useRepetitions({
    api,
    articleId,
    historyRef,
    replaceHistory,
    flush: () => saver.flush(),
    onError: (detail) => notify(detail, 'error'),
  });
  afterSaveRef.current = repetitionSync.afterSave;
  const setRepetitionUnlinked = repetitionSync.setUnlinked;

  // Load the article and start a fresh history.
  useEffect(() => {
    let cancelled = false;
    api['article.get']({ id: articleId }).then(
      (loaded) => {
        if (cancelled) return;
        const startIndex = Math.max(0, initialSegmentId ? loaded.segments.findIndex((segment) => segment.id === initialSegmentId) : 0);
        articleRef.current = loaded;
        historyRef.current = createEditHistory(createEditorDoc(loaded.segments));
        currentRef.current = startIndex;
        setArticle(loaded);
        setHistory(historyRef.current);
        setCurrent(startIndex);
        setScrollRequest({ index: startIndex, nonce: Date.now() });
        pendingFocus.current = loaded.segments[startIndex]?.id ?? null;
      },
      (error: unknown) => {
        if (!cancelled) setLoadError(error instanceof Error ? error.message : String(error));
      },
    );
    return () => {
      cancelled = true;
    };
    // initialSegmentId only matters on the first load.
  }, [api, articleId]);

  // The translation memory of the whole project, loaded once per opened article, off the first paint.
  useEffect(() => {
    let cancelled = false;
    Promise.all([loadProjectMemory(api), api['article.list']({})]).then(
      ([loaded, summaries]) => {
        if (cancelled) return;
        // Segments confirmed while the memory was loading may not have been saved when it was read.
        const open = articleRef.current;
        const doc = historyRef.current?.doc;
        open?.segments.forEach((segment, index) => {
          const state = doc && segmentState(doc, segment.id);
          if (state && isMemorable(state.status, state.target)) {
            loaded.remember({ source: segment.source, target: state.target, articleId: open.id, segmentId: segment.id }, contextAt(open, index));
          }
        });
        setMemory({ memory: loaded, titles: new Map(summaries.map((summary) => [summary.id, summary.title])), version: 0 });
      },
      () => {
        // Without a memory the editor still works; the pane says it is loading.
      },
    );
    return () => {
      cancelled = true;
    };
  }, [api]);
  const memoryRef = useRef(memory);
  memoryRef.current = memory;

  // Issues for every segment, recomputed when the glossary changes; chunked so the first paint is not held up.
  useEffect(() => {
    if (!article) return;
    let cancelled = false;
    const result = new Map<string, readonly SegmentIssue[]>();
    const ignoredResult = new Map<string, SegmentIssueView['ignored']>();
    const segments = article.segments;
    const contexts: DocumentContext[] = [];
    let context: DocumentContext | undefined;
    let next = 0;
    const step = () => {
      if (cancelled) return;
      const doc = historyRef.current?.doc;
      const end = Math.min(segments.length, next + 150);
      for (; next < end; next++) {
        const segment = segments[next];
        if (!ignoresRef.current.has(segment.id)) ignoresRef.current.set(segment.id, segment.ignoredIssues);
        const target = (doc && segmentState(doc, segment.id)?.target) ?? segment.target;
        const view = segmentIssueView(checker, context, segment.source, target, ignoresRef.current.get(segment.id));
        contexts.push(view.next);
        context = view.next;
        result.set(segment.id, view.open);
        if (view.ignored.length > 0) ignoredResult.set(segment.id, view.ignored);
      }
      if (next < segments.length) window.setTimeout(step, 0);
      else {
        // contexts[i] = the context before segment i.
        contextsRef.current = [EMPTY_DOCUMENT_CONTEXT, ...contexts].slice(0, segments.length);
        setIssueMap(result);
        setIgnoredMap(ignoredResult);
      }
    };
    step();
    return () => {
      cancelled = true;
    };
  }, [article, checker, recheck]);

  // Flush on the way out: unmount, page hide and reload.
  useEffect(() => {
    const flushNow = () => void saver.flush();
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      if (!saver.hasPending()) return;
      void saver.flush();
      // Electron would silently cancel the close on preventDefault; the browser asks the user instead.
      if (!navigator.userAgent.includes('Electron')) event.preventDefault();
    };
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') flushNow();
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    window.addEventListener('pagehide', flushNow);
    document.addEventListener('visibilitychange', onVisibility);
    const unregisterCloseFlush = closeFlush.register(() => saver.flush());
    return () => {
      unregisterCloseFlush();
      window.removeEventListener('beforeunload', onBeforeUnload);
      window.removeEventListener('pagehide', flushNow);
      document.removeEventListener('visibilitychange', onVisibility);
      void saver.flush().finally(() => saver.dispose());
    };
  }, [saver]);

  useEffect(() => {
    const timers = checkTimers.current;
    return () => {
      for (const handle of timers.values()) window.clearTimeout(handle);
    };
  }, []);

  // Keep the position in the URL without a hashchange, so a reload reopens the same segment.
  useEffect(() => {
    const segment = article?.segments[current];
    if (segment) window.history.replaceState(null, '', routeHash({ view: 'editor', articleId, segmentId: segment.id }));
  }, [article, articleId, current]);

  const scheduleCheck = useCallback((segmentId: string) => {
    const timers = checkTimers.current;
    const previous = timers.get(segmentId);
    if (previous !== undefined) window.clearTimeout(previous);
    timers.set(
      segmentId,
      window.setTimeout(() => {
        timers.delete(segmentId);
        const segments = articleRef.current?.segments ?? [];
        const index = segments.findIndex((candidate) => candidate.id === segmentId);
        const state = historyRef.current && segmentState(historyRef.current.doc, segmentId);
        if (index < 0 || !state) return;
        const view = segmentIssueView(checkerRef.current, contextsRef.current[index], segments[index].source, state.target, ignoresRef.current.get(segmentId));
        setIssueMap((map) => new Map(map).set(segmentId, view.open));
        setIgnoredMap((map) => new Map(map).set(segmentId, view.ignored));
        // A name added or removed here changes what later segments may say: check them all again.
        if (index + 1 < segments.length && !sameContext(view.next, contextsRef.current[index + 1])) setRecheck((n) => n + 1);
      }, CHECK_DELAY_MS),
    );
  }, []);

  /** Makes a new history current, queues saves of the touched segments and their checks. */
  const commit = useCallback(
    (next: EditHistory, touched: readonly string[], saveNow = false) => {
      historyRef.current = next;
      setHistory(next);
      let remembered = false;
      for (const segmentId of touched) {
        const state = segmentState(next.doc, segmentId);
        if (!state) continue;
        saver.schedule({ segmentId, target: state.target, status: state.status, overrideReason: state.overrideReason });
        scheduleCheck(segmentId);
        const loaded = memoryRef.current?.memory;
        const article = articleRef.current;
        const index = next.doc.indexById.get(segmentId);
        if (loaded && article && index !== undefined && isMemorable(state.status, state.target)) {
          loaded.remember({ source: article.segments[index].source, target: state.target, articleId: article.id, segmentId }, contextAt(article, index));
          remembered = true;
        }
      }
      if (remembered) setMemory((current) => (current ? { ...current, version: current.version + 1 } : current));
      if (saveNow) void saver.flush();
    },
    [saver, scheduleCheck],
  );

  const applyEdit = useCallback(
    (segmentId: string, state: SegmentEditState, kind: Exclude<TransactionKind, 'undo' | 'redo'>, saveNow = false) => {
      const before = historyRef.current;
      if (!before) return;
      const next = edit(before, new Map([[segmentId, state]]), kind, performance.now());
      if (next !== before) commit(next, [segmentId], saveNow);
    },
    [commit],
  );

  const focusPending = useCallback(() => {
    const segmentId = pendingFocus.current;
    if (!segmentId) return;
    const element = textareas.current.get(segmentId);
    if (!element) return;
    pendingFocus.current = null;
    if (document.activeElement !== element) element.focus();
  }, []);

  const moveTo = useCallback(
    (index: number, focus = true) => {
      const segments = articleRef.current?.segments;
      if (!segments || segments.length === 0) return;
      const clamped = Math.max(0, Math.min(segments.length - 1, index));
      currentRef.current = clamped;
      setCurrent(clamped);
      setScrollRequest({ index: clamped, nonce: performance.now() });
      if (focus) {
        pendingFocus.current = segments[clamped].id;
        focusPending();
      }
    },
    [focusPending],
  );

  // A link to another segment of the open article (glossary occurrences) moves there.
  useEffect(() => {
    const segments = articleRef.current?.segments;
    if (!segments || !initialSegmentId) return;
    const index = segments.findIndex((segment) => segment.id === initialSegmentId);
    if (index >= 0 && index !== currentRef.current) moveTo(index);
    // moveTo is stable; only a new target segment matters.
  }, [initialSegmentId]);

  /** A segment's open issues for its current text, checked now (in context, ignores left out). */
  const openIssuesNow = useCallback((segmentId: string): SegmentIssue[] | undefined => {
    const segments = articleRef.current?.segments ?? [];
    const index = segments.findIndex((candidate) => candidate.id === segmentId);
    const state = historyRef.current && segmentState(historyRef.current.doc, segmentId);
    if (index < 0 || !state) return undefined;
    return segmentIssueView(checkerRef.current, contextsRef.current[index], segments[index].source, state.target, ignoresRef.current.get(segmentId)).open;
  }, []);

  /** Confirming over an error is allowed, but the translator is told (approval asks for a reason instead). */
  const warnIfErrors = useCallback((segmentId: string) => {
    const errors = (openIssuesNow(segmentId) ?? []).filter(isError);
    if (errors.length > 0) notify(t('editor.confirmedWithErrors', { count: errors.length }), 'error');
  }, [notify, openIssuesNow, t]);

  /** Ignores (reason) or restores (null) one issue of a segment on the server, after saving its text. */
  const ignoreIssue = useCallback(async (segmentId: string, issue: SegmentIssue, reason: string | null) => {
    const segment = articleRef.current?.segments.find((candidate) => candidate.id === segmentId);
    const state = historyRef.current && segmentState(historyRef.current.doc, segmentId);
    if (!segment || !state) return;
    try {
      await saver.flush();
      const saved = await api['article.ignoreIssue']({ articleId, segmentId, key: issueKey(issue, segment.source, state.target), reason });
      ignoresRef.current.set(segmentId, saved.ignoredIssues);
      scheduleCheck(segmentId);
    } catch (error) {
      notify(error instanceof Error ? error.message : String(error), 'error');
    }
  }, [api, articleId, notify, saver, scheduleCheck]);

  const setApproved = useCallback(
    (segmentId: string, overrideReason?: string) => {
      const state = historyRef.current && segmentState(historyRef.current.doc, segmentId);
      if (!state) return;
      applyEdit(segmentId, stateWithStatus(state, 'approved', overrideReason), 'status', true);
    },
    [applyEdit],
  );

  const requestApprove = useCallback(
    (segmentId: string) => {
      const state = historyRef.current && segmentState(historyRef.current.doc, segmentId);
      const open = openIssuesNow(segmentId);
      if (!state || !open || state.target.trim() === '') return;
      const blocking = blockingIssues(open, state.target);
      if (blocking.length > 0) setOverride({ segmentId, issues: blocking });
      else setApproved(segmentId);
    },
    [openIssuesNow, setApproved],
  );

  const insertRendering = useCallback(
    (segmentId: string, option: RenderingOption) => {
      const state = historyRef.current && segmentState(historyRef.current.doc, segmentId);
      const element = textareas.current.get(segmentId);
      if (!state) return;
      const start = element?.selectionStart ?? state.target.length;
      const end = element?.selectionEnd ?? state.target.length;
      const { value, caret } = insertAtSelection(state.target, start, end, option.text);
      // The caret can only be placed once React has written the new value into the textarea.
      flushSync(() => applyEdit(segmentId, stateAfterTyping(state, value), 'insert'));
      if (element) {
        element.focus();
        element.setSelectionRange(caret, caret);
      }
    },
    [applyEdit],
  );

  const actions = useMemo<SegmentRowActions>(
    () => ({
      changeTarget: (segmentId, target) => {
        const state = historyRef.current && segmentState(historyRef.current.doc, segmentId);
        if (state) applyEdit(segmentId, stateAfterTyping(state, target), 'typing');
      },
      focusRow: (index) => {
        if (currentRef.current !== index) {
          currentRef.current = index;
          setCurrent(index);
        }
      },
      blurRow: () => void saver.flush(),
      changeStatus: (segmentId, status: SegmentStatus) => {
        if (status === 'approved') {
          requestApprove(segmentId);
          return;
        }
        const state = historyRef.current && segmentState(historyRef.current.doc, segmentId);
        if (!state) return;
        applyEdit(segmentId, stateWithStatus(state, status), 'status', true);
        if (isConfirmed(status)) warnIfErrors(segmentId);
      },
      requestIgnore: (segmentId, issue) => setIgnoring({ segmentId, issue }),
      restoreIssue: (segmentId, issue) => void ignoreIssue(segmentId, issue, null),
      insertRendering,
      registerTextarea: (segmentId, element) => {
        if (element) textareas.current.set(segmentId, element);
        else textareas.current.delete(segmentId);
      },
      setRepetitionUnlinked: (segmentId, unlinked) => void setRepetitionUnlinked(segmentId, unlinked),
    }),
    [applyEdit, ignoreIssue, insertRendering, requestApprove, saver, setRepetitionUnlinked, warnIfErrors],
  );

  const undoOrRedo = useCallback(
    (direction: 'undo' | 'redo') => {
      const before = historyRef.current;
      if (!before) return;
      const result = direction === 'undo' ? undo(before) : redo(before);
      if (!result) return;
      const touched = result.transaction.changes.map((change) => change.segmentId);
      commit(result.history, touched, true);
      const index = before.doc.indexById.get(touched[0]);
      if (index !== undefined) moveTo(index);
    },
    [commit, moveTo],
  );

  const currentSegment = article?.segments[current];
  const currentSegmentId = currentSegment?.id;
  const currentForMemory = useMemo(() => (currentSegmentId ? { articleId, segmentId: currentSegmentId } : undefined), [articleId, currentSegmentId]);
  const currentRenderings = useMemo(
    () => (currentSegment ? renderingOptions(checker.terms(currentSegment.source), entriesById) : NO_RENDERINGS),
    [currentSegment, checker, entriesById],
  );
  const renderingsRef = useRef(currentRenderings);
  renderingsRef.current = currentRenderings;
  const currentMatches = useMemo(
    () => (memory && article && currentSegment ? memory.memory.lookup(currentSegment.source, contextAt(article, current), currentSegment.id) : []),
    // memory.version changes when a confirmed segment is added.
    [memory, article, current, currentSegment],
  );
  const matchesForKeysRef = useRef(currentMatches);
  matchesForKeysRef.current = currentMatches;

  const applyMatch = useCallback(
    (text: string) => {
      const segment = articleRef.current?.segments[currentRef.current];
      const state = segment && historyRef.current && segmentState(historyRef.current.doc, segment.id);
      if (!segment || !state || readOnly) return;
      // A match replaces the target, as in other CAT tools; Ctrl+Z brings the old text back.
      flushSync(() => applyEdit(segment.id, stateAfterTyping(state, text), 'insert'));
      const element = textareas.current.get(segment.id);
      if (element) {
        element.focus();
        element.setSelectionRange(text.length, text.length);
      }
    },
    [applyEdit, readOnly],
  );

  const matches = useMemo(
    () => (article && history && find.open ? findMatches(article.segments, history.doc, find.query) : []),
    [article, history, find.open, find.query],
  );
  const matchSet = useMemo(() => new Set(matches), [matches]);
  const matchesRef = useRef(matches);
  matchesRef.current = matches;

  const goToMatch = useCallback(
    (delta: number) => {
      setFind((state) => {
        const list = matchesRef.current;
        if (list.length === 0) return state;
        const position = state.position < 0 ? (delta > 0 ? 0 : list.length - 1) : (state.position + delta + list.length) % list.length;
        moveTo(list[position], false);
        return { ...state, position };
      });
    },
    [moveTo],
  );

  const runCommand = useCallback(
    (command: EditorCommand, event: { target: EventTarget | null; preventDefault(): void }) => {
      const segments = articleRef.current?.segments;
      if (!segments) return;
      const target = event.target as HTMLElement | null;
      const inSegment = target?.dataset?.testid === 'target';
      const inOtherField = !inSegment && !!target && ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
      const segment = segments[currentRef.current];
      switch (command.type) {
        case 'find':
          event.preventDefault();
          setFind((state) => ({ ...state, open: true, nonce: state.nonce + 1 }));
          return;
        case 'close':
          if (find.open) {
            setFind((state) => ({ ...state, open: false }));
            pendingFocus.current = segment?.id ?? null;
            focusPending();
          }
          setHover(null);
          return;
        case 'undo':
        case 'redo':
          if (inOtherField) return;
          event.preventDefault();
          undoOrRedo(command.type);
          return;
        case 'insert-best-match': {
          if (inOtherField) return;
          event.preventDefault();
          const best = matchesForKeysRef.current[0];
          if (best) applyMatch(best.adapted ?? best.target);
          return;
        }
        case 'insert-rendering': {
          if (!inSegment || !segment) return;
          event.preventDefault();
          const option = renderingsRef.current[command.index];
          if (option) insertRendering(segment.id, option);
          return;
        }
        case 'previous-segment':
        case 'next-segment':
          if (inOtherField) return;
          event.preventDefault();
          moveTo(currentRef.current + (command.type === 'next-segment' ? 1 : -1));
          return;
        case 'confirm-and-next': {
          if (inOtherField || !segment) return;
          event.preventDefault();
          const state = historyRef.current && segmentState(historyRef.current.doc, segment.id);
          if (state && state.target.trim() !== '' && state.status !== 'approved' && state.status !== 'reviewed') {
            applyEdit(segment.id, stateWithStatus(state, 'translated'), 'status', true);
            warnIfErrors(segment.id);
          }
          moveTo(currentRef.current + 1);
          return;
        }
        case 'approve':
          if (inOtherField || !segment) return;
          event.preventDefault();
          requestApprove(segment.id);
          return;
      }
    },
    [applyEdit, find.open, focusPending, insertRendering, moveTo, requestApprove, undoOrRedo, applyMatch],
  );

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (overrideRef.current || modalOpenRef.current || event.defaultPrevented || event.isComposing) return;
      const command = commandForKey(event);
      if (command) runCommand(command, event);
    };
    window.addEventListener('keydown', onKeyDown);
    // The desktop menu sends the same commands; they act on whatever has focus, as a key would.
    const unsubscribe = onShellCommand((command) => {
      // The close handshake is answered by App (closeFlush), not by a key command.
      if (command.type === 'flush-before-close') return;
      if (!overrideRef.current) runCommand(command, { target: document.activeElement, preventDefault: () => {} });
    });
    return () => {
      window.removeEventListener('keydown', onKeyDown);
      unsubscribe();
    };
  }, [runCommand]);

  const onMouseOver = (event: React.MouseEvent) => {
    const mark = (event.target as HTMLElement).closest?.('mark.term') as HTMLElement | null;
    if (!mark) return;
    if (hoverTimer.current !== null) window.clearTimeout(hoverTimer.current);
    hoverTimer.current = null;
    const rect = mark.getBoundingClientRect();
    const entryId = mark.dataset.entryId ?? '';
    setHover((currentHover) => (currentHover?.entryId === entryId && currentHover.anchor.left === rect.left && currentHover.anchor.top === rect.top ? currentHover : { entryId, anchor: { left: rect.left, top: rect.top, bottom: rect.bottom } }));
  };
  const hideHoverSoon = () => {
    if (hoverTimer.current !== null) window.clearTimeout(hoverTimer.current);
    hoverTimer.current = window.setTimeout(() => setHover(null), 200);
  };
  const onMouseOut = (event: React.MouseEvent) => {
    if ((event.target as HTMLElement).closest?.('mark.term')) hideHoverSoon();
  };
  const onMouseUp = (event: React.MouseEvent) => {
    // English selected in a translation box: offer a concordance search for it.
    const field = event.target instanceof HTMLTextAreaElement ? event.target : null;
    if (field && field.selectionEnd > field.selectionStart) {
      const english = field.value.slice(field.selectionStart, field.selectionEnd).trim();
      if (english && english.length <= 80) {
        const rect = field.getBoundingClientRect();
        setSelectionProposal({ text: english, left: rect.left, top: rect.bottom + 4, english: true });
        return;
      }
    }
    const selection = window.getSelection();
    const text = selection?.toString().trim() ?? '';
    const anchor = selection?.anchorNode;
    const element = anchor ? (anchor.nodeType === Node.ELEMENT_NODE ? (anchor as Element) : anchor.parentElement) : null;
    if (!selection || !text || !element?.closest('[data-source]') || selection.rangeCount === 0 || text.length > 80) {
      setSelectionProposal(null);
      return;
    }
    const rect = selection.getRangeAt(0).getBoundingClientRect();
    setSelectionProposal({ text, left: rect.left, top: rect.bottom + 4 });
  };

  const restore = async (line: number) => {
    setRestoring(line);
    try {
      await saver.flush();
      const updated = await api['article.restoreRemoved']({ articleId, line });
      articleRef.current = updated;
      historyRef.current = createEditHistory(createEditorDoc(updated.segments));
      setArticle(updated);
      setHistory(historyRef.current);
      notify(t('removed.restored', { line }));
      // Show the translator where the line went.
      const restoredIndex = updated.segments.findIndex((segment) => segment.line === line);
      if (restoredIndex >= 0) moveTo(restoredIndex);
    } catch (error) {
      notify(t('removed.restoreFailed', { detail: error instanceof Error ? error.message : String(error) }), 'error');
    } finally {
      setRestoring(null);
    }
  };

  const close = async () => {
    await saver.flush();
    onClose();
  };

  if (loadError) {
    return (
      <section className="editor">
        <p className="error-line" role="alert">
          {t('editor.loadFailed', { detail: loadError })}
        </p>
        <button type="button" onClick={onClose}>
          {t('editor.back')}
        </button>
      </section>
    );
  }
  if (!article || !history) return <p className="loading">{t('common.loading')}</p>;

  const doc = history.doc;
  let translated = 0;
  let approved = 0;
  let openIssues = 0;
  for (let index = 0; index < doc.segments.length; index++) {
    const state = doc.segments[index];
    if (isConfirmed(state.status)) translated++;
    if (state.status === 'approved') approved++;
    openIssues += openIssuesOf(state, issueMap.get(doc.ids[index]) ?? []).length;
  }
  const hoverEntry = hover ? entriesById.get(hover.entryId) : undefined;
  const overrideSegment = override ? article.segments.find((segment) => segment.id === override.segmentId) : undefined;
  const overrideState = override ? segmentState(doc, override.segmentId) : undefined;
  const currentMatch = find.position >= 0 ? matches[find.position] : -1;

  return (
    <section className="editor" aria-label={t('editor.label')}>
      <div className="toolbar">
        <button type="button" onClick={() => void close()} data-testid="back">
          ← {t('editor.back')}
        </button>
        <h1 className="toolbar-title editor-title" lang="hi" title={article.title}>
          {article.title}
        </h1>
        <span className="toolbar-stat" data-testid="progress">
          {t('editor.progress', { translated: formatNumber(translated, language), approved: formatNumber(approved, language), total: formatNumber(doc.segments.length, language) })}
        </span>
        {openIssues > 0 && <span className="toolbar-stat issue-count">{t('editor.openIssues', { count: openIssues })}</span>}
        <span className="toolbar-spacer" />
        <button type="button" onClick={() => undoOrRedo('undo')} disabled={history.done.length === 0} title="Ctrl+Z">
          {t('editor.undo')}
        </button>
        <button type="button" onClick={() => undoOrRedo('redo')} disabled={history.undone.length === 0} title="Ctrl+Shift+Z">
          {t('editor.redo')}
        </button>
        <button type="button" onClick={() => setFind((state) => ({ ...state, open: true, nonce: state.nonce + 1 }))} title="Ctrl+F">
          {t('find.open')}
        </button>
        <button type="button" aria-pressed={showRemoved} className={showRemoved ? 'active' : ''} onClick={() => setShowRemoved((value) => !value)}>
          {t('removed.toggle', { count: article.removed.length })}
        </button>
        <button type="button" aria-pressed={showMemory} className={showMemory ? 'active' : ''} onClick={() => setShowMemory((value) => !value)}>
          {t('memory.toggle')}
        </button>
        <button type="button" onClick={() => setShowShortcuts(true)} aria-haspopup="dialog">
          {t('shortcuts.button')}
        </button>
        <SaveIndicator state={saveState.state} error={saveState.error} />
      </div>
      {find.open && (
        <FindBar
          query={find.query}
          matchCount={matches.length}
          position={find.position}
          focusNonce={find.nonce}
          onQueryChange={(query) => setFind((state) => ({ ...state, query, position: -1 }))}
          onNext={() => goToMatch(1)}
          onPrevious={() => goToMatch(-1)}
          onClose={() => {
            setFind((state) => ({ ...state, open: false }));
            moveTo(currentRef.current);
          }}
        />
      )}
      {showRemoved && <RemovedLines lines={article.removed} restoring={restoring} onRestore={(line) => void restore(line)} />}
      <div className="segment-header" aria-hidden="true">
        <span>#</span>
        <span>{t('editor.sourceColumn')}</span>
        <span>{t('editor.targetColumn')}</span>
        <span>{t('editor.statusColumn')}</span>
      </div>
      <div className="segment-area" onMouseOver={onMouseOver} onMouseOut={onMouseOut} onMouseUp={onMouseUp}>
        <VirtualList
          className="segments"
          ariaLabel={t('editor.segments')}
          count={article.segments.length}
          itemKey={(index) => article.segments[index].id}
          estimateHeight={(index) => 56 + Math.floor(article.segments[index].source.length / 90) * 22}
          scrollRequest={scrollRequest}
          onRendered={focusPending}
          renderItem={(index) => {
            const segment = article.segments[index];
            const state = doc.segments[index];
            return (
              <SegmentRow
                index={index}
                segment={segment}
                state={state}
                issues={state.target.trim() ? (issueMap.get(segment.id) ?? NO_ISSUES) : NO_ISSUES}
                ignored={state.target.trim() ? ignoredMap.get(segment.id) : undefined}
                isCurrent={index === current}
                findMatch={index === currentMatch ? 'current' : matchSet.has(index) ? 'match' : 'none'}
                renderings={index === current ? currentRenderings : NO_RENDERINGS}
                actions={actions}
                repetition={repetitionSync.repetitions.get(segment.id)}
              />
            );
          }}
        />
      </div>
      {showMemory && (
        <MemoryPanel
          memory={memory?.memory ?? null}
          matches={currentMatches}
          titles={memory?.titles ?? NO_TITLES}
          onInsert={applyMatch}
          current={currentForMemory}
          concordanceRequest={concordanceRequest}
        />
      )}
      {hover && hoverEntry && (
        <TermPopover
          entry={hoverEntry}
          anchor={hover.anchor}
          onPointerEnter={() => {
            if (hoverTimer.current !== null) window.clearTimeout(hoverTimer.current);
            hoverTimer.current = null;
          }}
          onPointerLeave={hideHoverSoon}
        />
      )}
      {selectionProposal && !selectionProposal.english && (
        <button
          type="button"
          className="selection-proposal primary"
          style={{ left: selectionProposal.left, top: selectionProposal.top }}
          onMouseDown={(event) => event.preventDefault()}
          onClick={() => {
            proposeTerm(selectionProposal.text);
            setSelectionProposal(null);
          }}
        >
          + {t('glossary.addFromSelection')}
        </button>
      )}
      {selectionProposal && (
        <button
          type="button"
          className="selection-proposal"
          data-testid="concordance-from-selection"
          style={{ left: selectionProposal.left, top: selectionProposal.top + (selectionProposal.english ? 0 : 30) }}
          onMouseDown={(event) => event.preventDefault()}
          onClick={() => {
            setShowMemory(true);
            setConcordanceRequest({ text: selectionProposal.text, nonce: Date.now() });
            setSelectionProposal(null);
          }}
        >
          {t('memory.concordanceFromSelection')}
        </button>
      )}
      {showShortcuts && (
        <ShortcutHelp
          onClose={() => {
            setShowShortcuts(false);
            moveTo(currentRef.current);
          }}
        />
      )}
      {ignoring && (
        <IgnoreDialog
          onCancel={() => {
            setIgnoring(null);
            moveTo(currentRef.current);
          }}
          onConfirm={(reason) => {
            void ignoreIssue(ignoring.segmentId, ignoring.issue, reason);
            setIgnoring(null);
            moveTo(currentRef.current);
          }}
        />
      )}
      {override && overrideSegment && overrideState && (
        <OverrideDialog
          issues={override.issues}
          source={overrideSegment.source}
          target={overrideState.target}
          entriesById={entriesById}
          onCancel={() => {
            setOverride(null);
            moveTo(currentRef.current);
          }}
          onConfirm={(reason) => {
            setApproved(override.segmentId, reason);
            setOverride(null);
            moveTo(currentRef.current);
          }}
        />
      )}
    </section>
  );
}
