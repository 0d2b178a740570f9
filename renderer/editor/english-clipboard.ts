/**
 * The English page on the clipboard: plain text for any editor, and HTML (built from escaped
 * text, never from article markup) so a CMS or word processor keeps headline, byline and paragraphs.
 */
import type { EnglishBlock, EnglishPage } from '../../articles/exchange/english-layout.ts';
import { englishPlainText } from '../../articles/exchange/english-layout.ts';

const TAG: Record<EnglishBlock['kind'], string> = { kicker: 'p', headline: 'h1', byline: 'p', dateline: 'p', heading: 'h2', paragraph: 'p' };

/** The pages as an HTML fragment; every text is escaped, so article text stays text. */
export function englishHtml(pages: readonly EnglishPage[]): string {
  return pages
    .map((page) => page.blocks.map((block) => {
      const tag = TAG[block.kind];
      const text = escapeHtml(block.text);
      const lead = block.kind === 'paragraph' && block.lead && block.text.startsWith(block.lead) ? block.lead : '';
      const inner = lead ? `<strong>${escapeHtml(lead)}</strong>${escapeHtml(block.text.slice(lead.length))}` : block.kind === 'kicker' ? `<strong>${text}</strong>` : block.kind === 'byline' || block.kind === 'dateline' ? `<em>${text}</em>` : text;
      return `<${tag}>${inner}</${tag}>`;
    }).join(''))
    .join('<hr>');
}

/** Writes the pages to the clipboard as HTML and plain text (plain text only where rich writing is unavailable). */
export async function copyEnglish(pages: readonly EnglishPage[], clipboard: Clipboard = navigator.clipboard): Promise<void> {
  const text = englishPlainText(pages);
  if (typeof ClipboardItem !== 'undefined' && typeof clipboard.write === 'function') {
    await clipboard.write([new ClipboardItem({ 'text/plain': new Blob([text], { type: 'text/plain' }), 'text/html': new Blob([englishHtml(pages)], { type: 'text/html' }) })]);
    return;
  }
  await clipboard.writeText(text);
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/gu, (character) => `&#${character.charCodeAt(0)};`);
}
