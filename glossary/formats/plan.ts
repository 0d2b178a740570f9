/** Import as a preview, then a transaction: plan what an imported file would do, then apply it. */

import type { Glossary, GlossaryEntry } from '../model.ts';
import { CONTENT_FIELDS, sourceKey, type EntryField, type ImportProblem } from './entries.ts';

/** An incoming entry that cannot be applied without a decision. */
export interface ImportConflict {
  existing: GlossaryEntry;
  incoming: GlossaryEntry;
  reason: string;
}

/** What importing a file would do to a glossary; nothing has changed yet. */
export interface GlossaryImportPlan {
  added: GlossaryEntry[];
  changed: { before: GlossaryEntry; after: GlossaryEntry }[];
  conflicts: ImportConflict[];
  unchanged: number;
  /** True when the file had an error: applying such a plan changes nothing. */
  blocked: boolean;
  /** The fields the imported format carries; only these are compared and copied. */
  fields: readonly EntryField[];
}

/** Options of planGlossaryImport. */
export interface PlanOptions {
  /** Fields the source format carries (parseGlossary returns them); default: every content field. */
  fields?: readonly EntryField[];
  /** Problems found while reading the file; any error blocks the import. */
  problems?: readonly ImportProblem[];
}

/** How applyGlossaryImport treats conflicts. */
export interface ApplyOptions {
  /** 'skip' (default) keeps the existing entries; 'take-incoming' lets the file win. */
  conflicts?: 'skip' | 'take-incoming';
}

const METADATA_FIELDS: readonly EntryField[] = ['createdAt', 'updatedAt', 'author'];

function sameValue(a: unknown, b: unknown): boolean {
  // An absent optional list (accepted/removed forms) is the same as an empty one.
  if (a === undefined && Array.isArray(b)) return b.length === 0;
  if (b === undefined && Array.isArray(a)) return a.length === 0;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((item, index) => item === b[index]);
  return a === b;
}

/** The existing entry updated with what the file carries; it keeps its id and creation time. */
function mergeEntry(existing: GlossaryEntry, incoming: GlossaryEntry, fields: readonly EntryField[]): GlossaryEntry {
  const merged: GlossaryEntry = { ...existing };
  const target = merged as unknown as Record<string, unknown>;
  for (const field of fields) {
    if (field === 'createdAt') continue;
    const value = incoming[field];
    // Optional lists stay absent rather than empty, as the store writes them.
    if (value === undefined || ((field === 'acceptedForms' || field === 'rejectedForms') && Array.isArray(value) && value.length === 0)) delete target[field];
    else target[field] = value;
  }
  merged.updatedAt = incoming.updatedAt;
  merged.author = incoming.author;
  return merged;
}

function allSourceKeys(entry: GlossaryEntry): string[] {
  return [entry.source, ...entry.sourceVariants].map(sourceKey);
}

/**
 * Compares incoming entries with a glossary: an entry matches by id, else by normalised source
 * term. New entries are added; matched ones whose carried fields differ are changed; contradicting
 * ones (the id names one entry and the source another, a spelling that belongs to another entry,
 * an approved rendering the glossary forbids, a duplicate in the file) are conflicts.
 */
export function planGlossaryImport(current: Glossary, incoming: readonly GlossaryEntry[], options: PlanOptions = {}): GlossaryImportPlan {
  const fields = options.fields ?? CONTENT_FIELDS;
  const compared = fields.filter((field) => !METADATA_FIELDS.includes(field));
  const byId = new Map(current.entries.map((entry) => [entry.id, entry]));
  const bySource = new Map<string, GlossaryEntry>();
  const bySpelling = new Map<string, GlossaryEntry>();
  for (const entry of current.entries) {
    bySource.set(sourceKey(entry.source), entry);
    for (const key of allSourceKeys(entry)) if (!bySpelling.has(key)) bySpelling.set(key, entry);
  }
  const plan: GlossaryImportPlan = {
    added: [], changed: [], conflicts: [], unchanged: 0, fields,
    blocked: (options.problems ?? []).some((problem) => problem.severity === 'error'),
  };
  const seen = new Map<string, GlossaryEntry>();
  for (const entry of incoming) {
    const key = sourceKey(entry.source);
    const duplicate = seen.get(key);
    if (duplicate) {
      plan.conflicts.push({ existing: duplicate, incoming: entry, reason: 'duplicate-in-file' });
      continue;
    }
    seen.set(key, entry);
    const idMatch = byId.get(entry.id);
    const sourceMatch = bySource.get(key);
    if (idMatch && sourceMatch && idMatch !== sourceMatch) {
      plan.conflicts.push({ existing: idMatch, incoming: entry, reason: 'id-and-source-name-different-entries' });
      continue;
    }
    const existing = idMatch ?? sourceMatch;
    // A spelling of the incoming entry that already belongs to a different entry makes terms ambiguous.
    const clash = allSourceKeys(entry).map((spelling) => bySpelling.get(spelling)).find((owner) => owner && owner !== existing);
    if (clash) {
      plan.conflicts.push({ existing: clash, incoming: entry, reason: 'spelling-belongs-to-another-entry' });
      continue;
    }
    if (!existing) {
      plan.added.push(entry);
      continue;
    }
    const after = mergeEntry(existing, entry, fields);
    // The file would make a rendering the desk has forbidden the approved one: a human decides.
    const forbiddenHere = existing.forbidden.map((term) => term.toLowerCase());
    if (fields.includes('target') && forbiddenHere.includes(entry.target.toLowerCase())) {
      plan.conflicts.push({ existing, incoming: entry, reason: 'target-is-forbidden-in-glossary' });
      continue;
    }
    if (compared.every((field) => sameValue(existing[field], after[field]))) plan.unchanged++;
    else plan.changed.push({ before: existing, after });
  }
  return plan;
}

/**
 * Applies a plan and returns the new glossary (the input is not modified). A blocked plan (the
 * file had errors) returns the glossary unchanged. Conflicts are skipped unless told otherwise.
 */
export function applyGlossaryImport(current: Glossary, plan: GlossaryImportPlan, options: ApplyOptions = {}): Glossary {
  if (plan.blocked) return current;
  const replacements = new Map<string, GlossaryEntry>();
  for (const change of plan.changed) replacements.set(change.before.id, change.after);
  const added = [...plan.added];
  if (options.conflicts === 'take-incoming') {
    for (const conflict of plan.conflicts) {
      if (conflict.reason === 'duplicate-in-file') continue;
      replacements.set(conflict.existing.id, mergeEntry(conflict.existing, conflict.incoming, plan.fields));
    }
  }
  const taken = new Set(current.entries.map((entry) => entry.id));
  return {
    ...current,
    entries: [
      ...current.entries.map((entry) => replacements.get(entry.id) ?? entry),
      // An added entry whose id is already taken (ids from another glossary) gets a fresh suffix.
      ...added.map((entry) => {
        let id = entry.id;
        for (let n = 2; taken.has(id); n++) id = `${entry.id}-${n}`;
        taken.add(id);
        return id === entry.id ? entry : { ...entry, id };
      }),
    ],
  };
}
