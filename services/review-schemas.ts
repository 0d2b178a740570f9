/**
 * Argument schemas of the alignment review and export calls (align.*, export.*), spread into
 * apiSchemas in api-schemas.ts; the mapped type checks them against the contract.
 */
import { z } from 'zod';
import type { ApiArgs } from './contract.ts';

/** Limits of the review calls; documented in electron/README.md beside the others. */
export const REVIEW_LIMITS = {
  /** One English translation: 2 M characters, far above any news article. */
  englishChars: 2_000_000,
  /** Articles in one batch alignment call. */
  batchItems: 200,
  linkIndex: 100_000,
  sentenceOffset: 1_000_000,
  /** Articles in one English export. */
  exportArticles: 1_000,
} as const;

// The same id rule as api-schemas.ts (ids become file names). Kept here rather than imported,
// because api-schemas.ts imports this file and a cycle would read the constant before it exists.
const id = z.string().min(1).max(200)
  .regex(/^[^/\\\u0000-\u001f\u007f]+$/u, 'must not contain path separators or control characters')
  .refine((value) => value !== '.' && value !== '..', 'must not be . or ..');
const empty = z.strictObject({});
const linkIndex = z.number().int().min(0).max(REVIEW_LIMITS.linkIndex);
const alignRequest = z.strictObject({
  articleId: id,
  english: z.string().max(REVIEW_LIMITS.englishChars).refine((text) => text.trim() !== '', 'must not be empty'),
  fileName: z.string().min(1).max(255).optional(),
});

const reviewOp = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('accept'), linkIndex }),
  z.strictObject({ type: z.literal('acceptAbove'), threshold: z.number().min(0).max(1) }),
  z.strictObject({ type: z.literal('mergeNext'), linkIndex }),
  z.strictObject({ type: z.literal('mergePrev'), linkIndex }),
  z.strictObject({ type: z.literal('splitEnglish'), linkIndex, sentenceIndex: z.number().int().min(0).max(1000), offset: z.number().int().min(0).max(REVIEW_LIMITS.sentenceOffset) }),
  z.strictObject({ type: z.literal('moveSentence'), linkIndex, direction: z.enum(['previous', 'next']) }),
  z.strictObject({ type: z.literal('markUntranslated'), linkIndex }),
  z.strictObject({ type: z.literal('markAddition'), linkIndex }),
  z.strictObject({ type: z.literal('splitLink'), linkIndex, enCount: z.number().int().min(1).max(1000) }),
  z.strictObject({ type: z.literal('resolveConflict'), segmentId: id, keep: z.enum(['mine', 'aligned']) }),
  z.strictObject({ type: z.literal('undo') }),
]);

/** Schemas of the align.* and export.* calls. */
export const reviewSchemas: {
  'align.list': z.ZodType<ApiArgs<'align.list'>>;
  'align.get': z.ZodType<ApiArgs<'align.get'>>;
  'align.run': z.ZodType<ApiArgs<'align.run'>>;
  'align.runBatch': z.ZodType<ApiArgs<'align.runBatch'>>;
  'align.edit': z.ZodType<ApiArgs<'align.edit'>>;
  'export.tmx': z.ZodType<ApiArgs<'export.tmx'>>;
  'export.xliff': z.ZodType<ApiArgs<'export.xliff'>>;
  'export.linksCsv': z.ZodType<ApiArgs<'export.linksCsv'>>;
  'export.english': z.ZodType<ApiArgs<'export.english'>>;
} = {
  'align.list': empty,
  'align.get': z.strictObject({ articleId: id }),
  'align.run': alignRequest,
  'align.runBatch': z.strictObject({ items: z.array(alignRequest).min(1).max(REVIEW_LIMITS.batchItems) }),
  'align.edit': z.strictObject({ articleId: id, op: reviewOp }),
  'export.tmx': z.strictObject({ pairs: z.enum(['aligned', 'confirmed']).optional() }),
  'export.xliff': z.strictObject({ articleId: id, version: z.enum(['1.2', '2.0']) }),
  'export.linksCsv': empty,
  'export.english': z.strictObject({ articleIds: z.array(id).min(1).max(REVIEW_LIMITS.exportArticles), format: z.enum(['txt', 'md', 'docx']) }),
};
