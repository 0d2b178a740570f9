import { phrases } from './phrase-lexicon.ts';
import { wordsOf } from './line-features.ts';

// A credit at the end of a line: up to two words and a credit label ("फोटो", "Photo", "प्रतीकात्मक
// तस्वीर"), a colon and a short name, optionally in brackets. The labels are lexicon data
// (media-credit.json); the shape, not the phrase, decides.
const CREDIT_TAIL = new RegExp(
  String.raw`(?:^|[।.!?]["'”’]?\s+|\s+)(\(?\s*(?:[\p{L}\p{M}]+\s+){0,2}(?:${phrases('media-credit', 'labels')})\s*[:：]\s*[^:：।?!()]{1,60}?\s*\)?)\s*[।.]?$`,
  'iu',
);
// A caption describes one picture: at most two short sentences before the credit.
const MAX_CAPTION_WORDS = 30;
const MAX_CREDIT_WORDS = 7;

/**
 * A photo caption with its credit glued on ("<what the picture shows>। (फोटो: <name>)", "… Photo: <agency>"):
 * one or two sentences of at most 30 words, a sentence end, then a credit label, a colon and a name of
 * at most seven words. Returns the caption and the credit, or undefined. A credit-only line is caught by
 * the boilerplate rules; the caption text before a credit is what they miss.
 */
export function readCaptionCredit(text: string): { caption: string; credit: string } | undefined {
  const line = text.trim().normalize('NFC');
  if (line.length > 400) return undefined;
  const m = CREDIT_TAIL.exec(line);
  if (!m) return undefined;
  const credit = m[1].trim();
  const caption = line.slice(0, m.index + m[0].indexOf(m[1])).trim();
  if (caption === '' || !/[।.!?]["'”’]?$/.test(caption)) return undefined;
  if (wordsOf(caption).length > MAX_CAPTION_WORDS || wordsOf(credit).length > MAX_CREDIT_WORDS + 3) return undefined;
  // More than two sentences is a paragraph that happens to end in a credit-like phrase.
  if ((caption.match(/[।!?]|\.(?=\s|$)/g) ?? []).length > 2) return undefined;
  return { caption, credit };
}
