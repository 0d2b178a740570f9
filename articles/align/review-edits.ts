/**
 * Reviewer edits of a stored alignment as transactions: each edit is a pure function from one
 * alignment state to the next, and the previous state (English sentences, spans, links) goes on an
 * undo stack inside the stored document, so undo survives a reload.
 *
 * Conventions: `linkIndex` indexes `links`; link `en` lists stay sorted and contiguous, and the
 * English indices of consecutive links never go backwards (the aligner's monotone path). An edited
 * link is `pending` again with `edited: true` and keeps the lower confidence of what it came from.
 */
import type { Segment, SegmentOrigin, SegmentStatus } from '../model.ts';
import type { StoredAlignment, StoredLink } from './stored-alignment.ts';

/** A link as the review keeps it: the stored link plus whether a reviewer reshaped it. */
export interface ReviewLink extends StoredLink {
  edited?: boolean;
}

/** What undo restores: the parts of an alignment that edits change. */
export interface ReviewSnapshot {
  en: string[];
  enSpans: [number, number][];
  links: ReviewLink[];
  /**
   * Repetitions the edit that pushed this state filled (segment before, text written); undoing
   * that edit takes them back where they still hold the fill.
   */
  repetitionFills?: { articleId: string; previous: Segment; after: string }[];
  /** The conflict decisions as they were (absent in states saved before decisions existed). */
  decisions?: Record<string, ConflictDecision>;
}

/**
 * How a reviewer settled a conflict between an accepted link and a segment holding the
 * translator's own work: keep the translator's text, or let the aligned English replace it.
 */
export type ConflictDecision = 'mine' | 'aligned';

/** A segment's translation before an accepted link overwrote it (restored when the link is undone). */
export interface SegmentBefore {
  target: string;
  status: SegmentStatus;
  origin?: SegmentOrigin;
}

/** A stored alignment with its review state. */
export interface ReviewedAlignment extends StoredAlignment {
  links: ReviewLink[];
  /** Earlier states, newest last. */
  undo?: ReviewSnapshot[];
  /** Per segment id, what the segment held before an accepted link wrote into it. */
  replaced?: Record<string, SegmentBefore>;
  /** Per segment id, how a conflict with the translator's own work was settled. */
  decisions?: Record<string, ConflictDecision>;
}

/** One reviewer action. */
export type ReviewOp =
  | { type: 'accept'; linkIndex: number }
  | { type: 'acceptAbove'; threshold: number }
  | { type: 'mergeNext'; linkIndex: number }
  | { type: 'mergePrev'; linkIndex: number }
  /** Splits English sentence `sentenceIndex` (0-based within the link) at UTF-16 `offset`. */
  | { type: 'splitEnglish'; linkIndex: number; sentenceIndex: number; offset: number }
  /** Splits a link between its English sentences: the first `enCount` go with the first Hindi (a 2-2 becomes two 1-1). */
  | { type: 'splitLink'; linkIndex: number; enCount: number }
  /** Settles the conflict of an accepted link with a segment the translator had translated. */
  | { type: 'resolveConflict'; segmentId: string; keep: ConflictDecision }
  /** Moves the link's last English sentence to the next link, or its first to the previous one. */
  | { type: 'moveSentence'; linkIndex: number; direction: 'previous' | 'next' }
  | { type: 'markUntranslated'; linkIndex: number }
  | { type: 'markAddition'; linkIndex: number }
  | { type: 'undo' };

/** Why an edit cannot be applied (bad index, nothing to merge with, empty undo stack, …). */
export class ReviewEditError extends Error {
  constructor(readonly code: 'bad-link' | 'not-applicable' | 'nothing-to-undo', message: string) {
    super(message);
    this.name = 'ReviewEditError';
  }
}

/** How many earlier states an alignment keeps for undo. */
export const UNDO_DEPTH = 100;

/**
 * Applies one reviewer action and returns the new alignment (the input is not changed). An action
 * that changes nothing (accepting an accepted link) returns the input itself and pushes no undo state.
 */
export function applyReviewEdit(alignment: ReviewedAlignment, op: ReviewOp): ReviewedAlignment {
  if (op.type === 'undo') return undoReviewEdit(alignment);
  const next = editedState(alignment, op);
  if (next === undefined) return alignment;
  const undo = [...(alignment.undo ?? []), snapshotOf(alignment)].slice(-UNDO_DEPTH);
  const { decisions: _old, ...rest } = alignment;
  return { ...rest, ...next, undo };
}

