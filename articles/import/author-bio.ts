import { foldWord, stopwordDensity } from './line-features.ts';
import { trimmedNfc } from './page-memo.ts';

/**
 * The author's note under a story ("<name> <what they do> हैं …"). An author box prints the writer's name
 * and a sentence about them; the sentence begins with the name that the page prints as its credit. So the
 * story's last prose line is the author's bio when it begins with a name the page printed alone on a line
 * (bare, "<name>", or labelled, "<genre> : <name>"), or — right under the name repeated after the story —
 * with the byline's first name. The name line that the bio confirms is the byline when the header named
 * nobody. No word of the box is looked up.
 */

/** One line as this pass sees it. `open`: no pass claimed it; `reason`: why a pass removed it. */
export interface BioLine {
  readonly n: number;
  readonly text: string;
  readonly open: boolean;
  readonly prose: boolean;
  readonly reason?: string;
}

// A personal name: two or three Devanagari words, no function words, no figures or punctuation.
const NAME = /^[\u0900-\u0963\u0971-\u097F]+(?:\s+[\u0900-\u0963\u0971-\u097F]+){1,2}$/;
// "<one or two words> : <name>" (a genre or role label before the name).
const LABELLED_NAME = /^[\u0900-\u0963\u0971-\u097F]+(?:\s[\u0900-\u0963\u0971-\u097F]+)?\s*[:：]\s*(\S.*)$/;
// A bio is a sentence or two, not a paragraph of the story.
const MAX_BIO_WORDS = 45;

/** The name a line prints on its own ("<name>" or "<label> : <name>"), or undefined. */
export function creditName(text: string): string | undefined {
  const trimmed = trimmedNfc(text);
  const labelled = LABELLED_NAME.exec(trimmed);
  const name = labelled ? labelled[1].trim() : trimmed;
  return NAME.test(name) && stopwordDensity(name) === 0 ? name : undefined;
}

const foldedWords = (text: string): string[] => trimmedNfc(text).split(/\s+/).map(foldWord);

function beginsWith(text: string, name: string): boolean {
  const words = foldedWords(text);
  const nameWords = foldedWords(name);
  return words.length > nameWords.length && nameWords.every((word, k) => words[k] === word);
}

/** The author bio among `lines` (page order), and the name line it confirms as the credit. */
export function findAuthorBio(lines: readonly BioLine[], byline: string | undefined): { bio: number; credit?: { n: number; name: string } } | undefined {
  let at = -1;
  for (let k = lines.length - 1; k >= 0; k--) if (lines[k].open && lines[k].prose) { at = k; break; }
  if (at < 1) return undefined;
  const bio = lines[at];
  if (bio.text.trim().split(/\s+/).length > MAX_BIO_WORDS) return undefined;
  for (let k = 0; k < at; k++) {
    const name = creditName(lines[k].text);
    if (name !== undefined && beginsWith(bio.text, name)) return { bio: bio.n, credit: { n: lines[k].n, name } };
  }
  // "<name>" repeated right above, the bio naming the author by the first name only.
  const above = lines[at - 1];
  const first = byline?.trim().split(/\s+/)[0];
  if (first !== undefined && above.reason === 'byline-residue' && beginsWith(bio.text, first)) return { bio: bio.n };
  return undefined;
}
