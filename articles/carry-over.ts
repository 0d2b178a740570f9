import type { Article } from './model.ts';
import { carryOverFieldTranslations } from './field-translations.ts';

/** Keeps the translations of segments whose id (text + neighbours) survives a re-import, and the header fields' English. */
export function carryOverTranslations(fresh: Article, previous: Article | undefined): Article {
  if (!previous) return fresh;
  const before = new Map(previous.segments.map((segment) => [segment.id, segment]));
  return {
    ...carryOverFieldTranslations(fresh, previous),
    segments: fresh.segments.map((segment) => {
      const old = before.get(segment.id);
      if (!old || (!old.target && old.status === 'untranslated')) return segment;
      const { target, status, origin, overrideReason, unlinked, updatedAt } = old;
      return { ...segment, target, status, origin, overrideReason, unlinked, updatedAt };
    }),
  };
}
