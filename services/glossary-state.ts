/**
 * The project glossary as the services hold it: one copy read at first use and replaced on every
 * save (no copy of 50,000 entries per call), an index by id and by Hindi term key for upserts, and
 * the compiled checker, built once per glossary version.
 */
import { createGlossaryChecker, termKey, type GlossaryChecker } from '../glossary/index.ts';
import type { Glossary, GlossaryEntry } from '../glossary/model.ts';
import type { ObservedStore } from './store-events.ts';

/** The held glossary and what is derived from it. */
export interface GlossaryState {
  /** The glossary as last saved (treat as read-only). */
  glossary(): Promise<Glossary>;
  /** The compiled checker for the current glossary. */
  checker(): Promise<GlossaryChecker>;
  /** The entry with this id. */
  byId(id: string): Promise<GlossaryEntry | undefined>;
  /** The entry whose Hindi term has this key (termKey), if any. */
  byTermKey(key: string): Promise<GlossaryEntry | undefined>;
  /**
   * Announces that `next` (the held glossary with `entry` put at its place) is about to be saved,
   * so the indexes are updated for that one entry instead of rebuilt when the save lands.
   */
  expectUpsert(next: Glossary, entry: GlossaryEntry, replaced: GlossaryEntry | undefined): void;
  /** The same for `next` = the held glossary without `removed`. */
  expectDelete(next: Glossary, removed: GlossaryEntry): void;
  /** Bumped on every glossary save; lets other indexes notice a change. */
  readonly version: number;
  /** The forms of the entries the last save changed (before and after), or undefined when not known (any other save). */
  readonly lastChange: ChangedForms | undefined;
}

/** Term forms touched by a glossary change: a segment without any of them checks the same before and after. */
export interface ChangedForms {
  /** Hindi forms as term keys (source and variants). */
  hindi: string[];
  /** English renderings in lower case (approved, alternates, forbidden). */
  english: string[];
}

/** The forms of these entries. */
export function formsOf(entries: readonly GlossaryEntry[]): ChangedForms {
  return {
    hindi: [...new Set(entries.flatMap((entry) => [entry.source, ...entry.sourceVariants]).map(termKey).filter(Boolean))],
    english: [...new Set(entries.flatMap((entry) => [entry.target, ...entry.targetAlternates, ...entry.forbidden]).map((form) => form.toLowerCase().trim()).filter(Boolean))],
  };
}

/** Holds the glossary of `observed`, following its saves. */
export function createGlossaryState(observed: ObservedStore): GlossaryState {
  type Held = { glossary: Glossary; ids: Map<string, number>; keys: Map<string, string> };
  let held: Held | undefined;
  // An announced save: the glossary it saves, the entry it puts in (or takes out) and the one it replaces.
  type Expected = { next: Glossary; entry: GlossaryEntry; replaced: GlossaryEntry | undefined; deleted: boolean };
  let expected: Expected | undefined;
  // The saved glossary is the announced one when it has the same entries at the same places (the
  // transaction stamps a copy, so it is not the same object); any other save rebuilds the maps.
  const announced = (wanted: Expected, saved: Glossary) => {
    const { entries } = wanted.next;
    if (saved === wanted.next) return true;
    if (saved.entries.length !== entries.length) return false;
    // Mostly the very objects (the store keeps held entries): identity first, then the id.
    for (let at = 0; at < entries.length; at++) {
      const entry = saved.entries[at];
      if (entry !== entries[at] && entry.id !== entries[at].id) return false;
    }
    return true;
  };
  // The maps follow the announced change in place once it is saved: no copy of 50,000 keys per upsert.
  const follow = (state: Held, wanted: Expected, saved: Glossary) => {
    const { entry, replaced } = wanted;
    const gone = wanted.deleted ? entry : replaced;
    if (gone && state.keys.get(termKey(gone.source)) === gone.id) state.keys.delete(termKey(gone.source));
    if (wanted.deleted) {
      // Entries after the deleted one move up a place: integers only, no term normalisation.
      state.ids.delete(entry.id);
      saved.entries.forEach((each, index) => state.ids.set(each.id, index));
    } else {
      if (!replaced) state.ids.set(entry.id, saved.entries.length - 1);
      state.keys.set(termKey(entry.source), entry.id);
    }
    state.glossary = saved;
  };
  let lastChange: ChangedForms | undefined;
  let loading: Promise<void> | undefined;
  let checker: { version: number; checker: GlossaryChecker } | undefined;
  let version = 0;

  const hold = (glossary: Glossary) => {
    const ids = new Map<string, number>();
    const keys = new Map<string, string>();
    glossary.entries.forEach((entry, index) => {
      ids.set(entry.id, index);
      keys.set(termKey(entry.source), entry.id);
    });
    held = { glossary, ids, keys };
  };
  observed.subscribe((event) => {
    if (event.kind !== 'glossary-saved') return;
    version += 1;
    if (expected && held && announced(expected, event.glossary)) {
      // The store saves a stamped copy of the announced glossary: hold that, with the maps updated.
      const saved = event.glossary;
      const wanted = expected;
      follow(held, wanted, saved);
      lastChange = formsOf(wanted.replaced ? [wanted.replaced, wanted.entry] : [wanted.entry]);
      // The checker follows the change of this entry in place (no rebuild from every entry).
      if (checker && checker.version === version - 1) {
        const removed = wanted.replaced ? [wanted.replaced] : wanted.deleted ? [wanted.entry] : [];
        const added = wanted.deleted ? [] : [saved.entries[held.ids.get(wanted.entry.id)!]];
        checker.checker.update(saved, removed, added);
        checker.version = version;
      }
    } else {
      hold(event.glossary);
      lastChange = undefined;
    }
    expected = undefined;
  });
  const ready = async () => {
    // Another program's edit of glossary.json is loaded first (one stat when there is none), so no
    // check or write is based on an outdated copy; the store's listener then replaces `held`.
    await observed.store.refreshOutsideChanges?.('glossary.json');
    if (held) return held;
    loading ??= observed.store.getGlossary().then((glossary) => {
      // A save that landed while reading wins.
      if (!held) hold(glossary);
    });
    await loading;
    return held!;
  };

  return {
    glossary: async () => (await ready()).glossary,
    async checker() {
      const { glossary } = await ready();
      if (checker?.version !== version) checker = { version, checker: createGlossaryChecker(glossary) };
      return checker.checker;
    },
    async byId(id) {
      const state = await ready();
      const index = state.ids.get(id);
      return index === undefined ? undefined : state.glossary.entries[index];
    },
    async byTermKey(key) {
      const state = await ready();
      const id = state.keys.get(key);
      const index = id === undefined ? undefined : state.ids.get(id);
      return index === undefined ? undefined : state.glossary.entries[index];
    },
    expectUpsert(next, entry, replaced) {
      if (held) expected = { next, entry, replaced, deleted: false };
    },
    expectDelete(next, removed) {
      if (held?.ids.has(removed.id)) expected = { next, entry: removed, replaced: undefined, deleted: true };
    },
    get version() {
      return version;
    },
    get lastChange() {
      return lastChange;
    },
  };
}
