/**
 * Pre-translation on import: an untouched segment whose Hindi has a 100 % match in the project
 * memory, or that repeats a source already translated in the imported batch, is filled and marked
 * `pre-translated` — usable text that nobody has confirmed yet.
 *
 * 100 % means identical after Unicode NFC and whitespace collapse (runs of white space become one
 * space, ends trimmed), and nothing more: a source that differs in punctuation, digits, letters or
 * case is a fuzzy match for the translator to adapt, never a silent fill. (The memory's own score
 * normalises harder and calls such pairs 100 %; this key is stricter on purpose.)
 */
import type { Article, Segment, SegmentOrigin } from '../model.ts';
import { isConfirmedPair } from '../segment-workflow.ts';

/** The key two sources share exactly when they are a 100 % match: NFC, white space collapsed and trimmed. */
export function exactMatchKey(source: string): string {
  return source.normalize('NFC').replace(/\s+/gu, ' ').trim();
}

/** True when two Hindi sources are a 100 % match (see exactMatchKey). */
export function isExactMatch(a: string, b: string): boolean {
  return exactMatchKey(a) === exactMatchKey(b);
}

/** Neighbours of a segment, for memories that rank a same-context match first. */
export interface PreTranslationContext {
  prev: string;
  next: string;
}

/** What the memory offers for a source: the English of a 100 % match, or undefined. */
export type ExactMemoryLookup = (source: string, context: PreTranslationContext) => string | undefined;

/** The outcome for a batch of imported articles. */
export interface PreTranslationResult {
  articles: Article[];
  /** Segments filled, per article (same order as the input). */
  preTranslated: number[];
}

/** True when import may fill the segment: nothing typed, carried over or joined. */
export function canPreTranslate(segment: Pick<Segment, 'status' | 'target'>): boolean {
  return segment.status === 'untranslated' && segment.target.trim() === '';
}

/**
 * Fills the untouched segments of freshly imported articles (translations already carried over)
 * from the memory first, else from a confirmed segment of the same batch with the same key (a
 * repetition). Returns new articles; unchanged ones are the same objects.
 */
export function preTranslateArticles(articles: readonly Article[], lookup: ExactMemoryLookup, now: string): PreTranslationResult {
  // The translator's confirmed work in this batch (kept across a re-import) covers its repetitions.
  const batch = new Map<string, string>();
  for (const article of articles) {
    for (const segment of article.segments) {
      const key = exactMatchKey(segment.source);
      if (isConfirmedPair(segment) && key && !batch.has(key)) batch.set(key, segment.target);
    }
  }
  const counts: number[] = [];
  const filled = articles.map((article) => {
    let count = 0;
    const segments = article.segments.map((segment, i) => {
      if (!canPreTranslate(segment) || !exactMatchKey(segment.source)) return segment;
      const context = { prev: article.segments[i - 1]?.source ?? '', next: article.segments[i + 1]?.source ?? '' };
      const fromMemory = lookup(segment.source, context);
      const fromBatch = fromMemory === undefined ? batch.get(exactMatchKey(segment.source)) : undefined;
      const target = fromMemory ?? fromBatch;
      if (target === undefined || target.trim() === '') return segment;
      count += 1;
      const origin: SegmentOrigin = fromMemory !== undefined ? 'tm' : 'repetition';
      return { ...segment, target, status: 'pre-translated' as const, origin, updatedAt: now };
    });
    counts.push(count);
    return count === 0 ? article : { ...article, segments };
  });
  return { articles: filled, preTranslated: counts };
}
