/**
 * The shipped lexicon (default-lexicon.json), learned from the FLORES-200 dev set
 * (CC BY-SA 4.0, NLLB Team, Meta AI 2022) by bench/build-lexicon.ts.
 */
import lexiconFile from './default-lexicon.json' with { type: 'json' };
import { lexiconFromJson, type Lexicon, type LexiconFile } from './lexicon.ts';

let cached: Lexicon | undefined;

/** The shipped default lexicon, parsed once. */
export function defaultLexicon(): Lexicon {
  cached ??= lexiconFromJson(lexiconFile as LexiconFile);
  return cached;
}
