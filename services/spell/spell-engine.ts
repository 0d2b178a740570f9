/**
 * The spell checker of English targets: Hunspell dictionaries through nspell, plus the words a
 * project knows on top (glossary renderings, its own dictionary). The parsed dictionary is never
 * changed, so one engine per variant serves every open project; the project's words are passed
 * with each call.
 */
import nspell from 'nspell';
import type { DictionaryFiles } from './dictionary-files.ts';
import type { SpellRange } from '../contract.ts';
import { englishWords, hyphenParts, spellingForm, type WordSpan } from './english-words.ts';

export type { SpellRange };

/** Words a project accepts beyond the dictionary; a capitalised form of a lower-case word counts too (sentence start). */
export class KnownWords {
  readonly #words: ReadonlySet<string>;

  /** Words in spelling form (see spellingForm). */
  constructor(words: Iterable<string>) {
    this.#words = new Set(words);
  }

  /** Number of words. */
  get size(): number {
    return this.#words.size;
  }

  /** True when the word (spelling form) is known. */
  has(word: string): boolean {
    if (this.#words.has(word)) return true;
    const decapitalised = word.charAt(0).toLowerCase() + word.slice(1);
    return decapitalised !== word && this.#words.has(decapitalised);
  }

  /** Every known word. */
  values(): IterableIterator<string> {
    return this.#words.values();
  }
}

/** A loaded dictionary. */
export interface SpellEngine {
  /** Misspelled words of a text, in order. */
  check(text: string, known: KnownWords): SpellRange[];
  /** True when one word is spelled correctly. */
  isCorrect(word: string, known: KnownWords): boolean;
  /** Corrections for a word, best first: the dictionary's, then known words one or two edits away. */
  suggest(word: string, known: KnownWords, limit?: number): string[];
}

// Results of the dictionary lookup, shared by every project (the dictionary never changes).
const MEMO_LIMIT = 100_000;
const ACRONYM = /^\p{Lu}[\p{Lu}\p{M}'-]+$/u;

/** Parses a dictionary (a few hundred ms for the English ones). */
export function createSpellEngine(files: DictionaryFiles): SpellEngine {
  const dictionary = nspell({ aff: files.aff, dic: files.dic });
  const memo = new Map<string, boolean>();
  const inDictionary = (word: string): boolean => {
    let correct = memo.get(word);
    if (correct === undefined) {
      correct = dictionary.correct(word);
      if (memo.size >= MEMO_LIMIT) memo.clear();
      memo.set(word, correct);
    }
    return correct;
  };
  const known = (word: string, words: KnownWords) => words.has(word) || inDictionary(word);
  const isCorrect = (given: string, words: KnownWords): boolean => {
    const word = spellingForm(given);
    // Acronyms and names in capitals (NATO, BJP, ISRO) are not spelling; Hunspell tools skip them too.
    if (ACRONYM.test(word) || known(word, words)) return true;
    // A possessive of a known word or name: "Modi's", "leaders'".
    const stem = /^(.+)'s$/iu.exec(word)?.[1] ?? /^(.+s)'$/iu.exec(word)?.[1];
    return stem !== undefined && known(stem, words);
  };
  const wrongParts = (word: WordSpan, words: KnownWords): WordSpan[] => {
    if (isCorrect(word.text, words)) return [];
    const parts = hyphenParts(word);
    // A hyphenated compound is fine when each part is ("Delhi-based"); only the wrong parts are marked.
    return parts.length > 1 ? parts.filter((part) => !isCorrect(part.text, words)) : [word];
  };
  return {
    isCorrect,
    check(text, words) {
      return englishWords(text).flatMap((word) => wrongParts(word, words)).map(({ start, end, text: word }) => ({ start, end, word }));
    },
    suggest(given, words, limit = 8) {
      const word = spellingForm(given);
      const fromDictionary = dictionary.suggest(word);
      const fromKnown = [...words.values()]
        .map((candidate) => ({ candidate, distance: editDistance(word.toLowerCase(), candidate.toLowerCase(), 2) }))
        .filter(({ distance }) => distance <= 2)
        .sort((a, b) => a.distance - b.distance || a.candidate.localeCompare(b.candidate))
        .map(({ candidate }) => candidate);
      // The project's own words first when they are one edit away: a glossary name is the likelier intent.
      const close = fromKnown.filter((candidate) => editDistance(word.toLowerCase(), candidate.toLowerCase(), 1) <= 1);
      return [...new Set([...close, ...fromDictionary, ...fromKnown])].filter((candidate) => candidate !== word).slice(0, limit);
    },
  };
}

/** Damerau–Levenshtein (optimal string alignment) distance, or max + 1 once it is surely larger than max. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let before: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, before[j - 2] + 1);
      current.push(value);
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin > max) return max + 1;
    before = previous;
    previous = current;
  }
  return previous[b.length];
}
