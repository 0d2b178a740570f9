/**
 * Recognition of glossary terms in Hindi source text: one trie of normalised UTF-16 code units, walked
 * from each word start, leftmost-longest, with Devanagari-aware word boundaries and optional Hindi
 * inflection suffixes. Cost per character does not depend on the glossary's size.
 */
import { CASE_FOLD, DEVANAGARI_WORD, MARK, OTHER_WORD, WORD_CLASS } from './char-tables.ts';
import { CodeTrie, codeUnits, compactTrie } from './code-trie.ts';
import type { GlossaryEntry, TermHit } from './model.ts';
import { normalizeHindi, normalizeToCodes, type NormalizedCodes } from './normalize.ts';
import { acceptedFormsByEntry } from './english-forms.ts';
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

/** Compile `entries` into a TermMatcher (source term and every source variant of each entry). */
export function buildTermMatcher(entries: readonly GlossaryEntry[], options: { acceptedForms?: boolean } = {}): TermMatcher {
  const trie = new CodeTrie(entries.length * 8);
  // Stem terminals (rare: inflected terms ending in ा or ी) and case-sensitive keys live beside the trie.
  const stemEntries = new Map<number, number>();
  const casedKeys = new Map<number, string>();
  const keyOwner = new Map<string, number>();
  const conflicts: { key: string; keptEntryId: string; droppedEntryId: string }[] = [];

  entries.forEach((entry, index) => {
    if (index >= FULL_MASK) throw new RangeError(`a term matcher holds at most ${FULL_MASK - 1} entries`);
    const terms = [entry.source, ...entry.sourceVariants];
    for (const term of terms) {
      const key = normalizeHindi(term).text.trim();
      if (key === '') continue;
      const owner = keyOwner.get(key);
      if (owner !== undefined) {
        if (owner !== index) conflicts.push({ key, keptEntryId: entries[owner].id, droppedEntryId: entry.id });
        continue;
      }
      keyOwner.set(key, index);
      const node = trie.insert(codeUnits(key));
      let payload = (trie.payload(node) & ~FULL_MASK) | (index + 1);
      if (entry.caseSensitive) {
        casedKeys.set(node, normalizeHindi(term, { keepCase: true }).text.trim());
        payload |= CASED_BIT;
      }
      trie.setPayload(node, payload);
      if (entry.matchMode === 'inflected' && key.length > 1 && !entry.caseSensitive) {
        const last = key.charCodeAt(key.length - 1);
        if (last === AA || last === II) {
          const stemNode = trie.insert(codeUnits(key.slice(0, -1)));
          if (!stemEntries.has(stemNode)) {
            stemEntries.set(stemNode, index);
            trie.setPayload(stemNode, trie.payload(stemNode) | (last === AA ? AA_STEM_BIT : II_STEM_BIT));
          }
        }
      }
    }
  });
  const compact = compactTrie(trie);
  // Side tables were keyed by the building trie's node numbers; re-key them by the compact ones.
  const stemByNode = new Map([...stemEntries].map(([node, entry]) => [compact.newId[node], entry] as [number, number]));
  const casedByNode = new Map([...casedKeys].map(([node, key]) => [compact.newId[node], key] as [number, string]));
  const inflected = Uint8Array.from(entries, (e) => (e.matchMode === 'inflected' ? 1 : 0));

  let renderingIndex: RenderingIndex | null = null;
  let accepted: Map<string, string[]> | null = null;
  const acceptedForms = () => (accepted ??= options.acceptedForms === false ? new Map() : acceptedFormsByEntry(entries));

  // Normalisation buffers reused from one scan to the next (scan is synchronous and not re-entrant).
  let scratch: NormalizedCodes | undefined;

  function scan(text: string): TermHit[] {
    const normalized = normalizeToCodes(text, scratch);
    scratch = normalized;
    const { codes, length, starts, ends } = normalized;
    const hits: TermHit[] = [];
    const { rootChild, nodeInfo, edges } = compact;
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

    let i = 0;
    while (i < length) {
      const first = codes[i];
      if (wordClass[first] === 0 || (i > 0 && !boundary(codes[i - 1], first))) { i++; continue; }
      const firstCode = caseFold[first];
      let node = rootChild[firstCode];
      if (node === 0) { i++; continue; }
      let bestEnd = -1;
      let bestEntry = -1;
      let j = i + 1;
      for (;;) {
        const info = node * 3;
        const payload = nodeInfo[info + 2];
        if (payload !== 0) {
          const full = payload & FULL_MASK;
          if (full !== 0 && ((payload & CASED_BIT) === 0 || sameCodes(codes, i, casedByNode.get(node)!))) {
            const entryIndex = full - 1;
            let end = boundaryAt(j) ? j : -1;
            if (inflected[entryIndex] === 1) end = Math.max(end, suffixEnd(j, APPEND));
            if (end > bestEnd) { bestEnd = end; bestEntry = entryIndex; }
          }
          if ((payload & STEM_BITS) !== 0) {
            const end = suffixEnd(j, (payload & AA_STEM_BIT) !== 0 ? AA_STEM : II_STEM);
            if (end > bestEnd) { bestEnd = end; bestEntry = stemByNode.get(node)!; }
          }
        }
        if (j >= length) break;
        const code = caseFold[codes[j]];
        let low = nodeInfo[info];
        let high = nodeInfo[info + 1] - 1;
        let found = 0;
        // Binary search of the sorted edge list (most deep nodes have a single edge).
        while (low <= high) {
          const mid = (low + high) >>> 1;
          const midCode = edges[mid * 2];
          if (midCode === code) { found = edges[mid * 2 + 1]; break; }
          if (midCode < code) low = mid + 1;
          else high = mid - 1;
        }
        if (found === 0) break;
        node = found;
        j++;
      }
      if (bestEntry >= 0) {
        const start = starts[i];
        const end = ends[bestEnd - 1];
        hits.push({ entryId: entries[bestEntry].id, start, end, text: text.slice(start, end) });
        i = bestEnd;
      } else {
        i++;
      }
    }
    return hits;
  }

  return {
    scan,
    scanTarget(text: string) {
      renderingIndex ??= new RenderingIndex(entries, acceptedForms(), { verbEndings: options.acceptedForms !== false });
      return renderingIndex.find(text);
    },
    acceptedForms,
    entries,
    conflicts,
  };
}

function sameCodes(codes: Uint16Array, from: number, key: string): boolean {
  for (let k = 0; k < key.length; k++) if (codes[from + k] !== key.charCodeAt(k)) return false;
  return true;
}
