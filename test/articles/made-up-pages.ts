// Helpers for the importer's unit tests on made-up pages: one page imported alone (a project of one),
// the lines it keeps as body, and the reason a line was removed for.
import { importPages } from '../../articles/index.ts';

/** One made-up page imported on its own, with a fixed clock. */
export const importOne = (text: string, fileName = 'made_up_page.txt') => importPages([{ fileName, text }], { now: () => 'x' })[0];

/** The page's non-blank lines that are neither removed nor metadata (1-based), as the bench counts body. */
export const bodyLines = (text: string): number[] => {
  const article = importOne(text);
  const claimed = new Set([...article.removed.map((entry) => entry.line), ...article.metadata.map((entry) => entry.line)]);
  return text.split('\n').map((line, k) => (line.trim() !== '' && !claimed.has(k + 1) ? k + 1 : 0)).filter((n) => n > 0);
};

/** The reason line `line` of the page was removed for, or undefined when it was not removed. */
export const reasonOf = (text: string, line: number): string | undefined => importOne(text).removed.find((entry) => entry.line === line)?.reason;
