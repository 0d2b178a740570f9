/**
 * Translation memory with fuzzy lookup: word-level similarity on normalised Devanagari (the
 * glossary's normalisation), 100% and context matches first, safe number adaptation, and a word
 * diff against the current Hindi.
 *
 * Speed: an inverted index from word tokens to entries. Each occurrence of a word is its own
 * token (के, के#2, …), so shared tokens = multiset overlap. A match with similarity ≥ min shares
 * at least ⌈min·n⌉ tokens with an n-word query, so it must contain one of the n − ⌈min·n⌉ + 1
 * rarest query tokens (prefix filtering); only entries found that way are counted, length- and
 * overlap-filtered, and scored exactly.
 */
import { buildTermMatcher, type GlossaryEntry, type TermMatcher } from '../../glossary/index.ts';
import { diffWords, wordDistance, alignWords, type DiffOp } from './word-diff.ts';
import { createHindiKeyer, glossaryNormalizer, hindiWords, isNumberKey, type HindiNormalizer } from './hindi-words.ts';
import { fnv1a64Hex } from '../segment/segment-id.ts';

/** Neighbouring Hindi segments of an entry or of the segment being translated. */
export interface SegmentContext {
  prev: string;
  next: string;
}

/** One memory entry. */
export interface TmEntry {
  source: string;
  target: string;
  /** Where it came from: `project`, `article:<id>`, or an imported memory's name. */
  origin: string;
  context?: SegmentContext;
}

/** A match for a Hindi segment. */
export interface TmMatch {
  source: string;
  target: string;
  /** Word-level similarity 0..1 of the normalised Hindi (1 = 100% match). */
  score: number;
  origin: string;
  /** The target with the numbers (and, with a glossary, the terms) that differ already replaced, when that was safe. */
  adapted?: string;
  /** Word diff from the memory's Hindi to the current Hindi. */
  diff: DiffOp[];
  /** Same neighbours as the current segment. */
  contextMatch: boolean;
}

/** Lookup options. */
export interface TmLookupOptions {
  /** Minimum similarity (default 0.5). */
  min?: number;
  /** Neighbours of the current segment, for context matches. */
  context?: SegmentContext;
  /** Most matches returned (default 10). */
  limit?: number;
  /** Origins whose entries are passed over (an analysis leaves out the analysed articles' own pairs). */
  skipOrigins?: ReadonlySet<string>;
}

/** A translation memory index. */
export interface TranslationMemory {
  /** Number of entries. */
  readonly size: number;
  /** Adds entries (the index grows in place). */
  add(entries: readonly TmEntry[]): void;
  /** Removes every entry of one origin (e.g. `article:<id>` before its pairs are added again). */
  removeOrigin(origin: string): void;
  /**
   * Replaces the glossary whose terms are adapted; the term matcher is rebuilt on the next lookup,
   * or `termMatcher` (built over exactly these entries, e.g. the glossary checker's) is used.
   */
  setGlossary(glossary: readonly GlossaryEntry[], termMatcher?: TermMatcher): void;
  /** Matches for a Hindi segment, best first. */
  lookup(source: string, opts?: TmLookupOptions): TmMatch[];
  /** The same lookup by scanning every entry (baseline for the benchmark and tests). */
  lookupByScan(source: string, opts?: TmLookupOptions): TmMatch[];
}

/** Options of the memory. */
export interface TranslationMemoryOptions {
  normalize?: HindiNormalizer;
  /** Glossary whose terms are adapted in matches (a term swapped for another in the Hindi). */
  glossary?: readonly GlossaryEntry[];
  /**
   * A matcher already built over `glossary` with the default options (the checker's): shared
   * instead of a second copy of the term trie (tens of MB for 50,000 entries).
   */
  termMatcher?: TermMatcher;
}

