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

// An entry's heading is one line of headline length; a longer unpunctuated line is no heading.
const ENTRY_HEADING_MAX_CHARS = 160;

function isEntryHeading(line: EntryLine): boolean {
  return !line.prose && !line.timestamp && line.text.trim().length > 0 && line.text.length <= ENTRY_HEADING_MAX_CHARS;
}

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
    // The entry's own text comes right under its stamp, or under the entry's one-line heading
    // ("<stamp>", "<what happened>", "<paragraph>"): a short line that is neither prose nor a stamp.
    if (lines[index + 1].prose || (isEntryHeading(lines[index + 1]) && lines[index + 2]?.prose === true)) stamps.push(line.n);
  }
  return stamps.length >= 2 ? stamps : [];
}
