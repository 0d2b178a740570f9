/** Which rows of a windowed list intersect a pixel range, by binary search over prefix-sum offsets. */

/** First and last row index (inclusive) intersecting [top, bottom); offsets has count + 1 entries. Empty lists give last < first. */
export function visibleRange(offsets: ArrayLike<number>, top: number, bottom: number): { first: number; last: number } {
  const count = offsets.length - 1;
  if (count <= 0) return { first: 0, last: -1 };
  // first: the last row whose top is <= top.
  let low = 0;
  let high = count - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (offsets[middle] <= top) low = middle;
    else high = middle - 1;
  }
  const first = low;
  // last: the last row whose top is < bottom.
  low = first;
  high = count - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (offsets[middle] < bottom) low = middle;
    else high = middle - 1;
  }
  return { first, last: Math.max(first, low) };
}