/** Builds a translation memory over the given entries. */
export function createTranslationMemory(entries: readonly TmEntry[] = [], options: TranslationMemoryOptions = {}): TranslationMemory {
  const normalize = options.normalize ?? glossaryNormalizer;
  const keysOf = createHindiKeyer(normalize);
  let glossary = options.glossary;
  let termMatcherBuilt: { matcher: TermMatcher | undefined } | undefined = options.termMatcher && glossary ? { matcher: options.termMatcher } : undefined;
  // Built on first use, so a glossary edit costs nothing until the next lookup.
  const termMatcher = (): TermMatcher | undefined => {
    termMatcherBuilt ??= { matcher: glossary && glossary.length > 0 ? buildTermMatcher(glossary) : undefined };
    return termMatcherBuilt.matcher;
  };
  // The index, packed (issue 10: 190,000 segments): entry e's columns live in typed arrays, its
  // word ids in one pool, the postings in one array of token ranges (CSR); no object per entry.
  // Only the texts, needed to show a match, stay strings.
  let slots = 0;
  let removed = 0;
  let capacity = 1024;
  let starts = new Int32Array(capacity);
  /** Words of each entry; −1 = removed (fails every length filter, so lookups skip it). */
  let lengths = new Int32Array(capacity);
  let originOf = new Int32Array(capacity);
  /** The 64-bit hash of the normalised neighbours as two halves; hasContext[e] = 0 when there were none. */
  let contextHigh = new Int32Array(capacity);
  let contextLow = new Int32Array(capacity);
  let hasContext = new Uint8Array(capacity);
  let sources: string[] = [];
  let targets: string[] = [];
  let words = new Int32Array(4096);
  let pooled = 0;
  const origins: string[] = [];
  const originIds = new Map<string, number>();
  const wordIds = new Map<string, number>();
  const wordKeys: string[] = [];
  const tokenIds = new Map<string, number>();
  /** The token of each word's first occurrence (the usual one), so packing rarely looks a token up by text. */
  let firstToken = new Int32Array(1024);
  // Postings of the entries below `indexedUpTo`: entries of token t are postings[postStart[t] .. postStart[t + 1]).
  let postStart = new Int32Array(1);
  let postings = new Int32Array(0);
  let indexedUpTo = 0;
  // Entries added since: a small list per token, folded into the packed postings when it grows.
  let recent = new Map<number, number[]>();
  let seen = new Int32Array(1024);
  let counts = new Int32Array(1024);
  let stamp = 0;

  const wordId = (key: string): number => {
    let id = wordIds.get(key);
    if (id === undefined) {
      id = wordIds.size;
      wordIds.set(key, id);
      wordKeys.push(key);
    }
    return id;
  };

  const tokenId = (token: string): number => {
    let id = tokenIds.get(token);
    if (id === undefined) {
      id = tokenIds.size;
      tokenIds.set(token, id);
    }
    return id;
  };

  // The occurrence tokens of entry e from its word ids (the k-th occurrence of a word, as in add).
  const entryTokens = (e: number, visit: (token: number) => void) => {
    const seenCount = new Map<number, number>();
    for (let i = starts[e], end = i + lengths[e]; i < end; i++) {
      const word = words[i];
      const k = (seenCount.get(word) ?? 0) + 1;
      seenCount.set(word, k);
      visit(k === 1 ? firstToken[word] : tokenIds.get(`${wordKeys[word]}\u0001${k}`)!);
    }
  };

  // Occurrence tokens: the k-th occurrence of a word is its own token, so set overlap = multiset overlap.
  const occurrenceTokens = (keys: readonly string[]): string[] => {
    const seenCount = new Map<string, number>();
    return keys.map((key) => {
      const k = (seenCount.get(key) ?? 0) + 1;
      seenCount.set(key, k);
      return k === 1 ? key : `${key}\u0001${k}`;
    });
  };

  // Hashed (64-bit FNV-1a): a 190,000-segment project would otherwise hold a second normalised copy
  // of every neighbour's Hindi; two different contexts share a hash with odds of about n²/2⁶⁴.
  const contextKeyOf = (context: SegmentContext | undefined): string | undefined =>
    context ? fnv1a64Hex(`${keysOf(context.prev).join(' ')}\u0002${keysOf(context.next).join(' ')}`) : undefined;

  const growEntries = (needed: number) => {
    if (needed <= capacity) return;
    while (capacity < needed) capacity *= 2;
    starts = resized(starts, capacity);
    lengths = resized(lengths, capacity);
    originOf = resized(originOf, capacity);
    contextHigh = resized(contextHigh, capacity);
    contextLow = resized(contextLow, capacity);
    hasContext = resized(hasContext, capacity);
  };
  const growPools = (needed: number) => {
    if (needed <= words.length) return;
    let size = words.length;
    while (size < needed) size *= 2;
    words = resized(words, size);
  };

  // Folds the recent entries into the packed postings; when many entries were removed, the
  // columns and pools are compacted first (entries keep their order, which breaks score ties).
  const pack = () => {
    if (removed > 0 && removed * 4 > slots) compact();
    const df = new Int32Array(tokenIds.size + 1);
    for (let e = 0; e < slots; e++) if (lengths[e] >= 0) entryTokens(e, (token) => (df[token + 1] += 1));
    for (let t = 1; t < df.length; t++) df[t] += df[t - 1];
    const packed = new Int32Array(df[df.length - 1]);
    const fill = df.slice(0, -1);
    for (let e = 0; e < slots; e++) if (lengths[e] >= 0) entryTokens(e, (token) => (packed[fill[token]++] = e));
    // The pool keeps an eighth spare for the saves to come, not the doubling's up to half.
    const spare = pooled + Math.max(4096, pooled >> 3);
    if (words.length > spare) words = resized(words, spare);
    postStart = df;
    postings = packed;
    indexedUpTo = slots;
    recent = new Map();
  };

  const compact = () => {
    let next = 0;
    let nextPooled = 0;
    for (let e = 0; e < slots; e++) {
      const length = lengths[e];
      if (length < 0) continue;
      words.copyWithin(nextPooled, starts[e], starts[e] + length);
      starts[next] = nextPooled;
      lengths[next] = length;
      originOf[next] = originOf[e];
      contextHigh[next] = contextHigh[e];
      contextLow[next] = contextLow[e];
      hasContext[next] = hasContext[e];
      sources[next] = sources[e];
      targets[next] = targets[e];
      nextPooled += length;
      next += 1;
    }
    sources = sources.slice(0, next);
    targets = targets.slice(0, next);
    slots = next;
    pooled = nextPooled;
    removed = 0;
  };

  const add = (newEntries: readonly TmEntry[]): void => {
    for (const entry of newEntries) {
      const keys = keysOf(entry.source);
      if (keys.length === 0 || !entry.target.trim()) continue;
      const e = slots++;
      growEntries(slots);
      growPools(pooled + keys.length);
      starts[e] = pooled;
      lengths[e] = keys.length;
      const occurrences = occurrenceTokens(keys);
      for (let i = 0; i < keys.length; i++) {
        const word = wordId(keys[i]);
        words[pooled + i] = word;
        const id = tokenId(occurrences[i]);
        if (occurrences[i] === keys[i]) {
          if (firstToken.length <= word) firstToken = resized(firstToken, Math.max(firstToken.length * 2, word + 1));
          firstToken[word] = id;
        }
        const list = recent.get(id);
        if (list) list.push(e);
        else recent.set(id, [e]);
      }
      pooled += keys.length;
      let origin = originIds.get(entry.origin);
      if (origin === undefined) {
        origin = origins.length;
        origins.push(entry.origin);
        originIds.set(entry.origin, origin);
      }
      originOf[e] = origin;
      const contextKey = contextKeyOf(entry.context);
      hasContext[e] = contextKey === undefined ? 0 : 1;
      if (contextKey !== undefined) {
        contextHigh[e] = Number.parseInt(contextKey.slice(0, 8), 16) | 0;
        contextLow[e] = Number.parseInt(contextKey.slice(8), 16) | 0;
      }
      sources[e] = entry.source;
      targets[e] = entry.target;
    }
    // A few saves' pairs stay in the small lists; past an eighth of the index they are packed.
    if (slots - indexedUpTo > Math.max(4096, indexedUpTo / 8)) pack();
    if (seen.length < slots) {
      seen = resized(seen, capacity);
      counts = resized(counts, capacity);
    }
  };

  const removeOrigin = (origin: string): void => {
    const id = originIds.get(origin);
    if (id === undefined) return;
    for (let e = 0; e < slots; e++) {
      if (originOf[e] !== id || lengths[e] < 0) continue;
      lengths[e] = -1;
      removed += 1;
    }
  };

  /** How many entries hold token `id` (removed ones included: it only orders the query's tokens). */
  const documentFrequency = (id: number): number =>
    (id + 1 < postStart.length ? postStart[id + 1] - postStart[id] : 0) + (recent.get(id)?.length ?? 0);

  const queryOf = (source: string) => {
    const keys = keysOf(source);
    // Unknown words get id −1: they match nothing, which is exactly right.
    const sequence = Int32Array.from(keys, (key) => wordIds.get(key) ?? -1);
    const tokens = occurrenceTokens(keys).map((token) => tokenIds.get(token) ?? -1);
    return { sequence, tokens };
  };

  const sequenceOf = (e: number) => words.subarray(starts[e], starts[e] + lengths[e]);
  const entryOf = (e: number): TmEntry => ({ source: sources[e], target: targets[e], origin: origins[originOf[e]] });

  const finish = (source: string, scored: { index: number; score: number }[], opts: TmLookupOptions): TmMatch[] => {
    const contextKey = contextKeyOf(opts.context);
    const high = contextKey === undefined ? 0 : Number.parseInt(contextKey.slice(0, 8), 16) | 0;
    const low = contextKey === undefined ? 0 : Number.parseInt(contextKey.slice(8), 16) | 0;
    const ranked = scored.map(({ index, score }) => ({
      index, score,
      contextMatch: contextKey !== undefined && hasContext[index] === 1 && contextHigh[index] === high && contextLow[index] === low,
      identical: sources[index] === source,
    }));
    ranked.sort((a, b) => {
      const aFull = a.score === 1 ? 1 : 0;
      const bFull = b.score === 1 ? 1 : 0;
      if (aFull !== bFull) return bFull - aFull;
      if (a.contextMatch !== b.contextMatch) return a.contextMatch ? -1 : 1;
      if (a.score !== b.score) return b.score - a.score;
      if (a.identical !== b.identical) return a.identical ? -1 : 1;
      // Older entries first on a tie, so indexed lookup and scan agree exactly.
      return a.index - b.index;
    });
    const limit = opts.limit ?? 10;
    const out: TmMatch[] = [];
    // Words with their spans are only needed for the diffs of the matches shown.
    const words = ranked.length > 0 ? hindiWords(source, normalize) : { keys: [], spans: [] };
    const emitted = new Set<string>();
    for (const r of ranked) {
      if (out.length >= limit) break;
      // The same pair from several origins is shown once (the best-ranked).
      const pairKey = `${sources[r.index]}\u0000${targets[r.index]}`;
      if (emitted.has(pairKey)) continue;
      emitted.add(pairKey);
      out.push(describeMatch(entryOf(r.index), source, words, r.score, r.contextMatch, normalize, termMatcher()));
    }
    return out;
  };

  const lookup = (source: string, opts: TmLookupOptions = {}): TmMatch[] => {
    const min = opts.min ?? 0.5;
    const query = queryOf(source);
    const n = query.sequence.length;
    if (n === 0 || slots === 0) return [];
    const needed = Math.max(1, Math.ceil(min * n - 1e-9));
    const byRarity = query.tokens.map((id) => ({ id, df: id < 0 ? 0 : documentFrequency(id) })).sort((a, b) => a.df - b.df);
    const prefixLength = n - needed + 1;
    stamp += 1;
    if (stamp === 0x7fffffff) {
      seen.fill(0);
      stamp = 1;
    }
    // Length filter, applied while walking postings: min·max(n, m) ≤ min(n, m) ⇔ min·n ≤ m ≤ n/min.
    const shortest = needed;
    const longest = min > 0 ? Math.floor(n / min + 1e-9) : Number.MAX_SAFE_INTEGER;
    const touched: number[] = [];
    const walk = (e: number, finding: boolean) => {
      if (seen[e] === stamp) counts[e] += 1;
      else if (finding) {
        seen[e] = stamp;
        const m = lengths[e];
        if (m >= shortest && m <= longest) {
          counts[e] = 1;
          touched.push(e);
        } else counts[e] = -n;
      }
    };
    for (let p = 0; p < byRarity.length; p++) {
      const id = byRarity[p].id;
      if (id < 0) continue;
      // Prefix tokens find the candidates and start their shared-token counts; the other tokens
      // only complete the counts of entries already found.
      const finding = p < prefixLength;
      if (id + 1 < postStart.length) for (let k = postStart[id], end = postStart[id + 1]; k < end; k++) walk(postings[k], finding);
      const list = recent.get(id);
      if (list) for (let k = 0; k < list.length; k++) walk(list[k], finding);
    }
    const scored: { index: number; score: number }[] = [];
    const skip = opts.skipOrigins;
    for (const e of touched) {
      if (skip && skip.has(origins[originOf[e]])) continue;
      const m = lengths[e];
      const longer = n > m ? n : m;
      // Shared tokens bound the distance: distance ≥ max(n, m) − overlap.
      if (counts[e] < Math.ceil(min * longer - 1e-9)) continue;
      const score = 1 - wordDistance(query.sequence, sequenceOf(e)) / longer;
      if (score >= min - 1e-12) scored.push({ index: e, score });
    }
    return finish(source, scored, opts);
  };

  const lookupByScan = (source: string, opts: TmLookupOptions = {}): TmMatch[] => {
    const min = opts.min ?? 0.5;
    const query = queryOf(source);
    if (query.sequence.length === 0) return [];
    const scored: { index: number; score: number }[] = [];
    for (let e = 0; e < slots; e++) {
      if (lengths[e] < 0 || opts.skipOrigins?.has(origins[originOf[e]])) continue;
      const score = 1 - wordDistance(query.sequence, sequenceOf(e)) / Math.max(query.sequence.length, lengths[e]);
      if (score >= min - 1e-12) scored.push({ index: e, score });
    }
    return finish(source, scored, opts);
  };

  add(entries);
  return {
    get size() {
      return slots - removed;
    },
    add,
    removeOrigin,
    setGlossary(next, matcher) {
      glossary = next;
      termMatcherBuilt = matcher ? { matcher: next.length > 0 ? matcher : undefined } : undefined;
    },
    lookup,
    lookupByScan,
  };
}

