import { describe, expect, it } from 'vitest';
import { visibleWindow } from '../../renderer/virtual-window.ts';

describe('visibleWindow', () => {
  it('renders the rows in view plus a margin and keeps the full scroll height', () => {
    const view = visibleWindow(10_000, 50, 5_000, 500, 0, 4);
    expect(view).toEqual({ start: 96, end: 114, before: 96 * 50, after: (10_000 - 114) * 50 });
    expect(view.before + (view.end - view.start) * 50 + view.after).toBe(10_000 * 50);
  });

  it('clamps at both ends and copes with a container that has no size yet', () => {
    expect(visibleWindow(5, 50, 0, 500)).toEqual({ start: 0, end: 5, before: 0, after: 0 });
    expect(visibleWindow(100, 50, 99_999, 500, 0, 2).end).toBe(100);
    const unsized = visibleWindow(1000, 50, 0, 0, 0, 0);
    expect(unsized.end).toBeGreaterThan(0);
    expect(unsized.end).toBeLessThan(1000);
  });

  it('subtracts content above the rows from the scroll offset', () => {
    expect(visibleWindow(1000, 50, 200, 500, 200, 0).start).toBe(0);
  });
});
