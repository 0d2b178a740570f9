/**
 * A large glossary on disk as a base file plus a small changes file (issue 10: a 50,000-entry
 * glossary is a 22 MB glossary.json, and rewriting it per upsert cost seconds):
 *
 *   glossary.json          the base: the whole glossary as it was at the last compaction
 *   glossary.changes.json  the entries changed, added or deleted since, and the glossary revision
 *
 * A save writes the changes file only (its size grows with the entries changed since the base, not
 * with the glossary), through the store's atomic write or its journal like any other file. When the
 * changes file would hold more than `compactAbove` entries, or the new order of entries cannot be
 * told by it, the save writes the whole glossary.json again and deletes the changes file, in one
 * journaled commit. The changes file names the SHA-256 of the base it applies to: a base replaced
 * by another program is never patched with changes made on top of an older one.
 *
 * A small glossary is written whole, as before (one file, nothing to replay): the changes file is
 * used only from `fromEntries` entries on, where the whole file costs more than the bookkeeping.
 */
import type { Glossary, GlossaryEntry } from '../../glossary/model.ts';
import { GLOSSARY_SCHEMA_VERSION } from '../../glossary/model.ts';
import type { ShapeCheck } from './schema.ts';

export const GLOSSARY_CHANGES_FILE = 'glossary.changes.json';
export const GLOSSARY_CHANGES_SCHEMA_VERSION = 1;

/** When a glossary is stored as base + changes (see the file comment). */
export interface GlossaryChangesPolicy {
  /** Glossaries with fewer entries are written whole (default 2,000). */
  fromEntries: number;
  /** Most changed entries the changes file holds before the base is rewritten (default 1% of the entries, at least 200). */
  compactAbove: (entries: number) => number;
}

export const DEFAULT_GLOSSARY_CHANGES_POLICY: GlossaryChangesPolicy = {
  fromEntries: 2000,
  compactAbove: (entries) => Math.max(200, Math.ceil(entries / 100)),
};

/** glossary.changes.json on disk. */
export interface GlossaryChangesFile {
  schemaVersion: number;
  /** The base these changes apply to: glossary.json's SHA-256 and revision. */
  base: { sha256: string; revision: number };
  /** The glossary's revision with the changes applied. */
  revision: number;
  /** Ids of base entries deleted (or deleted and added again: then they are in `upserts` too, at the end). */
  deleted: string[];
  /** Changed base entries (replaced in place) and added entries (appended, in this order). */
  upserts: GlossaryEntry[];
}

/** The base the store holds: what glossary.json contains, by id. */
export interface GlossaryBase {
  sha256: string;
  revision: number;
  /** Entry ids of glossary.json in order. */
  ids: readonly string[];
  idSet: ReadonlySet<string>;
}

/** Changes since the base, as the store holds them. */
export interface HeldChanges {
  deleted: Set<string>;
  /** Insertion order = the order added entries are appended in. */
  upserts: Map<string, GlossaryEntry>;
}

