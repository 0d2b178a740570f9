import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { importPage } from '../../articles/import/import-page.ts';
import { createEditHistory, createEditorDoc, edit, segmentState } from '../../renderer/editor/edit-history.ts';
import { mergeServerStates } from '../../renderer/memory/segment-sync.ts';
import { changeNeedsPropagation } from '../../renderer/memory/propagation-trigger.ts';
import defaultGlossary from '../../glossary/default-glossary.json';
import type { GlossaryEntry } from '../../services/contract.ts';

const seed003 = importPage({
  fileName: '003_1e3141995383dc93.txt',
  text: readFileSync(new URL('../../articles/samples/003_1e3141995383dc93.txt', import.meta.url), 'utf8'),
});

describe('mergeServerStates', () => {
  it('takes the server state of untouched segments without an undo step and keeps what was typed since the request', () => {
    const [first, second] = seed003.segments.filter((segment) => segment.repeatOf).map((segment) => segment.id);
    const start = createEditHistory(createEditorDoc(seed003.segments));
    const snapshot = start.doc;
    // The translator typed into `second` while the request was out.
    const typed = edit(start, new Map([[second, { target: 'typed meanwhile', status: 'draft' as const }]]), 'typing', 0);
    const merged = mergeServerStates(typed, snapshot, [
      { segmentId: first, target: 'Filled by repetition', status: 'translated' },
      { segmentId: second, target: 'Server text', status: 'translated' },
      { segmentId: 'no-such-segment', target: 'x', status: 'translated' },
    ]);
    expect(merged.changed).toEqual([first]);
    expect(segmentState(merged.history.doc, first)).toEqual({ target: 'Filled by repetition', status: 'translated' });
    expect(segmentState(merged.history.doc, second)).toEqual({ target: 'typed meanwhile', status: 'draft' });
    expect(merged.history.done).toBe(typed.done);
  });

  it('returns the same history when the server agrees', () => {
    const history = createEditHistory(createEditorDoc(seed003.segments));
    const segment = seed003.segments[0];
    const merged = mergeServerStates(history, history.doc, [{ segmentId: segment.id, target: segment.target, status: segment.status }]);
    expect(merged).toEqual({ history, changed: [] });
  });
});

describe('changeNeedsPropagation', () => {
  const kim = (defaultGlossary as { entries: GlossaryEntry[] }).entries.find((entry) => entry.id === 'kim-jong-un')!;

  it('is true for a new approved rendering or a new forbidden form, not for a note or a case-only change', () => {
    expect(changeNeedsPropagation(kim, { ...kim, target: 'Kim Jong-un' })).toBe(true);
    expect(changeNeedsPropagation(kim, { ...kim, forbidden: [...kim.forbidden, 'Kim Jon Un'] })).toBe(true);
    expect(changeNeedsPropagation(kim, { ...kim, note: 'changed' })).toBe(false);
    expect(changeNeedsPropagation(kim, { ...kim, target: 'kim jong un' })).toBe(false);
    expect(changeNeedsPropagation(kim, { ...kim, forbidden: kim.forbidden.slice(1) })).toBe(false);
    expect(changeNeedsPropagation(undefined, kim)).toBe(false);
  });
});
