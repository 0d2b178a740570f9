import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { alignDocument } from '../../articles/align/align-document.ts';
import { toStoredAlignment } from '../../articles/align/stored-alignment.ts';
import {
  acceptedPairs,
  acceptedTranslations,
  applyReviewEdit,
  ReviewEditError,
  type ReviewedAlignment,
  type ReviewOp,
} from '../../articles/align/review-edits.ts';
import { applyReviewToArticle } from '../../articles/align/review-apply.ts';
import { decodePage, importPage } from '../../articles/index.ts';
import type { Article } from '../../articles/model.ts';
import { seed } from './seed-pages.ts';

const root = resolve(import.meta.dirname, '../..');

function sample(prefix: '000' | '002'): { article: Article; alignment: ReviewedAlignment } {
  const page = seed(prefix);
  const article = importPage({ fileName: page.fileName, text: page.text }, { now: () => '2026-01-01T00:00:00Z' });
  const translationFile = page.fileName.replace(/\.txt$/, '.en.txt');
  const englishText = decodePage(new Uint8Array(readFileSync(resolve(root, 'articles/samples/translations', translationFile))), translationFile);
  const alignment = alignDocument(article.segments.map((segment) => segment.source), englishText);
  const stored = toStoredAlignment(alignment, {
    articleId: article.id,
    segmentIds: article.segments.map((segment) => segment.id),
    translationFile,
    englishText,
    alignedAt: '2026-01-01T00:00:00Z',
  });
  return { article, alignment: stored };
}

/** Every Hindi and English sentence is in exactly one link, in order, and each English sentence is its span's text. */
function expectWellFormed(alignment: ReviewedAlignment): void {
  const hi = alignment.links.flatMap((link) => link.hi);
  const en = alignment.links.flatMap((link) => link.en);
  expect(hi).toEqual(alignment.hi.map((_, i) => i));
  expect(en).toEqual(alignment.en.map((_, j) => j));
  expect(alignment.enSpans.length).toBe(alignment.en.length);
  alignment.en.forEach((sentence, j) => {
    const [start, end] = alignment.enSpans[j];
    expect(alignment.englishText.slice(start, end)).toBe(sentence);
    expect(sentence).toBe(sentence.trim());
    expect(sentence.length).toBeGreaterThan(0);
  });
  for (const link of alignment.links) expect(link.hi.length + link.en.length).toBeGreaterThan(0);
}


