import type { LineFeatures } from './line-features.ts';
import { isHeadlineShaped } from './line-features.ts';

/** What the card pass needs to know about a line besides its features. */
export interface CardContext {
  /** The line is only a date (with labels or a category: "मध्य प्रदेश | 11 Jan 2026", "Mar 09 2026"). */
  isDateLine: (features: LineFeatures) => boolean;
  /** The line is already body-confirmed (the title, a header line) and may not belong to a card. */
  isProtected: (n: number) => boolean;
}

// Related headlines have a median stop-word density of 0.36, body sentences 0.50 (issue 12): a run of
// unpunctuated lines denser than this is a sentence wrapped over several lines, not a list of cards.
const WRAPPED_PROSE_DENSITY = 0.45;

const isTinyLabel = (features: LineFeatures): boolean => features.words >= 1 && features.words <= 3 && !features.endsSentence;

/**
 * Line numbers of teaser and related-story cards among `lines` (page order, after the first body
 * paragraph): a run of headline-shaped lines (no sentence punctuation, 4–25 words) with their
 * category labels and dates, counted as cards when a card date is in the run or when two or more
 * headlines stand together without reading as one wrapped sentence.
 */
export function findCardLines(lines: readonly LineFeatures[], context: CardContext): Set<number> {
  const cards = new Set<number>();
  let run: LineFeatures[] = [];
  const close = (): void => {
    const headlines = run.filter((line) => isHeadlineShaped(line) && !context.isDateLine(line));
    const dated = run.some((line) => context.isDateLine(line));
    const meanDensity = headlines.reduce((sum, line) => sum + line.stopwordDensity, 0) / Math.max(1, headlines.length);
    const isCards = headlines.length >= 1 && (dated || (headlines.length >= 2 && meanDensity < WRAPPED_PROSE_DENSITY));
    if (isCards) for (const line of run) cards.add(line.n);
    run = [];
  };
  for (const line of lines) {
    const member = !context.isProtected(line.n) && (context.isDateLine(line) || isHeadlineShaped(line) || isTinyLabel(line));
    if (member) run.push(line);
    else close();
  }
  close();
  // Tiny labels only count inside a run of cards; a run of labels alone ("Tags", "Home") is left to other passes.
  return cards;
}
