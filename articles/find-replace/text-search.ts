/**
 * Find and replace in text, for the editor's find bar and the project-wide replace: match case,
 * whole word and regular expressions. Regular expressions run on RE2 (re2js, pure JavaScript),
 * whose matching time grows linearly with the text, so a pattern such as `(a+)+$` cannot hang
 * the window or the server (JavaScript's own engine backtracks exponentially on it).
 */
import { RE2JS } from 're2js';

/** How a query is matched. */
export interface SearchOptions {
  matchCase: boolean;
  wholeWord: boolean;
  regex: boolean;
}

/** No option set: case-insensitive substring search. */
export const PLAIN_SEARCH: SearchOptions = { matchCase: false, wholeWord: false, regex: false };

/** Longest query accepted, in characters. */
export const MAX_QUERY_LENGTH = 1000;
/** Largest compiled program (RE2's measure of a pattern's cost) accepted; `(x{1000}){1000}` is far above it. */
export const MAX_PROGRAM_SIZE = 20_000;

/** Why a query cannot be searched for, as a code the UI turns into words. */
export interface SearchError {
  code: 'empty-query' | 'invalid-regex' | 'query-too-long' | 'regex-too-costly';
  /** The engine's own explanation (for invalid-regex), e.g. "missing closing )". */
  detail?: string;
}

/** A compiled query. */
export interface CompiledSearch {
  readonly query: string;
  readonly options: SearchOptions;
  readonly pattern: RE2JS;
}

/** One match in a text: [start, end) in UTF-16 offsets, and the regex groups (index 0 = whole match). */
export interface TextMatch {
  start: number;
  end: number;
  groups: readonly (string | null)[];
  named: Readonly<Record<string, string | null>>;
}

/** True when the value is a SearchError rather than a compiled search. */
export function isSearchError(value: CompiledSearch | SearchError): value is SearchError {
  return 'code' in value;
}

/**
 * Compiles a query. Plain queries are quoted (every character literal). The query is NFC
 * normalised and so is the text it is matched against (findMatches), because Hindi arrives in
 * both forms: a nukta letter typed as one code point or as letter + nukta.
 */
export function compileSearch(query: string, options: SearchOptions): CompiledSearch | SearchError {
  const normalised = query.normalize('NFC');
  if (normalised === '') return { code: 'empty-query' };
  if (normalised.length > MAX_QUERY_LENGTH) return { code: 'query-too-long' };
  const source = options.regex ? normalised : RE2JS.quote(normalised);
  let pattern: RE2JS;
  try {
    pattern = RE2JS.compile(source, options.matchCase ? 0 : RE2JS.CASE_INSENSITIVE);
  } catch (error) {
    const detail = error instanceof Error ? error.message.replace(/^error parsing regexp:\s*/, '') : String(error);
    return { code: 'invalid-regex', detail };
  }
  if (pattern.programSize() > MAX_PROGRAM_SIZE) return { code: 'regex-too-costly' };
  return { query: normalised, options, pattern };
}

// A word is letters, combining marks (Devanagari matras, virama, nukta, anusvara are marks) and
// digits, plus the joiners written inside Hindi words. `\b` of JavaScript knows only [A-Za-z0-9_],
// so it would see a boundary after every matra.
const WORD_CHARACTER = /[\p{L}\p{M}\p{N}\u200C\u200D_]/u;

function isWordCharacterAt(text: string, index: number, direction: 'before' | 'at'): boolean {
  if (direction === 'before') {
    if (index <= 0) return false;
    const code = text.charCodeAt(index - 1);
    // A low surrogate: look at the whole code point.
    const from = code >= 0xdc00 && code <= 0xdfff && index >= 2 ? index - 2 : index - 1;
    return WORD_CHARACTER.test(text.slice(from, index));
  }
  if (index >= text.length) return false;
  const point = text.codePointAt(index);
  return point !== undefined && WORD_CHARACTER.test(String.fromCodePoint(point));
}

/** True when [start, end) is a whole word: no word character touches it on either side. */
export function isWholeWord(text: string, start: number, end: number): boolean {
  return !isWordCharacterAt(text, start, 'before') && !isWordCharacterAt(text, end, 'at');
}

