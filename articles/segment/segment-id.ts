import { collapseSpaces } from './spaces.ts';

/** 64-bit FNV-1a of the UTF-8 bytes of `text`, as 16 hex digits (pure JS, no BigInt). */
export function fnv1a64Hex(text: string): string {
  return new Fnv64().feed(text).hex();
}

/**
 * FNV-1a 64-bit state in 16-bit limbs, least significant first (offset basis 0xcbf29ce484222325).
 * Feeding strings one after another hashes their concatenation, so a prefix shared by many keys (the
 * article id) is hashed once and copied, and no joined string is built per key.
 */
class Fnv64 {
  h0 = 0x2325;
  h1 = 0x8422;
  h2 = 0x9ce4;
  h3 = 0xcbf2;

  copy(): Fnv64 {
    const next = new Fnv64();
    next.h0 = this.h0;
    next.h1 = this.h1;
    next.h2 = this.h2;
    next.h3 = this.h3;
    return next;
  }

  /** Mixes in the UTF-8 bytes of `text` (a lone surrogate as U+FFFD); the UTF-8 bytes of each character in one loop. */
  feed(text: string): this {
    let h0 = this.h0;
    let h1 = this.h1;
    let h2 = this.h2;
    let h3 = this.h3;
    for (let i = 0; i < text.length; i++) {
      let code = text.charCodeAt(i);
      if (code >= 0xd800 && code <= 0xdfff) {
        const low = i + 1 < text.length ? text.charCodeAt(i + 1) : 0;
        if (code <= 0xdbff && low >= 0xdc00 && low <= 0xdfff) { code = 0x10000 + ((code - 0xd800) << 10) + (low - 0xdc00); i++; }
        else code = 0xfffd;
      }
      // The UTF-8 bytes of the character, lead byte first, computed in the mixing loop (no array).
      const count = code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
      const lead = count === 1 ? code : count === 2 ? 0xc0 | (code >> 6) : count === 3 ? 0xe0 | (code >> 12) : 0xf0 | (code >> 18);
      for (let k = 0; k < count; k++) {
        h0 ^= k === 0 ? lead : 0x80 | ((code >> (6 * (count - 1 - k))) & 0x3f);
        // Multiply by the FNV prime 2^40 + 0x1b3 modulo 2^64.
        const r0 = h0 * 0x1b3;
        const r1 = h1 * 0x1b3 + (r0 >>> 16);
        const r2 = h2 * 0x1b3 + h0 * 0x100 + (r1 >>> 16);
        const r3 = h3 * 0x1b3 + h1 * 0x100 + (r2 >>> 16);
        h0 = r0 & 0xffff;
        h1 = r1 & 0xffff;
        h2 = r2 & 0xffff;
        h3 = r3 & 0xffff;
      }
    }
    this.h0 = h0;
    this.h1 = h1;
    this.h2 = h2;
    this.h3 = h3;
    return this;
  }

  hex(): string {
    return hex4(this.h3) + hex4(this.h2) + hex4(this.h1) + hex4(this.h0);
  }
}

// The two hex digits of every byte, made once: an id's 16 digits are then eight lookups (a toString and padStart per limb cost more).
const HEX_BYTE: readonly string[] = Array.from({ length: 256 }, (_, byte) => byte.toString(16).padStart(2, '0'));

function hex4(limb: number): string {
  return HEX_BYTE[limb >> 8] + HEX_BYTE[limb & 0xff];
}

// Whitespace differences (a re-scrape that reflows a paragraph) must not change an id.
function canonical(text: string): string {
  return collapseSpaces(text.normalize('NFC'));
}

/** Stable segment id from the article id, the segment's text and its neighbours' texts (OmegaT EntryKey style). */
export function segmentId(articleId: string, source: string, prev: string, next: string): string {
  return idOfCanonical(articleId, canonical(source), canonical(prev), canonical(next));
}

const SEPARATOR = '\u001f';

// The hash of `${articleId}␟${source}␟${prev}␟${next}` (␟ = U+001F): the separators keep every part's
// characters apart, so feeding the parts in turn hashes the same bytes as the joined string.
function idOfCanonical(articleId: string, source: string, prev: string, next: string, prefix: Fnv64 = new Fnv64().feed(articleId + SEPARATOR)): string {
  return `s-${prefix.copy().feed(source).feed(SEPARATOR).feed(prev).feed(SEPARATOR).feed(next).hex()}`;
}

/** Ids for a sequence of segment texts: segmentId of each with its neighbours, duplicates numbered -2, -3… in order. */
export function assignSegmentIds(articleId: string, sources: readonly string[], taken: ReadonlySet<string> = new Set()): string[] {
  const used = new Set(taken);
  const nextSuffix = new Map<string, number>();
  // Each text is made canonical once, not again as its neighbours' neighbour.
  const canon = sources.map(canonical);
  const prefix = new Fnv64().feed(articleId + SEPARATOR);
  return canon.map((source, index) => {
    const base = idOfCanonical(articleId, source, canon[index - 1] ?? '', canon[index + 1] ?? '', prefix);
    return uniqueId(base, used, nextSuffix);
  });
}

/**
 * `base`, or `base-2`, `base-3`… whichever is not in `used`; the result is added to `used`. Pass the
 * same `nextSuffix` map across calls so a long run of identical segments stays linear.
 */
export function uniqueId(base: string, used: Set<string>, nextSuffix: Map<string, number> = new Map()): string {
  let id = base;
  let n = nextSuffix.get(base) ?? 2;
  while (used.has(id)) id = `${base}-${n++}`;
  nextSuffix.set(base, n);
  used.add(id);
  return id;
}
