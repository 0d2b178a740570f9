/**
 * Loose, offset-preserving normalisation of Hindi (and mixed-script) text for term matching.
 * The rules and their reasons are listed in glossary/README.md.
 */
import { CASE_FOLD } from './char-tables.ts';

/** Normalised text as UTF-16 code units plus, for each unit, the original [start, end) it came from. */
export interface NormalizedCodes {
  /** Normalised code units; only the first `length` are used. */
  codes: Uint16Array;
  length: number;
  /** starts[i]: original offset where normalised unit i begins. */
  starts: Int32Array;
  /** ends[i]: original offset just after everything normalised unit i covers. */
  ends: Int32Array;
  /** Length of the original text. */
  originalLength: number;
}

/** Result of normalizeHindi: the normalised string and maps back to the original text. */
export interface NormalizedText {
  text: string;
  /** Original offset of normalised offset i (i may equal text.length, giving the original length). */
  toOriginal: (i: number) => number;
  /** Original end offset for a normalised exclusive end offset i (covers dropped marks such as a nukta). */
  toOriginalEnd: (i: number) => number;
}

const NUKTA = 0x093c;
const VIRAMA = 0x094d;
const ANUSVARA = 0x0902;
const SPACE = 0x20;

// DEVANAGARI_MAP[code - 0x0900]: replacement code unit, or -1 to drop (the unit is absorbed by its neighbour).
const DEVANAGARI_MAP: Int32Array = (() => {
  const map = new Int32Array(0x80);
  for (let i = 0; i < 0x80; i++) map[i] = 0x0900 + i;
  const set = (from: number, to: number) => { map[from - 0x0900] = to; };
  set(NUKTA, -1);
  // Precomposed nukta letters (NFC keeps ऩ ऱ ऴ composed and decomposes क़…य़; both fold to the base letter).
  // ड़/ढ़ are distinct sounds, but scraped and typed Hindi drops their nukta as often as any other, so they fold too.
  set(0x0929, 0x0928); set(0x0931, 0x0930); set(0x0934, 0x0933);
  set(0x0958, 0x0915); set(0x0959, 0x0916); set(0x095a, 0x0917); set(0x095b, 0x091c);
  set(0x095c, 0x0921); set(0x095d, 0x0922); set(0x095e, 0x092b); set(0x095f, 0x092f);
  set(0x0901, ANUSVARA); // chandrabindu = anusvara (गाँधी = गांधी)
  set(0x0949, 0x093e); // candra o ॉ = ा (मॉस्को = मास्को)
  set(0x0911, 0x0906); // independent candra O ऑ = आ (ऑफ = आफ)
  set(0x0945, 0x0947); // candra e ॅ = े
  set(0x090d, 0x090f); // independent candra E ऍ = ए
  return map;
})();

/** Varga (stop class) 1–5 of a Devanagari consonant after nukta folding, 0 when it is not a stop. */
function stopClass(code: number): number {
  if (code >= 0x0958 && code <= 0x095f) code = DEVANAGARI_MAP[code - 0x0900];
  if (code >= 0x0915 && code <= 0x0919) return 1;
  if (code >= 0x091a && code <= 0x091e) return 2;
  if (code >= 0x091f && code <= 0x0923) return 3;
  if (code >= 0x0924 && code <= 0x0929) return 4; // includes ऩ
  if (code >= 0x092a && code <= 0x092e) return 5;
  return 0;
}

/** Class of a nasal consonant (ङ ञ ण न म), 0 otherwise. */
function nasalClass(code: number): number {
  switch (code) {
    case 0x0919: return 1;
    case 0x091e: return 2;
    case 0x0923: return 3;
    case 0x0928: case 0x0929: return 4;
    case 0x092e: return 5;
    default: return 0;
  }
}

function isJoiner(code: number): boolean {
  return code === 0x200c || code === 0x200d;
}

/** Code units that are dropped outright (joiners, soft hyphen, BOM). */
function isIgnorable(code: number): boolean {
  return code === 0x200c || code === 0x200d || code === 0x00ad || code === 0xfeff;
}

/** Whitespace and hyphen-like units; any run of them becomes one space. */
function isSpaceOrHyphen(code: number): boolean {
  if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  if (code === 0x2d) return true;
  if (code < 0xa0) return false;
  return code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200b) || (code >= 0x2010 && code <= 0x2015)
    || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000
    || code === 0xfe63 || code === 0xff0d;
}

// Canonical decomposition of single BMP code units outside Devanagari, filled lazily:
// undefined = not yet computed, null = no decomposition.
const decompositionCache: (string | null | undefined)[] = [];

function decompositionOf(code: number): string | null {
  let cached = decompositionCache[code];
  if (cached === undefined) {
    const ch = String.fromCharCode(code);
    const nfd = ch.normalize('NFD');
    cached = nfd === ch ? null : nfd;
    decompositionCache[code] = cached;
  }
  return cached;
}

/**
 * Normalise text into code units with offset maps; case is kept (callers fold with CASE_FOLD).
 * Canonically equivalent inputs (NFC or NFD) give the same output: units outside Devanagari are
 * decomposed one by one, Devanagari is folded by the table above. `reuse`: a previous result whose
 * arrays may be overwritten (that result becomes invalid).
 */
