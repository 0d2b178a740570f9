// @vitest-environment jsdom
/** useLoad (article list, review) and useLoadedValue (analysis, QA report): loading, failures as messages, stale results dropped. */
import { describe, expect, it } from 'vitest';
import { act, renderHook, waitFor } from '@testing-library/react';
import { useLoad, useLoadedValue } from '../../renderer/use-load.ts';

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

describe('useLoadedValue', () => {
  it('drops a slow earlier result that arrives after the request changed', async () => {
    const pending = new Map<string, (value: string) => void>();
    const fetchFor = (name: string) => () => new Promise<string>((resolve) => pending.set(name, resolve));
    const first = fetchFor('first');
    const second = fetchFor('second');
    const { result, rerender } = renderHook(({ fetch }) => useLoadedValue(fetch), { initialProps: { fetch: first } });
    rerender({ fetch: second });
    await act(async () => pending.get('second')!('figures of the second request'));
    await act(async () => pending.get('first')!('figures of the first request'));
    expect(result.current).toEqual({ value: 'figures of the second request', error: null });
  });

  it('starts empty again when the request changes and keeps a failure as its message', async () => {
    const { result, rerender } = renderHook(({ fetch }) => useLoadedValue(fetch), {
      initialProps: { fetch: async () => 'loaded' as string },
    });
    await waitFor(() => expect(result.current.value).toBe('loaded'));
    rerender({ fetch: () => Promise.reject(new Error('analysis failed: store is locked')) });
    expect(result.current.value).toBeNull();
    await waitFor(() => expect(result.current.error).toBe('analysis failed: store is locked'));
  });
});
