import type { LineFeatures } from './line-features.ts';
import { isHeadlineShaped, isMenuRow, isTableRow } from './line-features.ts';

/** jusText's classes: good text, near-good, short (undecided) and bad (chrome). */
export type BlockClass = 'good' | 'near-good' | 'short' | 'bad';

/** A line in the classifier: its features, whether it reads as a heading, and its class before and after context. */
export interface Block {
  features: LineFeatures;
  heading: boolean;
  initial: BlockClass;
  final: BlockClass;
}

// Thresholds from the held-out measurements quoted in issue 12: body sentences have a median
// stop-word density of 0.50, related headlines 0.36, chrome ≤ 0.25.
const STOPWORDS_LOW = 0.2;
const STOPWORDS_HIGH = 0.3;
// A good block is a sentence of ten words or more.
const GOOD_MIN_WORDS = 10;

/**
 * The context-free class of a line (jusText's first pass, adapted to Hindi): a sentence with function
 * words is good when long and near-good when short; an unpunctuated line is short (its neighbours
 * decide), a menu row or a line without function words is bad.
 */
export function initialClass(features: LineFeatures): BlockClass {
  if (isMenuRow(features)) return 'bad';
  // A long sentence with function words is good text even where it holds a colon and a figure
  // ("<place>: <sentence with 36 hours in it>।"): the label-and-value test below is for rows, not for prose.
  if (!isTableRow(features) && features.endsSentence && features.words >= GOOD_MIN_WORDS && features.stopwordDensity >= STOPWORDS_HIGH) return 'good';
  // Lists, table rows and the labels that introduce them carry facts: near-good, kept unless both sides are chrome.
  if (isStructured(features)) return 'near-good';
  if (features.words <= 3) return 'short';
  const density = features.stopwordDensity;
  if (features.endsSentence) {
    if (density >= STOPWORDS_HIGH && features.words >= GOOD_MIN_WORDS) return 'good';
    return density >= STOPWORDS_LOW ? 'near-good' : 'short';
  }
  // A long unpunctuated paragraph (a scraper that lost the dandas) is still prose.
  if (features.words > 25) return density >= STOPWORDS_HIGH ? 'good' : 'near-good';
  return 'short';
}

/** A list item ("1. …", "• …"), a table row with figures ("सपा | 323 सीटें | …") or cells joined by tabs, or a label ending in a colon. */
export function isStructured(features: LineFeatures): boolean {
  const text = features.text;
  if (/^(?:[0-9०-९]{1,2}[.)]|[•●▪■◦*-])\s+\S/.test(text) || isTableRow(features)) return true;
  // The pattern last, and only where its pipe or colon is: it is tried at every character of the line.
  if (features.digitShare > 0 && features.devanagariShare >= 0.5 && (text.includes('|') || text.includes(':')) && /\S\s*[|:]\s*\S/.test(text)) return true;
  return /[:：]$/.test(text) && features.words >= 2 && features.words <= 8 && features.devanagariShare >= 0.5;
}

/** Builds the blocks of some lines (in page order) with their initial classes; `decided` lines (already chrome or metadata) are bad. */
export function classifyBlocks(lines: readonly LineFeatures[], decided: (n: number) => boolean = () => false): Block[] {
  return lines.map((features) => {
    const initial = decided(features.n) ? 'bad' : initialClass(features);
    return { features, heading: isHeadlineShaped(features), initial, final: initial };
  });
}

// The nearest block before/after `index` whose class is not short (and not near-good when asked); 'bad' at the page edges.
function neighbour(blocks: readonly Block[], index: number, step: 1 | -1, ignoreNearGood: boolean): BlockClass {
  for (let k = index + step; k >= 0 && k < blocks.length; k += step) {
    const cls = blocks[k].final;
    if (cls === 'short' || (ignoreNearGood && cls === 'near-good')) continue;
    return cls;
  }
  return 'bad';
}

/** Good text within `maxDistance` characters after block `index` (jusText's heading test). */
export function goodTextFollows(blocks: readonly Block[], index: number, maxDistance = 200): boolean {
  let distance = 0;
  for (let k = index + 1; k < blocks.length && distance <= maxDistance; k++) {
    if (blocks[k].final === 'good') return true;
    distance += blocks[k].features.text.length;
  }
  return false;
}

/**
 * jusText's context pass, in place: a short heading followed by good text becomes near-good; short
 * blocks take the class their good/bad neighbours agree on (a bad side next to a near-good block counts
 * as good); near-good blocks are bad only between two bad ones.
 */
export function reviseClasses(blocks: Block[], maxHeadingDistance = 200): Block[] {
  blocks.forEach((block, index) => {
    if (block.heading && block.final === 'short' && goodTextFollows(blocks, index, maxHeadingDistance)) block.final = 'near-good';
    // A two- or three-word subheading counts only when its paragraph starts right under it.
    const next = blocks[index + 1]?.final;
    if (!block.heading && block.final === 'short' && !block.features.endsSentence && (next === 'good' || next === 'near-good')) block.final = 'near-good';
  });
  const shortClasses = blocks.map((block, index): BlockClass => {
    if (block.final !== 'short') return block.final;
    const prev = neighbour(blocks, index, -1, true);
    const next = neighbour(blocks, index, 1, true);
    if (prev === next) return prev;
    if ((prev === 'bad' && neighbour(blocks, index, -1, false) === 'near-good') || (next === 'bad' && neighbour(blocks, index, 1, false) === 'near-good')) return 'good';
    return 'bad';
  });
  blocks.forEach((block, index) => { block.final = shortClasses[index]; });
  const nearGoodClasses = blocks.map((block, index): BlockClass => {
    if (block.final !== 'near-good') return block.final;
    return neighbour(blocks, index, -1, true) === 'bad' && neighbour(blocks, index, 1, true) === 'bad' ? 'bad' : 'good';
  });
  blocks.forEach((block, index) => { block.final = nearGoodClasses[index]; });
  // A heading the context turned bad is kept after all when good text follows it (jusText's last step).
  blocks.forEach((block, index) => {
    if (block.heading && block.final === 'bad' && block.initial !== 'bad' && goodTextFollows(blocks, index, maxHeadingDistance)) block.final = 'good';
  });
  return blocks;
}
