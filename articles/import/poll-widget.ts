import type { LineFeatures } from './line-features.ts';
import { endsWithLinkVerb } from './title-choice.ts';

/**
 * Reader polls. A poll widget is a question set on its own line with, right under it, a row of short
 * answer options spread across the line (wide gaps, no figures, no sentence); the widget's vote button or
 * vote count follows, and a one- or two-word label may head it. An article does not print a question
 * followed by a row of bare alternatives: a question subheading is followed by prose, a table by tabs and
 * figures. The options may also stand one under another (two to five lines of one to three words, no
 * figures, no punctuation): then the vote button must close them (an imperative, or a vote count), since
 * a question subheading over a short list is article text. Outlet-independent: no word of the widget is
 * looked up (the button's imperative is general grammar, link-verbs.json).
 */

// Options are set apart by runs of three or more spaces or by spaced pipes and bullets (never tabs: a tab row is a table).
const OPTION_GAP = /\s+[|•·]\s+| {3,}/;
const MIN_STACKED_OPTIONS = 2;
const MAX_STACKED_OPTIONS = 5;
const MAX_OPTION_WORDS = 3;
const MAX_QUESTION_WORDS = 25;
// The vote button and count: a short row, not a sentence.
const MAX_VOTE_ROW_WORDS = 6;
// The widget's label ("<today's> poll", "<your view>: poll"): a few words, no sentence.
const MAX_LABEL_WORDS = 3;

const wordCount = (text: string): number => text.trim().split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;

/** A row of two to five short answer options set apart by wide gaps. */
export function isOptionRow(features: LineFeatures): boolean {
  const text = features.text.trim();
  if (text.includes('\t') || features.digitShare > 0 || features.endsSentence) return false;
  const parts = text.split(OPTION_GAP).map((part) => part.trim()).filter((part) => part !== '');
  return parts.length >= 2 && parts.length <= 5 && parts.every(isOptionText);
}

const isOptionText = (part: string): boolean => wordCount(part) >= 1 && wordCount(part) <= MAX_OPTION_WORDS && !/[।?!:]/.test(part);

/** One answer option on a line of its own: one to three words, no figures, tabs, gaps or sentence punctuation. */
function isOptionLine(features: LineFeatures): boolean {
  const text = features.text.trim();
  return !text.includes('\t') && !/ {3,}/.test(text) && features.digitShare === 0 && !features.endsSentence && isOptionText(text);
}

/** The vote button or count: a short row, not a sentence. */
function isVoteRow(features: LineFeatures | undefined): features is LineFeatures {
  return features !== undefined && features.words >= 1 && features.words <= MAX_VOTE_ROW_WORDS && !features.endsSentence;
}

/** A vote row that can only be the widget's: a button (an imperative) or a count of votes (a figure). */
function isVoteButton(features: LineFeatures | undefined): features is LineFeatures {
  return isVoteRow(features) && (endsWithLinkVerb(features.text) || features.digitShare > 0);
}

/** A question standing alone on a line: ends with a question mark, headline length. */
function isQuestionLine(features: LineFeatures): boolean {
  return /\?["'”’]?$/.test(features.text.trim()) && features.words >= 2 && features.words <= MAX_QUESTION_WORDS;
}

/** Line numbers of poll widgets among `lines` (page order): label, question, options and vote row. */
export function findPollLines(lines: readonly LineFeatures[]): Set<number> {
  const poll = new Set<number>();
  for (let k = 1; k < lines.length; k++) {
    const question = lines[k - 1];
    if (!isQuestionLine(question)) continue;
    let last: number;
    if (isOptionRow(lines[k])) {
      last = k;
    } else {
      let end = k;
      while (end < lines.length && end - k < MAX_STACKED_OPTIONS && isOptionLine(lines[end]) && !isVoteButton(lines[end])) end++;
      // Stacked options only with the widget's button or count under them (a question subheading may head a short list).
      if (end - k < MIN_STACKED_OPTIONS || !isVoteButton(lines[end])) continue;
      last = end - 1;
    }
    poll.add(question.n);
    for (let j = k; j <= last; j++) poll.add(lines[j].n);
    const label = lines[k - 2];
    if (label && label.words >= 1 && label.words <= MAX_LABEL_WORDS && !label.endsSentence && !/[:：,]$/.test(label.text.trim())) poll.add(label.n);
    const vote = lines[last + 1];
    if (isVoteRow(vote)) poll.add(vote.n);
  }
  return poll;
}
