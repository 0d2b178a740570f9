/**
 * Where a reviewer's caret in a link's English means to split: the nearest sentence boundary
 * (between two of the link's sentences, which splits the link itself: a 2-2 becomes two 1-1) or
 * clause boundary (after , ; : or a dash, or after . ! ? inside a sentence the splitter kept
 * whole); only when the English has neither, the nearest space between words. Never inside a word.
 */

/** A split the caret snaps to. */
export type SplitPoint =
  /** Between sentences: the first `enCount` English sentences stay in the first link. */
  | { kind: 'between'; enCount: number }
  /** Inside sentence `sentenceIndex`, at UTF-16 `offset` (a space: both halves are trimmed). */
  | { kind: 'inside'; sentenceIndex: number; offset: number };

// A clause ends after these, when a space follows (the split is made at that space).
const CLAUSE_END = /[,;:.!?…)\]"'”’]/u;
const DASH = /[–—]/u;

/**
 * The split nearest to `caret`, an offset into the sentences joined with one character between
 * them (as the review's English box shows them, one per line); undefined when the English has no
 * place to split (a single word).
 */
export function snapSplitPoint(sentences: readonly string[], caret: number): SplitPoint | undefined {
  const strong: { at: number; point: SplitPoint }[] = [];
  const weak: { at: number; point: SplitPoint }[] = [];
  let start = 0;
  sentences.forEach((sentence, sentenceIndex) => {
    for (let offset = 1; offset < sentence.length - 1; offset++) {
      if (!/\s/u.test(sentence[offset]) || /\s/u.test(sentence[offset - 1])) continue;
      const point: SplitPoint = { kind: 'inside', sentenceIndex, offset };
      // "…, the" and "… — the": a clause boundary; any other space is a word boundary.
      const clause = CLAUSE_END.test(sentence[offset - 1]) || DASH.test(sentence[offset + 1] ?? '');
      (clause ? strong : weak).push({ at: start + offset, point });
    }
    const end = start + sentence.length;
    if (sentenceIndex < sentences.length - 1) {
      // The caret at the end of one sentence or the start of the next is at this boundary.
      strong.push({ at: end, point: { kind: 'between', enCount: sentenceIndex + 1 } }, { at: end + 1, point: { kind: 'between', enCount: sentenceIndex + 1 } });
    }
    start = end + 1;
  });
  const candidates = strong.length > 0 ? strong : weak;
  let best: { at: number; point: SplitPoint } | undefined;
  for (const candidate of candidates) {
    const distance = Math.abs(candidate.at - caret);
    const bestDistance = best ? Math.abs(best.at - caret) : Infinity;
    // On a tie a sentence boundary wins over a clause boundary.
    if (distance < bestDistance || (distance === bestDistance && candidate.point.kind === 'between' && best?.point.kind !== 'between')) best = candidate;
  }
  return best?.point;
}
