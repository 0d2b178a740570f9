// @vitest-environment jsdom
/** useLoad (article list and review view): loads on mount, keeps a failure's message, clears it on the next success. */
import { describe, expect, it } from 'vitest';
import { act, renderHook, waitFor } from '@testing-library/react';
import { useLoad } from '../../renderer/use-load.ts';

describe('useLoad', () => {
  it('loads on mount, reports a failure and clears it when a reload succeeds', async () => {
    const outcomes = [new Error('store is locked'), undefined];
    let calls = 0;
    const fetch = async () => {
      const outcome = outcomes[calls++];
      if (outcome) throw outcome;
    };
    const { result } = renderHook(() => useLoad(fetch));
    await waitFor(() => expect(result.current.loadError).toBe('store is locked'));
    expect(calls).toBe(1);
    await act(() => result.current.load());
    expect(calls).toBe(2);
    expect(result.current.loadError).toBeNull();
  });
});