export function normalizeToCodes(text: string, reuse?: NormalizedCodes): NormalizedCodes {
  const n = text.length;
  // A caller that scans many texts passes its previous result back, to spare the allocations (and the GC).
  const reusable = reuse !== undefined && reuse.codes.length >= n + 16;
  let capacity = reusable ? reuse.codes.length : n + 16;
  let codes = reusable ? reuse.codes : new Uint16Array(capacity);
  let starts = reusable ? reuse.starts : new Int32Array(capacity);
  let ends = reusable ? reuse.ends : new Int32Array(capacity);
  let out = 0;
  let lastWasSpace = false;

  const grow = () => {
    capacity *= 2;
    const c = new Uint16Array(capacity); c.set(codes); codes = c;
    const s = new Int32Array(capacity); s.set(starts); starts = s;
    const e = new Int32Array(capacity); e.set(ends); ends = e;
  };

  let i = 0;
  while (i < n) {
    const code = text.charCodeAt(i);
    if (code < 0x80) {
      if (isSpaceOrHyphen(code)) {
        if (lastWasSpace) { ends[out - 1] = i + 1; i++; continue; }
        if (out === capacity) grow();
        codes[out] = SPACE; starts[out] = i; ends[out] = i + 1; out++;
        lastWasSpace = true; i++; continue;
      }
      if (out === capacity) grow();
      codes[out] = code; starts[out] = i; ends[out] = i + 1; out++;
      lastWasSpace = false; i++; continue;
    }
    if (code >= 0x0900 && code <= 0x097f) {
      const nasal = nasalClass(code);
      if (nasal !== 0) {
        // Nasal + virama before a consonant of the same class = anusvara (सम्बन्ध = संबंध, हिन्दी = हिंदी).
        let j = i + 1;
        if (j < n && text.charCodeAt(j) === NUKTA) j++;
        if (j < n && text.charCodeAt(j) === VIRAMA) {
          let k = j + 1;
          while (k < n && isJoiner(text.charCodeAt(k))) k++;
          if (k < n && stopClass(text.charCodeAt(k)) === nasal) {
            if (out === capacity) grow();
            codes[out] = ANUSVARA; starts[out] = i; ends[out] = k; out++;
            lastWasSpace = false; i = k; continue;
          }
        }
      }
      const mapped = DEVANAGARI_MAP[code - 0x0900];
      if (mapped < 0) {
        if (out > 0) ends[out - 1] = i + 1;
        i++; continue;
      }
      if (out === capacity) grow();
      codes[out] = mapped; starts[out] = i; ends[out] = i + 1; out++;
      lastWasSpace = false; i++; continue;
    }
    if (isIgnorable(code)) {
      // Joiners sit between characters: a match ending before one does not swallow it.
      i++; continue;
    }
    if (isSpaceOrHyphen(code)) {
      if (lastWasSpace) { ends[out - 1] = i + 1; i++; continue; }
      if (out === capacity) grow();
      codes[out] = SPACE; starts[out] = i; ends[out] = i + 1; out++;
      lastWasSpace = true; i++; continue;
    }
    const decomposition = code >= 0xc0 && (code < 0xd800 || code > 0xdfff) ? decompositionOf(code) : null;
    if (decomposition === null) {
      if (out === capacity) grow();
      codes[out] = code; starts[out] = i; ends[out] = i + 1; out++;
    } else {
      for (let d = 0; d < decomposition.length; d++) {
        if (out === capacity) grow();
        codes[out] = decomposition.charCodeAt(d); starts[out] = i; ends[out] = i + 1; out++;
      }
    }
    lastWasSpace = false; i++;
  }
  return { codes, length: out, starts, ends, originalLength: n };
}

/** Turn normalised code units into a string, lower-casing them when `foldCase` is set. */
export function codesToString(normalized: NormalizedCodes, foldCase: boolean): string {
  const { codes, length } = normalized;
  let result = '';
  const chunk = 4096;
  for (let from = 0; from < length; from += chunk) {
    const to = Math.min(length, from + chunk);
    const part = foldCase ? Uint16Array.from(codes.subarray(from, to), (c) => CASE_FOLD[c]) : codes.subarray(from, to);
    result += String.fromCharCode(...part);
  }
  return result;
}

/** Original start offset of normalised offset i; i = length maps to the original length. */
export function originalStart(normalized: NormalizedCodes, i: number): number {
  if (i >= normalized.length) return normalized.originalLength;
  if (i <= 0) return normalized.length === 0 ? 0 : normalized.starts[0];
  return normalized.starts[i];
}

/** Original end offset of a normalised exclusive end offset i. */
export function originalEnd(normalized: NormalizedCodes, i: number): number {
  if (i <= 0) return normalized.length === 0 ? 0 : normalized.starts[0];
  if (i > normalized.length) return normalized.originalLength;
  return normalized.ends[i - 1];
}

/**
 * Normalise Hindi text for matching: NFC-equivalent, joiners dropped, hyphen/space runs = one space,
 * nukta-insensitive, chandrabindu = anusvara, class nasal + virama = anusvara, candra ॉ = ा,
 * Latin lower-cased (unless `keepCase`), with maps from normalised offsets back to the original.
 */
export function normalizeHindi(text: string, options: { keepCase?: boolean } = {}): NormalizedText {
  const normalized = normalizeToCodes(text);
  return {
    text: codesToString(normalized, !options.keepCase),
    toOriginal: (i: number) => originalStart(normalized, i),
    toOriginalEnd: (i: number) => originalEnd(normalized, i),
  };
}

/** Normalised, case-folded matching key of a term (trimmed of leading and trailing spaces). */
export function termKey(term: string): string {
  return normalizeHindi(term).text.trim();
}
