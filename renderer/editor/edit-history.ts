/**
 * The editor's document as a value and every edit as a transaction that yields a new value
 * (ARCHITECTURE example 2, after ProseMirror/CodeMirror). Undo and redo replay transactions
 * backwards and forwards across segments; autosave asks a transaction which segments it touched.
 */
import type { Segment, SegmentStatus } from '../../services/contract.ts';

/** The editable part of one segment. */
export interface SegmentEditState {
  target: string;
  status: SegmentStatus;
  overrideReason?: string;
}

/** One segment's state before and after a transaction. */
export interface SegmentChange {
  segmentId: string;
  before: SegmentEditState;
  after: SegmentEditState;
}

/**
 * What caused a transaction; consecutive 'typing' in one segment is merged into one undo step.
 * 'replace' is a project-wide replace the server applied (its undo is the server's, by `stepId`).
 */
export type TransactionKind = 'typing' | 'insert' | 'status' | 'undo' | 'redo' | 'replace';

/** A change to one or more segments, applied as a unit. */
export interface Transaction {
  kind: TransactionKind;
  changes: SegmentChange[];
  /** Milliseconds from an injected clock, used only to decide merging. */
  time: number;
  /** For 'replace': the server's undo step that reverts the whole replace, in every article. */
  stepId?: string;
}

/** The editable state of an article: segment states in article order. */
export interface EditorDoc {
  readonly ids: readonly string[];
  /** Shared between versions of the doc: ids never change while an article is open. */
  readonly indexById: ReadonlyMap<string, number>;
  readonly segments: readonly SegmentEditState[];
}

/** The document plus the undo and redo stacks. */
export interface EditHistory {
  readonly doc: EditorDoc;
  readonly done: readonly Transaction[];
  readonly undone: readonly Transaction[];
}

/** Typing pauses longer than this start a new undo step. */
export const TYPING_MERGE_MS = 1500;
/** Older steps are dropped so a long session does not grow memory without bound. */
export const HISTORY_LIMIT = 500;

/** Builds the editor document from an article's segments. */
export function createEditorDoc(segments: readonly Segment[]): EditorDoc {
  const ids = segments.map((segment) => segment.id);
  const indexById = new Map(ids.map((id, index) => [id, index]));
  const states = segments.map((segment) => toEditState(segment));
  return { ids, indexById, segments: states };
}

/** Starts an empty history over a document. */
export function createEditHistory(doc: EditorDoc): EditHistory {
  return { doc, done: [], undone: [] };
}

/** The edit state of one segment, or undefined for an unknown id. */
export function segmentState(doc: EditorDoc, segmentId: string): SegmentEditState | undefined {
  const index = doc.indexById.get(segmentId);
  return index === undefined ? undefined : doc.segments[index];
}

/** Applies a set of changes to a document; segments not named keep their identity. */
export function applyChanges(doc: EditorDoc, changes: readonly SegmentChange[], side: 'before' | 'after'): EditorDoc {
  if (changes.length === 0) return doc;
  const segments = doc.segments.slice();
  for (const change of changes) {
    const index = doc.indexById.get(change.segmentId);
    if (index === undefined) throw new Error(`unknown segment ${change.segmentId}`);
    segments[index] = change[side];
  }
  return { ids: doc.ids, indexById: doc.indexById, segments };
}

/**
 * Records an edit: `next` maps segment ids to their new state. Unchanged segments are ignored;
 * typing in the same single segment within TYPING_MERGE_MS of the last typing step merges into it.
 */
