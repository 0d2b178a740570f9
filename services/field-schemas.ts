/**
 * Argument schema of article.saveField, spread into apiSchemas in api-schemas.ts; the mapped type
 * checks it against the contract. The id and revision schemas are passed in so the rules stay the
 * ones api-schemas.ts defines.
 */
import { z } from 'zod';
import type { ApiArgs } from './contract.ts';
import { TRANSLATABLE_FIELDS } from '../articles/field-translations.ts';

/** A header field is a line of the page: its English stays short. */
export const FIELD_TEXT_CHARS = 2_000;

/** The call whose schema this module defines. */
export type FieldCallName = 'article.saveField';

/** Schema of article.saveField, given the shared id and baseRevision schemas. */
export function fieldSchemas(id: z.ZodType<string>, baseRevision: z.ZodType<number | undefined>): { [N in FieldCallName]: z.ZodType<ApiArgs<N>> } {
  return {
    'article.saveField': z.strictObject({
      articleId: id,
      field: z.enum(TRANSLATABLE_FIELDS as [typeof TRANSLATABLE_FIELDS[number], ...typeof TRANSLATABLE_FIELDS[number][]]),
      // One line: a line break would split the field in the exports' layout.
      target: z.string().max(FIELD_TEXT_CHARS).refine((text) => !/[\r\n\u2028\u2029]/u.test(text), 'must be one line'),
      baseRevision,
    }),
  };
}
