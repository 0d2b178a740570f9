import type { Article } from './model.ts';

/** Keeps the translations of segments whose id (text + neighbours) survives a re-import. */
export function carryOverTranslations(fresh: Article, previous: Article | undefined): Article {
  if (!previous) return fresh;
  const before = new Map(previous.segments.map((segment) => [segment.id, segment]));
  return {
    ...fresh,
    segments: fresh.segments.map((segment) => {
      const old = before.get(segment.id);
      if (!old || (!old.target && old.status === 'untranslated')) return segment;
      const { target, status, origin, overrideReason, unlinked, updatedAt } = old;
      return { ...segment, target, status, origin, overrideReason, unlinked, updatedAt };
    }),
  };
}
