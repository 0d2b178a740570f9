import voiceFile from './lexicon/reader-voice.json' with { type: 'json' };
import { foldWord, wordsOf } from './line-features.ts';
import { endsWithLinkVerb } from './title-choice.ts';
import { trimmedNfc } from './page-memo.ts';

const SITE: ReadonlySet<string> = new Set(voiceFile.site.map(foldWord));
const READER: ReadonlySet<string> = new Set(voiceFile.reader.map(foldWord));
const REQUEST: ReadonlySet<string> = new Set(voiceFile.request.map(foldWord));
// Reported speech: "<someone> ने कहा कि हम …" is a source speaking, not the site.
const REPORTED = new Set(['कि', 'कहा', 'बताया', 'said'].map(foldWord));

/**
 * A page's appeal to its reader ("<site> में हम … सदस्य बनकर … निभाएं क्योंकि … आप भी …", "अगर आप हमको
 * सपोर्ट करना चाहते हैं तो … करें", "कृपया अपनी टिप्पणी … लिखें"): the site speaks in the first person
 * plural and turns to the reader (second person, or a clause ending in an imperative), or makes a
 * polite request, outside quotes and not as reported speech. Only meaningful below the story: a column
 * may say "we" and "you" too, but not after its last paragraph with only chrome below.
 */
export function isReaderAppeal(text: string): boolean {
  const line = trimmedNfc(text);
  if (line.length > 600 || /["“”]/.test(line)) return false;
  const words = wordsOf(line).map(foldWord);
  const firstSite = words.findIndex((word) => SITE.has(word) || REQUEST.has(word));
  if (firstSite < 0 || words.slice(0, firstSite).some((word) => REPORTED.has(word))) return false;
  // A polite request ("कृपया …") is addressed to the reader by itself.
  if (REQUEST.has(words[firstSite])) return true;
  const reader = words.some((word) => READER.has(word));
  const imperative = line.split(/[।,;)!]/).some((clause) => clause.trim() !== '' && endsWithLinkVerb(clause));
  return reader || imperative;
}

/**
 * A line that turns to the reader with a request ("<if you liked this>, तो … साझा करें", "<site> को सपोर्ट
 * करें। … आपके …"): an imperative clause, and the reader's second person or the site's own name
 * (`siteNames`), outside quotes and not as reported speech. Only meaningful for a line the outlet repeats
 * on its pages (template furniture): a repeated line that asks the reader for something is the template
 * speaking, wherever it stands; a story's own advice to its reader is not printed on every page.
 */
export function addressesReader(text: string, siteNames: readonly string[]): boolean {
  const line = trimmedNfc(text);
  if (line.length > 400 || /["“”]/.test(line)) return false;
  const words = wordsOf(line).map(foldWord);
  if (words.some((word) => REPORTED.has(word))) return false;
  if (!line.split(/[।,;)!]/).some((clause) => clause.trim() !== '' && endsWithLinkVerb(clause))) return false;
  if (words.some((word) => READER.has(word) || SITE.has(word))) return true;
  const folded = ` ${words.join(' ')} `;
  return siteNames.some((name) => { const key = wordsOf(name.normalize('NFC')).map(foldWord).join(' '); return key !== '' && folded.includes(` ${key} `); });
}
