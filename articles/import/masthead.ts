import { findOutlet, isOutletName } from './page-metadata.ts';
import { trimmedNfc } from './page-memo.ts';

// "© 2024 <name>. …", "Copyright © 2019 <name>, …", "© कॉपीराइट 2026, <name>": the marks and the year before the name.
const COPYRIGHT_HEAD = /^(?:(?:copyright|कॉपीराइट|©|\(c\))\s*)+(?:[0-9]{4}(?:\s*[-–]\s*[0-9]{2,4})?\s*,?\s*)?/i;
// "<name> © 2026 — …": the name before the mark.
const NAME_BEFORE_MARK = /^([^©|]{2,60}?)\s*©/;
// Where the name ends: a full stop, comma, danda, pipe or dash (then the rights sentence or the address).
const NAME_END = /\s*(?:[.,।|]|\s[-–—]\s|\s[0-9]{4}\b)/;

/**
 * The site's name in its copyright line ("© 2019 <name>. सर्वाधिकार सुरक्षित।", "<name> © 2026"), or
 * undefined: the words after the mark and the year up to the first full stop, comma, danda or pipe.
 */
export function copyrightName(text: string): string | undefined {
  const line = trimmedNfc(text);
  const before = NAME_BEFORE_MARK.exec(line);
  const head = COPYRIGHT_HEAD.exec(line);
  const name = before && !head ? before[1] : head && head[0] !== '' ? line.slice(head[0].length).split(NAME_END)[0] : undefined;
  const clean = name?.trim();
  return clean !== undefined && clean.length >= 2 && clean.length <= 60 && !/^all rights/i.test(clean) ? clean : undefined;
}

const fold = (text: string): string => trimmedNfc(text).replace(/[\u093c\u200c\u200d]/g, '').replace(/\s+/g, ' ').toLowerCase();

/**
 * True when `part` is the site's name: a known outlet, a "<…> News/Times/Post" name, or one of the names
 * the page gives itself (`siteNames`, from its copyright line), whole or as the first words of it
 * ("<name>" for "<name> Media").
 */
export function namesSite(part: string, siteNames: readonly string[]): boolean {
  const clean = part.trim();
  if (clean === '' || clean.length > 60) return false;
  if (isOutletName(clean) || findOutlet(clean)?.spellings.some((spelling) => fold(spelling) === fold(clean))) return true;
  const key = fold(clean);
  return siteNames.some((name) => {
    const other = fold(name);
    return other === key || other.startsWith(key + ' ') || key.startsWith(other + ' ');
  });
}

// "<name> — <slogan>", "<name> | <slogan>": the part before the first spaced dash or pipe.
const FIRST_PART = /^(.{2,60}?)\s+[-–—|]\s+\S/;

/**
 * The masthead block at the top of a page is the site's name and its slogan, not a headline: a line
 * whose first part (before a spaced dash or pipe) names the site ("<site> — <slogan>"), or a slogan-shaped
 * line right under a line that is the site's name alone (the slogan under the masthead). `previous` is the line
 * above, `siteNames` the names the page gives itself.
 */
export function isMastheadLine(text: string, previous: string | undefined, siteNames: readonly string[]): boolean {
  const line = trimmedNfc(text);
  const first = FIRST_PART.exec(line);
  if (first && namesSite(first[1], siteNames)) return true;
  return previous !== undefined && !FIRST_PART.test(previous) && namesSite(previous, siteNames) && isSloganShaped(first ? first[1] : line);
}

// A slogan is a phrase: at most eight words, no colon, question, exclamation, danda or figures. A headline
// printed right under the site's name ("<topic>: <question>?") has them, or is longer.
const SLOGAN_BREAKERS = /[:：?!।॥0-9०-९]/;
const SLOGAN_WORDS = 8;

function isSloganShaped(text: string): boolean {
  return !SLOGAN_BREAKERS.test(text) && text.split(/\s+/).length <= SLOGAN_WORDS;
}
