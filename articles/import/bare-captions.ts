import mediaFile from './lexicon/media-nouns.json' with { type: 'json' };
import { foldWord, wordsOf, type LineFeatures } from './line-features.ts';

const MEDIA_NOUNS: ReadonlySet<string> = new Set(mediaFile.words.map(foldWord));
const POSITIONS: ReadonlySet<string> = new Set(mediaFile.positions.map((word) => wordsOf(word).map(foldWord).join(' ')));
// A caption that names itself as a picture ("<what it shows> का फाइल चित्र।") may be a full sentence, up to this long.
const MAX_SELF_NAMING_WORDS = 20;
const MAX_NOTE_WORDS = 6;
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
  return features.words >= 2 && (features.words <= MAX_CAPTION_WORDS || namesItsPicture(features)) && features.devanagariShare >= 0.5 && !/[:：]$/.test(features.text)
    && !/^(?:[0-9०-९]{1,2}[.)]|[•●▪■◦*-])\s/.test(features.text);
}

// One sentence of at most twenty words whose last word is a picture noun: the line says it is a picture's caption.
function namesItsPicture(features: LineFeatures): boolean {
  if (features.words > MAX_SELF_NAMING_WORDS || (features.text.match(/[।!?]/g) ?? []).length > 1) return false;
  const words = wordsOf(features.text);
  return MEDIA_NOUNS.has(foldWord(words[words.length - 1]));
}

/**
 * A caption with a bracketed note on the picture and no credit label ("<what it shows>। (<taken from the video>)"):
 * one sentence of at most twenty words, then a bracketed phrase of at most six words whose last word is a
 * picture noun (media-nouns.json); or a line without sentence end that marks a person's place in the picture
 * ("<name> (<left>) और <name>, <role>": a position word of media-nouns.json `positions` alone in brackets).
 */
export function isNotedCaption(features: LineFeatures): boolean {
  const text = features.text.trim();
  if (features.words > MAX_SELF_NAMING_WORDS + MAX_NOTE_WORDS || !text.includes('(')) return false;
  const noted = /^([^()]+?[।.!?])\s*\(([^()]+)\)\s*$/u.exec(text);
  if (noted) {
    const note = wordsOf(noted[2]);
    const sentences = (noted[1].match(/[।!?]|\.(?=\s|$)/g) ?? []).length;
    return sentences === 1 && wordsOf(noted[1]).length <= MAX_SELF_NAMING_WORDS && note.length >= 1 && note.length <= MAX_NOTE_WORDS
      && MEDIA_NOUNS.has(foldWord(note[note.length - 1]));
  }
  if (features.endsSentence || features.words > MAX_SELF_NAMING_WORDS) return false;
  return [...text.matchAll(/\(([^()]{1,20})\)/gu)].some((m) => POSITIONS.has(wordsOf(m[1]).map(foldWord).join(' ')));
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