/** Restores the state before the last edit. */
export function undoReviewEdit(alignment: ReviewedAlignment): ReviewedAlignment {
  const stack = alignment.undo ?? [];
  const previous = stack.at(-1);
  if (!previous) throw new ReviewEditError('nothing-to-undo', 'Nothing to undo');
  const { decisions: _current, ...rest } = alignment;
  return { ...rest, en: previous.en, enSpans: previous.enSpans, links: previous.links, ...(previous.decisions ? { decisions: previous.decisions } : {}), undo: stack.slice(0, -1) };
}

function snapshotOf(alignment: ReviewedAlignment): ReviewSnapshot {
  return { en: alignment.en, enSpans: alignment.enSpans, links: alignment.links, ...(alignment.decisions ? { decisions: alignment.decisions } : {}) };
}

// The new en/enSpans/links (and decisions) for an op, or undefined when the op changes nothing.
function editedState(alignment: ReviewedAlignment, op: Exclude<ReviewOp, { type: 'undo' }>): ReviewSnapshot | undefined {
  const { links } = alignment;
  const same = { en: alignment.en, enSpans: alignment.enSpans, ...(alignment.decisions ? { decisions: alignment.decisions } : {}) };
  switch (op.type) {
    case 'resolveConflict': {
      if (!alignment.segmentIds.includes(op.segmentId)) throw new ReviewEditError('bad-link', `No segment ${op.segmentId} in this alignment`);
      if (alignment.decisions?.[op.segmentId] === op.keep) return undefined;
      return { ...same, links, decisions: { ...alignment.decisions, [op.segmentId]: op.keep } };
    }
    case 'splitLink':
      return { ...same, links: splitLink(alignment, op.linkIndex, op.enCount) };
    case 'accept': {
      const link = linkAt(links, op.linkIndex);
      if (link.status === 'accepted') return undefined;
      return { ...same, links: links.with(op.linkIndex, { ...link, status: 'accepted' }) };
    }
    case 'acceptAbove': {
      if (!(op.threshold >= 0 && op.threshold <= 1)) throw new ReviewEditError('not-applicable', `Threshold ${op.threshold} is not between 0 and 1`);
      if (!links.some((link) => link.status === 'pending' && link.score >= op.threshold)) return undefined;
      return { ...same, links: links.map((link) => (link.status === 'pending' && link.score >= op.threshold ? { ...link, status: 'accepted' } : link)) };
    }
    case 'mergeNext':
    case 'mergePrev': {
      const first = op.type === 'mergeNext' ? op.linkIndex : op.linkIndex - 1;
      linkAt(links, op.linkIndex);
      if (first < 0 || first + 1 >= links.length) {
        throw new ReviewEditError('not-applicable', `Link ${op.linkIndex} has no ${op.type === 'mergeNext' ? 'next' : 'previous'} link`);
      }
      const a = links[first];
      const b = links[first + 1];
      const merged: ReviewLink = {
        hi: [...a.hi, ...b.hi],
        en: [...a.en, ...b.en],
        score: Math.min(a.score, b.score),
        status: 'pending',
        edited: true,
      };
      return { ...same, links: [...links.slice(0, first), merged, ...links.slice(first + 2)] };
    }
    case 'splitEnglish':
      return splitEnglish(alignment, op.linkIndex, op.sentenceIndex, op.offset);
    case 'moveSentence':
      return moveSentence(alignment, op.linkIndex, op.direction);
    case 'markUntranslated': {
      const link = linkAt(links, op.linkIndex);
      if (link.hi.length === 0) throw new ReviewEditError('not-applicable', `Link ${op.linkIndex} has no Hindi`);
      if (link.hi.length >= 2) {
        // The last Hindi sentence had no English of its own: split it off as 1-0.
        const kept = edited({ ...link, hi: link.hi.slice(0, -1) });
        const untranslated = edited({ ...link, hi: link.hi.slice(-1), en: [] });
        return { ...same, links: [...links.slice(0, op.linkIndex), kept, untranslated, ...links.slice(op.linkIndex + 1)] };
      }
      if (link.en.length === 0) return undefined;
      return { ...same, links: splice(links, op.linkIndex, [edited({ ...link, en: [] }), edited({ ...link, hi: [] })]) };
    }
    case 'markAddition': {
      const link = linkAt(links, op.linkIndex);
      if (link.en.length === 0) throw new ReviewEditError('not-applicable', `Link ${op.linkIndex} has no English`);
      if (link.en.length >= 2) {
        // The last English sentence has no Hindi behind it: split it off as 0-1.
        const kept = edited({ ...link, en: link.en.slice(0, -1) });
        const addition = edited({ ...link, hi: [], en: link.en.slice(-1) });
        return { ...same, links: splice(links, op.linkIndex, [kept, addition]) };
      }
      if (link.hi.length === 0) return undefined;
      return { ...same, links: splice(links, op.linkIndex, [edited({ ...link, en: [] }), edited({ ...link, hi: [] })]) };
    }
  }
}

