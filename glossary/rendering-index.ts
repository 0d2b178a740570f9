/**
 * Index of every English rendering in a glossary (approved, alternate, forbidden), found in a target
 * text in one pass: a code-unit trie walked from each word start, tolerant of plural and possessive endings.
 */
import { CASE_FOLD, isBoundaryBetween, WORD_CLASS } from './char-tables.ts';
import { CodeTrie } from './code-trie.ts';
import type { GlossaryEntry } from './model.ts';
import type { NormalizedCodes } from './normalize.ts';

/** Which list of an entry a rendering comes from; 'accepted' = the entry's accepted forms (english-forms.ts). */
export type RenderingKind = 'approved' | 'alternate' | 'accepted' | 'forbidden';

/** One rendering found in a target text; offsets are UTF-16 offsets into the original target. */
export interface RenderingOccurrence {
  entryIndex: number;
  kind: RenderingKind;
  start: number;
  /** End of the occurrence, including a plural or possessive ending when present. */
  end: number;
}

interface RenderingRef {
  /** The entry's slot (its index unless the holder keeps slots: RenderingIndexOptions.positionOf). */
  entryIndex: number;
  kind: RenderingKind;
  /** Normalised rendering with its case, checked when the entry is case-sensitive. */
  casedKey: string | null;
  /** True when the key is the rendering minus a final "y", which must be followed by "ies". */
  iesStem: boolean;
  /** A common word (lower-case term): verb endings -ed/-d/-ing also keep it satisfied ("vetoed"). */
  verbEndings: boolean;
  /** The key is a plural rendering minus its -s ("arms" → "arm"): satisfied only with a verb ending ("arming"). */
  verbStemOnly?: boolean;
}

// Module-local aliases: transpilers may turn imported bindings into getters, too slow for the inner loop.
const wordClass = WORD_CLASS;
const caseFold = CASE_FOLD;
const isBoundary = isBoundaryBetween;

const APOSTROPHE = 0x27;
const SPACE = 0x20;

function isEnglishSpace(code: number): boolean {
  return code === 0x20 || (code >= 0x09 && code <= 0x0d) || code === 0xa0 || code === 0x1680
    || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 || code === 0x202f
    || code === 0x205f || code === 0x3000;
}

// Canonical decomposition of single code units, so "Pyŏngyang" in NFC and NFD compare equal.
const decompositionCache = new Map<number, string | null>();
function decompositionOf(code: number): string | null {
  let cached = decompositionCache.get(code);
  if (cached === undefined) {
    const ch = String.fromCharCode(code);
    const nfd = ch.normalize('NFD');
    cached = nfd === ch ? null : nfd;
    decompositionCache.set(code, cached);
  }
  return cached;
}

/**
 * Normalise English text for rendering lookup: whitespace runs = one space, curly apostrophes = ',
 * joiners and soft hyphens dropped, canonical decomposition; hyphens are kept ("Kim Jong-un" ≠ "Kim Jong Un").
 */
export function normalizeEnglishToCodes(text: string): NormalizedCodes {
  const n = text.length;
  let capacity = n + 16;
  let codes = new Uint16Array(capacity);
  let starts = new Int32Array(capacity);
  let ends = new Int32Array(capacity);
  let out = 0;
  let lastWasSpace = false;
  const push = (code: number, start: number, end: number) => {
    if (out === capacity) {
      capacity *= 2;
      const c = new Uint16Array(capacity); c.set(codes); codes = c;
      const s = new Int32Array(capacity); s.set(starts); starts = s;
      const e = new Int32Array(capacity); e.set(ends); ends = e;
    }
    codes[out] = code; starts[out] = start; ends[out] = end; out++;
  };
  for (let i = 0; i < n; i++) {
    let code = text.charCodeAt(i);
    if (isEnglishSpace(code)) {
      if (lastWasSpace) ends[out - 1] = i + 1;
      else push(SPACE, i, i + 1);
      lastWasSpace = true;
      continue;
    }
    if (code === 0x200c || code === 0x200d || code === 0x00ad || code === 0xfeff || code === 0x200b) {
      continue;
    }
    lastWasSpace = false;
    if (code === 0x2019 || code === 0x2018 || code === 0x02bc) code = APOSTROPHE;
    const decomposition = code >= 0xc0 && (code < 0xd800 || code > 0xdfff) ? decompositionOf(code) : null;
    if (decomposition === null) push(code, i, i + 1);
    else for (let d = 0; d < decomposition.length; d++) push(decomposition.charCodeAt(d), i, i + 1);
  }
  return { codes, length: out, starts, ends, originalLength: n };
}

