/** Public API of sentence alignment (Hindi segments ↔ English running text). */
export { alignDocument, alignSentences, AlignInputError, DEFAULT_WEIGHTS, GALE_CHURCH_PRIORS, MAX_ALIGN_SENTENCES } from './align-document.ts';
export type { AlignLink, Alignment, AlignOptions, AlignWeights, MatchRates } from './align-document.ts';
export { splitEnglishSentences, type EnglishSentence } from './english-sentences.ts';
export { DEFAULT_LENGTH_MODEL, fitLengthModel, lengthCost, codePointLength, type LengthModel } from './length-model.ts';
export { trainLexicon, mergeLexicons, emptyLexicon, lexiconWeight, lexiconToJson, lexiconFromJson, parseFreeDict } from './lexicon.ts';
export type { Lexicon, LexiconFile, TrainOptions } from './lexicon.ts';
export { defaultLexicon } from './default-lexicon.ts';
export { glossaryAnchorCounter } from './glossary-anchors.ts';
export { romaniseHindi, phoneticKey, keySimilarity } from './transliteration.ts';
export { projectSpans, linkKeys, tallyLinks, linkScore, codePointToUtf16Offsets, utf16ToCodePointOffsets } from './link-scoring.ts';
export type { IndexLink, SpanLink, LinkScore } from './link-scoring.ts';
export { toStoredAlignment, STORED_ALIGNMENT_SCHEMA_VERSION } from './stored-alignment.ts';
export type { StoredAlignment, StoredLink, LinkReviewStatus } from './stored-alignment.ts';
