/**
 * Argument schemas of the QA report calls, spread into apiSchemas in api-schemas.ts; the mapped
 * type checks them against the contract. The id schema is passed in so the rules stay the ones
 * api-schemas.ts defines.
 */
import { z } from 'zod';
import type { ApiArgs } from './contract.ts';

/** Limits of the report calls. */
export const QA_REPORT_LIMITS = {
  /** Articles named in one request (a whole project is "none named"). */
  articleIds: 10_000,
} as const;

/** The calls whose schemas this module defines. */
export type QaReportCallName = 'report.qa' | 'report.qaHtml';

/** Schemas of the report calls, given the shared id schema. */
export function qaReportSchemas(id: z.ZodType<string>): { [N in QaReportCallName]: z.ZodType<ApiArgs<N>> } {
  const request = z.strictObject({
    articleIds: z.array(id).max(QA_REPORT_LIMITS.articleIds).optional(),
    language: z.enum(['en', 'hi']).optional(),
  });
  return { 'report.qa': request, 'report.qaHtml': request };
}
