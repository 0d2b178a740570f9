/**
 * Repetitions: identical Hindi segments (after the glossary's normalisation) inside an article and
 * across the project are linked; confirming one fills the others (origin `repetition`) unless the
 * translator unlinked them.
 */
import { normalizeHindi } from '../../glossary/index.ts';
import type { Article, Segment } from '../model.ts';

/** Where a segment lives. */
export interface SegmentRef {
  articleId: string;
  segmentId: string;
}

/** Key under which repeated segments are grouped: normalised source, punctuation kept, outer spaces trimmed. */
export function repetitionKey(source: string): string {
  return normalizeHindi(source).text.trim();
}

/** Groups of two or more segments with the same normalised source, in project order. */
export function findRepetitions(articles: readonly Article[]): Map<string, SegmentRef[]> {
  const groups = new Map<string, SegmentRef[]>();
  for (const article of articles) {
    for (const segment of article.segments) {
      const key = repetitionKey(segment.source);
      if (!key) continue;
      const group = groups.get(key);
      const ref = { articleId: article.id, segmentId: segment.id };
      if (group) group.push(ref);
      else groups.set(key, [ref]);
    }
  }
  for (const [key, group] of groups) if (group.length < 2) groups.delete(key);
  return groups;
}

// A repetition may overwrite only what nobody confirmed by hand: empty, pre-translated or draft
// segments, and earlier repetition fills. Hand-confirmed, reviewed and approved translations are left alone.
function mayOverwrite(segment: Segment): boolean {
  if (segment.unlinked) return false;
  if (segment.status === 'untranslated' || segment.status === 'pre-translated' || segment.status === 'draft') return true;
  return segment.status === 'translated' && segment.origin === 'repetition';
}

/**
 * After the translator confirms a segment, fills its linked repetitions across all articles
 * (status translated, origin repetition). Returns a new array; untouched articles keep their identity.
 * An unlinked or empty confirmed segment propagates nothing.
 */
export function propagateConfirmation(articles: readonly Article[], articleId: string, segmentId: string, now?: string): Article[] {
  const confirmed = articles.find((a) => a.id === articleId)?.segments.find((s) => s.id === segmentId);
  if (!confirmed || confirmed.unlinked || !confirmed.target.trim()) return [...articles];
  const key = repetitionKey(confirmed.source);
  return articles.map((article) => {
    let changed = false;
    const segments = article.segments.map((segment) => {
      if ((article.id === articleId && segment.id === segmentId) || !mayOverwrite(segment)) return segment;
      if (repetitionKey(segment.source) !== key) return segment;
      if (segment.target === confirmed.target && segment.status === 'translated' && segment.origin === 'repetition') return segment;
      changed = true;
      const filled: Segment = { ...segment, target: confirmed.target, status: 'translated', origin: 'repetition' };
      if (now) filled.updatedAt = now;
      return filled;
    });
    return changed ? { ...article, segments } : article;
  });
}
