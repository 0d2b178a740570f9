/** Creating and validating glossary entries (pure: the clock, ids and author come in as arguments). */
import { z } from 'zod';
import type { Glossary, GlossaryEntry } from './model.ts';
import { termKey } from './normalize.ts';

const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._:-]*$/;
// ISO 8601 date-time, with or without milliseconds and zone.
const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/;

const nonBlank = z.string().refine((s) => s.trim().length > 0, 'must not be empty');

/** Shape of a GlossaryEntry as zod checks it (cross-field rules are in validateEntry). */
export const glossaryEntrySchema = z.object({
  id: z.string().regex(ID_PATTERN, 'must be a slug of letters, digits, . _ : -'),
  source: nonBlank,
  sourceVariants: z.array(nonBlank),
  target: nonBlank,
  targetAlternates: z.array(nonBlank),
  forbidden: z.array(nonBlank),
  acceptedForms: z.array(nonBlank).optional(),
  rejectedForms: z.array(nonBlank).optional(),
  type: z.enum(['person', 'place', 'organization', 'term']),
  caseSensitive: z.boolean(),
  matchMode: z.enum(['exact', 'inflected']),
  note: z.string(),
  status: z.enum(['proposed', 'approved']),
  createdAt: z.string().regex(ISO_DATE_TIME, 'must be an ISO 8601 date-time'),
  updatedAt: z.string().regex(ISO_DATE_TIME, 'must be an ISO 8601 date-time'),
  author: z.string(),
});

/** Lower-case ASCII slug of a text ("Kim Jong Un" → "kim-jong-un"); empty when nothing is left. */
export function slugify(text: string): string {
  return text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase()
    .replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
}

function cleanList(values: readonly string[] | undefined): string[] {
  const seen = new Set<string>();
  const result: string[] = [];
  for (const value of values ?? []) {
    const trimmed = value.trim().replace(/\s+/g, ' ');
    if (trimmed === '' || seen.has(trimmed)) continue;
    seen.add(trimmed);
    result.push(trimmed);
  }
  return result;
}

/**
 * Build a complete entry from the given fields with defaults (exact match, term, proposed, not case-sensitive);
 * strings are trimmed, lists de-duplicated; id defaults to a slug of the English target.
 */
export function createEntry(
  fields: Partial<GlossaryEntry> & { source: string; target: string },
  opts: { now: string; id?: string; author?: string },
): GlossaryEntry {
  const source = fields.source.trim().replace(/\s+/g, ' ');
  const target = fields.target.trim().replace(/\s+/g, ' ');
  return {
    id: opts.id ?? fields.id ?? (slugify(target) || 'entry'),
    source,
    sourceVariants: cleanList(fields.sourceVariants).filter((v) => v !== source),
    target,
    targetAlternates: cleanList(fields.targetAlternates).filter((v) => v !== target),
    forbidden: cleanList(fields.forbidden),
    ...optionalList('acceptedForms', fields.acceptedForms),
    ...optionalList('rejectedForms', fields.rejectedForms),
    type: fields.type ?? 'term',
    caseSensitive: fields.caseSensitive ?? false,
    matchMode: fields.matchMode ?? 'exact',
    note: (fields.note ?? '').trim(),
    status: fields.status ?? 'proposed',
    createdAt: fields.createdAt ?? opts.now,
    updatedAt: opts.now,
    author: opts.author ?? fields.author ?? '',
  };
}

// Absent and empty lists are the same: the field is left out, so older files and exports stay unchanged.
function optionalList<K extends 'acceptedForms' | 'rejectedForms'>(key: K, values: readonly string[] | undefined): Partial<Record<K, string[]>> {
  const list = cleanList(values);
  return list.length > 0 ? ({ [key]: list } as Partial<Record<K, string[]>>) : {};
}

function sameRendering(a: string, b: string, caseSensitive: boolean): boolean {
  const x = a.trim().replace(/\s+/g, ' ').replace(/’/g, "'");
  const y = b.trim().replace(/\s+/g, ' ').replace(/’/g, "'");
  return caseSensitive ? x === y : x.toLowerCase() === y.toLowerCase();
}

/** Problems with one entry as "field: message" strings; an empty array means the entry is valid. */
export function validateEntry(entry: unknown): string[] {
  const parsed = glossaryEntrySchema.safeParse(entry);
  if (!parsed.success) {
    return parsed.error.issues.map((issue) => `${issue.path.join('.') || 'entry'}: ${issue.message}`);
  }
  const e = parsed.data;
  const problems: string[] = [];
  const keyOf = (term: string) => termKey(term);
  if (keyOf(e.source) === '') problems.push('source: has no letters after normalisation');
  e.sourceVariants.forEach((variant, i) => {
    if (keyOf(variant) === '') problems.push(`sourceVariants.${i}: has no letters after normalisation`);
  });
  const allowed = [e.target, ...e.targetAlternates];
  e.forbidden.forEach((form, i) => {
    if (allowed.some((rendering) => sameRendering(rendering, form, e.caseSensitive))) {
      problems.push(`forbidden.${i}: "${form}" is also an allowed rendering`);
    }
  });
  (e.acceptedForms ?? []).forEach((form, i) => {
    if (e.forbidden.some((f) => sameRendering(f, form, e.caseSensitive))) {
      problems.push(`acceptedForms.${i}: "${form}" is also a forbidden rendering`);
    }
  });
  if (e.updatedAt < e.createdAt && ISO_DATE_TIME.test(e.updatedAt)) {
    problems.push('updatedAt: is before createdAt');
  }
  return problems;
}

/**
 * Problems with a whole glossary: each entry's (prefixed with its index and id), duplicate ids, and
 * two entries claiming the same normalised Hindi term.
 */
export function validateGlossary(glossary: Glossary): string[] {
  const problems: string[] = [];
  const ids = new Map<string, number>();
  const keys = new Map<string, string>();
  glossary.entries.forEach((entry, index) => {
    for (const problem of validateEntry(entry)) problems.push(`entries.${index} (${entry?.id ?? '?'}): ${problem}`);
    if (!entry || typeof entry.id !== 'string') return;
    const previous = ids.get(entry.id);
    if (previous !== undefined) problems.push(`entries.${index} (${entry.id}): duplicate id (also entries.${previous})`);
    else ids.set(entry.id, index);
    if (typeof entry.source !== 'string' || !Array.isArray(entry.sourceVariants)) return;
    for (const term of new Set([entry.source, ...entry.sourceVariants].map((t) => termKey(String(t))))) {
      const owner = keys.get(term);
      if (owner !== undefined && owner !== entry.id) {
        problems.push(`entries.${index} (${entry.id}): Hindi term "${term}" is also claimed by ${owner}`);
      } else keys.set(term, entry.id);
    }
  });
  return problems;
}

/**
 * The fields of an entry the checker reads (glossary/target-check.ts and what it uses): what it
 * finds in the Hindi and what it accepts or refuses in the English. The rest is bookkeeping
 * (note, status, author, dates, revision) and never changes a check.
 */
export const CHECKED_ENTRY_FIELDS = [
  'source', 'sourceVariants', 'target', 'targetAlternates', 'forbidden', 'acceptedForms', 'rejectedForms', 'type', 'caseSensitive', 'matchMode',
] as const satisfies readonly (keyof GlossaryEntry)[];

/** True when the checker answers the same for `a` and `b` (same id assumed): only bookkeeping differs. */
export function sameForChecks(a: GlossaryEntry, b: GlossaryEntry): boolean {
  return CHECKED_ENTRY_FIELDS.every((field) => JSON.stringify(a[field]) === JSON.stringify(b[field]));
}
