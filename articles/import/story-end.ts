import type { LineFeatures } from './line-features.ts';
import { stopwordDensity, wordsOf } from './line-features.ts';
import { isCommentHeader } from './boilerplate-rules.ts';

/** What the story-end pass needs to know about lines besides their features. */
export interface StoryEndContext {
  /** The line is already removed or metadata. */
  isClaimed: (n: number) => boolean;
  /**
   * The line closes a story: a credit or date under it, or furniture that only follows a story (tags, a
   * share row, a comment prompt, a copyright line); a related box or an ad may stand inside a story.
   */
  closesStory: (n: number) => boolean;
  /** The line reads as a note about the piece (an author bio, a publication note): it closes the story wherever it stands after it. */
  isNote?: (n: number) => boolean;
  /**
   * The line heads a reader's comment ("<name> said...", "<name> <date>"): it closes the story, and the prose
   * under it, up to the next header or closing line, is a block of its own (the comment).
   */
  opensComment?: (n: number) => boolean;
  /** The line is already known to be the story's text whatever its shape (a poem's lines): it counts as prose. */
  isStory?: (n: number) => boolean;
}

/** What the story-end pass found: detached prose lines, the notes that stand after the story's main block, and the footer. */
export interface StoryEnd {
  detached: number[];
  notes: number[];
  /** Open lines after the first closing line below the story's last block: the page's footer, whatever their shape. */
  footer: number[];
}

// A gap between two blocks of prose: a run of non-prose lines holding at least this many lines already removed or metadata
// (a caption or an ad label between paragraphs is one or two).
const GAP_LINES = 3;
// A block after the story's end is detached when it is this small: a comment, a snippet of another story, a form's sentence.
const DETACHED_MAX_PROSE_LINES = 2;
const DETACHED_MAX_WORDS = 60;

// Prose as the block pass counts it: a sentence with function words (a subheading or list item is not, and does not split a block).
const isProse = (line: LineFeatures): boolean => line.endsSentence && line.words >= 4 && line.stopwordDensity >= 0.15;

// "<label> : <item>, <item>, …": one or two label words, then two or more comma-separated items of one to three words.
const TAGS_ROW = /^[^\s:：,।?!]+(?:\s[^\s:：,।?!]+)?\s*[:：]\s*([^:：।?!]+)$/;

/** A tags row whatever its label word ("Labels: <tag>, <tag>", "विषय : <tag>, <tag>"): a line that closes a story. */
export function isTagsRow(text: string): boolean {
  if (text.length > 200) return false;
  const m = TAGS_ROW.exec(text.trim());
  if (!m) return false;
  const items = m[1].split(/\s*,\s*/);
  return items.length >= 2 && items.every((item) => { const words = wordsOf(item).length; return words >= 1 && words <= 3; });
}

// The part of a dated line that is not its date: a commenter's name is one to four words without function words or sentence punctuation.
const NAME_RESIDUE = /^[\p{L}\p{M}\s.'-]+$/u;

/**
 * A reader's comment header: the widget's "<name> said..." line, or a line that is a date and a name (the date's
 * residue, `dateResidue`, being a short name: "<name> <Month d, yyyy at h:mm pm>"). Only below the story's header:
 * the caller passes lines after it.
 */
export function isCommentHeaderLine(text: string, dateResidue: string | undefined): boolean {
  if (isCommentHeader(text)) return true;
  if (dateResidue === undefined) return false;
  // A spaced dash between the name and the date ("<name>  —  <date>") is a separator like a comma or a bullet.
  const residue = dateResidue.replace(/[,|•·#\d–—]+/g, ' ').trim();
  const words = wordsOf(residue);
  return words.length >= 1 && words.length <= 4 && NAME_RESIDUE.test(residue) && stopwordDensity(residue) === 0;
}

/**
 * Prose lines that stand apart after the story (boilerpipe's main-content block and its distance): the
 * page's unclaimed prose falls into blocks split by gaps of chrome; the block with the most words is
 * the story; once a gap after it holds a line that closes a story (a credit, tags, a share row), every
 * later block of at most two prose lines and 60 words is not the story: a reader's comment, the
 * snippet under another story's headline, a comment form's sentence. Returns their line numbers (prose lines only;
 * the short lines between them are left to the context classes), and the notes about the piece that
 * stand after the story's main block (a note closes the story like a credit; inside the story it is left alone).
 */
export function findDetachedText(lines: readonly LineFeatures[], context: StoryEndContext): StoryEnd {
  interface TextBlock { prose: LineFeatures[]; words: number; closedBefore: boolean }
  const blocks: TextBlock[] = [];
  const notes: LineFeatures[] = [];
  let gapClaimed = 0;
  let gapCloses = false;
  let current: TextBlock | undefined;
  for (const line of lines) {
    if (context.opensComment?.(line.n)) {
      // A comment header is a whole gap by itself, like a note: comments follow the story, each its own block.
      gapClaimed += GAP_LINES;
      gapCloses = true;
    } else if (!context.isClaimed(line.n) && context.isNote?.(line.n)) {
      // A note is a whole gap by itself: the story ended above it.
      notes.push(line);
      gapClaimed += GAP_LINES;
      gapCloses = true;
    } else if (!context.isClaimed(line.n) && (isProse(line) || context.isStory?.(line.n) === true)) {
      if (!current || gapClaimed >= GAP_LINES) {
        current = { prose: [], words: 0, closedBefore: gapCloses && gapClaimed >= GAP_LINES };
        blocks.push(current);
      }
      current.prose.push(line);
      current.words += line.words;
      gapClaimed = 0;
      gapCloses = false;
    } else if (context.isClaimed(line.n)) {
      gapClaimed++;
      if (context.closesStory(line.n)) gapCloses = true;
    } else if (isTagsRow(line.text)) {
      // A tags row closes a story whatever its label word; open, it does not widen a gap (a list row inside a story has its shape too).
      gapCloses = true;
    }
  }
  if (blocks.length === 0) return { detached: [], notes: [], footer: [] };
  const main = blocks.reduce((best, block) => (block.words > best.words ? block : best));
  const mainEnd = main.prose[main.prose.length - 1].index;
  const detached: number[] = [];
  let ended = false;
  // The story's last line: the main block's, or that of a later block that is not detached.
  let storyEnd = mainEnd;
  for (const block of blocks.slice(blocks.indexOf(main) + 1)) {
    ended ||= block.closedBefore;
    if (ended && block.prose.length <= DETACHED_MAX_PROSE_LINES && block.words <= DETACHED_MAX_WORDS && block.words * 3 <= main.words) {
      detached.push(...block.prose.map((line) => line.n));
    } else {
      storyEnd = block.prose[block.prose.length - 1].index;
    }
  }
  const notesAfter = notes.filter((line) => line.index > storyEnd);
  const noteLines = new Set(notesAfter.map((line) => line.n));
  const detachedLines = new Set(detached);
  // The footer starts at the first line that closes the story below its last block (a credit, tags, a share row, a note).
  const closer = lines.find((line) => line.index > storyEnd && (noteLines.has(line.n) || (context.isClaimed(line.n) && context.closesStory(line.n))));
  const footer = closer === undefined ? [] : lines
    .filter((line) => line.index > closer.index && !context.isClaimed(line.n) && !noteLines.has(line.n) && !detachedLines.has(line.n))
    .map((line) => line.n);
  return { detached, notes: notesAfter.map((line) => line.n), footer };
}