function normalizedEnglish(text: string): string {
  const normalized = normalizeEnglishToCodes(text.trim());
  return String.fromCharCode(...normalized.codes.subarray(0, normalized.length));
}

// Endings that keep a rendering satisfied, longest first: plural and possessive.
const ENDINGS: readonly number[][] = ["es'", "'s", "s'", 'es', 's', "'"].map((s) => [...s].map((c) => c.charCodeAt(0)));
const IES = [0x69, 0x65, 0x73];
const VERB_ENDINGS: readonly number[][] = ['ed', 'ing'].map((s) => [...s].map((c) => c.charCodeAt(0)));
const E = 0x65;
const D = [0x64];
const VOWELS = new Set([...'aeiouwy'].map((c) => c.charCodeAt(0)));

/** Options of a rendering index. */
export interface RenderingIndexOptions {
  verbEndings?: boolean;
  /**
   * The place in the glossary of an entry added under `slot` (default: the slot itself). Lets a
   * holder keep stable slots while entries are deleted and others move up.
   */
  positionOf?: (slot: number) => number;
}

/** All renderings of a glossary, ready to be found in English targets; entries can be taken out and put back one at a time. */
export class RenderingIndex {
  private readonly trie: CodeTrie;
  private readonly terminals = new Map<number, RenderingRef[]>();
  private readonly verbEndingsOn: boolean;
  private readonly positionOf: (slot: number) => number;

  /** Index the approved, alternate, accepted (by entry id) and forbidden renderings of `entries`. */
  constructor(
    entries: readonly GlossaryEntry[],
    acceptedForms: ReadonlyMap<string, readonly string[]> = new Map(),
    options: RenderingIndexOptions = {},
  ) {
    this.trie = new CodeTrie(Math.max(entries.length, 1024) * 8);
    this.verbEndingsOn = options.verbEndings !== false;
    this.positionOf = options.positionOf ?? ((slot) => slot);
    entries.forEach((entry, entryIndex) => this.addEntry(entryIndex, entry, acceptedForms.get(entry.id) ?? []));
  }

  /** Adds the renderings of `entry` (and its accepted forms) under `slot`; refs of one node stay in glossary order. */
  addEntry(slot: number, entry: GlossaryEntry, accepted: readonly string[]): void {
    for (const [key, ref] of this.keysOf(slot, entry, accepted)) this.addTerminal(this.trie.insert(key), ref);
  }

  /** Takes out what addEntry(slot, entry, accepted) put in. */
  removeEntry(slot: number, entry: GlossaryEntry, accepted: readonly string[]): void {
    for (const [key] of this.keysOf(slot, entry, accepted)) {
      const node = this.trie.insert(key);
      const list = this.terminals.get(node);
      if (!list) continue;
      const kept = list.filter((ref) => ref.entryIndex !== slot);
      if (kept.length > 0) this.terminals.set(node, kept);
      else this.terminals.delete(node);
    }
  }

  /** The trie keys of an entry's renderings, with their refs, in the order a full build adds them. */
  private keysOf(entryIndex: number, entry: GlossaryEntry, accepted: readonly string[]): [number[], RenderingRef][] {
    const keys: [number[], RenderingRef][] = [];
    const add = (rendering: string, kind: RenderingKind) => {
      const cased = normalizedEnglish(rendering);
      if (cased === '') return;
      const folded = [...cased].map((c) => CASE_FOLD[c.charCodeAt(0)] ?? c.charCodeAt(0));
      const casedKey = entry.caseSensitive ? cased : null;
      // A Hindi noun is often rendered by the English verb of the same word (वीटो कर दिया → "vetoed"):
      // only common words (lower case) of term entries, and never for a forbidden form.
      const verbEndings = this.verbEndingsOn && kind !== 'forbidden' && entry.type === 'term' && !entry.caseSensitive && cased === cased.toLowerCase();
      keys.push([folded, { entryIndex, kind, casedKey, iesStem: false, verbEndings }]);
      // A plural-only noun has a verb on its stem: "arms" → "arming", "armed" (हथियार देना = "to arm").
      const last = folded.length - 1;
      if (verbEndings && !cased.includes(' ') && folded.length > 3 && folded[last] === 0x73 && folded[last - 1] !== 0x73 && folded[last - 1] !== 0x75) {
        keys.push([folded.slice(0, -1), { entryIndex, kind, casedKey, iesStem: false, verbEndings: true, verbStemOnly: true }]);
      }
      // "country" is also satisfied by "countries".
      if (folded.length > 2 && folded[folded.length - 1] === 0x79 && !entry.caseSensitive) {
        keys.push([folded.slice(0, -1), { entryIndex, kind, casedKey, iesStem: true, verbEndings: false }]);
      }
    };
    add(entry.target, 'approved');
    for (const alternate of entry.targetAlternates) add(alternate, 'alternate');
    for (const form of accepted) add(form, 'accepted');
    for (const form of entry.forbidden) add(form, 'forbidden');
    return keys;
  }

