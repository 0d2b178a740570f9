/**
 * Argument schemas of the translation-memory, repetition and glossary-propagation calls, spread
 * into apiSchemas in api-schemas.ts; the mapped type checks them against the contract. Built from
 * the id and glossary-entry schemas passed in, so the rules stay the ones api-schemas.ts defines
 * (an import the other way would be a cycle).
 */
import { z } from 'zod';
import type { ApiArgs, GlossaryEntry } from './contract.ts';

/** Limits of the memory calls; documented in electron/README.md beside the others. */
export const MEMORY_LIMITS = {
  /** Base64 of one imported memory: 64 MiB of raw bytes, the CLI's limit for a memory file. */
  memoryBase64Chars: Math.ceil((64 * 1024 * 1024) / 3) * 4,
  memoryNameChars: 100,
  concordanceQueryChars: 500,
  /** Text of one tm.search: a segment's size limit. */
  searchTextChars: 100_000,
  resultLimit: 500,
  /** Segments selected in one propagation. */
  selectedChanges: 100_000,
} as const;

/** The calls whose schemas this module defines. */
export type MemoryCallName =
  | 'tm.lookup' | 'tm.search' | 'tm.concordance' | 'tm.memories' | 'tm.import' | 'repetitions.get' | 'segment.unlink'
  | 'glossary.previewPropagation' | 'glossary.applyPropagation' | 'glossary.undoPropagation';

/** Schemas of the memory calls, given the shared id and glossary-entry schemas. */
export function memorySchemas(shared: { id: z.ZodType<string>; fileName: z.ZodType<string>; glossaryEntry: z.ZodType<GlossaryEntry> }): { [N in MemoryCallName]: z.ZodType<ApiArgs<N>> } {
  const { id, fileName, glossaryEntry } = shared;
  const limit = z.number().int().min(1).max(MEMORY_LIMITS.resultLimit).optional();
  const propagation = {
    entryId: id,
    before: glossaryEntry.optional(),
    after: glossaryEntry.optional(),
  };
  return {
    'tm.lookup': z.strictObject({ articleId: id, segmentId: id, min: z.number().min(0).max(1).optional(), limit }),
    // A Hindi sentence or paragraph; the memory compares whole segments, so a page is pointless.
    'tm.search': z.strictObject({ text: z.string().min(1).max(MEMORY_LIMITS.searchTextChars), min: z.number().min(0).max(1).optional(), limit }),
    'tm.concordance': z.strictObject({ query: z.string().max(MEMORY_LIMITS.concordanceQueryChars), limit }),
    'tm.memories': z.strictObject({}),
    'tm.import': z.strictObject({
      fileName,
      name: z.string().min(1).max(MEMORY_LIMITS.memoryNameChars).optional(),
      base64: z.string().max(MEMORY_LIMITS.memoryBase64Chars).regex(/^[A-Za-z0-9+/]*={0,2}$/, 'must be base64'),
    }),
    'repetitions.get': z.strictObject({ articleId: id }),
    'segment.unlink': z.strictObject({ articleId: id, segmentId: id, unlinked: z.boolean().optional() }),
    'glossary.previewPropagation': z.strictObject(propagation),
    'glossary.applyPropagation': z.strictObject({
      ...propagation,
      selected: z.array(z.strictObject({ articleId: id, segmentId: id, before: z.string().max(100_000) })).max(MEMORY_LIMITS.selectedChanges).optional(),
    }),
    'glossary.undoPropagation': z.strictObject({}),
  };
}
