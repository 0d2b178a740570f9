/**
 * Recognition of glossary terms in Hindi source text: one trie of normalised UTF-16 code units, walked
 * from each word start, leftmost-longest, with Devanagari-aware word boundaries and optional Hindi
 * inflection suffixes. Cost per character does not depend on the glossary's size.
 */
import { CASE_FOLD, DEVANAGARI_WORD, MARK, OTHER_WORD, WORD_CLASS } from './char-tables.ts';
import { CodeTrie, codeUnits } from './code-trie.ts';
import type { GlossaryEntry, TermHit } from './model.ts';
import { normalizeHindi, normalizeToCodes, type NormalizedCodes } from './normalize.ts';
import { AcceptedFormsIndex } from './accepted-forms-index.ts';
import { RenderingIndex, type RenderingOccurrence } from './rendering-index.ts';

/** A compiled glossary: finds terms in Hindi text and renderings in English text. */
export interface TermMatcher {
  /** Non-overlapping term occurrences in `text`, leftmost-longest, with original UTF-16 offsets. */
  scan(text: string): TermHit[];
  /** Every approved, alternate, accepted or forbidden rendering occurring in an English `text`. */
  scanTarget(text: string): RenderingOccurrence[];
  /** Accepted forms (derived and added, minus removed) of each entry that has any, by entry id. */
  acceptedForms(): ReadonlyMap<string, readonly string[]>;
  /** The entries this matcher was built from, in order (RenderingOccurrence.entryIndex points here). */
  readonly entries: readonly GlossaryEntry[];
  /** Hindi terms claimed by more than one entry: the first entry wins, the others are listed here. */
  readonly conflicts: readonly { key: string; keptEntryId: string; droppedEntryId: string }[];
}

/** A TermMatcher that follows changes to a few entries instead of being built again. */
export interface UpdatableTermMatcher extends TermMatcher {
  /**
   * Makes the matcher answer for `next`: `removed` are the previous versions of changed or deleted
   * entries, `added` the new versions of changed or new ones (new ones appended at the end of `next`).
   */
  update(next: readonly GlossaryEntry[], removed: readonly GlossaryEntry[], added: readonly GlossaryEntry[]): void;
}

// Hindi inflection suffixes that may follow a term in 'inflected' mode (after normalisation:
// chandrabindu is already anusvara). ी is left out on purpose: रूस + ी = रूसी is another word.
const APPEND_SUFFIXES = ['ों', 'ें', 'े', 'ो', 'ां', 'एं', 'ओं', 'यां', 'यों'];
// Stems: a term ending in ा also matches stem + े/ों/ो (समझौता → समझौते, समझौतों);
// one ending in ी matches stem + ियां/ियों (एजेंसी → एजेंसियां, एजेंसियों).
const AA_STEM_SUFFIXES = ['े', 'ों', 'ो'];
const II_STEM_SUFFIXES = ['ियां', 'ियों', 'ियो'];
const AA = 0x093e;
const II = 0x0940;

// Module-local aliases: transpilers may turn imported bindings into getters, too slow for the inner loop.
const wordClass = WORD_CLASS;
const caseFold = CASE_FOLD;
const SCRIPT_BITS = DEVANAGARI_WORD | OTHER_WORD;

/** Word boundary between code units a and b (same rule as isBoundaryBetween, inlined for speed). */
function boundary(a: number, b: number): boolean {
  const x = wordClass[a];
  const y = wordClass[b];
  return x === 0 || y === 0 || (((x ^ y) & SCRIPT_BITS) !== 0 && (y & MARK) === 0);
}

const toCodes = (list: string[]) => list.map((s) => Uint16Array.from(codeUnits(s)));
const APPEND = toCodes(APPEND_SUFFIXES);
const AA_STEM = toCodes(AA_STEM_SUFFIXES);
const II_STEM = toCodes(II_STEM_SUFFIXES);

// Node payload: entry index + 1 in the low bits, then flags.
const FULL_MASK = 0x00ffffff;
const AA_STEM_BIT = 1 << 24;
const II_STEM_BIT = 1 << 25;
const STEM_BITS = AA_STEM_BIT | II_STEM_BIT;
const CASED_BIT = 1 << 26;

/** A claim of one entry on one Hindi key: the entry's slot and the first of its terms with that key. */
interface KeyClaim { slot: number; term: number }

/**
 * Compile `entries` into a TermMatcher (source term and every source variant of each entry). The
 * matcher can be updated for a few changed entries (`update`); its answers then equal a fresh build.
 */
