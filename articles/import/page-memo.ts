/**
 * Memos of pure functions of a text, kept for one page. The passes are small functions that each read
 * the lines again (the fixture pages: about 13 `trim().normalize('NFC')` calls and 5 script profiles a
 * line, each an ICU call or a scan over the line): a memo answers a repeat from a map lookup.
 * importPage forgets them at the start of every page, so they hold one page's texts at most and nothing
 * carries over from one page to the next (a bench importing the same pages again finds them empty).
 */
const memos: Map<string, unknown>[] = [];
// Bounds for a page of very many lines or a megabyte line: the memo is then emptied, or the text not kept.
const MAX_ENTRIES = 20_000;
const MAX_KEY_LENGTH = 4000;

/** `fn` with a per-page memo; `fn` must be pure and its result never mutated by a caller. */
export function pageMemo<T>(fn: (text: string) => T): (text: string) => T {
  const memo = new Map<string, T>();
  memos.push(memo);
  return (text) => {
    let value = memo.get(text);
    if (value === undefined) {
      value = fn(text);
      if (text.length <= MAX_KEY_LENGTH) {
        if (memo.size >= MAX_ENTRIES) memo.clear();
        memo.set(text, value);
      }
    }
    return value;
  };
}

/** Empties every page memo (importPage, at the start of each page). */
export function forgetPageMemos(): void {
  for (const memo of memos) memo.clear();
}

/** `text.trim().normalize('NFC')`: how every single-line reader takes its line. */
export const trimmedNfc = pageMemo((text) => text.trim().normalize('NFC'));
