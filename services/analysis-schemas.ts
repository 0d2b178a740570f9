/**
 * Argument schemas of the analysis calls, spread into apiSchemas in api-schemas.ts; the mapped
 * type checks them against the contract. The id schema is passed in so the rules stay the ones
 * api-schemas.ts defines.
 */
import { z } from 'zod';
import type { ApiArgs } from './contract.ts';

/** Limits of the analysis calls. */
export const ANALYSIS_LIMITS = {
  articleIds: 10_000,
} as const;

/** The calls whose schemas this module defines. */
export type AnalysisCallName = 'analysis.article' | 'analysis.project';

/** Schemas of the analysis calls, given the shared id schema. */
export function analysisSchemas(id: z.ZodType<string>): { [N in AnalysisCallName]: z.ZodType<ApiArgs<N>> } {
  return {
    'analysis.article': z.strictObject({ articleId: id }),
    'analysis.project': z.strictObject({ articleIds: z.array(id).max(ANALYSIS_LIMITS.articleIds).optional() }),
  };
}