export function buildTermMatcher(entries: readonly GlossaryEntry[], options: { acceptedForms?: boolean } = {}): UpdatableTermMatcher {
  // Entries live in stable slots (an entry keeps its slot while it exists); positions map slots to
  // the current order of `entries`, which decides which entry wins a shared key.
  let current = entries;
  const slotById = new Map<string, number>();
  const slotEntry: (GlossaryEntry | undefined)[] = [];
  const freeSlots: number[] = [];
  let positions = new Int32Array(Math.max(16, entries.length));
  let inflected = new Uint8Array(positions.length);
  const trie = new CodeTrie(entries.length * 8);
  // Per key node: its claims; per stem node: the keys whose owner adds the stem.
  const claims = new Map<number, KeyClaim[]>();
  const stemSources = new Map<number, { keyNode: number; bit: number }[]>();
  const stemByNode = new Map<number, number>();
  const casedByNode = new Map<number, string>();
  // What each key node's owner contributes to a stem node (to take it back when the owner changes).
  const stemOfKey = new Map<number, { stemNode: number; bit: number }>();

  const order = (a: KeyClaim, b: KeyClaim) => positions[a.slot] - positions[b.slot] || a.term - b.term;
  const ownerOf = (node: number): KeyClaim | undefined => {
    const list = claims.get(node);
    if (!list || list.length === 0) return undefined;
    let best = list[0];
    for (const claim of list) if (order(claim, best) < 0) best = claim;
    return best;
  };

  const keysOf = (entry: GlossaryEntry): { key: string; term: number }[] => {
    const seen = new Set<string>();
    const keys: { key: string; term: number }[] = [];
    [entry.source, ...entry.sourceVariants].forEach((term, index) => {
      const key = normalizeHindi(term).text.trim();
      if (key === '' || seen.has(key)) return;
      seen.add(key);
      keys.push({ key, term: index });
    });
    return keys;
  };

  // Recomputes a stem node's payload bits and entry from the keys that add it.
  const refreshStem = (stemNode: number) => {
    const sources = stemSources.get(stemNode) ?? [];
    let bits = 0;
    let first: KeyClaim | undefined;
    for (const { keyNode, bit } of sources) {
      bits |= bit;
      const owner = ownerOf(keyNode)!;
      if (!first || order(owner, first) < 0) first = owner;
    }
    trie.setPayload(stemNode, (trie.payload(stemNode) & ~STEM_BITS) | bits);
    if (first) stemByNode.set(stemNode, first.slot);
    else stemByNode.delete(stemNode);
  };

  // Recomputes a key node's payload from its claims: the first entry (in glossary order) owns it.
  const refreshKey = (node: number, key: string) => {
    const owner = ownerOf(node);
    const previousStem = stemOfKey.get(node);
    if (previousStem) {
      const list = stemSources.get(previousStem.stemNode)!.filter((source) => source.keyNode !== node);
      if (list.length > 0) stemSources.set(previousStem.stemNode, list);
      else stemSources.delete(previousStem.stemNode);
      stemOfKey.delete(node);
    }
    let payload = trie.payload(node) & STEM_BITS;
    casedByNode.delete(node);
    if (owner) {
      const entry = slotEntry[owner.slot]!;
      payload |= owner.slot + 1;
      if (entry.caseSensitive) {
        const term = [entry.source, ...entry.sourceVariants][owner.term];
        casedByNode.set(node, normalizeHindi(term, { keepCase: true }).text.trim());
        payload |= CASED_BIT;
      }
      if (entry.matchMode === 'inflected' && key.length > 1 && !entry.caseSensitive) {
        const last = key.charCodeAt(key.length - 1);
        if (last === AA || last === II) {
          const stemNode = trie.insert(codeUnits(key.slice(0, -1)));
          const bit = last === AA ? AA_STEM_BIT : II_STEM_BIT;
          stemOfKey.set(node, { stemNode, bit });
          const list = stemSources.get(stemNode) ?? [];
          list.push({ keyNode: node, bit });
          stemSources.set(stemNode, list);
        }
      }
    }
    trie.setPayload(node, payload);
    if (previousStem) refreshStem(previousStem.stemNode);
    const nextStem = stemOfKey.get(node);
    if (nextStem && nextStem.stemNode !== previousStem?.stemNode) refreshStem(nextStem.stemNode);
  };

  const grow = (size: number) => {
    if (size <= positions.length) return;
    let capacity = positions.length;
    while (capacity < size) capacity *= 2;
    const nextPositions = new Int32Array(capacity);
    nextPositions.set(positions);
    positions = nextPositions;
    const nextInflected = new Uint8Array(capacity);
    nextInflected.set(inflected);
    inflected = nextInflected;
  };

  const addEntry = (entry: GlossaryEntry, position: number): number[] => {
    const slot = freeSlots.pop() ?? slotEntry.length;
    if (slot >= FULL_MASK - 1) throw new RangeError(`a term matcher holds at most ${FULL_MASK - 1} entries`);
    grow(slot + 1);
    slotById.set(entry.id, slot);
    slotEntry[slot] = entry;
    positions[slot] = position;
    inflected[slot] = entry.matchMode === 'inflected' ? 1 : 0;
    const touched: number[] = [];
    for (const { key, term } of keysOf(entry)) {
      const node = trie.insert(codeUnits(key));
      const list = claims.get(node);
      if (list) list.push({ slot, term });
      else claims.set(node, [{ slot, term }]);
      touched.push(node);
    }
    return touched;
  };

  const removeEntry = (entry: GlossaryEntry): number[] => {
    const slot = slotById.get(entry.id);
    if (slot === undefined) return [];
    const touched: number[] = [];
    for (const { key } of keysOf(slotEntry[slot]!)) {
      const node = trie.insert(codeUnits(key));
      const list = (claims.get(node) ?? []).filter((claim) => claim.slot !== slot);
      if (list.length > 0) claims.set(node, list);
      else claims.delete(node);
      touched.push(node);
    }
    slotById.delete(entry.id);
    slotEntry[slot] = undefined;
    freeSlots.push(slot);
    return touched;
  };

  // Keys by node, for refreshing (a node's key is needed for its stem).
  const keyOfNode = new Map<number, string>();
  entries.forEach((entry, index) => {
    const touched = addEntry(entry, index);
    keysOf(entry).forEach(({ key }, at) => keyOfNode.set(touched[at], key));
  });
  for (const [node, key] of keyOfNode) refreshKey(node, key);

  let renderingIndex: RenderingIndex | null = null;
  let accepted: AcceptedFormsIndex | null = null;
  const noAccepted = new Map<string, string[]>();
  const acceptedForms = (): ReadonlyMap<string, readonly string[]> => {
    if (options.acceptedForms === false) return noAccepted;
    accepted ??= new AcceptedFormsIndex(current);
    return accepted.accepted;
  };
  const slotOf = (id: string) => slotById.get(id)!;
  const positionOfSlot = (slot: number) => positions[slot];
  const renderings = () => {
    if (!renderingIndex) {
      const forms = acceptedForms();
      renderingIndex = new RenderingIndex([], new Map(), { verbEndings: options.acceptedForms !== false, positionOf: positionOfSlot });
      for (const entry of current) renderingIndex.addEntry(slotOf(entry.id), entry, forms.get(entry.id) ?? []);
    }
    return renderingIndex;
  };

  // Normalisation buffers reused from one scan to the next (scan is synchronous and not re-entrant).
  let scratch: NormalizedCodes | undefined;

  function scan(text: string): TermHit[] {
    const normalized = normalizeToCodes(text, scratch);
    scratch = normalized;
    const { codes, length, starts, ends } = normalized;
    const hits: TermHit[] = [];
    const boundaryAt = (pos: number) => pos >= length || boundary(codes[pos - 1], codes[pos]);
    // End (exclusive) of `suffix` followed by a word boundary at `pos`, or -1.
    const suffixEnd = (pos: number, suffixes: Uint16Array[]): number => {
      let best = -1;
      for (const suffix of suffixes) {
        const end = pos + suffix.length;
        if (end > length || end <= best) continue;
        let same = true;
        for (let k = 0; k < suffix.length; k++) if (codes[pos + k] !== suffix[k]) { same = false; break; }
        if (same && boundaryAt(end)) best = end;
      }
      return best;
    };
    const { rootChild } = trie;

    let i = 0;
    while (i < length) {
      const first = codes[i];
      if (wordClass[first] === 0 || (i > 0 && !boundary(codes[i - 1], first))) { i++; continue; }
      let node = rootChild[caseFold[first]];
      if (node === 0) { i++; continue; }
      let bestEnd = -1;
      let bestSlot = -1;
      let j = i + 1;
      for (;;) {
        const payload = trie.payload(node);
        if (payload !== 0) {
          const full = payload & FULL_MASK;
          if (full !== 0 && ((payload & CASED_BIT) === 0 || sameCodes(codes, i, casedByNode.get(node)!))) {
            const slot = full - 1;
            let end = boundaryAt(j) ? j : -1;
            if (inflected[slot] === 1) end = Math.max(end, suffixEnd(j, APPEND));
            if (end > bestEnd) { bestEnd = end; bestSlot = slot; }
          }
          if ((payload & STEM_BITS) !== 0) {
            const end = suffixEnd(j, (payload & AA_STEM_BIT) !== 0 ? AA_STEM : II_STEM);
            if (end > bestEnd) { bestEnd = end; bestSlot = stemByNode.get(node)!; }
          }
        }
        if (j >= length) break;
        const found = trie.child(node, caseFold[codes[j]]);
        if (found === 0) break;
        node = found;
        j++;
      }
      if (bestSlot >= 0) {
        const start = starts[i];
        const end = ends[bestEnd - 1];
        hits.push({ entryId: slotEntry[bestSlot]!.id, start, end, text: text.slice(start, end) });
        i = bestEnd;
      } else {
        i++;
      }
    }
    return hits;
  }

  return {
    scan,
    scanTarget: (text: string) => renderings().find(text),
    acceptedForms,
    get entries() {
      return current;
    },
    get conflicts() {
      // Listed as a full build finds them: in glossary order, each key's later claimants.
      const found: { key: string; keptEntryId: string; droppedEntryId: string }[] = [];
      const owners = new Map<string, string>();
      for (const entry of current) {
        for (const { key } of keysOf(entry)) {
          const owner = owners.get(key);
          if (owner === undefined) owners.set(key, entry.id);
          else found.push({ key, keptEntryId: owner, droppedEntryId: entry.id });
        }
      }
      return found;
    },
    update(next, removed, added) {
      const removedIds = new Set(removed.map((entry) => entry.id));
      // The rendering index forgets the old versions with the accepted forms they had.
      const previousForms = accepted?.accepted;
      if (renderingIndex) {
        for (const entry of removed) {
          const slot = slotById.get(entry.id);
          if (slot !== undefined) renderingIndex.removeEntry(slot, slotEntry[slot]!, previousForms?.get(entry.id) ?? []);
        }
      }
      const touched = new Map<number, string>();
      const keptAt = new Map<string, number>();
      for (const entry of removed) {
        const held = slotEntry[slotById.get(entry.id) ?? -1];
        if (!held) continue;
        keptAt.set(held.id, positions[slotOf(held.id)]);
        const keys = keysOf(held);
        removeEntry(held).forEach((node, at) => touched.set(node, keys[at].key));
      }
      // Entries changed in place keep their places and new ones are appended (an upsert's shape):
      // then only the changed and appended entries get positions. Comparing ids at their places is
      // a pass over the list without a map look-up per entry.
      const previous = current;
      let unmoved = next.length >= previous.length && removed.every((entry) => !keptAt.has(entry.id) || added.some((each) => each.id === entry.id));
      for (let index = 0; unmoved && index < previous.length; index++) {
        if (next[index] !== previous[index] && next[index].id !== previous[index].id) unmoved = false;
      }
      current = next;
      for (const entry of added) {
        const keys = keysOf(entry);
        addEntry(entry, -1).forEach((node, at) => touched.set(node, keys[at].key));
      }
      if (unmoved) {
        // Each changed entry took its old slot back; appended ones are at the end of `next`.
        for (const entry of added) if (keptAt.has(entry.id)) positions[slotOf(entry.id)] = keptAt.get(entry.id)!;
        for (let index = previous.length; index < next.length; index++) positions[slotOf(next[index].id)] = index;
      } else {
        // A deleted or inserted entry moves the others: a pass of integers over the glossary.
        next.forEach((entry, index) => { positions[slotOf(entry.id)] = index; });
      }
      for (const [node, key] of touched) refreshKey(node, key);
      if (!accepted) {
        if (renderingIndex) for (const entry of added) renderingIndex.addEntry(slotOf(entry.id), entry, []);
        return;
      }
      const before = accepted.update(removed, added, (id) => positions[slotOf(id)]);
      if (!renderingIndex) return;
      const forms = accepted.accepted;
      for (const [id] of before) {
        const slot = slotById.get(id);
        if (slot === undefined) continue;
        if (!removedIds.has(id)) renderingIndex.removeEntry(slot, slotEntry[slot]!, before.get(id)!);
        renderingIndex.addEntry(slot, slotEntry[slot]!, forms.get(id) ?? []);
      }
      for (const entry of added) if (!before.has(entry.id)) renderingIndex.addEntry(slotOf(entry.id), entry, forms.get(entry.id) ?? []);
    },
  };
}

function sameCodes(codes: Uint16Array, from: number, key: string): boolean {
  for (let k = 0; k < key.length; k++) if (codes[from + k] !== key.charCodeAt(k)) return false;
  return true;
}
