/**
 * Issue 14 items 1–3 in the domain: accepting links never overwrites the translator's work (it is
 * skipped and listed as a conflict until decided), a 2-1 link leaves the second segment joined,
 * splits snap to sentence/clause boundaries and never fall inside a word, and editor joins/splits.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { alignDocument } from '../../articles/align/align-document.ts';
import { toStoredAlignment } from '../../articles/align/stored-alignment.ts';
import { applyReviewEdit, linkText, ReviewEditError, type ReviewedAlignment, type ReviewOp } from '../../articles/align/review-edits.ts';
import { applyReviewToArticle, reviewConflicts } from '../../articles/align/review-apply.ts';
import { snapSplitPoint } from '../../articles/align/split-point.ts';
import { alignmentMatch } from '../../articles/align/alignment-match.ts';
import { joinWithNext, SegmentJoinError, splitJoined } from '../../articles/segment-join.ts';
import { decodePage, importPage } from '../../articles/index.ts';
import type { Article } from '../../articles/model.ts';
import { seed } from './seed-pages.ts';

const root = resolve(import.meta.dirname, '../..');
const NOW = '2026-02-02T00:00:00Z';

function sample(prefix: '000' | '002'): { article: Article; alignment: ReviewedAlignment } {
  const page = seed(prefix);
  const article = importPage({ fileName: page.fileName, text: page.text }, { now: () => '2026-01-01T00:00:00Z' });
  const translationFile = page.fileName.replace(/\.txt$/, '.en.txt');
  const englishText = decodePage(new Uint8Array(readFileSync(resolve(root, 'articles/samples/translations', translationFile))), translationFile);
  const aligned = alignDocument(article.segments.map((segment) => segment.source), englishText);
  const alignment = toStoredAlignment(aligned, { articleId: article.id, segmentIds: article.segments.map((segment) => segment.id), translationFile, englishText, alignedAt: NOW });
  return { article, alignment };
}

// One review step carried into the article, as the handler does.
function step(state: { article: Article; alignment: ReviewedAlignment }, op: ReviewOp) {
  const after = applyReviewEdit(state.alignment, op);
  const applied = applyReviewToArticle(state.article, state.alignment, after, NOW);
  return { article: applied.article, alignment: { ...after, replaced: applied.replaced }, skipped: applied.skippedSegmentIds };
}

describe('review never overwrites the translator\'s work', () => {
  it('accept-all skips approved and edited segments, lists them as conflicts, and a decision takes the aligned English undoably', () => {
    const start = sample('002');
    const oneOne = start.alignment.links.map((link, index) => ({ link, index })).filter(({ link }) => link.hi.length === 1 && link.en.length === 1);
    const [approvedLink, draftLink] = oneOne;
    const approvedId = start.alignment.segmentIds[approvedLink.link.hi[0]];
    const draftId = start.alignment.segmentIds[draftLink.link.hi[0]];
    const article: Article = {
      ...start.article,
      segments: start.article.segments.map((segment) => segment.id === approvedId
        ? { ...segment, target: 'My approved words.', status: 'approved' as const, origin: 'manual' as const }
        : segment.id === draftId ? { ...segment, target: 'My draft.', status: 'draft' as const, origin: 'manual' as const } : segment),
    };
    const accepted = step({ article, alignment: start.alignment }, { type: 'acceptAbove', threshold: 0 });
    expect(accepted.skipped.sort()).toEqual([approvedId, draftId].sort());
    const byId = (state: { article: Article }, id: string) => state.article.segments.find((segment) => segment.id === id)!;
    expect(byId(accepted, approvedId)).toMatchObject({ target: 'My approved words.', status: 'approved' });
    expect(byId(accepted, draftId)).toMatchObject({ target: 'My draft.', status: 'draft' });
    const conflicts = reviewConflicts(accepted.article, accepted.alignment);
    expect(conflicts.map((conflict) => conflict.segmentId).sort()).toEqual([approvedId, draftId].sort());
    expect(conflicts.find((conflict) => conflict.segmentId === approvedId)).toMatchObject({ target: 'My approved words.', aligned: linkText(start.alignment, approvedLink.link).en });
    // The aligned English is offered as a match beside the kept translation.
    expect(alignmentMatch(accepted.alignment, approvedId, byId(accepted, approvedId))).toMatchObject({ origin: 'alignment', target: linkText(start.alignment, approvedLink.link).en, score: 1 });

    const kept = step(accepted, { type: 'resolveConflict', segmentId: draftId, keep: 'mine' });
    expect(reviewConflicts(kept.article, kept.alignment).map((conflict) => conflict.segmentId)).toEqual([approvedId]);
    const taken = step(kept, { type: 'resolveConflict', segmentId: approvedId, keep: 'aligned' });
    expect(byId(taken, approvedId)).toMatchObject({ target: linkText(start.alignment, approvedLink.link).en, status: 'translated', origin: 'aligned' });
    expect(reviewConflicts(taken.article, taken.alignment)).toEqual([]);
    // Undo brings the translator's approved text back.
    const undone = step(taken, { type: 'undo' });
    expect(byId(undone, approvedId)).toMatchObject({ target: 'My approved words.', status: 'approved', origin: 'manual' });
  });

  it('a 2-1 link leaves its second segment joined, never translated and empty; undo does not touch a segment approved since', () => {
    const start = sample('002');
    const index = start.alignment.links.findIndex((link) => link.hi.length === 2 && link.en.length === 1);
    const link = start.alignment.links[index];
    const accepted = step(start, { type: 'accept', linkIndex: index });
    const [first, second] = link.hi.map((i) => accepted.article.segments[i]);
    expect(first).toMatchObject({ status: 'translated', origin: 'aligned' });
    expect(second).toMatchObject({ target: '', status: 'joined' });
    const approvedSince = { ...accepted, article: { ...accepted.article, segments: accepted.article.segments.with(link.hi[0], { ...first, status: 'approved' as const }) } };
    const undone = step(approvedSince, { type: 'undo' });
    expect(undone.article.segments[link.hi[0]]).toMatchObject({ target: first.target, status: 'approved' });
  });
});

describe('splits where the reviewer means them', () => {
  it('snaps the caret to a sentence boundary (splitting the link) or a clause boundary, never inside a word', () => {
    const sentences = ['Kim met Putin in Pyongyang, the capital.', 'Ukraine was discussed.'];
    const boundary = sentences[0].length;
    expect(snapSplitPoint(sentences, boundary)).toEqual({ kind: 'between', enCount: 1 });
    expect(snapSplitPoint(sentences, boundary + 1)).toEqual({ kind: 'between', enCount: 1 });
    // Mid-word in "Ukraine": the nearest boundary is the one between the sentences.
    expect(snapSplitPoint(sentences, boundary + 5)).toEqual({ kind: 'between', enCount: 1 });
    // Near the comma: the clause boundary after it.
    expect(snapSplitPoint(sentences, sentences[0].indexOf('Pyong') + 3)).toEqual({ kind: 'inside', sentenceIndex: 0, offset: sentences[0].indexOf(',') + 1 });
    // No clause boundary: the nearest space between words, never inside one.
    const point = snapSplitPoint(['Ukraine talks continue'], 4);
    expect(point).toEqual({ kind: 'inside', sentenceIndex: 0, offset: 'Ukraine'.length });
    expect(snapSplitPoint(['Ukraine'], 4)).toBeUndefined();
  });

  it('turns a 2-2 link into two 1-1 links in one edit, and refuses a split inside a word', () => {
    const start = sample('002');
    const oneOne = (link: { hi: number[]; en: number[] } | undefined) => link?.hi.length === 1 && link.en.length === 1;
    const index = start.alignment.links.findIndex((link, i) => oneOne(link) && oneOne(start.alignment.links[i + 1]));
    const merged = applyReviewEdit(start.alignment, { type: 'mergeNext', linkIndex: index });
    const twoTwo = merged.links[index];
    expect([twoTwo.hi.length, twoTwo.en.length]).toEqual([2, 2]);
    const split = applyReviewEdit(merged, { type: 'splitLink', linkIndex: index, enCount: 1 });
    expect(split.links[index]).toMatchObject({ hi: start.alignment.links[index].hi, en: start.alignment.links[index].en });
    expect(split.links[index + 1]).toMatchObject({ hi: start.alignment.links[index + 1].hi, en: start.alignment.links[index + 1].en });
    const english = merged.en[twoTwo.en[0]];
    const inWord = english.search(/[A-Za-z]{4}/u) + 2;
    expect(() => applyReviewEdit(merged, { type: 'splitEnglish', linkIndex: index, sentenceIndex: 0, offset: inWord })).toThrow(ReviewEditError);
  });
});

describe('joining and splitting Hindi segments in the editor', () => {
  it('joins a segment with the next of its paragraph (its English moves up, it becomes joined) and splits it off again', () => {
    const { article } = sample('000');
    const index = article.segments.findIndex((segment, i) => i > 0 && article.segments[i + 1]?.paragraph === segment.paragraph && segment.kind === 'body');
    const [a, b] = [article.segments[index], article.segments[index + 1]];
    const translated: Article = { ...article, segments: article.segments.with(index, { ...a, target: 'First.', status: 'approved' }).with(index + 1, { ...b, target: 'Second.', status: 'translated' }) };
    const joined = joinWithNext(translated, a.id, NOW);
    expect(joined.segments[index]).toMatchObject({ target: 'First. Second.', status: 'draft' });
    expect(joined.segments[index + 1]).toMatchObject({ id: b.id, source: b.source, target: '', status: 'joined' });
    expect(joined.segments.map((segment) => segment.id)).toEqual(article.segments.map((segment) => segment.id));
    expect(() => joinWithNext(joined, b.id, NOW)).toThrow(SegmentJoinError);
    const split = splitJoined(joined, b.id, NOW);
    expect(split.segments[index + 1]).toMatchObject({ status: 'untranslated', target: '' });
    expect(() => splitJoined(split, b.id, NOW)).toThrow(SegmentJoinError);
    // The title never joins the body.
    expect(() => joinWithNext(article, article.segments[0].id, NOW)).toThrow(/same paragraph/);
  });
});
