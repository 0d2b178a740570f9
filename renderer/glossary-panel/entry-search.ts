/**
 * Glossary search in the panel: Hindi with the glossary's own normalisation, English
 * case-insensitively. The index normalises each entry once (kept per entry object, so after an
 * edit only the changed entry is normalised again) and sorts once; a keystroke is a scan of
 * prepared strings.
 *
 * At desk size (50,000 entries) normalising and sorting take about a second, so the index is kept
 * per glossary and language, can be built in small steps while the page is idle
 * (`entrySearchSteps`, driven by use-entry-search-warmup.ts) before the panel is first opened, and
 * after an edit is patched from the previous one (the changed entries taken out and put in at
 * their place) instead of sorted again.
 */
import type { GlossaryEntry } from '../../services/contract.ts';
import { termKey } from '../../glossary/normalize.ts';

/** A searchable, sorted view of a glossary. */
export interface EntrySearchIndex {
  /** Entries matching the query (all for an empty one), sorted by Hindi. */
  search(query: string): GlossaryEntry[];
}

interface Prepared {
  hindi: string;
  english: string;
}

// Survives between indexes: an entry object that did not change is not normalised again.
const prepared = new WeakMap<GlossaryEntry, Prepared>();

function englishForm(text: string): string {
  return text.toLowerCase().replace(/\s+/g, ' ');
}

function prepare(entry: GlossaryEntry): Prepared {
  let found = prepared.get(entry);
  if (!found) {
    // NUL joins the forms: no query contains it, so a match never spans two forms.
    found = {
      hindi: [entry.source, ...entry.sourceVariants].map(termKey).join('\u0000'),
      english: [entry.target, ...entry.targetAlternates, ...entry.forbidden].map(englishForm).join('\u0000'),
    };
    prepared.set(entry, found);
  }
  return found;
}

function indexOver(sorted: readonly GlossaryEntry[]): EntrySearchIndex {
  const forms = sorted.map(prepare);
  return {
    search(query) {
      const trimmed = query.trim();
      if (!trimmed) return sorted as GlossaryEntry[];
      const hindiKey = termKey(trimmed);
      const english = englishForm(trimmed);
      const found: GlossaryEntry[] = [];
      for (let i = 0; i < sorted.length; i++) {
        if (forms[i].hindi.includes(hindiKey) || forms[i].english.includes(english)) found.push(sorted[i]);
      }
      return found;
    },
  };
}

/** Builds the search index of `entries`, sorted by Hindi with `collator` (ties keep their order). */
export function createEntrySearchIndex(entries: readonly GlossaryEntry[], collator: Intl.Collator): EntrySearchIndex {
  return indexOver([...entries].sort((a, b) => collator.compare(a.source, b.source)));
}

/** Entries whose Hindi (source or variant, normalised) or English (approved, alternate, forbidden) contains the query, sorted by Hindi. */
export function searchEntries(entries: readonly GlossaryEntry[], query: string, collator: Intl.Collator): GlossaryEntry[] {
  return createEntrySearchIndex(entries, collator).search(query);
}

// Indexes kept per entries array and locale; the last one built is the base of the next patch.
const built = new WeakMap<readonly GlossaryEntry[], Map<string, EntrySearchIndex>>();
let latest: { entries: readonly GlossaryEntry[]; locale: string; sorted: GlossaryEntry[] } | null = null;
// A build in steps still running, so an index wanted meanwhile finishes it instead of starting over.
let running: { entries: readonly GlossaryEntry[]; locale: string; steps: Generator<void, EntrySearchIndex> } | null = null;

// Above this many changed entries a full sort is as cheap as patching.
const PATCH_LIMIT = 256;
// Entries normalised, or merged, between two pauses of a stepped build.
const STEP = 2000;

/** The index of `entries` for `locale`, from the cache, the running stepped build, a patch of the last index, or built now. */
export function entrySearchIndex(entries: readonly GlossaryEntry[], locale: string): EntrySearchIndex {
  const steps = entrySearchSteps(entries, locale);
  for (let next = steps.next(); ; next = steps.next()) if (next.done) return next.value;
}

