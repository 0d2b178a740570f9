/**
 * Evidence categories of tokens: how likely a token is to find its counterpart depends on what it
 * is (a number almost always does; a word the lexicon has never seen rarely can).
 */
import type { Lexicon } from './lexicon.ts';
import type { AlignToken } from './tokens.ts';

/** number, Latin word in Hindi, name candidate (capitalised English word, or Hindi word with a phonetic key), known to the lexicon, or unknown. */
export type TokenCategory = 'number' | 'latin' | 'name' | 'known' | 'unknown';

const englishStemsOf = new WeakMap<Lexicon, Set<string>>();

/** English stems that occur as a translation in the lexicon (cached per lexicon). */
export function lexiconEnglishStems(lexicon: Lexicon): Set<string> {
  let stems = englishStemsOf.get(lexicon);
  if (!stems) {
    stems = new Set();
    for (const row of lexicon.entries.values()) for (const en of row.keys()) stems.add(en);
    englishStemsOf.set(lexicon, stems);
  }
  return stems;
}

/** Category of a content token on the Hindi ('hi') or English ('en') side. */
export function tokenCategory(side: 'hi' | 'en', token: AlignToken, phoneticKey: string, lexicon?: Lexicon): TokenCategory {
  if (token.kind === 'number') return 'number';
  if (token.kind === 'latin') return 'latin';
  const known = lexicon ? (side === 'hi' ? lexicon.entries.has(token.stem) : lexiconEnglishStems(lexicon).has(token.stem)) : false;
  if (known) return 'known';
  if (side === 'en' ? token.capital && phoneticKey !== '' : phoneticKey !== '') return 'name';
  return 'unknown';
}