describe('review edits on the seed 002 sample alignment', () => {
  const { article, alignment } = sample('002');

  it('starts from a well-formed alignment with a 2-1 link (the translator merged two sentences)', () => {
    expectWellFormed(alignment);
    expect(alignment.links.some((link) => link.hi.length === 2 && link.en.length === 1)).toBe(true);
  });

  it('accepts one link and pushes an undo state; accepting it again changes nothing', () => {
    const accepted = applyReviewEdit(alignment, { type: 'accept', linkIndex: 3 });
    expect(accepted.links[3].status).toBe('accepted');
    expect(accepted.links.filter((link) => link.status === 'accepted')).toHaveLength(1);
    expect(accepted.undo).toHaveLength(1);
    expect(alignment.links[3].status).toBe('pending');
    expect(applyReviewEdit(accepted, { type: 'accept', linkIndex: 3 })).toBe(accepted);
  });

  it('accepts all pending links at or above a threshold', () => {
    // The median score: some links fall below it, some at or above.
    const scores = alignment.links.map((link) => link.score).sort((a, b) => a - b);
    const threshold = scores[Math.floor(scores.length / 2)];
    const result = applyReviewEdit(alignment, { type: 'acceptAbove', threshold });
    const expected = alignment.links.map((link) => link.score >= threshold);
    expect(result.links.map((link) => link.status === 'accepted')).toEqual(expected);
    expect(expected.filter(Boolean).length).toBeGreaterThan(3);
    expect(expected.some((value) => !value)).toBe(true);
  });

  it('merges a link with the next and with the previous one', () => {
    const next = applyReviewEdit(alignment, { type: 'mergeNext', linkIndex: 3 });
    expect(next.links).toHaveLength(alignment.links.length - 1);
    expect(next.links[3].hi).toEqual([...alignment.links[3].hi, ...alignment.links[4].hi]);
    expect(next.links[3].en).toEqual([...alignment.links[3].en, ...alignment.links[4].en]);
    expect(next.links[3]).toMatchObject({ status: 'pending', edited: true, score: Math.min(alignment.links[3].score, alignment.links[4].score) });
    expectWellFormed(next);
    const previous = applyReviewEdit(alignment, { type: 'mergePrev', linkIndex: 4 });
    expect(previous.links).toEqual(next.links);
    expect(() => applyReviewEdit(alignment, { type: 'mergePrev', linkIndex: 0 })).toThrow(ReviewEditError);
    expect(() => applyReviewEdit(alignment, { type: 'mergeNext', linkIndex: alignment.links.length - 1 })).toThrow(ReviewEditError);
  });

  it('splits the English of a 2-1 link at the cursor into two 1-1 links with exact spans', () => {
    const index = alignment.links.findIndex((link) => link.hi.length === 2 && link.en.length === 1);
    const link = alignment.links[index];
    const english = alignment.en[link.en[0]];
    // Split where the translator joined the two Hindi sentences with a conjunction or comma.
    const cut = english.search(/,\s|\sand\s|;\s/);
    expect(cut).toBeGreaterThan(0);
    const result = applyReviewEdit(alignment, { type: 'splitEnglish', linkIndex: index, sentenceIndex: 0, offset: cut + 1 });
    expectWellFormed(result);
    expect(result.en).toHaveLength(alignment.en.length + 1);
    expect(result.links).toHaveLength(alignment.links.length + 1);
    expect(result.links[index]).toMatchObject({ hi: [link.hi[0]], en: [link.en[0]] });
    expect(result.links[index + 1]).toMatchObject({ hi: [link.hi[1]], en: [link.en[0] + 1] });
    expect(result.en[link.en[0]] + ' ' + result.en[link.en[0] + 1]).toBe(english.slice(0, cut + 1).trimEnd() + ' ' + english.slice(cut + 1).trim());
    // Links after the split point still carry the same English sentences.
    for (let k = index + 2; k < result.links.length; k++) {
      expect(result.links[k].en.map((j) => result.en[j])).toEqual(alignment.links[k - 1].en.map((j) => alignment.en[j]));
    }
  });

  it('refuses a split that would leave an empty sentence', () => {
    const english = alignment.en[alignment.links[0].en[0]];
    expect(() => applyReviewEdit(alignment, { type: 'splitEnglish', linkIndex: 0, sentenceIndex: 0, offset: 0 })).toThrow(/empty/);
    expect(() => applyReviewEdit(alignment, { type: 'splitEnglish', linkIndex: 0, sentenceIndex: 0, offset: english.length })).toThrow(/empty/);
    expect(() => applyReviewEdit(alignment, { type: 'splitEnglish', linkIndex: 0, sentenceIndex: 3, offset: 2 })).toThrow(ReviewEditError);
  });

  it('moves the edge sentence of a 1-2 link to the next link and back', () => {
    const index = alignment.links.findIndex((link) => link.hi.length === 1 && link.en.length === 2);
    expect(index).toBeGreaterThanOrEqual(0);
    const link = alignment.links[index];
    const previous = alignment.links[index - 1];
    const moved = applyReviewEdit(alignment, { type: 'moveSentence', linkIndex: index, direction: 'previous' });
    expectWellFormed(moved);
    expect(moved.links[index - 1].en).toEqual([...previous.en, link.en[0]]);
    expect(moved.links[index].en).toEqual([link.en[1]]);
    const back = applyReviewEdit(moved, { type: 'moveSentence', linkIndex: index - 1, direction: 'next' });
    expect(back.links.map((each) => [each.hi, each.en])).toEqual(alignment.links.map((each) => [each.hi, each.en]));
  });

  it('marks a Hindi sentence untranslated (1-0) and an English sentence as an addition (0-1)', () => {
    const twoOne = alignment.links.findIndex((link) => link.hi.length === 2 && link.en.length === 1);
    const untranslated = applyReviewEdit(alignment, { type: 'markUntranslated', linkIndex: twoOne });
    expectWellFormed(untranslated);
    expect(untranslated.links[twoOne].hi).toEqual([alignment.links[twoOne].hi[0]]);
    expect(untranslated.links[twoOne + 1]).toMatchObject({ hi: [alignment.links[twoOne].hi[1]], en: [] });

    const oneTwo = alignment.links.findIndex((link) => link.hi.length === 1 && link.en.length === 2);
    const addition = applyReviewEdit(alignment, { type: 'markAddition', linkIndex: oneTwo });
    expectWellFormed(addition);
    expect(addition.links[oneTwo].en).toEqual([alignment.links[oneTwo].en[0]]);
    expect(addition.links[oneTwo + 1]).toMatchObject({ hi: [], en: [alignment.links[oneTwo].en[1]] });

    const oneOne = alignment.links.findIndex((link) => link.hi.length === 1 && link.en.length === 1);
    const parted = applyReviewEdit(alignment, { type: 'markUntranslated', linkIndex: oneOne });
    expect(parted.links.slice(oneOne, oneOne + 2).map((link) => [link.hi, link.en])).toEqual([
      [alignment.links[oneOne].hi, []],
      [[], alignment.links[oneOne].en],
    ]);
    // Already 1-0: nothing to do.
    expect(applyReviewEdit(parted, { type: 'markUntranslated', linkIndex: oneOne })).toBe(parted);
  });

  it('undoes edits one at a time back to the aligned state, and refuses an empty stack', () => {
    const space = alignment.en[alignment.links[0].en[0]].indexOf(' ', 5);
    const ops: ReviewOp[] = [
      { type: 'accept', linkIndex: 0 },
      { type: 'mergeNext', linkIndex: 2 },
      { type: 'splitEnglish', linkIndex: 0, sentenceIndex: 0, offset: space },
      { type: 'resolveConflict', segmentId: alignment.segmentIds[0], keep: 'aligned' },
    ];
    const states = [alignment];
    for (const op of ops) states.push(applyReviewEdit(states.at(-1)!, op));
    let current = states.at(-1)!;
    for (let k = states.length - 2; k >= 0; k--) {
      current = applyReviewEdit(current, { type: 'undo' });
      expect({ en: current.en, enSpans: current.enSpans, links: current.links, decisions: current.decisions }).toEqual({ en: states[k].en, enSpans: states[k].enSpans, links: states[k].links, decisions: states[k].decisions });
    }
    expect(() => applyReviewEdit(current, { type: 'undo' })).toThrow(/Nothing to undo/);
  });

  it('keeps every alignment well formed under random sequences of edits', () => {
    const opArb: fc.Arbitrary<ReviewOp> = fc.oneof(
      fc.record({ type: fc.constant('accept' as const), linkIndex: fc.nat(15) }),
      fc.record({ type: fc.constant('acceptAbove' as const), threshold: fc.double({ min: 0, max: 1, noNaN: true }) }),
      fc.record({ type: fc.constant('mergeNext' as const), linkIndex: fc.nat(15) }),
      fc.record({ type: fc.constant('mergePrev' as const), linkIndex: fc.nat(15) }),
      fc.record({ type: fc.constant('splitEnglish' as const), linkIndex: fc.nat(15), sentenceIndex: fc.nat(3), offset: fc.nat(300) }),
      fc.record({ type: fc.constant('moveSentence' as const), linkIndex: fc.nat(15), direction: fc.constantFrom('previous' as const, 'next' as const) }),
      fc.record({ type: fc.constant('markUntranslated' as const), linkIndex: fc.nat(15) }),
      fc.record({ type: fc.constant('markAddition' as const), linkIndex: fc.nat(15) }),
      fc.record({ type: fc.constant('splitLink' as const), linkIndex: fc.nat(15), enCount: fc.nat(3) }),
      fc.constant({ type: 'undo' as const }),
    );
    fc.assert(
      fc.property(fc.array(opArb, { maxLength: 25 }), (ops) => {
        let current = alignment;
        for (const op of ops) {
          try {
            current = applyReviewEdit(current, op);
          } catch (error) {
            if (!(error instanceof ReviewEditError)) throw error;
          }
          expectWellFormed(current);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('writes accepted links into the article and restores the segments on undo', () => {
    const twoOne = alignment.links.findIndex((link) => link.hi.length === 2 && link.en.length === 1);
    const link = alignment.links[twoOne];
    const first = article.segments[link.hi[0]];
    const second = article.segments[link.hi[1]];
    const accepted = applyReviewEdit(alignment, { type: 'accept', linkIndex: twoOne });
    const applied = applyReviewToArticle(article, alignment, accepted, '2026-02-02T00:00:00Z');
    expect(applied.changedSegmentIds).toEqual([first.id, second.id]);
    const written = applied.article.segments[link.hi[0]];
    expect(written).toMatchObject({ target: alignment.en[link.en[0]], status: 'translated', origin: 'aligned', updatedAt: '2026-02-02T00:00:00Z' });
    expect(applied.article.segments[link.hi[1]]).toMatchObject({ target: '', status: 'joined', origin: 'aligned' });
    expect(applied.replaced[first.id]).toEqual({ target: first.target, status: first.status, ...(first.origin ? { origin: first.origin } : {}) });
    expect(acceptedPairs(accepted)).toEqual([{ source: `${first.source} ${second.source}`, target: alignment.en[link.en[0]] }]);

    const undone = applyReviewEdit({ ...accepted, replaced: applied.replaced }, { type: 'undo' });
    const restored = applyReviewToArticle(applied.article, { ...accepted, replaced: applied.replaced }, undone, '2026-02-03T00:00:00Z');
    expect(restored.article.segments[link.hi[0]]).toMatchObject({ target: first.target, status: first.status });
    expect(restored.article.segments[link.hi[0]].origin).toBe(first.origin);
    expect(restored.replaced).toEqual({});
  });

  it('leaves a segment the translator edited after the accept alone when the link is undone', () => {
    const accepted = applyReviewEdit(alignment, { type: 'accept', linkIndex: 0 });
    const applied = applyReviewToArticle(article, alignment, accepted, 'T1');
    const segmentId = alignment.segmentIds[alignment.links[0].hi[0]];
    const handEdited: Article = {
      ...applied.article,
      segments: applied.article.segments.map((segment) => (segment.id === segmentId ? { ...segment, target: 'My own title', origin: 'manual' } : segment)),
    };
    const undone = applyReviewEdit({ ...accepted, replaced: applied.replaced }, { type: 'undo' });
    const result = applyReviewToArticle(handEdited, { ...accepted, replaced: applied.replaced }, undone, 'T2');
    expect(result.changedSegmentIds).toEqual([]);
    expect(result.article.segments.find((segment) => segment.id === segmentId)?.target).toBe('My own title');
  });

  it('maps accepted translations by segment id, ignoring 1-0 and 0-1 links', () => {
    const parted = applyReviewEdit(alignment, { type: 'markUntranslated', linkIndex: 0 });
    const all = applyReviewEdit(parted, { type: 'acceptAbove', threshold: 0 });
    const translations = acceptedTranslations(all);
    expect(translations.has(alignment.segmentIds[0])).toBe(false);
    expect(translations.size).toBe(alignment.hi.length - 1);
  });
});

describe('review edits on the seed 000 sample alignment', () => {
  it('splits the English of a 1-2 link inside one link and merges the 2-1 link\'s neighbours', () => {
    const { alignment } = sample('000');
    const index = alignment.links.findIndex((link) => link.hi.length === 1 && link.en.length === 2);
    const link = alignment.links[index];
    const english = alignment.en[link.en[1]];
    const space = english.indexOf(' ', Math.floor(english.length / 2));
    const result = applyReviewEdit(alignment, { type: 'splitEnglish', linkIndex: index, sentenceIndex: 1, offset: space });
    expectWellFormed(result);
    expect(result.links[index].en).toEqual([link.en[0], link.en[1], link.en[1] + 1]);
    expect(result.links).toHaveLength(alignment.links.length);
  });
});
