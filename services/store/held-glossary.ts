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
// Entry lists a store keeps for itself (never handed to a reader, who gets a copy): every entry in
// them is held, so a save over one skips the per-entry look-up for entries still at their places.
const heldLists = new WeakSet<readonly GlossaryEntry[]>();

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
  heldLists.add(glossary.entries);
  return glossary;
}

/** What a reader gets: a new glossary object and entry array over the shared, frozen entries. */
export function glossaryForReader(glossary: Glossary): Glossary {
  const entries = [...glossary.entries];
  // A copy of a held list holds held entries only, as long as its reader does not put others in:
  // the transaction passes its fresh copy straight to holdGlossary as `previous`.
  if (heldLists.has(glossary.entries)) heldLists.add(entries);
  return { ...glossary, entries };
}

/**
 * The glossary to hold after saving `next` over `previous`, stamped as stampGlossary does
 * (services/store/revisions.ts): an entry that is still the held object at its place (or under
 * its id) is kept as it is; any other entry is copied, frozen and stamped. `previous` is what a
 * store holds, or a reader's copy of it (glossaryForReader) not changed since.
 */
export function holdGlossary(previous: Glossary | undefined, next: Glossary): Glossary {
  const before = previous?.entries ?? [];
  const allHeld = heldLists.has(before);
  let byId: Map<string, GlossaryEntry> | undefined;
  // True once an entry is not the previous one at its place (by id).
  let moved = false;
  let changed = previous === undefined || before.length !== next.entries.length;
  // A plain loop: an upsert keeps 49,999 of 50,000 entries as the held objects at their places,
  // and this runs twice per upsert (the transaction's overlay and the commit).
  const entries: GlossaryEntry[] = new Array(next.entries.length);
  for (let index = 0; index < next.entries.length; index++) {
    const entry = next.entries[index];
    const atPlace = before[index];
    // The held object itself: unchanged by construction. One read from a file written before
    // revisions has none (revision 0, revisionOf); stamping it would copy, freeze and serialise
    // every such entry on the first save (seconds for 50,000 entries) to write the same content.
    if (atPlace === entry && (allHeld || held.has(entry))) {
      entries[index] = entry;
      continue;
    }
    let old: GlossaryEntry | undefined;
    if (atPlace?.id === entry.id) old = atPlace;
    else if (atPlace === undefined && !moved) old = undefined;
    else {
      // Past the previous list with every previous entry at its place, an entry is a new one (an
      // added term: no index of 50,000 ids for it); anything else is looked up by id.
      moved = true;
      byId ??= new Map(before.map((each) => [each.id, each]));
      old = byId.get(entry.id);
    }
    if (old === entry && held.has(entry)) {
      entries[index] = entry;
      continue;
    }
    entries[index] = heldStamped(old, entry, () => {
      changed = true;
    });
  }
  heldLists.add(entries);
  return { ...next, entries, revision: changed ? revisionOf(previous) + 1 : revisionOf(previous) };
}

// `entry` stamped against `old` as a held object; `onChange` when its revision moves on.
function heldStamped(old: GlossaryEntry | undefined, entry: GlossaryEntry, onChange: () => void): GlossaryEntry {
  const stamped = stampEntry(old, entry);
  if (stamped.revision !== revisionOf(old)) onChange();
  // Same content as the held one: keep that object, so the overlay and the store converge on one set.
  else if (old && held.has(old) && old.revision === stamped.revision) return old;
  // A held copy another layer already stamped the same way (the transaction's, on commit).
  if (held.has(entry) && entry.revision === stamped.revision) return entry;
  return heldEntry(stamped);
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
