import type { LineFeatures } from './line-features.ts';

// A paragraph good enough to head: it ends a sentence and is long (jusText's "good" length class).
const GOOD_PARAGRAPH_WORDS = 10;
// A subheading names a section in a few words; a linked headline tells a story (six words or more).
const SUBHEADING_MAX_WORDS = 5;

/**
 * The last line of a run of linked headlines under an "also read" label is the story's own subheading when the
 * paragraph it heads starts right under it (the next non-blank line, which the caller passes only when no blank line
 * that ends a block stands between: jusText keeps a heading that good text follows)
 * and it is a few words long (at most five) and shorter than every headline above it in the run (a subheading names a
 * section, a linked headline tells a story). The label announces at least one headline, so a run of one line keeps it. This holds
 * whether or not the page copy keeps its blank lines: a copy without them no longer ends the run at the blank.
 */
export function runEndsInSubheading(run: readonly LineFeatures[], next: LineFeatures | undefined): boolean {
  if (run.length < 2 || next === undefined) return false;
  const last = run[run.length - 1];
  if (next.index !== last.index + 1 || !next.endsSentence || next.words < GOOD_PARAGRAPH_WORDS) return false;
  return last.words <= SUBHEADING_MAX_WORDS && last.words < Math.min(...run.slice(0, -1).map((entry) => entry.words)) && !last.endsSentence;
}

// Share of non-blank lines followed by a blank line above which a page is a "blank after every line" copy.
const LOOSE_SHARE = 0.9;
const LOOSE_MIN_LINES = 6;

/**
 * True for a page copy with a blank line after (nearly) every line (some browsers copy each block so): there a
 * blank line is no block boundary and says nothing about where a run of linked headlines or an ad ends.
 */
export function blankLinesCarryNoStructure(lines: readonly { text: string }[]): boolean {
  let content = 0;
  let followed = 0;
  for (let k = 0; k < lines.length; k++) {
    if (lines[k].text === '') continue;
    if (k + 1 >= lines.length) break;
    content++;
    if (lines[k + 1].text === '') followed++;
  }
  return content >= LOOSE_MIN_LINES && followed >= LOOSE_SHARE * content;
}
