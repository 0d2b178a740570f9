import { collapseSpaces } from './spaces.ts';

/** 64-bit FNV-1a of the UTF-8 bytes of `text`, as 16 hex digits (pure JS, no BigInt). */
export function fnv1a64Hex(text: string): string {
  // 16-bit limbs, least significant first; offset basis 0xcbf29ce484222325. The UTF-8 bytes of each
  // character are mixed in one loop (no closure call per byte).
  let h0 = 0x2325;
  let h1 = 0x8422;
  let h2 = 0x9ce4;
  let h3 = 0xcbf2;
  const bytes = [0, 0, 0, 0];
  for (let i = 0; i < text.length; i++) {
    let code = text.codePointAt(i) ?? 0;
    if (code > 0xffff) i++;
    if (code >= 0xd800 && code <= 0xdfff) code = 0xfffd;
    let count: number;
    if (code < 0x80) { bytes[0] = code; count = 1; }
    else if (code < 0x800) { bytes[0] = 0xc0 | (code >> 6); bytes[1] = 0x80 | (code & 0x3f); count = 2; }
    else if (code < 0x10000) { bytes[0] = 0xe0 | (code >> 12); bytes[1] = 0x80 | ((code >> 6) & 0x3f); bytes[2] = 0x80 | (code & 0x3f); count = 3; }
    else { bytes[0] = 0xf0 | (code >> 18); bytes[1] = 0x80 | ((code >> 12) & 0x3f); bytes[2] = 0x80 | ((code >> 6) & 0x3f); bytes[3] = 0x80 | (code & 0x3f); count = 4; }
    for (let k = 0; k < count; k++) {
      h0 ^= bytes[k];
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
  return hex4(h3) + hex4(h2) + hex4(h1) + hex4(h0);
}

const hex4 = (limb: number): string => limb.toString(16).padStart(4, '0');

// Whitespace differences (a re-scrape that reflows a paragraph) must not change an id.
const canonical = (text: string): string => collapseSpaces(text.normalize('NFC'));

/** Stable segment id from the article id, the segment's text and its neighbours' texts (OmegaT EntryKey style). */
export function segmentId(articleId: string, source: string, prev: string, next: string): string {
  return idOfCanonical(articleId, canonical(source), canonical(prev), canonical(next));
}

function idOfCanonical(articleId: string, source: string, prev: string, next: string): string {
  return `s-${fnv1a64Hex([articleId, source, prev, next].join('\u001f'))}`;
}

/** Ids for a sequence of segment texts: segmentId of each with its neighbours, duplicates numbered -2, -3… in order. */
export function assignSegmentIds(articleId: string, sources: readonly string[], taken: ReadonlySet<string> = new Set()): string[] {
  const used = new Set(taken);
  const nextSuffix = new Map<string, number>();
  // Each text is made canonical once, not again as its neighbours' neighbour.
  const canon = sources.map(canonical);
  return canon.map((source, index) => {
    const base = idOfCanonical(articleId, source, canon[index - 1] ?? '', canon[index + 1] ?? '');
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
