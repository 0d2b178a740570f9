import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { importPage } from '../../articles/import/import-page.ts';
import {
  HISTORY_LIMIT,
  TYPING_MERGE_MS,
  createEditHistory,
  createEditorDoc,
  edit,
  redo,
  replaceWithoutHistory,
  segmentState,
  undo,
  type EditHistory,
} from '../../renderer/editor/edit-history.ts';
import { stateAfterTyping, stateWithStatus } from '../../articles/segment-workflow.ts';

const article = importPage({
  fileName: '001_5fa5028a7c2c55c0.txt',
  text: readFileSync(new URL('../../articles/samples/001_5fa5028a7c2c55c0.txt', import.meta.url), 'utf8'),
});
const [first, second, third] = article.segments.map((segment) => segment.id);

function typeInto(history: EditHistory, segmentId: string, text: string, time: number): EditHistory {
  const state = segmentState(history.doc, segmentId)!;
  return edit(history, new Map([[segmentId, stateAfterTyping(state, text)]]), 'typing', time);
}

describe('edit history', () => {
  it('starts from the article segments', () => {
    const history = createEditHistory(createEditorDoc(article.segments));
    expect(history.doc.ids).toEqual(article.segments.map((segment) => segment.id));
    expect(segmentState(history.doc, first)).toEqual({ target: '', status: 'untranslated' });
  });

  it('merges quick typing in one segment into one undo step and splits on a pause', () => {
    let history = createEditHistory(createEditorDoc(article.segments));
    history = typeInto(history, first, 'R', 0);
    history = typeInto(history, first, 'Ru', 100);
    history = typeInto(history, first, 'Rus', 200);
    expect(history.done).toHaveLength(1);
    history = typeInto(history, first, 'Rus sia', 200 + TYPING_MERGE_MS + 1);
    expect(history.done).toHaveLength(2);
    const undone = undo(history)!;
    expect(segmentState(undone.history.doc, first)?.target).toBe('Rus');
    const undoneAgain = undo(undone.history)!;
    expect(segmentState(undoneAgain.history.doc, first)).toEqual({ target: '', status: 'untranslated' });
    expect(undo(undoneAgain.history)).toBeNull();
  });

  it('undoes and redoes across segments in order, and a new edit clears redo', () => {
    let history = createEditHistory(createEditorDoc(article.segments));
    history = typeInto(history, first, 'Title in English', 0);
    history = typeInto(history, second, 'Second sentence', 10);
    history = edit(history, new Map([[first, stateWithStatus(segmentState(history.doc, first)!, 'translated')]]), 'status', 20);
    expect(segmentState(history.doc, first)?.status).toBe('translated');

    const step1 = undo(history)!;
    expect(step1.transaction.changes.map((change) => change.segmentId)).toEqual([first]);
    expect(segmentState(step1.history.doc, first)).toEqual({ target: 'Title in English', status: 'draft' });
    const step2 = undo(step1.history)!;
    expect(segmentState(step2.history.doc, second)).toEqual({ target: '', status: 'untranslated' });
    expect(segmentState(step2.history.doc, first)?.target).toBe('Title in English');

    const again = redo(step2.history)!;
    expect(segmentState(again.history.doc, second)?.target).toBe('Second sentence');
    const branched = typeInto(again.history, third, 'Third', 5000);
    expect(branched.undone).toHaveLength(0);
    expect(redo(branched)).toBeNull();
  });

  it('does not merge typing in different segments and ignores no-op edits', () => {
    let history = createEditHistory(createEditorDoc(article.segments));
    history = typeInto(history, first, 'a', 0);
    history = typeInto(history, second, 'b', 1);
    expect(history.done).toHaveLength(2);
    const same = typeInto(history, second, 'b', 2);
    expect(same).toBe(history);
  });

  it('keeps untouched segment states identical so memoised rows skip rendering', () => {
    const start = createEditHistory(createEditorDoc(article.segments));
    const next = typeInto(start, first, 'x', 0);
    expect(next.doc.segments[1]).toBe(start.doc.segments[1]);
    expect(next.doc.segments[0]).not.toBe(start.doc.segments[0]);
  });

  it('replaces a state without an undo step', () => {
    const start = createEditHistory(createEditorDoc(article.segments));
    const next = replaceWithoutHistory(start, first, { target: 'from server', status: 'translated' });
    expect(next.done).toHaveLength(0);
    expect(segmentState(next.doc, first)?.target).toBe('from server');
  });

  it('bounds the number of undo steps', () => {
    let history = createEditHistory(createEditorDoc(article.segments));
    for (let step = 0; step < HISTORY_LIMIT + 20; step++) history = typeInto(history, step % 2 ? first : second, `text ${step}`, step);
    expect(history.done).toHaveLength(HISTORY_LIMIT);
  });

  it('rejects edits of unknown segments', () => {
    const history = createEditHistory(createEditorDoc(article.segments));
    expect(() => edit(history, new Map([['nope', { target: 'x', status: 'draft' }]]), 'typing', 0)).toThrow(/unknown segment/);
  });
});

describe('segment status rules', () => {
  it('makes a changed confirmed segment a draft and drops its override reason', () => {
    const approved = { target: 'Kim Jong Un', status: 'approved' as const, overrideReason: 'house style' };
    expect(stateAfterTyping(approved, 'Kim Jong Un met')).toEqual({ target: 'Kim Jong Un met', status: 'draft' });
    expect(stateAfterTyping(approved, '')).toEqual({ target: '', status: 'untranslated' });
    expect(stateAfterTyping(approved, 'Kim Jong Un')).toBe(approved);
  });

  it('refuses to confirm an empty target and keeps a reason only with approval', () => {
    const empty = { target: '  ', status: 'untranslated' as const };
    expect(stateWithStatus(empty, 'translated')).toBe(empty);
    const draft = { target: 'text', status: 'draft' as const };
    expect(stateWithStatus(draft, 'approved', 'reason')).toEqual({ target: 'text', status: 'approved', overrideReason: 'reason' });
    expect(stateWithStatus(draft, 'reviewed', 'reason')).toEqual({ target: 'text', status: 'reviewed' });
  });
});
