import { findOutlet, foldForComparison } from './page-metadata.ts';

/** The key under which a line is compared across pages: folded, lower case, digits and spacing kept as written. */
export function furnitureKey(text: string): string {
  return foldForComparison(text).toLowerCase();
}

/**
 * Keys of the lines that appear on `minPages` or more of the given pages (trafilatura's duplicate
 * test): on pages of one outlet these are its template (menus, footers, appeals, side lists).
 * Each page counts a line once.
 */
export function templateFurniture(pageTexts: readonly string[], minPages = 2): Set<string> {
  const pagesWith = new Map<string, number>();
  for (const text of pageTexts) {
    const seen = new Set<string>();
    for (const raw of text.split(/\r\n|\n|\r/)) {
      // Headline-sized lines only: a template line is never a megabyte long.
      if (raw.trim() === '' || raw.length > 1000) continue;
      seen.add(furnitureKey(raw));
    }
    for (const key of seen) pagesWith.set(key, (pagesWith.get(key) ?? 0) + 1);
  }
  return new Set([...pagesWith].filter(([, count]) => count >= minPages).map(([key]) => key));
}

/**
 * Which template a page was cut from: the outlet its first lines name when a lexicon knows it, else
 * its first non-blank line (a scraped page starts with the site's masthead or menu).
 */
export function templateKeyOf(text: string): string {
  const head = text.split(/\r\n|\n|\r/).map((line) => line.trim()).filter((line) => line !== '').slice(0, 3);
  for (const line of head) {
    const outlet = findOutlet(line);
    if (outlet) return `outlet:${outlet.name}`;
  }
  return `masthead:${furnitureKey(head[0] ?? '')}`;
}