// A typed array of `size` elements holding the first ones of `array`.
function resized<A extends Int32Array<ArrayBuffer> | Uint8Array<ArrayBuffer>>(array: A, size: number): A {
  const grown = new (array.constructor as new (size: number) => A)(size);
  grown.set(array.subarray(0, Math.min(array.length, size)));
  return grown;
}

function describeMatch(entry: TmEntry, source: string, current: { keys: string[]; spans: [number, number][] }, score: number, contextMatch: boolean, normalize: HindiNormalizer, termMatcher: TermMatcher | undefined): TmMatch {
  const old = hindiWords(entry.source, normalize);
  const oldWords = old.spans.map(([s, e]) => entry.source.slice(s, e));
  const newWords = current.spans.map(([s, e]) => source.slice(s, e));
  const match: TmMatch = {
    source: entry.source,
    target: entry.target,
    score,
    origin: entry.origin,
    diff: diffWords(old.keys, oldWords, current.keys, newWords),
    contextMatch,
  };
  let adapted = adaptNumbers(old.keys, current.keys, entry.target);
  if (termMatcher) adapted = adaptTerms(termMatcher, entry.source, source, adapted ?? entry.target) ?? adapted;
  if (adapted !== undefined && adapted !== entry.target) match.adapted = adapted;
  return match;
}