// Splits a link between English sentences; its Hindi is divided where the length share best
// matches the English share (with as many Hindi as English sentences, one for one: 2-2 → 1-1 + 1-1).
function splitLink(alignment: ReviewedAlignment, linkIndex: number, enCount: number): ReviewLink[] {
  const link = linkAt(alignment.links, linkIndex);
  if (!Number.isInteger(enCount) || enCount <= 0 || enCount >= link.en.length) {
    throw new ReviewEditError('not-applicable', `Link ${linkIndex} cannot be split after English sentence ${enCount}`);
  }
  const enFirst = link.en.slice(0, enCount);
  const enSecond = link.en.slice(enCount);
  if (link.hi.length < 2) {
    // One Hindi sentence: the English after the split has no Hindi of its own (0-1 addition).
    return splice(alignment.links, linkIndex, [edited({ ...link, en: enFirst }), edited({ ...link, hi: [], en: enSecond })]);
  }
  const length = (indices: readonly number[]) => indices.reduce((sum, i) => sum + alignment.en[i].length, 0);
  const k = link.hi.length === link.en.length ? enCount : bestLengthSplit(link.hi.map((i) => alignment.hi[i].length), length(enFirst) / length(link.en));
  return splice(alignment.links, linkIndex, [edited({ ...link, hi: link.hi.slice(0, k), en: enFirst }), edited({ ...link, hi: link.hi.slice(k), en: enSecond })]);
}

function splitEnglish(alignment: ReviewedAlignment, linkIndex: number, sentenceIndex: number, offset: number): ReviewSnapshot {
  const link = linkAt(alignment.links, linkIndex);
  const j = link.en[sentenceIndex];
  if (!Number.isInteger(sentenceIndex) || j === undefined) throw new ReviewEditError('bad-link', `Link ${linkIndex} has no English sentence ${sentenceIndex}`);
  const text = alignment.en[j];
  const leftText = text.slice(0, offset).trimEnd();
  const rightRaw = text.slice(offset);
  const rightText = rightRaw.trimStart();
  if (!Number.isInteger(offset) || offset <= 0 || offset >= text.length || !leftText.trim() || !rightText.trim()) {
    throw new ReviewEditError('not-applicable', `Splitting at ${offset} would leave an empty sentence`);
  }
  // A split inside a word ("Ukra" / "ine") is never what a reviewer means.
  if (WORD_CHARACTER.test(text[offset - 1]) && WORD_CHARACTER.test(text[offset])) {
    throw new ReviewEditError('not-applicable', `Offset ${offset} is inside a word`);
  }
  const [start, end] = alignment.enSpans[j];
  const rightStart = start + offset + (rightRaw.length - rightText.length);
  const en = [...alignment.en.slice(0, j), leftText, rightText.trimEnd(), ...alignment.en.slice(j + 1)];
  const enSpans: [number, number][] = [...alignment.enSpans.slice(0, j), [start, start + leftText.length], [rightStart, end], ...alignment.enSpans.slice(j + 1)];
  const shift = (index: number) => (index > j ? index + 1 : index);
  const shifted = alignment.links.map((each) => (each === link ? each : { ...each, en: each.en.map(shift) }));
  const enAfter = link.en.flatMap((index) => (index === j ? [j, j + 1] : [shift(index)]));
  if (link.hi.length < 2) {
    // One Hindi sentence: keep one link; the reviewer moves a piece with [ or ] if it belongs elsewhere.
    return { en, enSpans, links: shifted.with(linkIndex, edited({ ...link, en: enAfter })), ...decisionsOf(alignment) };
  }
  // Several Hindi sentences: the split marks where the English of the first ones ends, so the link
  // becomes two; the Hindi is divided where its length share best matches the English share.
  const enFirst = enAfter.filter((index) => index <= j);
  const enSecond = enAfter.filter((index) => index > j);
  const k = bestLengthSplit(link.hi.map((i) => alignment.hi[i].length), enFirst.reduce((sum, i) => sum + en[i].length, 0) / enAfter.reduce((sum, i) => sum + en[i].length, 0));
  const first = edited({ ...link, hi: link.hi.slice(0, k), en: enFirst });
  const second = edited({ ...link, hi: link.hi.slice(k), en: enSecond });
  return { en, enSpans, links: splice(shifted, linkIndex, [first, second]), ...decisionsOf(alignment) };
}

