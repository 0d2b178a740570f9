import notesFile from './lexicon/story-notes.json' with { type: 'json' };
import { foldWord, lineFeatures, wordsOf } from './line-features.ts';
import { trimmedNfc } from './page-memo.ts';

const PIECE: ReadonlySet<string> = new Set(notesFile.piece.map(foldWord));
const AUTHOR: ReadonlySet<string> = new Set(notesFile.author.map(foldWord));
const PUBLISH: readonly string[] = notesFile.publish.map(foldWord);
// Demonstratives that point at the page's own piece ("यह लेख", "इस आलेख", "This article").
const THIS: ReadonlySet<string> = new Set(['यह', 'ये', 'इस', 'this'].map(foldWord));
// Titles printed before a name ("डॉ. सुधा …"): a bio may repeat the name with or without them.
const HONORIFIC = /^(?:डॉ|डा|प्रो|श्री|श्रीमती|सुश्री|Dr|Prof|Mr|Mrs|Ms)\.?$/i;
// The lexicon's verbs and author nouns as raw substrings (both cases for Latin), for the cheap first test.
const PUBLISH_STEMS: readonly string[] = notesFile.publish.flatMap((verb) => [verb, verb[0].toUpperCase() + verb.slice(1)]);
const AUTHOR_STARTS: readonly string[] = notesFile.author.flatMap((word) => [word, word[0].toUpperCase() + word.slice(1)]);
// The byline's last word (a surname rarely carries a nukta the page spells otherwise).
const lastNameWord = (byline: string): string => { const words = byline.trim().split(/\s+/); return words[words.length - 1] ?? byline; };

/** Why a line under the story is a note about the piece, not the news. */
export type StoryNoteReason = 'author-bio' | 'publication-note' | 'disclaimer';

/** What a note is matched against: the page's byline and the names the site calls itself (its masthead, its outlet). */
export interface StoryNoteContext {
  byline?: string;
  siteNames: readonly string[];
}

/**
 * A note the page prints below its story about the piece itself: an author bio (a sentence whose subject
 * is the byline's person, by name or as "the author": "<name> <city> में रहती हैं और … लिखती हैं।",
 * "(लेखक … हैं।)"), or a publication note (a sentence whose subject is the piece or the site and that
 * says it was published: "यह लेख <site> के <month> अंक में प्रकाशित हुआ है।"), or a disclaimer (a whole line in
 * brackets that names the piece or its author: "(<views> लेखक के <own> हैं।)"). A full sentence of at most
 * 30 words. Only meaningful below the story's last paragraph with nothing but chrome under it: the
 * caller walks up from the page end.
 */
export function storyNoteReason(text: string, context: StoryNoteContext): StoryNoteReason | undefined {
  // Most story sentences have neither a verb of publishing nor the author's name or noun: a substring test first.
  if (!PUBLISH_STEMS.some((stem) => text.includes(stem)) && !AUTHOR_STARTS.some((start) => text.includes(start))
    && !(context.byline !== undefined && text.includes(lastNameWord(context.byline))) && !/^\s*[(\[]/.test(text)) return undefined;
  const line = trimmedNfc(text).replace(/^[(\[]\s*|\s*[)\]]$/g, '');
  const words = wordsOf(line).map(foldWord);
  if (words.length < 4 || words.length > 30 || !lineFeatures(0, line, 0).endsSentence) return undefined;
  if (isAuthorSubject(words, context.byline)) return 'author-bio';
  // A whole line set in brackets that names the piece or its author ("(<the views in this piece are the author's>)")
  // is the page's note on its own piece: a disclaimer, whatever its verb.
  if (/^\s*[(\[]/.test(text) && /[)\]]\s*$/.test(text) && words.some((word) => PIECE.has(word) || AUTHOR.has(word))) return 'disclaimer';
  // The verb first (cheap, and most sentences have none); then whether the piece or the site is the subject.
  if (!words.some((word) => PUBLISH.some((verb) => word === verb || word.startsWith(verb)))) return undefined;
  const aboutPiece = THIS.has(words[0]) && PIECE.has(words[1]);
  const aboutSite = context.siteNames.some((name) => name.trim() !== '' && foldedIncludes(line, name));
  return aboutPiece || aboutSite ? 'publication-note' : undefined;
}

// The sentence opens with the author: "लेखक …", or the byline's name (two or more words, honorifics optional on either side).
function isAuthorSubject(words: readonly string[], byline: string | undefined): boolean {
  if (AUTHOR.has(words[0])) return true;
  if (!byline) return false;
  const all = wordsOf(byline.normalize('NFC')).filter((word) => !HONORIFIC.test(word)).map(foldWord);
  const start = words.findIndex((word) => !HONORIFIC.test(word));
  // The name, or its last two or more words: a byline may keep the word of its label ("<by> <name>").
  for (let from = 0; all.length - from >= 2; from++) {
    const name = all.slice(from);
    if (start >= 0 && name.every((word, k) => words[start + k] === word) && words.length > start + name.length) return true;
  }
  return false;
}

function foldedIncludes(text: string, name: string): boolean {
  const fold = (value: string): string => wordsOf(value.normalize('NFC')).map(foldWord).join(' ');
  return ` ${fold(text)} `.includes(` ${fold(name)} `);
}