/**
 * Replaces, in an English target, the renderings of glossary terms that the current Hindi swaps
 * for other terms (मॉस्को → कीव: Moscow → Kyiv). Safe only when the terms that left and the terms
 * that came are equally many (paired in order) and each old term's approved or alternate rendering
 * occurs exactly once in the target; plural and possessive endings and the found case are kept.
 */
export function adaptTerms(termMatcher: TermMatcher, memorySource: string, currentSource: string, target: string): string | undefined {
  const oldIds = termMatcher.scan(memorySource).map((h) => h.entryId);
  const newIds = termMatcher.scan(currentSource).map((h) => h.entryId);
  const left = [...oldIds];
  const came: string[] = [];
  for (const id of newIds) {
    const at = left.indexOf(id);
    if (at >= 0) left.splice(at, 1);
    else came.push(id);
  }
  if (left.length === 0 && came.length === 0) return undefined;
  if (left.length !== came.length) return undefined;
  const entries = termMatcher.entries;
  const occurrences = termMatcher.scanTarget(target);
  const edits: { start: number; end: number; text: string }[] = [];
  for (let i = 0; i < left.length; i++) {
    const oldIndex = entries.findIndex((e) => e.id === left[i]);
    const replacement = entries.find((e) => e.id === came[i]);
    if (oldIndex < 0 || !replacement) return undefined;
    const found = occurrences.filter((o) => o.entryIndex === oldIndex && o.kind !== 'forbidden');
    if (found.length !== 1) return undefined;
    const { start, end } = found[0];
    const text = target.slice(start, end);
    const oldEntry = entries[oldIndex];
    // The rendering that matched is the longest one the found text starts with; the rest is its ending ('s, s).
    const rendering = [oldEntry.target, ...oldEntry.targetAlternates]
      .filter((r) => text.toLowerCase().startsWith(r.toLowerCase()))
      .sort((a, b) => b.length - a.length)[0];
    if (rendering === undefined) return undefined;
    const found0 = text.slice(0, rendering.length);
    const cased = found0 === found0.toUpperCase() && found0 !== found0.toLowerCase() && rendering !== rendering.toUpperCase() ? replacement.target.toUpperCase() : replacement.target;
    edits.push({ start, end, text: cased + text.slice(rendering.length) });
  }
  edits.sort((a, b) => b.start - a.start);
  let out = target;
  for (const e of edits) out = out.slice(0, e.start) + e.text + out.slice(e.end);
  return out;
}

