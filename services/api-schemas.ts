/**
 * One zod schema per API call: strict objects, bounded strings and arrays. Every transport's payload
 * passes through `parseArgs` before a handler sees it.
 */
import { z } from 'zod';
import { fieldSchemas } from './field-schemas.ts';
import { spellSchemas } from './spell-schemas.ts';
import type { ApiArgs, ApiName, GlossaryEntryField } from './contract.ts';
import { ApiFailure } from './api-failure.ts';
import { reviewSchemas } from './review-schemas.ts';
import { memorySchemas } from './memory-schemas.ts';
import { replaceSchemas } from './replace-schemas.ts';
import { analysisSchemas } from './analysis-schemas.ts';
import { qaReportSchemas } from './qa-report-schemas.ts';

/** Limits that keep one request from exhausting memory; documented in electron/README.md. */
export const LIMITS = {
  idChars: 200,
  fileNameChars: 255,
  pagesPerImport: 200,
  /** Base64 of one page: 40 M characters ≈ 30 MB of raw bytes. */
  pageBase64Chars: 40_000_000,
  segmentTextChars: 100_000,
  termScanChars: 2_000_000,
  overrideReasonChars: 2_000,
  termChars: 500,
  termListItems: 200,
  noteChars: 10_000,
  /** Entries of one glossary.import (our largest tested glossary is 50,000). */
  importEntries: 200_000,
  /** Pairs of one glossary.checkDocument call (a longer document is checked in parts). */
  checkDocumentPairs: 5_000,
} as const;

// The fields of an entry other than its id (GlossaryEntryField in the contract).
const ENTRY_FIELDS = ['source', 'sourceVariants', 'target', 'targetAlternates', 'forbidden', 'type', 'caseSensitive', 'matchMode', 'note',
  'status', 'createdAt', 'updatedAt', 'author', 'revision', 'acceptedForms', 'rejectedForms'] as const satisfies readonly GlossaryEntryField[];
// A field added to GlossaryEntry and not listed above fails to compile here (glossary.import would refuse it).
type UnlistedEntryField = Exclude<GlossaryEntryField, (typeof ENTRY_FIELDS)[number]>;
const everyEntryFieldListed: [UnlistedEntryField] extends [never] ? true : UnlistedEntryField = true;
void everyEntryFieldListed;

// Ids become file names (articles/<id>.json): no separators, no control characters, no dot-only names.
const id = z.string().min(1).max(LIMITS.idChars)
  .regex(/^[^/\\\u0000-\u001f\u007f]+$/u, 'must not contain path separators or control characters')
  .refine((value) => value !== '.' && value !== '..', 'must not be . or ..');
const fileName = z.string().min(1).max(LIMITS.fileNameChars)
  .regex(/^[^/\\\u0000-\u001f\u007f]+$/u, 'must be a file name without folders')
  .refine((value) => value !== '.' && value !== '..', 'must not be . or ..');
const empty = z.strictObject({});
const term = z.string().min(1).max(LIMITS.termChars);
const termList = z.array(term).max(LIMITS.termListItems);
const timestamp = z.string().max(40);
// pre-translated is accepted (an undo can send it back) but the workflow never lets a save set it.
const segmentStatus = z.enum(['untranslated', 'pre-translated', 'draft', 'translated', 'reviewed', 'approved']);

const glossaryEntry = z.strictObject({
  id,
  source: term,
  sourceVariants: termList,
  target: term,
  targetAlternates: termList,
  forbidden: termList,
  acceptedForms: termList.optional(),
  rejectedForms: termList.optional(),
  type: z.enum(['person', 'place', 'organization', 'term']),
  caseSensitive: z.boolean(),
  matchMode: z.enum(['exact', 'inflected']),
  note: z.string().max(LIMITS.noteChars),
  status: z.enum(['proposed', 'approved']),
  createdAt: timestamp,
  updatedAt: timestamp,
  author: z.string().max(LIMITS.termChars),
  revision: z.number().int().nonnegative().optional(),
});
// The revision a write was based on (services/store/revisions.ts).
const baseRevision = z.number().int().nonnegative().max(Number.MAX_SAFE_INTEGER).optional();

