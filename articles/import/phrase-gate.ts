import { initialClass } from './block-classes.ts';
import type { LineFeatures } from './line-features.ts';

/**
 * Whether a phrase-table match may drop a line on its own (issue 12: a phrase is one signal among
 * others). A line that is not good prose (short, no sentence end, few function words) goes on the
 * phrase. Good prose goes only when it also stands outside the main text: no good line of the page
 * both before and after it (`goodIndexes`: the page indexes of good lines no rule matched). A long
 * sentence inside the story that merely mentions a phrase ("… यहां क्लिक …") stays body.
 */
export function phraseDecides(line: LineFeatures, goodIndexes: readonly number[]): boolean {
  if (initialClass(line) !== 'good') return true;
  const before = goodIndexes.some((index) => index < line.index);
  const after = goodIndexes.some((index) => index > line.index);
  return !(before && after);
}
