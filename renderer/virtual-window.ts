/**
 * Windowed rendering for long lists (article list, glossary panel): only the rows in view, plus a
 * margin, are in the DOM; spacers above and below keep the scroll height. Rows are taken to have
 * one height: the average of the rendered rows (marked `data-virtual-row`) once they are measured,
 * the caller's estimate before. That keeps this a few lines instead of a measuring library, and
 * the window is never empty past the end, so a row far taller than the rest cannot make the
 * window jump between "past the end" and "back in view" on every scroll event (rows detaching
 * and mounting in a loop, as a 3,000-character title did).
 */
import { useEffect, useState } from 'react';

/** The slice of rows to render and the space the others take. */
export interface VisibleWindow {
  start: number;
  /** One past the last row to render. */
  end: number;
  /** Pixels above the first rendered row. */
  before: number;
  /** Pixels below the last rendered row. */
  after: number;
}

// Used until the container has a size (first render, jsdom): about a screen of rows.
const FALLBACK_VIEWPORT = 900;

/** The rows visible in a viewport of `height` pixels scrolled by `scrollTop` (`offset` = pixels of other content above the rows). */
export function visibleWindow(count: number, rowHeight: number, scrollTop: number, height: number, offset = 0, overscan = 8): VisibleWindow {
  const viewport = height > 0 ? height : FALLBACK_VIEWPORT;
  const top = Math.max(0, scrollTop - offset);
  // Never past the last screenful: an offset the estimate cannot place still shows the last rows.
  const lastStart = Math.max(0, count - Math.ceil(viewport / rowHeight) - overscan);
  const start = Math.min(lastStart, Math.max(0, Math.floor(top / rowHeight) - overscan));
  const end = Math.min(count, Math.ceil((top + viewport) / rowHeight) + overscan);
  return { start, end, before: start * rowHeight, after: (count - end) * rowHeight };
}

/** A windowed list: attach `ref` to the scrolling element; `window` says which of `count` rows of `rowHeight` pixels to render. */
export function useVirtualWindow<E extends HTMLElement>(count: number, rowHeight: number, offset = 0): { ref: (element: E | null) => void; window: VisibleWindow } {
  // A callback ref, so a scroller that is unmounted and mounted again (panel modes) is followed.
  const [element, setElement] = useState<E | null>(null);
  const [view, setView] = useState({ scrollTop: 0, height: 0 });
  const [measured, setMeasured] = useState(0);
  useEffect(() => {
    if (!element) return;
    // Measured on scroll, resize and a change of the row count, never from a render itself, so a
    // new average cannot feed back into a render loop.
    const measure = () => {
      // The same object when nothing moved: a new one would render the list once more per change
      // of the row count (every filter keystroke) for nothing.
      const scrollTop = element.scrollTop;
      const height = element.clientHeight;
      setView((current) => (current.scrollTop === scrollTop && current.height === height ? current : { scrollTop, height }));
      const average = averageRowHeight(element);
      if (average > 0) setMeasured((current) => (Math.abs(average - current) >= 1 ? average : current));
    };
    measure();
    element.addEventListener('scroll', measure, { passive: true });
    window.addEventListener('resize', measure);
    return () => {
      element.removeEventListener('scroll', measure);
      window.removeEventListener('resize', measure);
    };
  }, [element, count]);
  return { ref: setElement, window: visibleWindow(count, measured > 0 ? measured : rowHeight, view.scrollTop, view.height, offset) };
}

// The average height of the rendered rows (those marked data-virtual-row); 0 when none is measured.
function averageRowHeight(element: HTMLElement): number {
  const rows = element.querySelectorAll<HTMLElement>('[data-virtual-row]');
  let total = 0;
  for (const row of rows) total += row.getBoundingClientRect().height;
  return rows.length > 0 ? total / rows.length : 0;
}
