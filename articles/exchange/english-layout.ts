/**
 * The finished English of an article in the page's layout — kicker, headline, byline, dateline,
 * subheadings and body paragraphs — as plain blocks, and the blocks as plain text or Markdown.
 * The DOCX writer (services/english-docx.ts) and the clipboard take the same blocks.
 */
import type { Article, Segment, TranslatableField } from '../model.ts';
import { fieldEnglish } from '../field-translations.ts';

/** One block of the English page. */
export interface EnglishBlock {
  kind: 'kicker' | 'headline' | 'byline' | 'dateline' | 'heading' | 'paragraph';
  text: string;
  /** A paragraph's opening dateline ("Indore:"), which `text` starts with; writers may set it apart (bold). */
  lead?: string;
}

/** An article's English page and how many segments had no English yet (written as a visible placeholder). */
export interface EnglishPage {
  articleId: string;
  blocks: EnglishBlock[];
  untranslated: number;
  /** Header fields in Hindi with no English yet, left out of the page (never Hindi mixed into the English). */
  untranslatedFields: TranslatableField[];
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
// The Latin section label an outlet puts before a Hindi headline ("North Korea : …"), cut by the importer.
const LATIN_KICKER = /^([A-Za-z][A-Za-z .&'-]{0,48}?)\s*:\s+(?=[\u0900-\u097F‘“"'])/u;
const DEVANAGARI = /[\u0900-\u097F]/u;

/**
 * The English page of an article. A segment's English is its target when it has one (any status
 * but untranslated); a joined segment adds nothing (its English is in the segment before); a
 * segment without English becomes `[Untranslated: <Hindi>]`, so a gap is never silent.
 * Header fields (kicker, byline, dateline) use the translator's English; a field already in Latin
 * script is used as it is; a Hindi field without English is left out and listed in
 * `untranslatedFields` (the export says so), because a field is not a sentence to flag inline.
 */
export function englishPage(article: Article): EnglishPage {
  const blocks: EnglishBlock[] = [];
  let untranslated = 0;
  const untranslatedFields: TranslatableField[] = [];
  // The field's English, or its own text when that is Latin already; undefined when there is none.
  const field = (name: TranslatableField): { text: string; translated: boolean } | undefined => {
    const english = fieldEnglish(article, name);
    if (english) return { text: english.replace(/\s+/gu, ' '), translated: true };
    const own = article[name];
    if (!own) return undefined;
    if (!DEVANAGARI.test(own)) return { text: own, translated: false };
    untranslatedFields.push(name);
    return undefined;
  };
  const english = (segment: Segment): string | undefined => {
    if (segment.status === 'joined') return undefined;
    if (segment.status !== 'untranslated' && segment.target.trim() !== '') return segment.target.trim();
    untranslated += 1;
    return `[Untranslated: ${segment.source}]`;
  };
  // Articles imported before the kicker was a field still have it in the title line.
  const kicker = article.kicker ? field('kicker')?.text : kickerOf(article);
  if (kicker) blocks.push({ kind: 'kicker', text: kicker });
  const title = article.segments.find((segment) => segment.kind === 'title');
  const headline = title ? english(title) : undefined;
  if (headline) blocks.push({ kind: 'headline', text: headline });
  // A Latin byline is a name ("By Ravi Sharma"); a translated one is printed as the translator wrote it.
  const byline = field('byline');
  if (byline) blocks.push({ kind: 'byline', text: byline.translated ? byline.text : `By ${byline.text}` });
  const placeLine = field('dateline')?.text;
  const dateline = [article.date ? englishDate(article.date) : '', article.outlet && !DEVANAGARI.test(article.outlet) ? article.outlet : ''].filter(Boolean).join(' · ');
  if (dateline) blocks.push({ kind: 'dateline', text: dateline });
  let paragraph: { index: number; parts: string[] } | undefined;
  // The place dateline opens the first paragraph, as on the page it was cut from ("Indore: …").
  let lead = placeLine ? (/[:—–-]$/u.test(placeLine) ? placeLine : `${placeLine}:`) : undefined;
  const closeParagraph = () => {
    if (paragraph && paragraph.parts.length > 0) {
      const text = paragraph.parts.join(' ');
      blocks.push(lead ? { kind: 'paragraph', text: `${lead} ${text}`, lead } : { kind: 'paragraph', text });
      lead = undefined;
    }
    paragraph = undefined;
  };
  for (const segment of article.segments) {
    if (segment === title) continue;
    const text = english(segment);
    if (segment.kind === 'heading') {
      closeParagraph();
      if (text) blocks.push({ kind: 'heading', text });
      continue;
    }
    if (paragraph?.index !== segment.paragraph) {
      closeParagraph();
      paragraph = { index: segment.paragraph, parts: [] };
    }
    if (text) paragraph.parts.push(text);
  }
  closeParagraph();
  // A page without body paragraphs still shows its dateline.
  if (lead) blocks.push({ kind: 'paragraph', text: lead, lead });
  return { articleId: article.id, blocks, untranslated, untranslatedFields };
}

/** The page as plain text: one block per paragraph, a blank line between blocks; pages separated by a rule. */
export function englishPlainText(pages: readonly EnglishPage[]): string {
  return pages.map((page) => page.blocks.map((block) => (block.kind === 'kicker' ? block.text.toUpperCase() : block.text)).join('\n\n')).join('\n\n* * *\n\n') + '\n';
}

/** The page as Markdown: `#` headline, `##` subheadings, the kicker bold, byline and dateline in italics; text escaped. */
export function englishMarkdown(pages: readonly EnglishPage[]): string {
  const line = (block: EnglishBlock): string => {
    const text = escapeMarkdown(block.text);
    switch (block.kind) {
      case 'kicker': return `**${text}**`;
      case 'headline': return `# ${text}`;
      case 'heading': return `## ${text}`;
      case 'byline':
      case 'dateline': return `*${text}*`;
      case 'paragraph': return block.lead && block.text.startsWith(block.lead)
        ? `**${escapeMarkdown(block.lead)}**${escapeMarkdown(block.text.slice(block.lead.length))}`
        : escapeLineStart(text);
    }
  };
  return pages.map((page) => page.blocks.map(line).join('\n\n')).join('\n\n---\n\n') + '\n';
}

// Article text is data: characters Markdown would read as markup are escaped.
function escapeMarkdown(text: string): string {
  return text.replace(/\s+/gu, ' ').replace(/[\\`*_[\]<>|~]/gu, (character) => `\\${character}`);
}

// A paragraph that begins like a heading, quote, list or rule stays a paragraph.
function escapeLineStart(text: string): string {
  return text.replace(/^(#|>|[-+=]|\d+(?=[.)]\s))/u, '\\$1');
}

/** "2024-06-19T17:34:00+05:30" → "19 June 2024" (the page's own calendar date, no time-zone shift). */
export function englishDate(iso: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})/u.exec(iso);
  if (!match) return iso;
  const month = MONTHS[Number(match[2]) - 1];
  return month ? `${Number(match[3])} ${month} ${match[1]}` : iso;
}

// The kicker the importer cut from the headline line, when the page had one.
function kickerOf(article: Article): string | undefined {
  const line = article.metadata.find((each) => each.field === 'title')?.text;
  if (!line) return undefined;
  for (const part of line.split(/\s*\|\s*/u)) {
    const match = LATIN_KICKER.exec(part.replace(/^[A-Za-z]+(?=[\u0900-\u097F])/u, '').trim());
    if (match) return match[1].trim();
  }
  return undefined;
}
