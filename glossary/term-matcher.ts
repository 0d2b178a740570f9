/**
 * Recognition of glossary terms in Hindi source text: one trie of normalised UTF-16 code units, walked
 * from each word start, leftmost-longest, with Devanagari-aware word boundaries and optional Hindi
 * inflection suffixes. Cost per character does not depend on the glossary's size.
 */
import { CASE_FOLD, isBoundaryBetween, WORD_CLASS } from './char-tables.ts';
import { CodeTrie, codeUnits } from './code-trie.ts';
import type { GlossaryEntry, TermHit } from './model.ts';
import { normalizeHindi, normalizeToCodes } from './normalize.ts';
import { RenderingIndex, type RenderingOccurrence } from './rendering-index.ts';

/** A compiled glossary: finds terms in Hindi text and renderings in English text. */
export interface TermMatcher {
  /** Non-overlapping term occurrences in `text`, leftmost-longest, with original UTF-16 offsets. */
  scan(text: string): TermHit[];
  /** Every approved, alternate or forbidden rendering occurring in an English `text`. */
  scanTarget(text: string): RenderingOccurrence[];
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

const toCodes = (list: string[]) => list.map((s) => Uint16Array.from(codeUnits(s)));
const APPEND = toCodes(APPEND_SUFFIXES);
const AA_STEM = toCodes(AA_STEM_SUFFIXES);
const II_STEM = toCodes(II_STEM_SUFFIXES);

// Kinds of stem terminal.
const AA_STEM_KIND = 1;
const II_STEM_KIND = 2;

/** Compile `entries` into a TermMatcher (source term and every source variant of each entry). */
export function buildTermMatcher(entries: readonly GlossaryEntry[]): TermMatcher {
  const trie = new CodeTrie(entries.length * 16);
  // Per node: the entry index (+1, 0 = none) for a full key and for a stem key; grown as nodes are made.
  let fullEntry = new Int32Array(1024);
  let stemEntry = new Int32Array(1024);
  let stemKind = new Uint8Array(1024);
  const casedKeys = new Map<number, string>();
  const ensure = (node: number) => {
    if (node < fullEntry.length) return;
    let size = fullEntry.length;
    while (size <= node) size *= 2;
    const f = new Int32Array(size); f.set(fullEntry); fullEntry = f;
    const s = new Int32Array(size); s.set(stemEntry); stemEntry = s;
    const k = new Uint8Array(size); k.set(stemKind); stemKind = k;
  };
  const keyOwner = new Map<string, number>();
  const conflicts: { key: string; keptEntryId: string; droppedEntryId: string }[] = [];

  entries.forEach((entry, index) => {
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
      ensure(node);
      fullEntry[node] = index + 1;
      if (entry.caseSensitive) casedKeys.set(node, normalizeHindi(term, { keepCase: true }).text.trim());
      if (entry.matchMode === 'inflected' && key.length > 1 && !entry.caseSensitive) {
        const last = key.charCodeAt(key.length - 1);
        if (last === AA || last === II) {
          const stemNode = trie.insert(codeUnits(key.slice(0, -1)));
          ensure(stemNode);
          if (stemEntry[stemNode] === 0) {
            stemEntry[stemNode] = index + 1;
            stemKind[stemNode] = last === AA ? AA_STEM_KIND : II_STEM_KIND;
          }
        }
      }
    }
  });
  ensure(trie.nodeCount);
  const inflected = Uint8Array.from(entries, (e) => (e.matchMode === 'inflected' ? 1 : 0));

  let renderingIndex: RenderingIndex | null = null;

  function scan(text: string): TermHit[] {
    const normalized = normalizeToCodes(text);
    const { codes, length, starts, ends } = normalized;
    const hits: TermHit[] = [];
    const rootChildren = trie.rootChildren;
    const boundaryAt = (pos: number) => pos >= length || isBoundaryBetween(codes[pos - 1], codes[pos]);
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
      if (WORD_CLASS[first] === 0 || (i > 0 && !isBoundaryBetween(codes[i - 1], first))) { i++; continue; }
      let node = rootChildren[CASE_FOLD[first]];
      if (node === 0) { i++; continue; }
      let bestEnd = -1;
      let bestEntry = -1;
      let j = i + 1;
      for (;;) {
        const full = fullEntry[node];
        if (full !== 0) {
          const entryIndex = full - 1;
          const cased = casedKeys.size === 0 ? undefined : casedKeys.get(node);
          if (cased === undefined || sameCodes(codes, i, cased)) {
            let end = boundaryAt(j) ? j : -1;
            if (inflected[entryIndex] === 1) end = Math.max(end, suffixEnd(j, APPEND));
            if (end > bestEnd) { bestEnd = end; bestEntry = entryIndex; }
          }
        }
        const stem = stemEntry[node];
        if (stem !== 0) {
          const end = suffixEnd(j, stemKind[node] === AA_STEM_KIND ? AA_STEM : II_STEM);
          if (end > bestEnd) { bestEnd = end; bestEntry = stem - 1; }
        }
        if (j >= length) break;
        node = trie.child(node, CASE_FOLD[codes[j]]);
        if (node === 0) break;
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
      renderingIndex ??= new RenderingIndex(entries);
      return renderingIndex.find(text);
    },
    entries,
    conflicts,
  };
}

function sameCodes(codes: Uint16Array, from: number, key: string): boolean {
  for (let k = 0; k < key.length; k++) if (codes[from + k] !== key.charCodeAt(k)) return false;
  return true;
}
