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

// A line that ends a sentence and is paragraph-long: where a page's story has begun (no menu or card is).
const PROSE_MIN_CHARS = 80;
const SENTENCE_END = /[।॥.?!]["'”’)]*$/;
const isProseLine = (line: string): boolean => line.length >= PROSE_MIN_CHARS && SENTENCE_END.test(line);

/** Per line key: on how many pages it stands above the page's first prose line, and on how many below it. */
export interface FurniturePlaces { above: Map<string, number>; below: Map<string, number> }

// Each page's keys split by place (a key counts once per page, in the first place it stands).
function placesOf(text: string): Map<string, 'above' | 'below'> {
  const places = new Map<string, 'above' | 'below'>();
  let below = false;
  for (const raw of text.split(/\r\n|\n|\r/)) {
    const line = raw.trim();
    if (line === '' || raw.length > 1000) continue;
    const key = furnitureKey(raw);
    if (!places.has(key)) places.set(key, below ? 'below' : 'above');
    if (!below && isProseLine(line)) below = true;
  }
  return places;
}

/** Where the lines of some pages stand relative to each page's story (furnitureLinkedFrom reads it). */
export function furniturePlaces(pageTexts: readonly string[]): FurniturePlaces {
  const above = new Map<string, number>();
  const below = new Map<string, number>();
  for (const text of pageTexts) for (const [key, place] of placesOf(text)) {
    const counts = place === 'above' ? above : below;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return { above, below };
}

/**
 * Keys of this page's header lines (above its story) that the other pages print only below their story: a card
 * there linking to this page's headline. A template line stands in the same place on every page; a linked
 * headline does not, so trafilatura's duplicate test is no evidence against it. `places` counts this page too.
 */
export function furnitureLinkedFrom(text: string, places: FurniturePlaces): Set<string> {
  const linked = new Set<string>();
  for (const [key, place] of placesOf(text)) {
    if (place !== 'above') continue;
    const aboveElsewhere = (places.above.get(key) ?? 0) - 1;
    if (aboveElsewhere === 0 && (places.below.get(key) ?? 0) >= 1) linked.add(key);
  }
  return linked;
}
