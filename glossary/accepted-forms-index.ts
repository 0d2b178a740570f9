/**
 * The accepted forms of every entry (english-forms.ts), kept current entry by entry: a change to one
 * entry re-derives the forms of that entry and of the entries linked to it (noun/adjective partners
 * by English or Hindi), never of the whole glossary. The derivation itself is deriveEnglishForms and
 * acceptedFormsOf, run on the linked group in glossary order, so the result equals a full build.
 */
import { acceptedFormsOf, deriveEnglishForms, renderingKey } from './english-forms.ts';
import type { GlossaryEntry } from './model.ts';
import { termKey } from './normalize.ts';

// The Hindi endings a partner's term may add to a noun's (english-forms.ts pairs रूस with रूसी, कोरिया with कोरियाई).
const HINDI_LINK_ENDINGS = ['ी', 'ई', 'ाई'];
const lower = (text: string) => text.toLowerCase();
const ownRenderings = (entry: GlossaryEntry) => [entry.target, ...entry.targetAlternates];

/** Adds `id` to the set at `key`. */
function addTo(map: Map<string, Set<string>>, key: string, id: string): void {
  const set = map.get(key);
  if (set) set.add(id);
  else map.set(key, new Set([id]));
}

function removeFrom(map: Map<string, Set<string>>, key: string, id: string): void {
  const set = map.get(key);
  if (!set) return;
  set.delete(id);
  if (set.size === 0) map.delete(key);
}

/** Accepted forms by entry id, updatable one change at a time. */
export class AcceptedFormsIndex {
  /** Accepted forms of each entry that has any (what the rendering index indexes). */
  readonly accepted = new Map<string, string[]>();
  private readonly derived = new Map<string, string[]>();
  private readonly entries = new Map<string, GlossaryEntry>();
  private readonly hindiKeys = new Map<string, string>();
  // Links between entries, over-approximating english-forms' partner rules (more is only slower, never wrong).
  private readonly byOwn = new Map<string, Set<string>>();
  private readonly byDerived = new Map<string, Set<string>>();
  private readonly byHindi = new Map<string, Set<string>>();
  // Entries whose candidate forms (derived and added) include a rendering key: a newly forbidden key changes them.
  private readonly byCandidate = new Map<string, Set<string>>();
  private readonly candidates = new Map<string, string[]>();
  private readonly forbiddenCounts = new Map<string, number>();
  private readonly forbiddenKeys = new Set<string>();

  /** Derives every entry's forms once (the full build). */
  constructor(entries: readonly GlossaryEntry[]) {
    const derived = deriveEnglishForms(entries);
    for (const entry of entries) this.countForbidden(entry, 1);
    for (const entry of entries) {
      this.entries.set(entry.id, entry);
      this.link(entry);
      this.setDerived(entry, derived.get(entry.id) ?? []);
    }
    for (const entry of entries) this.refreshAccepted(entry);
  }

  /**
   * Applies one change: `removed` are the old versions of changed or deleted entries, `added` the
   * new versions of changed or new ones; `positionOf` gives each id's place in the new glossary.
   * Returns the entries whose accepted forms may have changed (the changed entries included), each
   * with its accepted forms before the change.
   */
  update(removed: readonly GlossaryEntry[], added: readonly GlossaryEntry[], positionOf: (id: string) => number): Map<string, readonly string[]> {
    const before = new Map<string, readonly string[]>();
    // The group to re-derive: the changed entries and everything linked to their old or new versions.
    const group = new Set<string>();
    for (const entry of removed) for (const id of this.neighbours(entry, this.derived.get(entry.id) ?? [])) group.add(id);
    const forbiddenBefore = new Set(removed.flatMap((entry) => entry.forbidden.map(renderingKey)));
    for (const entry of removed) {
      this.unlink(entry);
      this.setDerived({ ...entry, acceptedForms: [] }, []);
      this.countForbidden(entry, -1);
      this.entries.delete(entry.id);
      before.set(entry.id, this.accepted.get(entry.id) ?? []);
      this.accepted.delete(entry.id);
    }
    for (const entry of added) {
      this.entries.set(entry.id, entry);
      this.link(entry);
      this.countForbidden(entry, 1);
      group.add(entry.id);
    }
    for (const id of [...group]) if (!this.entries.has(id)) group.delete(id);
    const changed = new Set<string>(removed.map((entry) => entry.id));
    // Grow the group until no entry in it links outside it, with the forms derived inside it.
    for (;;) {
      const members = [...group].map((id) => this.entries.get(id)!).sort((a, b) => positionOf(a.id) - positionOf(b.id));
      const derived = deriveEnglishForms(members);
      let grew = false;
      for (const entry of members) {
        for (const id of this.neighbours(entry, derived.get(entry.id) ?? [])) {
          if (!group.has(id) && this.entries.has(id)) { group.add(id); grew = true; }
        }
      }
      if (grew) continue;
      for (const entry of members) {
        this.setDerived(entry, derived.get(entry.id) ?? []);
        changed.add(entry.id);
      }
      break;
    }
    // A forbidden key that appeared or went away changes the entries that had it as a candidate.
    const forbiddenAfter = new Set(added.flatMap((entry) => entry.forbidden.map(renderingKey)));
    for (const key of new Set([...forbiddenBefore, ...forbiddenAfter])) {
      for (const id of this.byCandidate.get(key) ?? []) changed.add(id);
    }
    for (const id of changed) {
      if (!before.has(id)) before.set(id, this.accepted.get(id) ?? []);
      const entry = this.entries.get(id);
      if (entry) this.refreshAccepted(entry);
    }
    return before;
  }

