import { describe, expect, it } from 'vitest';
import {
  CHOOSABLE_STATUSES, CONFIRMED_STATUSES, SEGMENT_STATUSES, blockingIssues, isConfirmed, isConfirmedPair, openIssues, savedState, stateAfterTyping,
  stateWithStatus, visibleIssues, type SegmentWorkState,
} from '../../articles/segment-workflow.ts';
import type { SegmentIssue } from '../../glossary/model.ts';

const forbidden: SegmentIssue = { code: 'forbidden-term', severity: 'error', entryId: 'kim', expected: 'Kim Jong Un' };
const numbers: SegmentIssue = { code: 'number-mismatch', severity: 'error', expected: '5' };
const untranslated: SegmentIssue = { code: 'untranslated', severity: 'warning' };

describe('statuses', () => {
  it('lists the workflow in order and confirms translated and later', () => {
    expect(SEGMENT_STATUSES).toEqual(['untranslated', 'pre-translated', 'draft', 'translated', 'reviewed', 'approved', 'joined']);
    // Joined has no English of its own: never confirmed, never picked from the status list.
    expect(CHOOSABLE_STATUSES).toEqual(['untranslated', 'draft', 'translated', 'reviewed', 'approved']);
    expect(stateWithStatus({ target: 'x', status: 'draft' }, 'joined')).toEqual({ target: 'x', status: 'draft' });
    // Pre-translated is set by import only: no save can choose it.
    expect(stateWithStatus({ target: 'x', status: 'draft' }, 'pre-translated')).toEqual({ target: 'x', status: 'draft' });
    expect(SEGMENT_STATUSES.filter(isConfirmed)).toEqual(['translated', 'reviewed', 'approved']);
    expect([...CONFIRMED_STATUSES].sort()).toEqual(['approved', 'reviewed', 'translated']);
  });

  it('takes a confirmed pair only with a non-empty target', () => {
    expect(isConfirmedPair({ status: 'translated', target: 'Moscow' })).toBe(true);
    expect(isConfirmedPair({ status: 'approved', target: '  ' })).toBe(false);
    expect(isConfirmedPair({ status: 'draft', target: 'Moscow' })).toBe(false);
  });
});

describe('typing and status changes', () => {
  it('makes any text change a draft, an empty text untranslated, and keeps unchanged text as it is', () => {
    const approved: SegmentWorkState = { target: 'Kim Jong Un', status: 'approved', overrideReason: 'house style' };
    expect(stateAfterTyping(approved, 'Kim Jong Un met')).toEqual({ target: 'Kim Jong Un met', status: 'draft' });
    expect(stateAfterTyping(approved, '   ')).toEqual({ target: '   ', status: 'untranslated' });
    expect(stateAfterTyping(approved, 'Kim Jong Un')).toBe(approved);
  });

  it('cannot confirm an empty target; keeps a reason only with approval', () => {
    const empty: SegmentWorkState = { target: '', status: 'untranslated' };
    expect(stateWithStatus(empty, 'approved', 'why')).toBe(empty);
    expect(stateWithStatus({ target: 'x', status: 'draft' }, 'reviewed', 'why')).toEqual({ target: 'x', status: 'reviewed' });
    expect(stateWithStatus({ target: 'x', status: 'draft' }, 'approved', 'why')).toEqual({ target: 'x', status: 'approved', overrideReason: 'why' });
  });
});

describe('issues', () => {
  it('hides issues of an empty target and the untranslated notice', () => {
    expect(visibleIssues([forbidden, untranslated], '')).toEqual([]);
    expect(visibleIssues([forbidden, untranslated], 'Kim Jong-un')).toEqual([forbidden]);
  });

  it('blocks approval on glossary and number problems', () => {
    expect(blockingIssues([forbidden, numbers, untranslated], 'text')).toEqual([forbidden, numbers]);
  });

  it('counts no open issue once approved with a recorded reason', () => {
    expect(openIssues({ target: 'Kim Jong-un', status: 'approved', overrideReason: 'quote' }, [forbidden])).toEqual([]);
    expect(openIssues({ target: 'Kim Jong-un', status: 'approved' }, [forbidden])).toEqual([forbidden]);
    expect(openIssues({ target: 'Kim Jong-un', status: 'translated', overrideReason: 'stale' }, [forbidden])).toEqual([forbidden]);
  });
});

describe('savedState (what a save stores)', () => {
  const draft: SegmentWorkState = { target: 'Old text.', status: 'draft' };

  it('follows the typing rule when no status is given', () => {
    expect(savedState({ target: '', status: 'untranslated' }, { target: 'First text.' }, [])).toEqual({ ok: true, state: { target: 'First text.', status: 'draft' } });
    expect(savedState({ target: 'Done.', status: 'reviewed' }, { target: 'Done, edited.' }, [])).toEqual({ ok: true, state: { target: 'Done, edited.', status: 'draft' } });
    expect(savedState({ target: 'Done.', status: 'reviewed' }, { target: '' }, [])).toEqual({ ok: true, state: { target: '', status: 'untranslated' } });
    expect(savedState({ target: 'Done.', status: 'reviewed' }, { target: 'Done.' }, [])).toEqual({ ok: true, state: { target: 'Done.', status: 'reviewed' } });
  });

  it('applies an explicit status after the text change', () => {
    expect(savedState(draft, { target: 'New text.', status: 'translated' }, [])).toEqual({ ok: true, state: { target: 'New text.', status: 'translated' } });
    // An empty target stays untranslated whatever status is asked for.
    expect(savedState(draft, { target: '', status: 'approved' }, [untranslated])).toEqual({ ok: true, state: { target: '', status: 'untranslated' } });
  });

  it('refuses approval with blocking issues unless a reason is given, and keeps the reason only while needed', () => {
    const refused = savedState(draft, { target: 'Kim Jong-un said.', status: 'approved' }, [forbidden]);
    expect(refused).toEqual({ ok: false, reason: 'approval-blocked', blocking: [forbidden] });
    expect(savedState(draft, { target: 'Kim Jong-un said.', status: 'approved', overrideReason: 'quote' }, [forbidden]))
      .toEqual({ ok: true, state: { target: 'Kim Jong-un said.', status: 'approved', overrideReason: 'quote' } });
    expect(savedState(draft, { target: 'Kim Jong Un said.', status: 'approved', overrideReason: 'quote' }, []))
      .toEqual({ ok: true, state: { target: 'Kim Jong Un said.', status: 'approved' } });
  });

  it('keeps the recorded reason when unchanged approved text is saved again', () => {
    const approved: SegmentWorkState = { target: 'Kim Jong-un said.', status: 'approved', overrideReason: 'quote' };
    expect(savedState(approved, { target: approved.target }, [forbidden])).toEqual({ ok: true, state: approved });
    expect(savedState(approved, { target: approved.target, status: 'approved' }, [forbidden])).toEqual({ ok: true, state: approved });
    // Editing the text withdraws the approval and its reason.
    expect(savedState(approved, { target: 'Kim Jong-un said it.' }, [forbidden])).toEqual({ ok: true, state: { target: 'Kim Jong-un said it.', status: 'draft' } });
  });
});
