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

const isTinyLabel = (features: LineFeatures): boolean => features.words >= 1 && features.words <= 3 && !features.endsSentence
  && !/[:：,]$/.test(features.text);
// Related headlines run 8–25 words (issue 12); list labels, table rows and subheadings are shorter.
const CARD_HEADLINE_WORDS = 6;

/**
 * A line that could be a card's headline: headline-shaped, no table or list shape, not a label that
 * introduces what follows (":"), not a sentence carried on to the next line (",", "-", an opening quote).
 */
function isCardHeadline(features: LineFeatures): boolean {
  return isHeadlineShaped(features) && features.separators === 0 && !/^(?:[0-9०-९]{1,2}[.)]|[•●▪■◦*-])\s/.test(features.text)
    && !/[:：,;\-–—“‘"']$/.test(features.text) && !/\s[:：]\s/.test(features.text);
}

/**
 * Line numbers of teaser and related-story cards among `lines` (page order, after the first body
 * paragraph): a run of headline-shaped lines (no sentence punctuation, 4–25 words) with their
 * category labels and dates, counted as cards when a card date is in the run or when two or more
 * headlines stand together without reading as one wrapped sentence.
 */
export function findCardLines(lines: readonly LineFeatures[], context: CardContext): Set<number> {
  const cards = new Set<number>();
  let run: LineFeatures[] = [];
  const close = (next: LineFeatures | undefined): void => {
    // The last headline of a run that runs straight into a paragraph is that paragraph's subheading.
    while (next && run.length > 0 && !context.isDateLine(run[run.length - 1]) && isGoodStart(next)) run.pop();
    const headlines = run.filter((line) => isCardHeadline(line) && !context.isDateLine(line));
    const dated = run.some((line, k) => context.isDateLine(line) && (isCardHeadline(run[k - 1] ?? line) || isCardHeadline(run[k - 2] ?? line)) && k > 0);
    const long = headlines.filter((line) => line.words >= CARD_HEADLINE_WORDS);
    const meanDensity = long.reduce((sum, line) => sum + line.stopwordDensity, 0) / Math.max(1, long.length);
    const isCards = headlines.length >= 1 && (dated || (long.length >= 2 && meanDensity < WRAPPED_PROSE_DENSITY));
    if (isCards) for (const line of run) cards.add(line.n);
    run = [];
  };
  for (const line of lines) {
    const member = !context.isProtected(line.n) && (context.isDateLine(line) || isCardHeadline(line) || isTinyLabel(line));
    if (member) run.push(line);
    else close(line);
  }
  close(undefined);
  // Tiny labels only count inside a run of cards; a run of labels alone ("Tags", "Home") is left to other passes.
  return cards;
}

// A paragraph starts here: a sentence with function words.
function isGoodStart(line: LineFeatures): boolean {
  return line.endsSentence && line.words >= 6 && line.stopwordDensity >= 0.2;
}
