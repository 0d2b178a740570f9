import type { Article } from '../model.ts';
import { splitPageLines } from './import-page.ts';

// Zero-width spaces and BOMs count as space: sentence spans trim them like whitespace.
const stripSpace = (text: string): string => text.replace(/[\s\u200b\ufeff]+/g, '');

/**
 * Line numbers of non-blank raw lines that the article does not account for: a line counts when a
 * `removed` or `metadata` entry holds its exact text, or when body segments, read in order, spell out
 * every one of its non-space characters. The import invariant is that this list is empty.
 */
export function unaccountedLines(pageText: string, article: Article): number[] {
  const lines = splitPageLines(pageText);
  const covered = new Set<number>();
  for (const entry of [...article.removed, ...article.metadata]) {
    const line = lines[entry.line - 1];
    if (line && line.text === entry.text.trim()) covered.add(entry.line);
  }

  // Every non-space character of the page with its line, so segments can be matched across line joins.
  const chars: { ch: string; line: number }[] = [];
  const lineStart = new Map<number, number>();
  for (const line of lines) {
    lineStart.set(line.n, chars.length);
    for (const ch of stripSpace(line.raw)) chars.push({ ch, line: line.n });
  }
  const consumed = new Array<boolean>(chars.length).fill(false);
  // First unconsumed character of each line: segments may come out of page order (a restored line,
  // a title taken from the body), but inside one line they are consumed left to right.
  const frontier = new Map<number, number>();
  for (const segment of article.segments) {
    // A title taken from a metadata line was cleaned of glued residue; that line is already covered.
    if (segment.kind === 'title' && article.metadata.some((entry) => entry.line === segment.line && entry.field === 'title')) continue;
    const wanted = [...stripSpace(segment.source)];
    const start = frontier.get(segment.line) ?? lineStart.get(segment.line) ?? chars.length;
    if (wanted.length === 0 || start + wanted.length > chars.length) continue;
    if (!wanted.every((ch, k) => chars[start + k].ch === ch && !consumed[start + k])) continue;
    for (let i = start; i < start + wanted.length; i++) {
      consumed[i] = true;
      frontier.set(chars[i].line, i + 1);
    }
  }
  const fullyConsumed = new Map<number, boolean>();
  chars.forEach((entry, index) => fullyConsumed.set(entry.line, (fullyConsumed.get(entry.line) ?? true) && consumed[index]));
  for (const [line, all] of fullyConsumed) if (all) covered.add(line);
  return lines.filter((line) => line.text !== '' && !covered.has(line.n)).map((line) => line.n);
}