/** The schema of every call's argument; the mapped type makes the compiler check it against the contract. */
export const apiSchemas: { [N in ApiName]: z.ZodType<ApiArgs<N>> } = {
  'project.info': empty,
  'settings.get': empty,
  'settings.set': z.strictObject({ uiLanguage: z.enum(['en', 'hi']).optional(), houseStyle: z.enum(['en-GB', 'en-US']).optional(), baseRevision }),
  'article.list': empty,
  'article.summaries': empty,
  'article.get': z.strictObject({ id }),
  'article.import': z.strictObject({
    pages: z.array(z.strictObject({
      name: fileName,
      base64: z.string(),
    }).superRefine((page, context) => {
      // Checked on the page, not the string, so the refusal names the file the person chose.
      if (page.base64.length > LIMITS.pageBase64Chars) {
        context.addIssue({ code: 'custom', path: ['base64'], message: `${page.name}: about ${Math.floor(page.base64.length / 4) * 3} bytes, larger than the ${LIMITS.pageBase64Chars / 4 * 3}-byte upload limit for one page` });
      } else if (!/^[A-Za-z0-9+/]*={0,2}$/.test(page.base64)) {
        context.addIssue({ code: 'custom', path: ['base64'], message: `${page.name}: must be base64` });
      }
    })).min(1).max(LIMITS.pagesPerImport),
  }),
  'article.saveSegment': z.strictObject({
    articleId: id,
    segmentId: id,
    target: z.string().max(LIMITS.segmentTextChars),
    status: segmentStatus.optional(),
    overrideReason: z.string().trim().min(1).max(LIMITS.overrideReasonChars).optional(),
    baseRevision,
  }),
  'article.ignoreIssue': z.strictObject({
    articleId: id,
    segmentId: id,
    key: z.string().min(1).max(LIMITS.segmentTextChars),
    reason: z.string().trim().min(1).max(LIMITS.overrideReasonChars).nullable(),
    baseRevision,
  }),
  ...fieldSchemas(id, baseRevision),
  'article.restoreRemoved': z.strictObject({ articleId: id, line: z.number().int().positive().max(10_000_000) }),
  'article.joinSegments': z.strictObject({ articleId: id, segmentId: id }),
  'article.splitSegment': z.strictObject({ articleId: id, segmentId: id }),
  'glossary.get': empty,
  'glossary.upsert': z.strictObject({ entry: glossaryEntry, baseRevision }),
  'glossary.delete': z.strictObject({ id, baseRevision }),
  'glossary.terms': z.strictObject({ text: z.string().max(LIMITS.termScanChars) }),
  'glossary.check': z.strictObject({
    source: z.string().max(LIMITS.segmentTextChars),
    target: z.string().max(LIMITS.segmentTextChars),
  }),
  'glossary.checkDocument': z.strictObject({
    pairs: z.array(z.strictObject({
      source: z.string().max(LIMITS.segmentTextChars),
      target: z.string().max(LIMITS.segmentTextChars),
    })).max(LIMITS.checkDocumentPairs),
  }),
  'glossary.occurrences': z.strictObject({ entryId: id }),
  'glossary.import': z.strictObject({
    entries: z.array(glossaryEntry).max(LIMITS.importEntries),
    fields: z.array(z.enum(ENTRY_FIELDS)).optional(),
    conflicts: z.enum(['skip', 'take-incoming']).optional(),
    dryRun: z.boolean().optional(),
  }),
  ...reviewSchemas,
  ...memorySchemas({ id, fileName, glossaryEntry }),
  ...replaceSchemas(id),
  ...analysisSchemas(id),
  ...spellSchemas,
  ...qaReportSchemas(id),
  'desk.status': empty,
  'desk.connect': z.strictObject({
    database: z.string().min(1).max(2000).regex(/^postgres(ql)?:\/\//, 'must be a postgresql:// URL'),
    user: z.string().min(1).max(64),
    password: z.string().min(1).max(1000),
  }),
  'desk.sync': empty,
  'desk.disconnect': empty,
  'desk.presence': z.strictObject({ articleId: id.nullable() }),
};

/** Validates `args` for call `name`; throws a 'bad-input' ApiFailure naming the offending fields. */
export function parseArgs<N extends ApiName>(name: N, args: unknown): ApiArgs<N> {
  // A missing body means "no arguments"; calls that need some will still fail below.
  const parsed = apiSchemas[name].safeParse(args ?? {});
  if (parsed.success) return parsed.data;
  const details = parsed.error.issues.slice(0, 5)
    .map((issue) => `${issue.path.length ? issue.path.join('.') : '(arguments)'}: ${issue.message}`);
  throw new ApiFailure({ code: 'bad-input', message: `Invalid arguments for ${name}: ${details.join('; ')}` });
}
