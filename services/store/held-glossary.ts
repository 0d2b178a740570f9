/**
 * The glossary as a store holds it (issue 10: a 50,000-entry glossary). Held entries are frozen
 * objects that the store owns, so readers can share them instead of getting a deep copy of every
 * entry per read, and a save reuses every entry that is still the held object: copying, stamping
 * and serialising cost O(changed entries), not O(glossary). A caller that tries to change a held
 * entry in place gets a TypeError (strict mode) instead of silently changing the store.
 */
import type { Glossary, GlossaryEntry } from '../../glossary/model.ts';
import { revisionOf, stampEntry } from './revisions.ts';

const held = new WeakSet<object>();

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    for (const inner of Object.values(value)) deepFreeze(inner);
    Object.freeze(value);
  }
  return value;
}

/** `entry` as a held (frozen, store-owned) object: itself when it already is one, else a frozen copy. */
export function heldEntry(entry: GlossaryEntry): GlossaryEntry {
  if (held.has(entry)) return entry;
  const copy = deepFreeze(structuredClone(entry));
  held.add(copy);
  return copy;
}

/** Freezes a glossary just read from disk in place (the store owns it; nothing else holds it). */
export function adoptGlossary(glossary: Glossary): Glossary {
  for (const entry of glossary.entries) {
    deepFreeze(entry);
    held.add(entry);
  }
  return glossary;
}

/** What a reader gets: a new glossary object and entry array over the shared, frozen entries. */
export function glossaryForReader(glossary: Glossary): Glossary {
  return { ...glossary, entries: [...glossary.entries] };
}

/**
 * The glossary to hold after saving `next` over `previous`, stamped as stampGlossary does
 * (services/store/revisions.ts): an entry that is still the held object at its place (or under
 * its id) is kept as it is; any other entry is copied, frozen and stamped.
 */
export function holdGlossary(previous: Glossary | undefined, next: Glossary): Glossary {
  const before = previous?.entries ?? [];
  let byId: Map<string, GlossaryEntry> | undefined;
  const previousOf = (entry: GlossaryEntry, index: number) => {
    if (before[index]?.id === entry.id) return before[index];
    byId ??= new Map(before.map((each) => [each.id, each]));
    return byId.get(entry.id);
  };
  let changed = previous === undefined || before.length !== next.entries.length;
  const entries = next.entries.map((entry, index): GlossaryEntry => {
    const old = previousOf(entry, index);
    // The held object itself, already stamped: unchanged by construction.
    if (old === entry && held.has(entry) && entry.revision !== undefined) return entry;
    const stamped = stampEntry(old, entry);
    if (stamped.revision !== revisionOf(old)) changed = true;
    // Same content as the held one: keep that object, so the overlay and the store converge on one set.
    else if (old && held.has(old) && old.revision === stamped.revision) return old;
    // A held copy another layer already stamped the same way (the transaction's, on commit).
    if (held.has(entry) && entry.revision === stamped.revision) return entry;
    return heldEntry(stamped);
  });
  return { ...next, entries, revision: changed ? revisionOf(previous) + 1 : revisionOf(previous) };
}

// The pretty-printed text of each held entry, at its depth in the file (entries never change), as
// UTF-8 bytes: half the size of the two-byte string, and a flat copy instead of the chain of slices
// that replaceAll leaves, which kept the whole unindented text alive beside it (≈ 100 MB for 50,000 entries).
const entryTexts = new WeakMap<GlossaryEntry, Buffer>();
const ENTRY_INDENT = '    ';
const PLACEHOLDER = '\u0000entries\u0000';

function entryText(entry: GlossaryEntry): string {
  const bytes = entryTexts.get(entry);
  if (bytes !== undefined) return bytes.toString('utf8');
  const text = ENTRY_INDENT + JSON.stringify(entry, null, 2).replaceAll('\n', `\n${ENTRY_INDENT}`);
  if (held.has(entry)) entryTexts.set(entry, Buffer.from(text, 'utf8'));
  return text;
}

/**
 * The file text of a glossary: exactly JSON.stringify(glossary, null, 2), built from each entry's
 * text, which is kept per held entry, so saving after one upsert serialises one entry.
 */
export function glossaryFileText(glossary: Glossary): string {
  return entriesFileText(glossary, 'entries', glossary.entries);
}

/**
 * JSON.stringify(value, null, 2) of an object whose top-level list `key` holds `entries` (the
 * glossary's entries, or the changes file's upserts: the same depth, so the same cached texts).
 */
export function entriesFileText(value: object, key: string, entries: readonly GlossaryEntry[]): string {
  if (entries.length === 0) return JSON.stringify({ ...value, [key]: [] }, null, 2);
  const frame = JSON.stringify({ ...value, [key]: [PLACEHOLDER] }, null, 2);
  const marker = `${ENTRY_INDENT}${JSON.stringify(PLACEHOLDER)}`;
  const at = frame.indexOf(marker);
  return frame.slice(0, at) + entries.map(entryText).join(',\n') + frame.slice(at + marker.length);
}
