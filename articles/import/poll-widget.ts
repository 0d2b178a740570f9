import type { LineFeatures } from './line-features.ts';

/**
 * Reader polls. A poll widget is a question set on its own line with, right under it, a row of short
 * answer options spread across the line (wide gaps, no figures, no sentence); the widget's vote button or
 * vote count follows, and a one- or two-word label may head it. An article does not print a question
 * followed by a row of bare alternatives: a question subheading is followed by prose, a table by tabs and
 * figures. Outlet-independent: no word of the widget is looked up.
 */

// Options are set apart by runs of three or more spaces (never tabs: a tab row is a table).
const OPTION_GAP = / {3,}/;
const MAX_OPTION_WORDS = 3;
const MAX_QUESTION_WORDS = 25;
// The vote button and count: a short row, not a sentence.
const MAX_VOTE_ROW_WORDS = 6;
const MAX_LABEL_WORDS = 2;

const wordCount = (text: string): number => text.trim().split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;

/** A row of two to five short answer options set apart by wide gaps. */
export function isOptionRow(features: LineFeatures): boolean {
  const text = features.text.trim();
  if (text.includes('\t') || features.digitShare > 0 || features.endsSentence) return false;
  const parts = text.split(OPTION_GAP).map((part) => part.trim()).filter((part) => part !== '');
  return parts.length >= 2 && parts.length <= 5 && parts.every((part) => wordCount(part) >= 1 && wordCount(part) <= MAX_OPTION_WORDS && !/[।?!:]/.test(part));
}

/** A question standing alone on a line: ends with a question mark, headline length. */
function isQuestionLine(features: LineFeatures): boolean {
  return /\?["'”’]?$/.test(features.text.trim()) && features.words >= 2 && features.words <= MAX_QUESTION_WORDS;
}

/** Line numbers of poll widgets among `lines` (page order): label, question, options and vote row. */
export function findPollLines(lines: readonly LineFeatures[]): Set<number> {
  const poll = new Set<number>();
  for (let k = 1; k < lines.length; k++) {
    const options = lines[k];
    const question = lines[k - 1];
    if (!isOptionRow(options) || !isQuestionLine(question)) continue;
    poll.add(question.n).add(options.n);
    const label = lines[k - 2];
    if (label && label.words >= 1 && label.words <= MAX_LABEL_WORDS && !label.endsSentence && !/[:：,]$/.test(label.text.trim())) poll.add(label.n);
    const vote = lines[k + 1];
    if (vote && vote.words >= 1 && vote.words <= MAX_VOTE_ROW_WORDS && !vote.endsSentence) poll.add(vote.n);
  }
  return poll;
}