/**
 * The same index built in steps: each `next()` does a bounded piece of work (a few milliseconds
 * of normalising or merging), so an idle-time driver can stop between pieces.
 */
export function* entrySearchSteps(entries: readonly GlossaryEntry[], locale: string): Generator<void, EntrySearchIndex> {
  for (;;) {
    // Checked at every step: another caller may have finished the shared build meanwhile.
    const cached = built.get(entries)?.get(locale);
    if (cached) return cached;
    if (!running || running.entries !== entries || running.locale !== locale) running = { entries, locale, steps: buildSteps(entries, locale) };
    const next = running.steps.next();
    if (next.done) {
      running = null;
      return next.value;
    }
    yield;
  }
}

function* buildSteps(entries: readonly GlossaryEntry[], locale: string): Generator<void, EntrySearchIndex> {
  const collator = new Intl.Collator(locale);
  const position = new Map<GlossaryEntry, number>();
  for (let i = 0; i < entries.length; i++) position.set(entries[i], i);
  // Hindi order; equal Hindi keeps the glossary's order, as a stable sort of `entries` would.
  const compare = (a: GlossaryEntry, b: GlossaryEntry) => collator.compare(a.source, b.source) || position.get(a)! - position.get(b)!;
  const sorted = (latest?.locale === locale ? patched(latest.sorted, entries, position, compare) : undefined) ?? (yield* sortInSteps(entries, compare));
  for (let i = 0; i < sorted.length; i++) {
    prepare(sorted[i]);
    if (i % STEP === STEP - 1) yield;
  }
  const index = indexOver(sorted);
  const byLocale = built.get(entries) ?? new Map<string, EntrySearchIndex>();
  byLocale.set(locale, index);
  built.set(entries, byLocale);
  latest = { entries, locale, sorted };
  return index;
}

// The previous sorted list with removed and changed entries taken out and new ones inserted at
// their place; undefined when too much changed.
function patched(previous: readonly GlossaryEntry[], entries: readonly GlossaryEntry[], position: ReadonlyMap<GlossaryEntry, number>, compare: (a: GlossaryEntry, b: GlossaryEntry) => number): GlossaryEntry[] | undefined {
  const kept = new Set<GlossaryEntry>();
  const sorted: GlossaryEntry[] = [];
  for (const entry of previous) {
    if (!position.has(entry)) continue;
    kept.add(entry);
    sorted.push(entry);
  }
  const added = entries.filter((entry) => !kept.has(entry));
  if (added.length > PATCH_LIMIT || previous.length - sorted.length > PATCH_LIMIT) return undefined;
  for (const entry of added) {
    let low = 0;
    let high = sorted.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (compare(sorted[middle], entry) <= 0) low = middle + 1;
      else high = middle;
    }
    sorted.splice(low, 0, entry);
  }
  return sorted;
}

// A bottom-up merge sort (stable) that pauses after every STEP elements placed.
function* sortInSteps<T>(items: readonly T[], compare: (a: T, b: T) => number): Generator<void, T[]> {
  let from = [...items];
  let to = new Array<T>(from.length);
  let work = 0;
  const RUN = 32;
  for (let start = 0; start < from.length; start += RUN) {
    const end = Math.min(start + RUN, from.length);
    // Insertion sort of one short run.
    for (let i = start + 1; i < end; i++) {
      const item = from[i];
      let j = i - 1;
      while (j >= start && compare(from[j], item) > 0) {
        from[j + 1] = from[j];
        j--;
      }
      from[j + 1] = item;
    }
    work += end - start;
    if (work >= STEP) {
      work = 0;
      yield;
    }
  }
  for (let width = RUN; width < from.length; width *= 2) {
    for (let start = 0; start < from.length; start += 2 * width) {
      const middle = Math.min(start + width, from.length);
      const end = Math.min(start + 2 * width, from.length);
      let left = start;
      let right = middle;
      for (let k = start; k < end; k++) {
        to[k] = left < middle && (right >= end || compare(from[left], from[right]) <= 0) ? from[left++] : from[right++];
        if (++work >= STEP) {
          work = 0;
          yield;
        }
      }
    }
    [from, to] = [to, from];
  }
  return from;
}
