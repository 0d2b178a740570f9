import { matchBoilerplate } from './boilerplate-rules.ts';
import type { LineFeatures } from './line-features.ts';
import { isHeadlineShaped, isTableRow, lineFeatures } from './line-features.ts';

/** What the card pass needs to know about a line besides its features. */
export interface CardContext {
  /** The line is only a date (with labels or a category: "मध्य प्रदेश | 11 Jan 2026", "Mar 09 2026"). */
  isDateLine: (features: LineFeatures) => boolean;
  /** The line is already body-confirmed (the title, a header line) and may not belong to a card. */
  isProtected: (n: number) => boolean;
  /** The line is a label that announces related stories ("<also read>"): the run right under it is cards even where the story resumes below. */
  announcesCards?: (n: number) => boolean;
  /** The line stands inside the story: good prose of the story both above and below it. */
  insideStory?: (n: number) => boolean;
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
 * A table row (cells joined by tabs, figures in columns) is the story's table, never a card, and it
 * breaks a run: the table's title line above it stands alone then.
 */
function isCardHeadline(features: LineFeatures): boolean {
  return isHeadlineShaped(features) && features.separators === 0 && !features.tableRow && !/^(?:[0-9०-९]{1,2}[.)]|[•●▪■◦*-])\s/.test(features.text)
    && !/[:：,;\-–—“‘"']$/.test(features.text) && !/\s[:：]\s/.test(features.text);
}

// Parts of one card line: spaced pipes, bullets and dashes ("<category> | <headline> — <time>").
const CARD_PART_SEPARATOR = /\s+(?:[|•·]|[—–]|-{1,2})\s+/;

/**
 * A card written on one line: a headline-shaped part with, around it, only short labels (at most three
 * words, no figure, no sentence) and time parts (a date or a relative time): "<category> | <headline> —
 * <time>", "<headline> • <date>". Returns the headline part's features and whether a time part dates it.
 */
export function labelledCard(features: LineFeatures, context: Pick<CardContext, 'isDateLine'>): { headline: LineFeatures; dated: boolean } | undefined {
  if (features.separators === 0 || features.text.length > 300) return undefined;
  const parts = features.text.split(CARD_PART_SEPARATOR).map((part) => part.trim()).filter((part) => part !== '');
  if (parts.length < 2 || parts.length > 3) return undefined;
  const partFeatures = parts.map((part) => lineFeatures(features.n, part, features.index));
  const widest = partFeatures.reduce((best, part) => (part.words > best.words ? part : best));
  if (!isCardHeadline(widest)) return undefined;
  let dated = false;
  for (const part of partFeatures) {
    if (part === widest) continue;
    if (isTimePart(part, context)) dated = true;
    else if (part.words > 3 || part.digitShare > 0 || part.endsSentence || /[:：]/.test(part.text)) return undefined;
  }
  return { headline: widest, dated };
}

// A date ("05 Dec 2026") or a relative time ("35 मिनट पहले", "2 hours ago") standing as a part of a card line.
function isTimePart(part: LineFeatures, context: Pick<CardContext, 'isDateLine'>): boolean {
  if (part.words > 5 || part.digitShare === 0) return false;
  const rule = matchBoilerplate(part.text)?.reason;
  return rule === 'relative-date' || rule === 'timestamp' || context.isDateLine(part);
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
  const labelled = new Map<number, { headline: LineFeatures; dated: boolean }>();
  let before: LineFeatures | undefined;
  const close = (next: LineFeatures | undefined): void => {
    // An undated run that runs straight into a paragraph is its subheading and list: the lines go back
    // from the end until a date. Under a label that announces related stories only the last line (the subheading) goes back.
    const announced = before !== undefined && run.length > 0 && context.announcesCards?.(before.n) === true;
    const backToBody = (): boolean => next !== undefined && run.length > 0 && !context.isDateLine(run[run.length - 1]) && !labelled.has(run[run.length - 1].n) && isGoodStart(next);
    if (announced) { if (backToBody()) run.pop(); } else while (backToBody()) run.pop();
    const headlines = run.flatMap((line) => {
      const card = labelled.get(line.n);
      if (card) return [card.headline];
      return isCardHeadline(line) && !context.isDateLine(line) ? [line] : [];
    });
    const dated = run.some((line, k) => labelled.get(line.n)?.dated
      || (context.isDateLine(line) && (isCardHeadline(run[k - 1] ?? line) || isCardHeadline(run[k - 2] ?? line)) && k > 0));
    const long = headlines.filter((line) => line.words >= CARD_HEADLINE_WORDS);
    const meanDensity = long.reduce((sum, line) => sum + line.stopwordDensity, 0) / Math.max(1, long.length);
    // Cards carry furniture of their own (a date, a category part, a label announcing them). An undated,
    // unannounced run with the story's prose above and below it is the story's own list (dates of a
    // festival, materials), whatever its shape: inside the story only furniture makes a card.
    const inStory = !announced && context.insideStory !== undefined && run.length > 0
      && context.insideStory(run[0].n) && context.insideStory(run[run.length - 1].n) && !run.some((line) => labelled.has(line.n));
    const isCards = headlines.length >= 1 && (dated || (!inStory && long.length >= 2 && meanDensity < WRAPPED_PROSE_DENSITY));
    if (isCards) for (const line of run) cards.add(line.n);
    run = [];
  };
  for (const line of lines) {
    const card = context.isProtected(line.n) ? undefined : labelledCard(line, context);
    if (card) labelled.set(line.n, card);
    const member = !context.isProtected(line.n) && !isTableRow(line) && (context.isDateLine(line) || isCardHeadline(line) || isTinyLabel(line) || card !== undefined);
    if (member) run.push(line);
    else { close(line); before = line; }
  }
  close(undefined);
  // Tiny labels only count inside a run of cards; a run of labels alone ("Tags", "Home") is left to other passes.
  return cards;
}

// A paragraph starts here: a sentence with function words.
function isGoodStart(line: LineFeatures): boolean {
  return line.endsSentence && line.words >= 6 && line.stopwordDensity >= 0.2;
}