/** The base of a glossary just read or written whole. */
export function baseOf(glossary: Glossary, sha256: string): GlossaryBase {
  const ids = glossary.entries.map((entry) => entry.id);
  return { sha256, revision: glossary.revision ?? 0, ids, idSet: new Set(ids) };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Checks glossary.changes.json (the store's shape check, like schema.ts). */
export function checkGlossaryChanges(value: unknown): ShapeCheck<GlossaryChangesFile> {
  if (!isObject(value)) return { ok: false, problem: 'not a JSON object' };
  const version = value.schemaVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) return { ok: false, problem: 'no valid schemaVersion' };
  if (version > GLOSSARY_CHANGES_SCHEMA_VERSION) {
    return { ok: false, newer: version, problem: `schemaVersion ${version} is newer than this version of Anuvad understands (${GLOSSARY_CHANGES_SCHEMA_VERSION})` };
  }
  const base = value.base;
  if (!isObject(base) || typeof base.sha256 !== 'string' || typeof base.revision !== 'number') return { ok: false, problem: 'base is not { sha256, revision }' };
  if (typeof value.revision !== 'number') return { ok: false, problem: 'revision is not a number' };
  if (!Array.isArray(value.deleted) || !value.deleted.every((id) => typeof id === 'string')) return { ok: false, problem: 'deleted is not a list of ids' };
  if (!Array.isArray(value.upserts) || !value.upserts.every((entry) => isObject(entry) && typeof entry.id === 'string')) {
    return { ok: false, problem: 'upserts is not a list of entries with ids' };
  }
  return { ok: true, value: value as unknown as GlossaryChangesFile };
}

/** The held form of a changes file. */
export function heldChangesOf(file: GlossaryChangesFile): HeldChanges {
  return { deleted: new Set(file.deleted), upserts: new Map(file.upserts.map((entry) => [entry.id, entry])) };
}

/** The glossary the base and the changes make (entries of `base` in place, added ones appended). */
export function applyChanges(base: Glossary, changes: HeldChanges, revision: number): Glossary {
  const baseIds = new Set<string>();
  const entries: GlossaryEntry[] = [];
  for (const entry of base.entries) {
    baseIds.add(entry.id);
    if (changes.deleted.has(entry.id)) continue;
    entries.push(changes.upserts.get(entry.id) ?? entry);
  }
  for (const [id, entry] of changes.upserts) if (!baseIds.has(id) || changes.deleted.has(id)) entries.push(entry);
  return { ...base, entries, revision };
}

/**
 * The changes file that turns the base into `next`, built from `previous` (the held glossary, the
 * base with `changes` applied) by looking only at entries that are not the held objects; undefined
 * when the changes file cannot express `next` (another order, other top-level fields) or would
 * outgrow the policy: then the base is rewritten.
 */
export function nextChanges(
  base: GlossaryBase, changes: HeldChanges | undefined, previous: Glossary, next: Glossary, policy: GlossaryChangesPolicy,
): HeldChanges | undefined {
  if (next.entries.length < policy.fromEntries) return undefined;
  const { entries: _e, revision: _r, schemaVersion: _s, ...otherFields } = next;
  if (Object.keys(otherFields).length > 0) return undefined;
  const deleted = new Set(changes?.deleted ?? []);
  const upserts = new Map(changes?.upserts ?? []);
  const fits = () => upserts.size + deleted.size <= policy.compactAbove(next.entries.length);
  const before = previous.entries;
  const isBaseEntry = (id: string) => base.idSet.has(id) && !deleted.has(id);
  // Fast path, an upsert's shape: entries changed in place and entries appended, all others the
  // held objects at their places (O(1) each, no index of the whole glossary).
  let fast = next.entries.length >= before.length;
  for (let index = 0; fast && index < next.entries.length; index++) {
    const entry = next.entries[index];
    const old = before[index];
    if (old === entry) continue;
    if (old !== undefined && old.id === entry.id) upserts.set(entry.id, entry);
    else if (old === undefined && !isBaseEntry(entry.id) && !upserts.has(entry.id)) upserts.set(entry.id, entry);
    else fast = false;
  }
  if (fast) return fits() ? { deleted, upserts } : undefined;
  return slowNextChanges(base, changes, before, next, fits);
}

// Any other change (deletes, moves): compared by id, then the order checked against what the changes file gives.
function slowNextChanges(
  base: GlossaryBase, changes: HeldChanges | undefined, before: readonly GlossaryEntry[], next: Glossary, fits: () => boolean,
): HeldChanges | undefined {
  const deleted = new Set(changes?.deleted ?? []);
  const upserts = new Map(changes?.upserts ?? []);
  const heldById = new Map(before.map((each) => [each.id, each] as [string, GlossaryEntry]));
  const seen = new Set<string>();
  for (const entry of next.entries) {
    seen.add(entry.id);
    if (heldById.get(entry.id) === entry) continue;
    // Changed or added: a base entry deleted earlier and added again goes to the end, after the delete.
    if ((base.idSet.has(entry.id) && !deleted.has(entry.id)) || upserts.has(entry.id)) upserts.set(entry.id, entry);
    else {
      upserts.delete(entry.id);
      upserts.set(entry.id, entry);
    }
  }
  if (seen.size !== next.entries.length) return undefined;
  for (const entry of before) {
    if (seen.has(entry.id)) continue;
    upserts.delete(entry.id);
    if (base.idSet.has(entry.id)) deleted.add(entry.id);
  }
  if (!fits()) return undefined;
  // The order the changes file gives must be next's order; anything else (an import that reorders) is a rewrite.
  let at = 0;
  const ids = next.entries;
  for (const id of base.ids) {
    if (deleted.has(id)) continue;
    if (ids[at]?.id !== id) return undefined;
    at++;
  }
  for (const [id] of upserts) {
    if (base.idSet.has(id) && !deleted.has(id)) continue;
    if (ids[at]?.id !== id) return undefined;
    at++;
  }
  return at === ids.length ? { deleted, upserts } : undefined;
}

/** The changes file to write for `changes` over `base`. */
export function changesFile(base: GlossaryBase, changes: HeldChanges, revision: number): GlossaryChangesFile {
  return {
    schemaVersion: GLOSSARY_CHANGES_SCHEMA_VERSION,
    base: { sha256: base.sha256, revision: base.revision },
    revision,
    deleted: [...changes.deleted],
    upserts: [...changes.upserts.values()],
  };
}

/** An empty glossary of the current schema (no base file yet). */
export const EMPTY_GLOSSARY: Glossary = { schemaVersion: GLOSSARY_SCHEMA_VERSION, entries: [] };
