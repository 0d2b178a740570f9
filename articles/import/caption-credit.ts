import { phrases } from './phrase-lexicon.ts';
import { stopwordDensity, wordCount } from './line-features.ts';
import { trimmedNfc } from './page-memo.ts';

const LETTERS = String.raw`[\p{L}\p{M}]+`;
// A credit at the end of a line: a label of one or two words (a credit label of media-credit.json such
// as "फोटो" or "Photo Credit", with up to two words before it, or any one or two words), a colon or dash,
// and a short name, optionally in brackets; or a bracketed photo note such as "(फाइल फोटो)".
const LABELLED_TAIL = new RegExp(
  String.raw`(?:^|[।.!?]["'”’]?\s+|\s+)(\(?\s*(?:${LETTERS}\s+){0,2}(?:${phrases('media-credit', 'labels')})\s*[:：\-–—]\s*[^:：।?!()]{1,60}?\s*\)?)\s*[।.]?$`,
  'iu',
);
const SHAPED_TAIL = new RegExp(String.raw`[।.!?]["'”’]?\s+(\(?\s*${LETTERS}(?:\s${LETTERS})?\s*[:：\-–—]\s*[^:：।?!()]{1,60}?\s*\)?)\s*$`, 'u');
const NOTE_TAIL = new RegExp(String.raw`(?:[।.!?]["'”’]?)?\s+(\(\s*(?:${phrases('media-credit', 'whole-line')})\s*\))\s*$`, 'iu');
// A caption describes one picture: at most two short sentences before the credit.
const MAX_CAPTION_WORDS = 30;
const MAX_SHAPED_CAPTION_WORDS = 20;
const MAX_CREDIT_WORDS = 10;

/**
 * A photo caption with its credit glued on ("<what the picture shows>। (फोटो: <name>)", "… Photo - <agency>",
 * "…। (<file-photo note>)"): one or two sentences of at most 30 words, then a credit — a credit label
 * (lexicon), a colon or dash and a name; or, after a single sentence of at most 20 words, any label of
 * one or two words with a colon or dash and a name without function words; or a bracketed photo note.
 * A bracketed labelled credit may follow a caption without a sentence end ("<players celebrating> (Photo
 * Credit: <agency>)"), and so may a bracketed photo note ("<what it shows> (<representational image>)",
 * at most 20 words). Returns the caption and the credit, or undefined. Credit-only lines are caught by
 * the boilerplate rules; the caption text before a credit is what they miss.
 */
export function readCaptionCredit(text: string): { caption: string; credit: string } | undefined {
  // Every tail pattern needs a colon or dash (labelled, shaped) or a bracket (note): most lines have none.
  if (!hasCreditMark(text)) return undefined;
  const line = trimmedNfc(text);
  if (line.length > 400) return undefined;
  const labelled = LABELLED_TAIL.exec(line);
  // NOTE_TAIL may start at any space: tried only on a line that ends in a bracket.
  const shaped = labelled ? null : SHAPED_TAIL.exec(line) ?? (line.endsWith(')') ? NOTE_TAIL.exec(line) : null);
  const m = labelled ?? shaped;
  if (!m) return undefined;
  const credit = m[1].trim();
  const caption = line.slice(0, m.index + m[0].lastIndexOf(m[1])).trim();
  // A list item ("3. <name> - <figure>") is no caption; a caption names what the picture shows in three or more words.
  if (wordCount(caption) < 3 || /^(?:[0-9०-९]{1,2}[.)]|[•●▪■◦*-])\s/.test(caption) || wordCount(credit) > MAX_CREDIT_WORDS) return undefined;
  const sentences = (caption.match(/[।!?]|\.(?=\s|$)/g) ?? []).length;
  // More than two sentences is a paragraph that happens to end in a credit-like phrase.
  if (sentences > 2 || wordCount(caption) > MAX_CAPTION_WORDS) return undefined;
  const endsSentence = /[।.!?]["'”’]?$/.test(caption);
  // A spaced pipe sets the credit apart as brackets do ("<what it shows>  |  <photo>: <name>").
  const piped = /\s\|$/.test(caption);
  if (labelled) return endsSentence || piped || /^\(.*\)$/.test(credit) ? { caption: piped ? caption.replace(/\s*\|$/, '') : caption, credit } : undefined;
  // A bracketed photo note may follow a short caption without a sentence end ("<what it shows> (<representational image>)").
  if (!endsSentence && /^\(.*\)$/.test(credit) && NOTE_TAIL.test(line)) {
    return wordCount(caption) <= MAX_SHAPED_CAPTION_WORDS && sentences === 0 ? { caption, credit } : undefined;
  }
  // Without a known label the shape must be tight: one short sentence, a credit of names only.
  if (sentences !== 1 || wordCount(caption) > MAX_SHAPED_CAPTION_WORDS || stopwordDensity(credit) > 0) return undefined;
  return { caption, credit };
}

// ':', '：', '-', '–', '—' or '(' anywhere in the line (NFC neither makes nor removes these characters).
function hasCreditMark(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x3a || c === 0xff1a || c === 0x2d || c === 0x2013 || c === 0x2014 || c === 0x28) return true;
  }
  return false;
}

// "<label>: <one or two sentences> (<name>)": a label of one or two words, a colon, the caption, the credit in brackets.
const UNLABELLED_CAPTION = /^(.+?[।.!?]["'”’]?)\s*\(\s*([^()]{1,40}?)\s*\)\s*[।.]?$/u;
const LABELLED_CAPTION = /^([\p{L}\p{M}]+(?:\s[\p{L}\p{M}]+)?)\s*[:：]\s*(.+?[।.!?]["'”’]?)\s*\(\s*([^()]{1,40}?)\s*\)\s*[।.]?$/u;

/**
 * A caption that credits the site itself ("<label> : <what the picture shows>। (<site>)"): led by a label
 * of one or two words and a colon, one or two sentences of at most 30 words, then the site's own name in
 * brackets (`siteNames`, the masthead); or, without a label, one sentence of at most 20 words before it. A dateline paragraph ends with an agency's or a reporter's credit,
 * not with the masthead, and is longer than a caption. Returns the caption and the credit, or undefined.
 */
export function readSiteCreditCaption(text: string, siteNames: readonly string[]): { caption: string; credit: string } | undefined {
  if (!text.includes('(') || siteNames.length === 0 || text.length > 400) return undefined;
  const line = trimmedNfc(text);
  const labelled = LABELLED_CAPTION.exec(line);
  // Without a label, one short sentence before the site's name ("<who does what where>. (<site>)"): a
  // paragraph credits an agency or a reporter, not the site that prints it, and is longer.
  const bare = labelled ? null : UNLABELLED_CAPTION.exec(line);
  const m = labelled ?? bare;
  if (!m) return undefined;
  const caption = labelled ? labelled[2] : m[1];
  const credit = labelled ? labelled[3] : m[2];
  const sentences = (caption.match(/[।!?]|\.(?=\s|$)/g) ?? []).length;
  const captionWords = wordCount(caption);
  if (sentences > (labelled ? 2 : 1) || captionWords > (labelled ? MAX_CAPTION_WORDS : MAX_SHAPED_CAPTION_WORDS) || captionWords < 3) return undefined;
  const fold = (name: string): string => name.normalize('NFC').replace(/[\u093c\u200c\u200d]/g, '').trim().toLowerCase();
  return siteNames.some((name) => fold(name) === fold(credit)) ? { caption, credit } : undefined;
}