/**
 * Every match in the text, left to right, not overlapping. Empty matches (a pattern such as `x*`
 * or `^`) are skipped: replacing "nothing" is never what a translator means. With whole word, a
 * match touching a word character on either side is dropped and the search goes on one character
 * later, so `भारत` finds `भारत` but not the start of `भारतीय`.
 */
export function findMatches(search: CompiledSearch, text: string): TextMatch[] {
  const normal = text.normalize('NFC');
  if (normal === text) return findInNormal(search, text);
  // Match the NFC form, then map offsets back, so the stored text is changed only where matched.
  const view = nfcView(text);
  return findInNormal(search, view.text).map((match) => ({ ...match, start: view.toOriginal(match.start, 'start'), end: view.toOriginal(match.end, 'end') }));
}

/** The NFC form of a text, built per base character and its marks, with offsets back into the original. */
function nfcView(text: string): { text: string; toOriginal(index: number, side: 'start' | 'end'): number } {
  const chunkStarts: number[] = [];
  const originalStarts: number[] = [];
  let normal = '';
  let original = 0;
  for (const chunk of text.match(/\P{M}\p{M}*|\p{M}+/gsu) ?? []) {
    chunkStarts.push(normal.length);
    originalStarts.push(original);
    normal += chunk.normalize('NFC');
    original += chunk.length;
  }
  chunkStarts.push(normal.length);
  originalStarts.push(original);
  return {
    text: normal,
    toOriginal(index, side) {
      // The chunk holding the offset; inside a chunk, a start rounds down and an end rounds up.
      let low = 0;
      let high = chunkStarts.length - 1;
      while (low < high) {
        const middle = (low + high + 1) >> 1;
        if (chunkStarts[middle] <= index) low = middle;
        else high = middle - 1;
      }
      if (chunkStarts[low] === index || side === 'start') return originalStarts[low];
      return originalStarts[Math.min(low + 1, originalStarts.length - 1)];
    },
  };
}

function findInNormal(search: CompiledSearch, text: string): TextMatch[] {
  const matches: TextMatch[] = [];
  const matcher = search.pattern.matcher(text);
  const groupCount = matcher.groupCount();
  let from = 0;
  while (from <= text.length && matcher.find(from)) {
    const start = matcher.start();
    const end = matcher.end();
    if (end === start) {
      from = start + 1;
      continue;
    }
    if (search.options.wholeWord && !isWholeWord(text, start, end)) {
      from = start + 1;
      continue;
    }
    const groups: (string | null)[] = [];
    for (let group = 0; group <= groupCount; group++) groups.push(matcher.group(group));
    matches.push({ start, end, groups, named: groupCount > 0 ? matcher.getNamedGroups() : {} });
    from = end;
  }
  return matches;
}

/** True when the text holds at least one match. */
export function containsMatch(search: CompiledSearch, text: string): boolean {
  return findMatches(search, text).length > 0;
}

/**
 * The replacement text for one match. For a plain query the replacement is literal; for a
 * regular expression `$1`…`$99` and `$<name>` insert groups, `$&` the whole match and `$$` a `$`
 * (as String.prototype.replace does); an unknown reference stays as written.
 */
export function expandReplacement(search: CompiledSearch, match: TextMatch, replacement: string): string {
  if (!search.options.regex) return replacement;
  return replacement.replace(/\$(\$|&|<([^>]+)>|(\d\d?))/g, (whole, token: string, name: string | undefined, digits: string | undefined) => {
    if (token === '$') return '$';
    if (token === '&') return match.groups[0] ?? '';
    if (name !== undefined) return name in match.named ? (match.named[name] ?? '') : whole;
    if (digits !== undefined) {
      const two = Number(digits);
      if (two >= 1 && two < match.groups.length) return match.groups[two] ?? '';
      const one = Number(digits[0]);
      if (digits.length === 2 && one >= 1 && one < match.groups.length) return (match.groups[one] ?? '') + digits[1];
    }
    return whole;
  });
}

/** The text with every match replaced, and how many there were. */
export function replaceMatches(search: CompiledSearch, text: string, replacement: string): { text: string; count: number } {
  const matches = findMatches(search, text);
  if (matches.length === 0) return { text, count: 0 };
  let result = '';
  let last = 0;
  for (const match of matches) {
    result += text.slice(last, match.start) + expandReplacement(search, match, replacement);
    last = match.end;
  }
  return { text: result + text.slice(last), count: matches.length };
}
