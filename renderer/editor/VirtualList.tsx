/**
 * A windowed list for rows of different heights: only rows near the viewport are in the DOM;
 * row heights start as estimates and are replaced by measured ones (ResizeObserver). Spacers above
 * and below keep the scrollbar true, so a 1,000-segment article renders about thirty rows.
 */
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { visibleRange } from './visible-range.ts';

/** Props of VirtualList. */
export interface VirtualListProps {
  count: number;
  itemKey(index: number): string;
  estimateHeight(index: number): number;
  renderItem(index: number): ReactNode;
  /** Extra pixels rendered above and below the viewport. */
  overscanPx?: number;
  /** Scrolls so that the row is visible whenever the nonce changes. */
  scrollRequest?: { index: number; nonce: number } | null;
  /** Called after every render of the window (the editor focuses a row once it exists). */
  onRendered?(): void;
  className?: string;
  ariaLabel?: string;
}

/** Renders only the rows near the viewport. */
export function VirtualList({
  count,
  itemKey,
  estimateHeight,
  renderItem,
  overscanPx = 600,
  scrollRequest,
  onRendered,
  className,
  ariaLabel,
}: VirtualListProps) {
  const scroller = useRef<HTMLDivElement>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const [viewport, setViewport] = useState(800);
  const heights = useRef<number[]>([]);
  const [measureVersion, setMeasureVersion] = useState(0);
  const pendingMeasure = useRef(false);

  if (heights.current.length !== count) {
    const next = new Array<number>(count);
    for (let index = 0; index < count; index++) next[index] = heights.current[index] ?? estimateHeight(index);
    heights.current = next;
  }

  // Prefix sums: offsets[i] is the top of row i; offsets[count] is the total height. Recomputed
  // only when the count or a measurement (measureVersion: a change inside heights.current) changed.
  const sums = useRef<{ count: number; version: number; offsets: Float64Array } | null>(null);
  if (!sums.current || sums.current.count !== count || sums.current.version !== measureVersion) {
    const result = new Float64Array(count + 1);
    for (let index = 0; index < count; index++) result[index + 1] = result[index] + heights.current[index];
    sums.current = { count, version: measureVersion, offsets: result };
  }
  const offsets = sums.current.offsets;

  const { first, last } = visibleRange(offsets, scrollTop - overscanPx, scrollTop + viewport + overscanPx);

  const observer = useMemo(
    () =>
      typeof ResizeObserver === 'undefined'
        ? null
        : new ResizeObserver((entries) => {
            let changed = false;
            for (const entry of entries) {
              const element = entry.target as HTMLElement;
              const index = Number(element.dataset.index);
              const height = element.offsetHeight;
              if (Number.isFinite(index) && height > 0 && Math.abs(heights.current[index] - height) > 0.5) {
                heights.current[index] = height;
                changed = true;
              }
            }
            if (changed && !pendingMeasure.current) {
              pendingMeasure.current = true;
              requestAnimationFrame(() => {
                pendingMeasure.current = false;
                setMeasureVersion((version) => version + 1);
              });
            }
          }),
    [],
  );
  useEffect(() => () => observer?.disconnect(), [observer]);

  const observeRow = useCallback(
    (element: HTMLDivElement | null) => {
      if (element && observer) observer.observe(element);
    },
    [observer],
  );

  useLayoutEffect(() => {
    const element = scroller.current;
    if (!element) return;
    setViewport(element.clientHeight || 800);
    if (typeof ResizeObserver === 'undefined') return;
    const sizeObserver = new ResizeObserver(() => setViewport(element.clientHeight || 800));
    sizeObserver.observe(element);
    return () => sizeObserver.disconnect();
  }, []);

  // Only a new request scrolls; re-measurements must not pull the view back.
  const scrolledFor = useRef<number | null>(null);
  useLayoutEffect(() => {
    const element = scroller.current;
    if (!element || !scrollRequest || scrolledFor.current === scrollRequest.nonce) return;
    scrolledFor.current = scrollRequest.nonce;
    const { index } = scrollRequest;
    if (index < 0 || index >= count) return;
    const top = offsets[index];
    const bottom = offsets[index + 1];
    const viewTop = element.scrollTop;
    const viewBottom = viewTop + element.clientHeight;
    if (top < viewTop) element.scrollTop = Math.max(0, top - 8);
    else if (bottom > viewBottom) element.scrollTop = Math.max(0, bottom - element.clientHeight + 8);
    setScrollTop(element.scrollTop);
  }, [scrollRequest, count, offsets]);

  useEffect(() => {
    onRendered?.();
  });

  const rows: ReactNode[] = [];
  for (let index = first; index <= last; index++) {
    rows.push(
      <div key={itemKey(index)} data-index={index} ref={observeRow} className="virtual-row">
        {renderItem(index)}
      </div>,
    );
  }

  return (
    <div
      ref={scroller}
      className={`virtual-list ${className ?? ''}`}
      role="list"
      aria-label={ariaLabel}
      onScroll={(event) => setScrollTop(event.currentTarget.scrollTop)}
    >
      <div style={{ height: offsets[first] }} aria-hidden="true" />
      {rows}
      <div style={{ height: offsets[count] - offsets[last + 1] }} aria-hidden="true" />
    </div>
  );
}