  /** Entries an entry with these derived forms may pair with (both directions). */
  private neighbours(entry: GlossaryEntry, derived: readonly string[]): Set<string> {
    const ids = new Set<string>([entry.id]);
    const add = (set: Set<string> | undefined) => { for (const id of set ?? []) ids.add(id); };
    for (const form of derived) add(this.byOwn.get(lower(form)));
    for (const rendering of ownRenderings(entry)) add(this.byDerived.get(lower(rendering)));
    const key = termKey(entry.source);
    for (const ending of HINDI_LINK_ENDINGS) {
      add(this.byHindi.get(key + ending));
      if (key.endsWith(ending)) add(this.byHindi.get(key.slice(0, -ending.length)));
    }
    return ids;
  }

  private link(entry: GlossaryEntry): void {
    const key = termKey(entry.source);
    this.hindiKeys.set(entry.id, key);
    addTo(this.byHindi, key, entry.id);
    for (const rendering of ownRenderings(entry)) addTo(this.byOwn, lower(rendering), entry.id);
  }

  private unlink(entry: GlossaryEntry): void {
    removeFrom(this.byHindi, this.hindiKeys.get(entry.id) ?? termKey(entry.source), entry.id);
    this.hindiKeys.delete(entry.id);
    for (const rendering of ownRenderings(entry)) removeFrom(this.byOwn, lower(rendering), entry.id);
  }

  /** Sets an entry's derived forms (empty: none) and its candidate keys (derived plus added forms). */
  private setDerived(entry: GlossaryEntry, forms: string[]): void {
    for (const form of this.derived.get(entry.id) ?? []) removeFrom(this.byDerived, lower(form), entry.id);
    for (const key of this.candidates.get(entry.id) ?? []) removeFrom(this.byCandidate, key, entry.id);
    this.candidates.delete(entry.id);
    this.derived.delete(entry.id);
    if (forms.length > 0) this.derived.set(entry.id, forms);
    for (const form of forms) addTo(this.byDerived, lower(form), entry.id);
    const keys = [...new Set([...forms, ...(entry.acceptedForms ?? [])].map(renderingKey))];
    if (keys.length === 0) return;
    this.candidates.set(entry.id, keys);
    for (const key of keys) addTo(this.byCandidate, key, entry.id);
  }

  private countForbidden(entry: GlossaryEntry, delta: 1 | -1): void {
    for (const key of entry.forbidden.map(renderingKey)) {
      const count = (this.forbiddenCounts.get(key) ?? 0) + delta;
      if (count > 0) {
        this.forbiddenCounts.set(key, count);
        this.forbiddenKeys.add(key);
      } else {
        this.forbiddenCounts.delete(key);
        this.forbiddenKeys.delete(key);
      }
    }
  }

  private refreshAccepted(entry: GlossaryEntry): void {
    const forms = acceptedFormsOf(entry, this.derived.get(entry.id) ?? [], this.forbiddenKeys);
    if (forms.length > 0) this.accepted.set(entry.id, forms);
    else this.accepted.delete(entry.id);
  }
}