// Numbers in English text: 15,000 / 15000 / 27.1 (grouping commas only between digit groups).
const ENGLISH_NUMBER = /(?<![\d.,])\d{1,3}(?:,\d{2,3})+(?:\.\d+)?(?![\d,]*\d)|(?<![\d.,])\d+(?:\.\d+)?(?![\d])/g;

/**
 * Replaces, in an English target, the numbers that changed between the memory's Hindi and the
 * current Hindi. Safe only when every number difference is a one-for-one substitution and each old
 * number occurs exactly once in the target; otherwise undefined (no adaptation offered).
 */
export function adaptNumbers(oldKeys: readonly string[], newKeys: readonly string[], target: string): string | undefined {
  const replacements: { from: string; to: string }[] = [];
  for (const step of alignWords(oldKeys, newKeys)) {
    const oldKey = step.oldIndex >= 0 ? oldKeys[step.oldIndex] : undefined;
    const newKey = step.newIndex >= 0 ? newKeys[step.newIndex] : undefined;
    const oldIsNumber = oldKey !== undefined && isNumberKey(oldKey);
    const newIsNumber = newKey !== undefined && isNumberKey(newKey);
    if (step.op === 'equal' || (!oldIsNumber && !newIsNumber)) continue;
    // A number added or dropped (or swapped for a word) cannot be carried into the English safely.
    if (step.op !== 'substitute' || !oldIsNumber || !newIsNumber) return undefined;
    replacements.push({ from: oldKey, to: newKey });
  }
  if (replacements.length === 0) return undefined;
  const occurrences = [...target.matchAll(ENGLISH_NUMBER)].map((m) => ({ start: m.index ?? 0, text: m[0], key: m[0].replace(/,/g, '') }));
  const edits: { start: number; end: number; text: string }[] = [];
  for (const { from, to } of replacements) {
    const found = occurrences.filter((o) => o.key === from);
    if (found.length !== 1) return undefined;
    const at = found[0];
    if (edits.some((e) => e.start === at.start)) return undefined;
    edits.push({ start: at.start, end: at.start + at.text.length, text: at.text.includes(',') ? groupThousands(to) : to });
  }
  edits.sort((a, b) => b.start - a.start);
  let out = target;
  for (const e of edits) out = out.slice(0, e.start) + e.text + out.slice(e.end);
  return out;
}

/** Western digit grouping for English text: 150000 → 150,000 (decimals kept). */
export function groupThousands(number: string): string {
  const [whole, fraction] = number.split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return fraction === undefined ? grouped : `${grouped}.${fraction}`;
}

/** A pair found by concordance search. */
export interface ConcordancePair {
  source: string;
  target: string;
}

const concordanceKeys = new WeakMap<object, string>();

/**
 * Every pair whose Hindi contains the query (both normalised like the glossary) or whose English
 * contains it case-insensitively. Normalised Hindi is cached per pair object.
 */
export function concordance<P extends ConcordancePair>(query: string, pairs: readonly P[], normalize: HindiNormalizer = glossaryNormalizer): P[] {
  const trimmed = query.trim();
  if (!trimmed) return [];
  const hindiQuery = normalize(trimmed).text.trim();
  const englishQuery = trimmed.toLowerCase();
  return pairs.filter((pair) => {
    let key = concordanceKeys.get(pair);
    if (key === undefined) {
      key = normalize(pair.source).text;
      concordanceKeys.set(pair, key);
    }
    return (hindiQuery.length > 0 && key.includes(hindiQuery)) || pair.target.toLowerCase().includes(englishQuery);
  });
}
