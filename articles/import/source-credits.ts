import creditsFile from './lexicon/source-credits.json' with { type: 'json' };
import { foldWord, wordsOf } from './line-features.ts';
import { trimmedNfc } from './page-memo.ts';

const GENERIC: ReadonlySet<string> = new Set(creditsFile.generic.map((entry) => wordsOf(entry).map(foldWord).join(' ')));
const SOURCE_CREDIT = new RegExp(String.raw`^[(\[]?\s*(?:${creditsFile.labels.join('|')})\s*[:：\-–]\s*([^()\[\]।?!:]{2,60}?)\s*[)\]]?$`, 'i');
// "Posted by <name> at 9:14 AM": a production credit of the posting, stamped with a clock time.
const POSTING_STAMP = /^(?:Posted|Published|Uploaded|Shared)\s+by\s*[:：]?\s*(.+?)\s+(?:at|@)\s+(\d{1,2}[:.]\d{2}(?:\s*[AaPp]\.?[Mm]\.?)?(?:\s*(?:IST|GMT|UTC))?)$/i;

/**
 * The supplier a source credit names ("स्रोत : <agency>", "(Source: <name>)"): the label, a separator,
 * then one to three words that are no sentence and not a generic word for "agencies". The line is the
 * story's credit (metadata), and the byline when the page names no one else. An input credit
 * ("इनपुट: <agency>") names a contributor to the desk's own story: no byline (undefined).
 */
export function readSourceCredit(text: string): string | undefined {
  const match = SOURCE_CREDIT.exec(trimmedNfc(text));
  if (!match) return undefined;
  const name = match[1].trim().replace(/[.,;]+$/, '');
  const words = wordsOf(name);
  if (words.length === 0 || words.length > 3 || /[0-9०-९]/.test(name)) return undefined;
  if (GENERIC.has(words.map(foldWord).join(' '))) return undefined;
  return name;
}

/**
 * A posting stamp ("Posted by <name> at 1:52 PM"): who put the page online and when. Under the story it
 * is the blog's or the CMS's record (chrome), not the byline; in the header its name is the byline
 * without the time.
 */
export function readPostingStamp(text: string): { name: string; time: string } | undefined {
  const match = POSTING_STAMP.exec(trimmedNfc(text));
  return match ? { name: match[1].trim(), time: match[2] } : undefined;
}
