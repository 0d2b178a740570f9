/**
 * Evidence that a Hindi sentence and an English sentence translate each other, token by token:
 * equal numbers, Latin-script words of the Hindi found in the English, lexicon pairs, and names
 * that sound alike after transliteration. Each content token gets its best match strength 0..1.
 */
import type { Lexicon } from './lexicon.ts';
import { englishTokens, hindiTokens, type AlignToken } from './tokens.ts';
import { keySimilarity, phoneticKey, romaniseHindi } from './transliteration.ts';

/** A sentence prepared for matching: its content tokens and their phonetic keys. */
export interface PreparedSentence {
  text: string;
  tokens: AlignToken[];
  /** Phonetic key per token ('' when the token is not a name candidate). */
  keys: string[];
}

/** Which evidence to use. */
export interface EvidenceSources {
  lexicon?: Lexicon;
  /** Transliteration name similarity (default on). */
  names?: boolean;
  /** Only capitalised English words are name candidates (else every content word of 4+ letters). */
  capitalisedNamesOnly?: boolean;
  /** Minimum phonetic-key similarity for a name match. */
  nameThreshold?: number;
}

/** Best match strength of every content token of a Hindi and an English sentence against the other. */
export interface PairMatch {
  hi: Float64Array;
  en: Float64Array;
}

const MIN_KEY_LENGTH = 3;

// Evidence from the first tokens of a sentence is plenty; the cap keeps pair matching bounded
// (tokens × tokens) when a "sentence" is a megabyte of text without punctuation.
const MAX_CONTENT_TOKENS = 300;

/** Prepares a Hindi sentence: content tokens and, for Devanagari words, the phonetic key of their romanisation. */
export function prepareHindi(text: string, names = true): PreparedSentence {
  const tokens = hindiTokens(text).filter((t) => !t.stop).slice(0, MAX_CONTENT_TOKENS);
  const keys = tokens.map((t) => {
    if (!names) return '';
    if (t.kind === 'latin') return phoneticKey(t.key);
    if (t.kind !== 'word') return '';
    const key = phoneticKey(romaniseHindi(t.key));
    return key.length >= MIN_KEY_LENGTH ? key : '';
  });
  return { text, tokens, keys };
}

/** Prepares an English sentence: content tokens and the phonetic keys of name candidates. */
export function prepareEnglish(text: string, names = true, capitalisedOnly = false): PreparedSentence {
  const tokens = englishTokens(text).filter((t) => !t.stop).slice(0, MAX_CONTENT_TOKENS);
  const keys = tokens.map((t) => {
    if (!names || t.kind !== 'word' || (capitalisedOnly && !t.capital) || t.key.length < 4) return '';
    const key = phoneticKey(t.key);
    return key.length >= MIN_KEY_LENGTH ? key : '';
  });
  return { text, tokens, keys };
}

/** Computes the best match strength of each content token of `hi` in `en` and vice versa. */
export function matchPair(hi: PreparedSentence, en: PreparedSentence, sources: EvidenceSources, nameCache?: Map<string, Map<string, number>>): PairMatch {
  const hiBest = new Float64Array(hi.tokens.length);
  const enBest = new Float64Array(en.tokens.length);
  const threshold = sources.nameThreshold ?? 0.8;
  for (let a = 0; a < hi.tokens.length; a++) {
    const h = hi.tokens[a];
    // One lookup of the Hindi row per token, not per token pair.
    const lexiconRow = sources.lexicon && h.kind === 'word' ? sources.lexicon.entries.get(h.stem) : undefined;
    for (let b = 0; b < en.tokens.length; b++) {
      const e = en.tokens[b];
      let strength = 0;
      if (h.kind === 'number' || e.kind === 'number') {
        strength = h.kind === e.kind && h.key === e.key ? 1 : 0;
      } else if (h.kind === 'latin' && (h.key === e.key || h.stem === e.stem)) {
        strength = 1;
      } else {
        if (lexiconRow) strength = Math.min(1, 2 * (lexiconRow.get(e.stem) ?? 0));
        const hiKey = hi.keys[a];
        const enKey = en.keys[b];
        // Edit distance is at least the length difference: skip pairs that cannot reach the threshold.
        if (strength < 1 && hiKey && enKey && Math.abs(hiKey.length - enKey.length) <= (1 - threshold) * Math.max(hiKey.length, enKey.length) + 1e-9) {
          const similarity = nameSimilarity(hiKey, enKey, nameCache);
          if (similarity >= threshold) strength = Math.max(strength, similarity);
        }
      }
      if (strength > hiBest[a]) hiBest[a] = strength;
      if (strength > enBest[b]) enBest[b] = strength;
    }
  }
  return { hi: hiBest, en: enBest };
}

function nameSimilarity(a: string, b: string, cache?: Map<string, Map<string, number>>): number {
  if (!cache) return keySimilarity(a, b);
  let row = cache.get(a);
  if (!row) cache.set(a, (row = new Map()));
  let value = row.get(b);
  if (value === undefined) row.set(b, (value = keySimilarity(a, b)));
  return value;
}
