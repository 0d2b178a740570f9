/**
 * One open article's editing session in plain TypeScript: loading, the edit history (undo/redo
 * across segments), autosave, glossary checks, approval with its override reason, find, the
 * memory matches, repetitions, restoring removed lines and the keyboard commands. Components read
 * its snapshot through useEditorSession (useSyncExternalStore) and call its methods; it touches no
 * DOM, so it is tested without React (test/renderer/editor-session.test.ts).
 */
import type { Api, Article, GlossaryEntry, ReplaceApplied, SegmentIssue, SegmentRepetition, SegmentStatus, TmSegmentMatch, TranslatableField } from '../../../services/contract.ts';
import { createEditHistory, createEditorDoc, edit, redo, segmentState, undo, type EditHistory, type SegmentEditState, type TransactionKind } from '../edit-history.ts';
import { blockingIssues, stateAfterTyping, stateWithStatus } from '../../../articles/segment-workflow.ts';
import type { EditorCommand } from '../shortcuts.ts';
import { insertAtSelection, renderingOptions, slotOption, type RenderingOption } from '../renderings.ts';
import { createSegmentSaver, type SaveState, type SaverTimers } from '../segment-saver.ts';
import type { LiveChecker } from '../../live-checker.ts';
import { createObservableState } from './observable.ts';
import { createIssueChecks, type IgnoredView } from './issue-checks.ts';
import { createIgnoreFlow, type PendingIgnore } from './issue-ignores.ts';
import { createMemoryMatches } from './memory-matches.ts';
import { createRepetitionSync } from './repetition-sync.ts';
import { createFindState, type FindState } from './find-state.ts';
import { createReplaceSync } from './replace-sync.ts';
import { createFieldSession, type FieldsSnapshot } from './field-session.ts';
import { NO_FILTER, nextIssue, passesFilter, stepWithin, visibleSegments, type SegmentFilter } from './segment-filter.ts';

/** Quiet time before a segment's issues are recomputed. */
const CHECK_DELAY_MS = 180;
/** Quiet time before a segment is written. */
const SAVE_DELAY_MS = 600;

/** A panel or dialog the session opens and closes. */
export type EditorPanel = 'removed' | 'shortcuts' | 'memory' | 'replace' | 'filter';

/** Everything the editor shows; replaced (never mutated) on each change. */
export interface EditorSnapshot {
  article: Article | null;
  loadError: string | null;
  history: EditHistory | null;
  issues: ReadonlyMap<string, readonly SegmentIssue[]>;
  /** Issues ignored for the current text, with their reasons (segments with none are absent). */
  ignored: ReadonlyMap<string, readonly IgnoredView[]>;
  /** The ignore waiting for its reason. */
  ignoring: PendingIgnore | null;
  current: number;
  scrollRequest: { index: number; nonce: number } | null;
  /** A segment box to focus, with the caret position when the text was just replaced. */
  focusRequest: { segmentId: string; caret?: number; nonce: number } | null;
  save: { state: SaveState; error?: string };
  find: FindState;
  /** The approval waiting for a reason. */
  override: { segmentId: string; issues: SegmentIssue[] } | null;
  panels: Readonly<Record<EditorPanel, boolean>>;
  /** The current segment's memory matches (null until asked). */
  matches: readonly TmSegmentMatch[] | null;
  repetitions: ReadonlyMap<string, SegmentRepetition>;
  /** The line being restored from the removed lines. */
  restoring: number | null;
  /** Glossary renderings of the current segment's terms (Ctrl+1…9 slots, the Ctrl+K picker). */
  renderings: readonly RenderingOption[];
  /** Changes when the term picker should take the focus. */
  pickerNonce: number;
  /** Which segments the list shows (by status and open issue kind). */
  filter: SegmentFilter;
  /** A concordance lookup asked for by key or selection; a new nonce searches again. */
  concordance: { text: string; nonce: number } | null;
  /** The header fields' English (kicker, dateline, byline), edited above the segments. */
  fields: FieldsSnapshot;
}

/** Where a key command was pressed. */
export type CommandPlace = 'segment' | 'other-field' | 'elsewhere';

/** What the session needs from the outside world. */
export interface EditorSessionOptions {
  api: Api;
  articleId: string;
  initialSegmentId?: string;
  checker: LiveChecker;
  entriesById: ReadonlyMap<string, GlossaryEntry>;
  /** False while the glossary is still loading (the checker then finds nothing); default true. */
  checkerReady?: boolean;
  readOnly: boolean;
  timers: SaverTimers;
  now(): number;
  /** The selection in a segment's box, when it is on screen. */
  selectionOf?(segmentId: string): { start: number; end: number } | undefined;
  onError(detail: string): void;
  /** The text a concordance key looks up: the selection, or the word at the caret (the DOM knows). */
  concordanceText?(currentSegmentId: string): string;
  /** A project replace was undone from this editor (other views reload). */
  onUndoneReplace?(): void;
}

