import { foldForComparison } from './page-metadata.ts';
import { wordCount } from './line-features.ts';

// Quotes and edge punctuation are typography of the pull quote, not its text.
const QUOTES = /["'“”‘’«»]/g;
const MIN_WORDS = 6;
const MAX_WORDS = 60;
const MAX_LINES = 400;

/** The comparable text of a quoted line: folded, without quote marks, single spaces. */
export function quoteKey(text: string): string {
  return foldForComparison(text).replace(QUOTES, '').replace(/\s+/g, ' ').trim();
}

/**
 * Line numbers of pull quotes: a line set as a quotation (opening with a quote mark) of six to sixty
 * words whose text (without quote marks) stands
 * inside a longer line of the page — the designer's repeat of a sentence the story already has. The
 * longer line keeps the text, so removing the repeat loses nothing.
 */
export function findPullQuotes(lines: readonly { n: number; text: string }[]): Set<number> {
  const found = new Set<number>();
  // Every line against every other: bounded to article-sized pages (a pull quote belongs to one story).
  if (lines.length > MAX_LINES) return found;
  // A pull quote is set as a quotation: it opens with a quote mark. Without such a line no key is needed.
  const opensQuote = lines.map((line) => /^["'“‘«]/.test(line.text.trim()));
  if (!opensQuote.includes(true)) return found;
  const keys = lines.map((line) => (line.text.length <= 4000 ? quoteKey(line.text) : ''));
  lines.forEach((line, k) => {
    if (!opensQuote[k]) return;
    const key = keys[k];
    const words = wordCount(key);
    if (words < MIN_WORDS || words > MAX_WORDS) return;
    if (keys.some((other, j) => j !== k && other.length > key.length && other.includes(key))) found.add(line.n);
  });
  return found;
}
