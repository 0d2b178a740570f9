/**
 * Windowed rendering for long lists (article list, glossary panel): only the rows in view, plus a
 * margin, are in the DOM; spacers above and below keep the scroll height. Rows are taken to have
 * one estimated height, which is what keeps this a few lines instead of a measuring library.
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
  const start = Math.min(count, Math.max(0, Math.floor(top / rowHeight) - overscan));
  const end = Math.min(count, Math.ceil((top + viewport) / rowHeight) + overscan);
  return { start, end, before: start * rowHeight, after: (count - end) * rowHeight };
}

/** A windowed list: attach `ref` to the scrolling element; `window` says which of `count` rows of `rowHeight` pixels to render. */
export function useVirtualWindow<E extends HTMLElement>(count: number, rowHeight: number, offset = 0): { ref: (element: E | null) => void; window: VisibleWindow } {
  // A callback ref, so a scroller that is unmounted and mounted again (panel modes) is followed.
  const [element, setElement] = useState<E | null>(null);
  const [view, setView] = useState({ scrollTop: 0, height: 0 });
  useEffect(() => {
    if (!element) return;
    const measure = () => setView({ scrollTop: element.scrollTop, height: element.clientHeight });
    measure();
    element.addEventListener('scroll', measure, { passive: true });
    window.addEventListener('resize', measure);
    return () => {
      element.removeEventListener('scroll', measure);
      window.removeEventListener('resize', measure);
    };
  }, [element]);
  return { ref: setElement, window: visibleWindow(count, rowHeight, view.scrollTop, view.height, offset) };
}