export function edit(
  history: EditHistory,
  next: ReadonlyMap<string, SegmentEditState>,
  kind: Exclude<TransactionKind, 'undo' | 'redo'>,
  time: number,
): EditHistory {
  const changes: SegmentChange[] = [];
  for (const [segmentId, after] of next) {
    const before = segmentState(history.doc, segmentId);
    if (!before) throw new Error(`unknown segment ${segmentId}`);
    if (sameState(before, after)) continue;
    changes.push({ segmentId, before, after });
  }
  if (changes.length === 0) return history;
  const doc = applyChanges(history.doc, changes, 'after');
  const last = history.done[history.done.length - 1];
  if (kind === 'typing' && last && canMergeTyping(last, changes, time)) {
    const merged: Transaction = {
      kind: 'typing',
      changes: [{ segmentId: last.changes[0].segmentId, before: last.changes[0].before, after: changes[0].after }],
      time,
    };
    return { doc, done: [...history.done.slice(0, -1), merged], undone: [] };
  }
  const done = [...history.done, { kind, changes, time }];
  return { doc, done: done.length > HISTORY_LIMIT ? done.slice(done.length - HISTORY_LIMIT) : done, undone: [] };
}

/** Undoes the last step; returns the new history and the transaction that was undone, or null. */
export function undo(history: EditHistory): { history: EditHistory; transaction: Transaction } | null {
  const transaction = history.done[history.done.length - 1];
  if (!transaction) return null;
  return {
    history: {
      doc: applyChanges(history.doc, transaction.changes, 'before'),
      done: history.done.slice(0, -1),
      undone: [...history.undone, transaction],
    },
    transaction,
  };
}

/** Redoes the last undone step; returns the new history and the transaction, or null. */
export function redo(history: EditHistory): { history: EditHistory; transaction: Transaction } | null {
  const transaction = history.undone[history.undone.length - 1];
  if (!transaction) return null;
  return {
    history: {
      doc: applyChanges(history.doc, transaction.changes, 'after'),
      done: [...history.done, transaction],
      undone: history.undone.slice(0, -1),
    },
    transaction,
  };
}

/**
 * Records a change the server already wrote (a project replace) as one undo step that is not
 * saved again; `changes` may be empty when the replace touched only other articles, so that
 * Ctrl+Z here still reverts it everywhere.
 */
export function recordServerStep(history: EditHistory, changes: readonly SegmentChange[], stepId: string, time: number): EditHistory {
  const doc = applyChanges(history.doc, changes, 'after');
  const done = [...history.done, { kind: 'replace' as const, changes: [...changes], time, stepId }];
  return { doc, done: done.length > HISTORY_LIMIT ? done.slice(done.length - HISTORY_LIMIT) : done, undone: [] };
}

/** Pops the last step (a server step the server has undone) and takes the server's states of the restored segments; it cannot be redone. */
export function dropServerStep(history: EditHistory, stepId: string, restored: ReadonlyMap<string, SegmentEditState>): EditHistory {
  const changes: SegmentChange[] = [];
  for (const [segmentId, after] of restored) {
    const before = segmentState(history.doc, segmentId);
    if (before) changes.push({ segmentId, before, after });
  }
  return { doc: applyChanges(history.doc, changes, 'after'), done: history.done.filter((step) => step.stepId !== stepId), undone: history.undone };
}

/** Replaces a segment's state without an undo step (a server answer, a restored article). */
export function replaceWithoutHistory(history: EditHistory, segmentId: string, state: SegmentEditState): EditHistory {
  const before = segmentState(history.doc, segmentId);
  if (!before || sameState(before, state)) return history;
  return { ...history, doc: applyChanges(history.doc, [{ segmentId, before, after: state }], 'after') };
}

/** Projects a stored segment onto the fields the editor edits. */
export function toEditState(segment: Segment): SegmentEditState {
  return segment.overrideReason
    ? { target: segment.target, status: segment.status, overrideReason: segment.overrideReason }
    : { target: segment.target, status: segment.status };
}

/** True when two segment states are equal field by field. */
export function sameState(a: SegmentEditState, b: SegmentEditState): boolean {
  return a.target === b.target && a.status === b.status && (a.overrideReason ?? '') === (b.overrideReason ?? '');
}

function canMergeTyping(last: Transaction, changes: readonly SegmentChange[], time: number): boolean {
  return (
    last.kind === 'typing' &&
    changes.length === 1 &&
    last.changes.length === 1 &&
    last.changes[0].segmentId === changes[0].segmentId &&
    time - last.time <= TYPING_MERGE_MS
  );
}
