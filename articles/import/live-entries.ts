/**
 * Live-blog entry stamps. A live article heads each entry with a bare clock time ("03:05 PM") on its own
 * line; alone that line reads as page chrome (a timestamp), but a time line that recurs between prose
 * paragraphs inside the story (prose above it and prose right below it) is the entry's heading, part of
 * the story a reader of the translation follows. A single time (the header's "updated at") stays chrome or
 * metadata: the rule needs two or more such stamps, each inside the story span.
 */

/** One content line as this pass sees it: removed as a timestamp, and whether it reads as prose. */
export interface EntryLine {
  readonly n: number;
  readonly text: string;
  readonly timestamp: boolean;
  readonly prose: boolean;
}

// A clock time alone: "03:05 PM", "14:20", "9.45 am", an optional zone; no date, no words.
const BARE_TIME = /^\d{1,2}[:.]\d{2}\s*(?:[AaPp]\.?[Mm]\.?)?\s*(?:IST)?$/;

/** A line that is nothing but a clock time. */
export function isBareTime(text: string): boolean {
  return BARE_TIME.test(text.trim());
}

/** Line numbers of the stamps that head live entries (none unless two or more recur inside the story). */
export function findEntryStamps(lines: readonly EntryLine[]): number[] {
  const firstProse = lines.findIndex((line) => line.prose);
  if (firstProse < 0) return [];
  const stamps: number[] = [];
  for (let index = firstProse + 1; index + 1 < lines.length; index++) {
    const line = lines[index];
    if (!line.timestamp || !isBareTime(line.text)) continue;
    // The entry's own text comes right under its stamp.
    if (lines[index + 1].prose) stamps.push(line.n);
  }
  return stamps.length >= 2 ? stamps : [];
}