  private addTerminal(node: number, ref: RenderingRef): void {
    const list = this.terminals.get(node);
    if (!list) {
      this.terminals.set(node, [ref]);
      return;
    }
    // After every ref of an entry at or before this one's place (a full build adds in glossary order).
    const place = this.positionOf(ref.entryIndex);
    let at = list.length;
    while (at > 0 && this.positionOf(list[at - 1].entryIndex) > place) at--;
    list.splice(at, 0, ref);
  }

  /** Every rendering occurring in `targetText` (overlapping ones included), in text order. */
  find(targetText: string): RenderingOccurrence[] {
    const normalized = normalizeEnglishToCodes(targetText);
    const { codes, length, starts, ends } = normalized;
    const occurrences: RenderingOccurrence[] = [];
    const boundaryAt = (pos: number) => pos >= length || isBoundary(codes[pos - 1], codes[pos]);
    const endingAt = (pos: number, ending: readonly number[]): number => {
      if (pos + ending.length > length) return -1;
      for (let k = 0; k < ending.length; k++) if (caseFold[codes[pos + k]] !== ending[k]) return -1;
      return boundaryAt(pos + ending.length) ? pos + ending.length : -1;
    };
    // -ed, -ing, -d after e, and a doubled final consonant (ban → banned, transfer → transferring).
    const verbEndingAt = (pos: number): number => {
      const last = caseFold[codes[pos - 1]];
      for (const ending of VERB_ENDINGS) {
        const end = endingAt(pos, ending);
        if (end >= 0) return end;
      }
      if (last === E) return endingAt(pos, D);
      if (pos < length && caseFold[codes[pos]] === last && !VOWELS.has(last)) {
        for (const ending of VERB_ENDINGS) {
          const end = endingAt(pos + 1, ending);
          if (end >= 0) return end;
        }
      }
      return -1;
    };
    for (let i = 0; i < length; i++) {
      const first = codes[i];
      if (wordClass[first] === 0 || (i > 0 && !isBoundary(codes[i - 1], first))) continue;
      let node = this.trie.rootChild[caseFold[first]];
      let j = i + 1;
      while (node !== 0) {
        const refs = this.terminals.get(node);
        if (refs) {
          for (const ref of refs) {
            if (ref.casedKey !== null && !sameCodes(codes, i, ref.casedKey)) continue;
            let end = -1;
            if (ref.iesStem) end = endingAt(j, IES);
            else if (ref.verbStemOnly) end = verbEndingAt(j);
            else {
              for (const ending of ENDINGS) {
                end = endingAt(j, ending);
                if (end >= 0) break;
              }
              if (end < 0 && ref.verbEndings) end = verbEndingAt(j);
              if (end < 0 && boundaryAt(j)) end = j;
            }
            if (end < 0) continue;
            occurrences.push({ entryIndex: this.positionOf(ref.entryIndex), kind: ref.kind, start: starts[i], end: ends[end - 1] });
          }
        }
        if (j >= length) break;
        node = this.trie.child(node, caseFold[codes[j]]);
        j++;
      }
    }
    return occurrences;
  }
}

function sameCodes(codes: Uint16Array, from: number, key: string): boolean {
  for (let k = 0; k < key.length; k++) if (codes[from + k] !== key.charCodeAt(k)) return false;
  return true;
}
