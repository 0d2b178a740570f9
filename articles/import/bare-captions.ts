import mediaFile from './lexicon/media-nouns.json' with { type: 'json' };
import { foldWord, wordsOf, type LineFeatures } from './line-features.ts';

const MEDIA_NOUNS: ReadonlySet<string> = new Set(mediaFile.words.map(foldWord));
// A caption names what the picture shows in a phrase; a deck or standfirst is a sentence of ten words or more.
const MAX_CAPTION_WORDS = 8;

/**
 * A caption without a credit marker standing between the header (byline, date, share row) and a first
 * paragraph that opens with the story's dateline: the dateline marks where the story starts, so a short
 * Hindi line above it (two to eight words, not a list item, not a label ending in a colon) is what stands
 * under the lead picture. English rows keep their own reason. The caller checks the position and that the
 * paragraph below opens with a dateline.
 */
export function isCaptionAboveDateline(features: LineFeatures): boolean {
  return features.words >= 2 && features.words <= MAX_CAPTION_WORDS && features.devanagariShare >= 0.5 && !/[:：]$/.test(features.text)
    && !/^(?:[0-9०-९]{1,2}[.)]|[•●▪■◦*-])\s/.test(features.text);
}

/**
 * A caption between paragraphs without a credit: a short noun phrase (two to eight words, no sentence
 * punctuation, no colon) whose last word names a picture (media-nouns.json: "<the post's> <screenshot>"),
 * with no paragraph of its own under it (`nextIsProse` false). A subheading ending in such a word is
 * followed by its paragraph and stays (jusText: a heading is kept when good text follows).
 */
export function isMediaCaption(features: LineFeatures, nextIsProse: boolean): boolean {
  if (nextIsProse || features.endsSentence || features.words < 2 || features.words > MAX_CAPTION_WORDS || /[:：।॥]/.test(features.text)) return false;
  const words = wordsOf(features.text);
  return MEDIA_NOUNS.has(foldWord(words[words.length - 1]));
}