const WORD_CHARACTER = /[\p{L}\p{M}\p{N}'’-]/u;

// The number of leading sentences (1…n−1) whose length share is closest to `share`.
function bestLengthSplit(lengths: number[], share: number): number {
  const total = lengths.reduce((sum, length) => sum + length, 0) || 1;
  let best = 1;
  let bestGap = Infinity;
  let sum = 0;
  for (let k = 1; k < lengths.length; k++) {
    sum += lengths[k - 1];
    const gap = Math.abs(sum / total - share);
    if (gap < bestGap) {
      best = k;
      bestGap = gap;
    }
  }
  return best;
}

function moveSentence(alignment: ReviewedAlignment, linkIndex: number, direction: 'previous' | 'next'): ReviewSnapshot {
  const { links } = alignment;
  const link = linkAt(links, linkIndex);
  const targetIndex = direction === 'next' ? linkIndex + 1 : linkIndex - 1;
  const target = links[targetIndex];
  if (!target) throw new ReviewEditError('not-applicable', `Link ${linkIndex} has no ${direction} link`);
  if (link.en.length === 0) throw new ReviewEditError('not-applicable', `Link ${linkIndex} has no English to move`);
  // Only the sentence at the link's edge may move, so English order across links is kept.
  const moved = direction === 'next' ? link.en.at(-1)! : link.en[0];
  const rest = edited({ ...link, en: link.en.filter((index) => index !== moved) });
  const receiver = edited({ ...target, en: [...target.en, moved].sort((a, b) => a - b) });
  const next = links.map((each, index) => (index === linkIndex ? rest : index === targetIndex ? receiver : each));
  // A link left with neither Hindi nor English is gone.
  return { en: alignment.en, enSpans: alignment.enSpans, links: rest.hi.length === 0 && rest.en.length === 0 ? next.filter((each) => each !== rest) : next, ...decisionsOf(alignment) };
}

function decisionsOf(alignment: ReviewedAlignment): Pick<ReviewSnapshot, 'decisions'> {
  return alignment.decisions ? { decisions: alignment.decisions } : {};
}

function linkAt(links: readonly ReviewLink[], index: number): ReviewLink {
  const link = Number.isInteger(index) ? links[index] : undefined;
  if (!link) throw new ReviewEditError('bad-link', `No link ${index}`);
  return link;
}

function edited(link: ReviewLink): ReviewLink {
  return { ...link, status: 'pending', edited: true };
}

function splice(links: readonly ReviewLink[], index: number, replacement: ReviewLink[]): ReviewLink[] {
  return [...links.slice(0, index), ...replacement, ...links.slice(index + 1)];
}

/** The Hindi and English text of a link, sentences joined with a space. */
export function linkText(alignment: StoredAlignment, link: StoredLink): { hi: string; en: string } {
  return { hi: link.hi.map((i) => alignment.hi[i]).join(' '), en: link.en.map((j) => alignment.en[j]).join(' ') };
}

/**
 * What accepted links write into the article: segment id → English. A link's English goes on its
 * first Hindi segment; the other Hindi segments of a 2-1 or 2-2 link get an empty translation (the
 * English of both is on the first, as the translator wrote it). 1-0 and 0-1 links write nothing.
 */
export function acceptedTranslations(alignment: StoredAlignment): Map<string, string> {
  const translations = new Map<string, string>();
  for (const link of alignment.links) {
    if (link.status !== 'accepted' || link.hi.length === 0 || link.en.length === 0) continue;
    const english = linkText(alignment, link).en;
    link.hi.forEach((i, position) => {
      const segmentId = alignment.segmentIds[i];
      if (segmentId !== undefined) translations.set(segmentId, position === 0 ? english : '');
    });
  }
  return translations;
}

/** Accepted links with text on both sides, as translation-memory pairs (Hindi joined, English joined). */
export function acceptedPairs(alignment: StoredAlignment): { source: string; target: string }[] {
  return alignment.links
    .filter((link) => link.status === 'accepted' && link.hi.length > 0 && link.en.length > 0)
    .map((link) => {
      const text = linkText(alignment, link);
      return { source: text.hi, target: text.en };
    });
}
