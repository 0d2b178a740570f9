/**
 * Word tokens of Hindi (or mixed-script) text for the translation memory: keys use the
 * glossary's normalisation (normalizeHindi: nukta, chandrabindu, nasal+virama, candra-o folded,
 * Latin lower-cased), Devanagari digits read as ASCII and digit grouping removed, so
 * `१५,०००` = `15,000` = `15000`; each word keeps its span in the original text.
 */
import { normalizeHindi } from '../../glossary/index.ts';

/** Normalises text and maps normalised offsets back to the original (the glossary's contract). */
export type HindiNormalizer = (text: string) => { text: string; toOriginal: (i: number) => number; toOriginalEnd: (i: number) => number };

/** The glossary's normaliser, used unless a test passes another. */
export const glossaryNormalizer: HindiNormalizer = (text) => normalizeHindi(text);

/** Words of a text: matching keys and their [start, end) spans in the original text. */
export interface HindiWords {
  keys: string[];
  spans: [number, number][];
}

// A word: letters, marks and digits, with . or , kept only between digits (27.1, 15,000, 1,50,000).
const WORD = /(?:[\p{L}\p{M}\p{N}]|(?<=\p{N})[.,](?=\p{N}))+/gu;
const DEVANAGARI_DIGIT = /[\u0966-\u096F]/g;
const NUMBER_KEY = /^\d+(?:[.,]\d+)*$/;

/** Key of a number token: ASCII digits, grouping commas removed; undefined when not a number. */
export function numberKey(token: string): string | undefined {
  const ascii = token.replace(DEVANAGARI_DIGIT, (d) => String(d.charCodeAt(0) - 0x0966));
  if (!NUMBER_KEY.test(ascii)) return undefined;
  return ascii.replace(/,/g, '');
}

/** True when a token key is a number (after numberKey). */
export function isNumberKey(key: string): boolean {
  return /^\d+(?:\.\d+)*$/.test(key);
}

/** Splits text into normalised word keys with original spans. */
export function hindiWords(text: string, normalize: HindiNormalizer = glossaryNormalizer): HindiWords {
  const normalized = normalize(text);
  const keys: string[] = [];
  const spans: [number, number][] = [];
  for (const match of normalized.text.matchAll(WORD)) {
    const start = match.index ?? 0;
    const end = start + match[0].length;
    keys.push(numberKey(match[0]) ?? match[0]);
    spans.push([normalized.toOriginal(start), normalized.toOriginalEnd(end)]);
  }
  return { keys, spans };
}

/** Normalised whole-text key (word keys joined by one space): equal for texts the TM treats as identical. */
export function hindiKey(text: string, normalize: HindiNormalizer = glossaryNormalizer): string {
  return hindiWords(text, normalize).keys.join(' ');
}

/**
 * A fast key-only tokenizer for indexing: the same keys as `hindiWords(text).keys`, computed per
 * whitespace-separated chunk with a cache (every normalisation rule acts inside a chunk, so the
 * result is identical while news vocabulary makes most chunks cache hits).
 */
export function createHindiKeyer(normalize: HindiNormalizer = glossaryNormalizer, maxCached = 200_000): (text: string) => string[] {
  const cache = new Map<string, readonly string[]>();
  return (text) => {
    const keys: string[] = [];
    for (const chunk of text.split(/\s+/)) {
      if (!chunk) continue;
      let chunkKeys = cache.get(chunk);
      if (chunkKeys === undefined) {
        chunkKeys = hindiWords(chunk, normalize).keys;
        // A bounded cache: start over rather than grow without limit on unusual input.
        if (cache.size >= maxCached) cache.clear();
        cache.set(chunk, chunkKeys);
      }
      for (const key of chunkKeys) keys.push(key);
    }
    return keys;
  };
}
