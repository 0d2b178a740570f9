/**
 * Argument schemas of the project replace calls, spread into apiSchemas in api-schemas.ts; the
 * mapped type checks them against the contract. The id schema is passed in so the rules stay the
 * ones api-schemas.ts defines.
 */
import { z } from 'zod';
import type { ApiArgs } from './contract.ts';
import { MAX_QUERY_LENGTH } from '../articles/find-replace/text-search.ts';

/** Limits of the replace calls. */
export const REPLACE_LIMITS = {
  queryChars: MAX_QUERY_LENGTH,
  replacementChars: 10_000,
  articleIds: 10_000,
  selectedChanges: 100_000,
  segmentTextChars: 100_000,
} as const;

/** The calls whose schemas this module defines. */
export type ReplaceCallName = 'project.previewReplace' | 'project.replace' | 'project.undoReplace';

/** Schemas of the replace calls, given the shared id schema. */
export function replaceSchemas(id: z.ZodType<string>): { [N in ReplaceCallName]: z.ZodType<ApiArgs<N>> } {
  const request = {
    query: z.string().min(1).max(REPLACE_LIMITS.queryChars),
    replacement: z.string().max(REPLACE_LIMITS.replacementChars),
    options: z.strictObject({ matchCase: z.boolean(), wholeWord: z.boolean(), regex: z.boolean() }),
    articleIds: z.array(id).max(REPLACE_LIMITS.articleIds).optional(),
  };
  return {
    'project.previewReplace': z.strictObject(request),
    'project.replace': z.strictObject({
      ...request,
      selected: z.array(z.strictObject({ articleId: id, segmentId: id, before: z.string().max(REPLACE_LIMITS.segmentTextChars) })).max(REPLACE_LIMITS.selectedChanges),
    }),
    'project.undoReplace': z.strictObject({ stepId: z.string().min(1).max(100).optional() }),
  };
}
