/**
 * Three-way merge of a glossary entry edited in two places (issue 13): fields only one side
 * changed since the common base are taken from that side; fields both sides changed differently
 * are clashes a person must decide. Bookkeeping fields (revision, updatedAt) are not compared.
 */
import type { GlossaryEntry } from './model.ts';

/** The fields a person edits, in the order a merge dialog shows them. */
export const MERGEABLE_ENTRY_FIELDS = [
  'source', 'sourceVariants', 'target', 'targetAlternates', 'forbidden', 'type', 'caseSensitive', 'matchMode', 'note', 'status', 'author',
] as const satisfies readonly (keyof GlossaryEntry)[];

/** One editable field of an entry. */
export type MergeableEntryField = (typeof MERGEABLE_ENTRY_FIELDS)[number];

/** Outcome of a merge: the merged entry (clashing fields hold `mine`) and the fields that clash. */
export interface EntryMerge {
  merged: GlossaryEntry;
  clashes: MergeableEntryField[];
}

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** Merges `mine` and `theirs`, both edited from `base`, field by field. */
export function mergeEntryFields(base: GlossaryEntry, mine: GlossaryEntry, theirs: GlossaryEntry): EntryMerge {
  const merged = { ...theirs } as Record<MergeableEntryField, unknown>;
  const clashes: MergeableEntryField[] = [];
  for (const field of MERGEABLE_ENTRY_FIELDS) {
    const mineChanged = !same(mine[field], base[field]);
    const theirsChanged = !same(theirs[field], base[field]);
    if (mineChanged && theirsChanged && !same(mine[field], theirs[field])) {
      clashes.push(field);
      merged[field] = mine[field];
    } else if (mineChanged) merged[field] = mine[field];
  }
  return { merged: merged as unknown as GlossaryEntry, clashes };
}