const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** Creates a session; call `start` to load the article and `dispose` (after `flush`) when done. */
export function createEditorSession(options: EditorSessionOptions) {
  const { api, articleId, timers } = options;
  let { checker, entriesById } = options;
  let checkerReady = options.checkerReady ?? true;
  // An approval asked for while the glossary loads: decided by the approval rule once it is there.
  let approveWhenReady: string | null = null;
  const state = createObservableState<EditorSnapshot>({
    article: null, loadError: null, history: null, issues: new Map(), ignored: new Map(), ignoring: null, current: 0, scrollRequest: null, focusRequest: null,
    save: { state: 'saved' }, find: { open: false, query: '', position: -1, nonce: 0, matches: [] }, override: null,
    panels: { removed: false, shortcuts: false, memory: true, replace: false, filter: false }, matches: null, repetitions: new Map(), restoring: null, renderings: [], pickerNonce: 0,
    filter: NO_FILTER, concordance: null, fields: { fields: [], save: { state: 'saved' } },
  });
  const get = state.getSnapshot;
  const stateOf = (segmentId: string) => {
    const history = get().history;
    return history ? segmentState(history.doc, segmentId) : undefined;
  };
  const segmentAt = (index: number) => get().article?.segments[index];

  const memory = createMemoryMatches(api, articleId, ({ segmentId, matches }) => {
    if (segmentAt(get().current)?.id === segmentId) state.update({ matches });
  });
  const fields = createFieldSession({
    api, articleId, timers, readOnly: options.readOnly, checker,
    onChange: (snapshot) => state.update({ fields: snapshot }),
  });
  const saver = createSegmentSaver({
    write: async (save) => {
      await api['article.saveSegment']({ articleId, ...save });
      // A confirmation fills the segment's repetitions on the server, and the memory learnt the pair.
      repetitions.afterSave(save);
      memory.refresh();
    },
    onStateChange: (saveState, error) => state.update({ save: { state: saveState, error } }),
    timers,
    delayMs: SAVE_DELAY_MS,
  });
  const checks = createIssueChecks({
    timers, delayMs: CHECK_DELAY_MS, targetOf: (id) => stateOf(id)?.target,
    onIssues: (update) => state.update((current) => ({ issues: update(current.issues) })),
    onIgnored: (update) => state.update((current) => ({ ignored: update(current.ignored) })),
  });
  const ignores = createIgnoreFlow({
    api, articleId, readOnly: options.readOnly, article: () => get().article, targetOf: (id) => stateOf(id)?.target, flush: () => saver.flush(),
    pending: () => get().ignoring, setPending: (ignoring) => state.update({ ignoring }),
    replaceSegment(segment) {
      const article = get().article;
      const index = article?.segments.findIndex((candidate) => candidate.id === segment.id) ?? -1;
      if (!article || index < 0) return;
      const next = { ...article, segments: article.segments.with(index, segment) };
      state.update({ article: next });
      checks.checkAll(next, checker);
    },
    focusSegment: (segmentId) => state.update({ focusRequest: { segmentId, nonce: options.now() } }),
    onError: options.onError,
  });
  const find = createFindState(() => get(), (next) => state.update({ find: next }));
  const repetitions = createRepetitionSync({
    api, articleId, history: () => get().history, replaceHistory: (history) => replaceHistory(history), flush: () => saver.flush(),
    onRepetitions: (map) => state.update({ repetitions: map }), onError: options.onError,
  });

  const replaceHistory = (history: EditHistory) => state.update({ history, find: find.refreshed(history) });
  const replaceSync = createReplaceSync({ api, articleId, history: () => get().history, replaceHistory: (history) => replaceHistory(history), flush: () => saver.flush(), now: options.now });
  /** The segment `delta` away among the shown ones (the filter keeps the current one shown). */
  const stepShown = (delta: 1 | -1) => {
    const { history, issues, filter, current } = get();
    return history ? stepWithin(visibleSegments(history.doc, issues, filter, current), current, delta, history.doc.segments.length) : current;
  };

  const showCurrent = () => {
    const segment = segmentAt(get().current);
    if (!segment) return;
    state.update({ renderings: renderingOptions(checker.terms(segment.source), entriesById), ...(segment.id === memoryShown ? {} : { matches: null }) });
    memoryShown = segment.id;
    memory.show(segment.id);
  };
  let memoryShown: string | null = null;

  /** Makes a new history current, queues saves of the touched segments and their checks. */
  const commit = (next: EditHistory, touched: readonly string[], saveNow = false) => {
    replaceHistory(next);
    for (const segmentId of touched) {
      const edited = segmentState(next.doc, segmentId);
      if (!edited) continue;
      saver.schedule({ segmentId, target: edited.target, status: edited.status, overrideReason: edited.overrideReason });
      checks.schedule(segmentId);
    }
    if (saveNow) void saver.flush();
  };

  const applyEdit = (segmentId: string, edited: SegmentEditState, kind: Exclude<TransactionKind, 'undo' | 'redo'>, saveNow = false) => {
    const before = get().history;
    if (!before) return;
    const next = edit(before, new Map([[segmentId, edited]]), kind, options.now());
    if (next !== before) commit(next, [segmentId], saveNow);
  };

  const moveTo = (index: number, focus = true) => {
    const segments = get().article?.segments;
    if (!segments || segments.length === 0) return;
    const clamped = Math.max(0, Math.min(segments.length - 1, index));
    const nonce = options.now();
    state.update({ current: clamped, scrollRequest: { index: clamped, nonce }, ...(focus ? { focusRequest: { segmentId: segments[clamped].id, nonce } } : {}) });
    showCurrent();
  };

  const replaceTarget = (segmentId: string, text: string, start: number, end: number) => {
    const before = stateOf(segmentId);
    if (!before || options.readOnly) return;
    const { value, caret } = insertAtSelection(before.target, start, end, text);
    applyEdit(segmentId, stateAfterTyping(before, value), 'insert');
    state.update({ focusRequest: { segmentId, caret, nonce: options.now() } });
  };

  const load = (article: Article, index: number) => {
    const history = createEditHistory(createEditorDoc(article.segments));
    state.update({ article, history, find: find.refreshed(history, article) });
    fields.load(article);
    checks.checkAll(article, checker);
    moveTo(index);
  };

  const session = {
    getSnapshot: get,
    subscribe: state.subscribe,

    /** Loads the article, the repetitions and starts at `initialSegmentId` (or the first segment). */
    async start() {
      try {
        const article = await api['article.get']({ id: articleId });
        const index = options.initialSegmentId ? article.segments.findIndex((segment) => segment.id === options.initialSegmentId) : 0;
        load(article, Math.max(0, index));
        void repetitions.refresh();
      } catch (error) {
        state.update({ loadError: message(error) });
      }
    },
    /** A new glossary: every segment is checked again and the current renderings follow. */
    setGlossary(nextChecker: LiveChecker, nextEntries: ReadonlyMap<string, GlossaryEntry>, ready = true) {
      if (nextChecker === checker && nextEntries === entriesById && ready === checkerReady) return;
      checker = nextChecker;
      entriesById = nextEntries;
      checkerReady = ready;
      const article = get().article;
      if (article) checks.checkAll(article, checker);
      fields.setChecker(checker);
      showCurrent();
      const waiting = approveWhenReady;
      if (ready && waiting) {
        approveWhenReady = null;
        session.requestApprove(waiting);
      }
    },
    moveTo,
    /** Focus moved into a row by the pointer or Tab: it becomes current without scrolling. */
    focusRow(index: number) {
      if (get().current === index) return;
      state.update({ current: index });
      showCurrent();
    },
    /** Typing in a header field's English box (saved like a segment, after a quiet time). */
    changeField: (field: TranslatableField, text: string) => fields.change(field, text),
    /** Leaving a header field's box writes it now. */
    blurField: () => void fields.flush(),
    /** Typing in a segment's box. */
    changeTarget(segmentId: string, target: string) {
      const before = stateOf(segmentId);
      if (before) applyEdit(segmentId, stateAfterTyping(before, target), 'typing');
    },
    changeStatus(segmentId: string, status: SegmentStatus) {
      if (status === 'approved') return session.requestApprove(segmentId);
      const before = stateOf(segmentId);
      if (before) applyEdit(segmentId, stateWithStatus(before, status), 'status', true);
    },
    /** Approves, or asks for a reason first when glossary errors block approval. */
    requestApprove(segmentId: string) {
      const segment = get().article?.segments.find((candidate) => candidate.id === segmentId);
      const before = stateOf(segmentId);
      if (!segment || !before || before.target.trim() === '') return;
      // Without the glossary the blocking issues are unknown: decided when it has loaded.
      if (!checkerReady) {
        approveWhenReady = segmentId;
        return;
      }
      // The rule of the list and the server: in the article's context, ignored issues do not block.
      const open = checks.openNow(segmentId, before.target) ?? checker.check(segment.source, before.target);
      const blocking = blockingIssues(open, before.target);
      if (blocking.length > 0) state.update({ override: { segmentId, issues: blocking } });
      else applyEdit(segmentId, stateWithStatus(before, 'approved'), 'status', true);
    },
    /** The reason dialog's answer: a reason approves, null cancels. */
    resolveOverride(reason: string | null) {
      const pending = get().override;
      if (!pending) return;
      state.update({ override: null });
      const before = stateOf(pending.segmentId);
      if (reason !== null && before) applyEdit(pending.segmentId, stateWithStatus(before, 'approved', reason), 'status', true);
      moveTo(get().current);
    },
    /** Asks for the reason to ignore one issue of a segment. */
    requestIgnore: ignores.request,
    /** The ignore dialog's answer: a reason ignores the issue (kept with the segment), null cancels. */
    resolveIgnore: (reason: string | null) => void ignores.resolve(reason),
    /** Brings an ignored issue back. */
    restoreIssue: (segmentId: string, issue: SegmentIssue) => void ignores.restore(segmentId, issue),
    /** Inserts a glossary rendering at the selection of the segment's box. */
    insertRendering(segmentId: string, option: RenderingOption) {
      const target = stateOf(segmentId)?.target ?? '';
      const selection = options.selectionOf?.(segmentId) ?? { start: target.length, end: target.length };
      replaceTarget(segmentId, option.text, selection.start, selection.end);
    },
    /** A memory match replaces the current target, as in other CAT tools; Ctrl+Z brings the old text back. */
    applyMatch(text: string) {
      const segment = segmentAt(get().current);
      const target = segment && stateOf(segment.id)?.target;
      if (segment && target !== undefined) replaceTarget(segment.id, text, 0, target.length);
    },
    undoOrRedo(direction: 'undo' | 'redo') {
      const before = get().history;
      if (!before) return;
      const last = before.done.at(-1);
      if (direction === 'undo' && last?.kind === 'replace' && last.stepId) {
        // A project replace is undone by the server in every article at once.
        void replaceSync.undo(last.stepId).then(
          (restored) => {
            const index = restored.length > 0 ? before.doc.indexById.get(restored[0]) : undefined;
            for (const segmentId of restored) checks.schedule(segmentId);
            if (index !== undefined) moveTo(index);
            options.onUndoneReplace?.();
          },
          (error: unknown) => options.onError(message(error)),
        );
        return;
      }
      const result = direction === 'undo' ? undo(before) : redo(before);
      if (!result) return;
      const touched = result.transaction.changes.map((change) => change.segmentId);
      commit(result.history, touched, true);
      const index = before.doc.indexById.get(touched[0]);
      if (index !== undefined) moveTo(index);
    },
    /** Ctrl+Enter: the segment counts as translated (unless already reviewed or approved); then the next one. */
    confirmAndNext() {
      const segment = segmentAt(get().current);
      const before = segment && stateOf(segment.id);
      if (segment && before && before.target.trim() !== '' && before.status !== 'approved' && before.status !== 'reviewed') {
        applyEdit(segment.id, stateWithStatus(before, 'translated'), 'status', true);
      }
      moveTo(get().current + 1);
    },
    setPanel(panel: EditorPanel, open: boolean) {
      state.update((current) => ({ panels: { ...current.panels, [panel]: open } }));
      // Closing a dialog gives the focus back to the segment it was opened from.
      if (!open && (panel === 'shortcuts' || panel === 'replace')) moveTo(get().current);
    },
    /** Shows only the segments passing `filter`; the current one moves to the first shown when it does not pass. */
    setFilter(filter: SegmentFilter) {
      state.update({ filter });
      const { history, issues, current } = get();
      if (!history) return;
      const shown = visibleSegments(history.doc, issues, filter);
      if (shown && shown.length > 0 && !passesFilter(history.doc, issues, filter, current)) moveTo(shown[0], false);
    },
    /** The issue counter: show only segments with open issues and go to the first one. */
    showIssues() {
      state.update((current) => ({ filter: { statuses: new Set(), issueKinds: new Set(['missing-term', 'forbidden-term', 'number-mismatch']) }, panels: { ...current.panels, filter: true } }));
      session.goToIssue(1, -1);
    },
    /** F8 / Shift+F8: the next or previous segment with an open issue (from `from`, default the current one). */
    goToIssue(delta: 1 | -1, from = get().current) {
      const history = get().history;
      const index = history ? nextIssue(history.doc, get().issues, from, delta) : undefined;
      if (index !== undefined) moveTo(index);
    },
    /** A concordance lookup of `text` in the project memory (the memory pane opens). */
    concordance(text: string) {
      state.update((current) => ({ concordance: { text, nonce: (current.concordance?.nonce ?? 0) + 1 }, panels: { ...current.panels, memory: true } }));
    },
    /** A project replace was applied on the server: record it here as one undo step. */
    replaceApplied: (result: ReplaceApplied) => replaceSync.applied(result),
    find: {
      open: () => find.open(),
      close() {
        find.close();
        moveTo(get().current);
      },
      setQuery: (query: string) => find.setQuery(query),
      go(delta: number) {
        const index = find.go(delta);
        if (index !== undefined) moveTo(index, false);
      },
    },
    setRepetitionUnlinked: (segmentId: string, unlinked: boolean) => repetitions.setUnlinked(segmentId, unlinked),
    /** The server rewrote segments of these articles (a propagation): reload untouched ones. */
    segmentsChanged(articleIds: readonly string[]) {
      if (articleIds.includes(articleId)) void repetitions.reloadChanged();
    },
    /** A memory was imported: ask for the current matches again. */
    refreshMatches: () => memory.refresh(),
    /** Brings a removed line back as a segment and shows where it went; rejects when the server refuses. */
    async restore(line: number): Promise<void> {
      state.update({ restoring: line });
      try {
        await Promise.all([saver.flush(), fields.flush()]);
        const updated = await api['article.restoreRemoved']({ articleId, line });
        const index = updated.segments.findIndex((segment) => segment.line === line);
        load(updated, index >= 0 ? index : get().current);
      } finally {
        state.update({ restoring: null });
      }
    },
    /** Runs a key or menu command; true when it was handled (the key's default is then prevented). */
    runCommand(command: EditorCommand, place: CommandPlace): boolean {
      const segment = segmentAt(get().current);
      if (!segment) return false;
      const inOtherField = place === 'other-field';
      switch (command.type) {
        case 'find':
          find.open();
          return true;
        case 'close':
          if (get().find.open) session.find.close();
          return false;
        case 'undo':
        case 'redo':
          if (inOtherField) return false;
          session.undoOrRedo(command.type);
          return true;
        case 'insert-best-match': {
          if (inOtherField) return false;
          const best = get().matches?.[0];
          if (best) session.applyMatch(best.adapted ?? best.target);
          return true;
        }
        case 'insert-rendering': {
          if (place !== 'segment') return false;
          const option = slotOption(get().renderings, command.index);
          if (option) session.insertRendering(segment.id, option);
          return true;
        }
        case 'pick-term':
          if (place !== 'segment' || get().renderings.length === 0 || options.readOnly) return false;
          state.update((current) => ({ pickerNonce: current.pickerNonce + 1 }));
          return true;
        case 'previous-segment':
        case 'next-segment':
          if (inOtherField) return false;
          moveTo(stepShown(command.type === 'next-segment' ? 1 : -1));
          return true;
        case 'next-issue':
        case 'previous-issue':
          session.goToIssue(command.type === 'next-issue' ? 1 : -1);
          return true;
        case 'replace':
          if (options.readOnly) return false;
          session.setPanel('replace', true);
          return true;
        case 'concordance': {
          const text = options.concordanceText?.(segment.id) ?? '';
          session.concordance(text);
          return true;
        }
        case 'confirm-and-next':
          if (inOtherField) return false;
          session.confirmAndNext();
          return true;
        case 'approve':
          if (inOtherField) return false;
          session.requestApprove(segment.id);
          return true;
        case 'ignore-issue': {
          if (inOtherField) return false;
          const first = get().issues.get(segment.id)?.[0];
          if (first && stateOf(segment.id)?.target.trim()) ignores.request(segment.id, first);
          return true;
        }
      }
    },
    blurRow: () => void saver.flush(),
    /** Esc in the term picker: the focus goes back to the segment's box. */
    leavePicker: (segmentId: string) => state.update({ focusRequest: { segmentId, nonce: options.now() } }),
    flush: async () => {
      await Promise.all([saver.flush(), fields.flush()]);
    },
    hasPendingSaves: () => saver.hasPending() || fields.hasPending(),
    /** Stops timers and answers; call after `flush`. */
    dispose() {
      checks.dispose();
      memory.dispose();
      repetitions.dispose();
      saver.dispose();
      fields.dispose();
    },
  };
  return session;
}

/** An editor session. */
export type EditorSession = ReturnType<typeof createEditorSession>;
