import linkVerbsFile from './lexicon/link-verbs.json' with { type: 'json' };
import coordinatorsFile from './lexicon/coordinators.json' with { type: 'json' };
import { initialClass } from './block-classes.ts';
import type { LineFeatures } from './line-features.ts';
import { foldWord, isHeadlineShaped, isMenuRow, stopwordDensity, wordCount, wordsOf } from './line-features.ts';
import { CRUMB_SPLIT, foldForComparison, hasCrumbSeparator, stripGluedPrefix, stripLatinKicker } from './page-metadata.ts';
import { isDevanagariLed } from './script-profile.ts';
import { isSpaceCode } from '../segment/spaces.ts';

/** What title scoring reads about the page around a candidate. */
export interface TitleContext {
  /** Every non-blank line of the page in order, with features. */
  lines: readonly LineFeatures[];
  /** The line is already decided (boilerplate or metadata) and cannot be the title. */
  isClaimed: (n: number) => boolean;
  /** The line holds a byline or a date (metadata read in pass 1, or a newsroom credit). */
  isBylineOrDate: (n: number) => boolean;
  /** The line appears on two or more pages of the same outlet (template, or a headline another page links to). */
  isFurniture?: (n: number) => boolean;
  /** The line is furniture only as other pages' cards: on every other page that prints it, it stands below that page's story. */
  isLinkedElsewhere?: (n: number) => boolean;
  /** The date a date line reads (ISO), when the line is one. */
  dateOf?: (n: number) => string | undefined;
  /** The line is the site's masthead block (its name and slogan at the top of the page, masthead.ts). */
  isMasthead?: (n: number) => boolean;
  /** headlineKey(text), from the caller's memo when it keeps one (the importer keys the same lines again). */
  headlineKey?: (text: string) => string;
}

/** A candidate headline with its score and the reasons that added up to it (for tests and debugging). */
export interface ScoredTitle {
  features: LineFeatures;
  score: number;
  reasons: string[];
}

const PIPE = /\s+\|\s+/;
const LINK_VERBS: ReadonlySet<string> = new Set(linkVerbsFile.words.map(foldWord));

/** True when the line's last word is an imperative of acting on a page ("… पर जाएं", "… करें"): a link or button label. */
export function endsWithLinkVerb(text: string): boolean {
  const words = wordsOf(text);
  return words.length > 0 && LINK_VERBS.has(foldWord(words[words.length - 1]));
}

/**
 * A navigation-like line: a menu row, a link label (ends in an imperative link verb) or template
 * furniture. Used for a candidate's neighbours: a headline is not wedged between two of them. Other
 * removed lines (a section label, a highlights label) often stand right by a headline, so they do not count.
 */
function isNavigationLike(context: TitleContext, line: LineFeatures | undefined): boolean {
  if (!line) return false;
  // A byline or date under the headline may repeat across an outlet's pages (one reporter), yet it is no menu.
  if (context.isBylineOrDate(line.n)) return false;
  return (context.isFurniture?.(line.n) ?? false) || isMenuRow(line) || endsWithLinkVerb(line.text);
}

/**
 * The Hindi headline of a line whose parts are joined by spaced pipes ("<Hindi> | <English> | <outlet>",
 * "<topic> | <Hindi headline>"): the Devanagari-led part with the most words (the first on a tie), or
 * undefined when no part is Devanagari-led.
 */
export function hindiHeadlinePart(text: string): string | undefined {
  // Without a pipe the line is its only part: no split and no word count to compare.
  if (!text.includes('|')) return isDevanagariLed(text) ? text : undefined;
  let best: string | undefined;
  let bestWords = 0;
  for (const part of text.split(PIPE)) {
    if (!isDevanagariLed(part)) continue;
    const words = wordCount(part);
    if (best === undefined || words > bestWords) { best = part; bestWords = words; }
  }
  return best;
}

/** The comparable form of a headline: folded, no Latin kicker, no outlet suffix punctuation, no quotes. */
export function headlineKey(text: string): string {
  const hindi = hindiHeadlinePart(text) ?? text;
  return withoutFinalPunctuation(withoutQuoteMarks(foldForComparison(stripLatinKicker(stripGluedPrefix(hindi.trim()))))).toLowerCase();
}

const QUOTE_MARKS = /["'“”‘’]/g;

// `text.replace(QUOTE_MARKS, '')`, the text itself when it has no quote mark (most headlines).
function withoutQuoteMarks(text: string): string {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x22 || c === 0x27 || c === 0x201c || c === 0x201d || c === 0x2018 || c === 0x2019) return text.replace(QUOTE_MARKS, '');
  }
  return text;
}

// `text.replace(/[.!?।\s]+$/, '')` from the end (the pattern tries every space of the line as a start).
function withoutFinalPunctuation(text: string): string {
  let end = text.length;
  while (end > 0) {
    const c = text.charCodeAt(end - 1);
    if (c !== 0x2e && c !== 0x21 && c !== 0x3f && c !== 0x0964 && !isSpaceCode(c)) break;
    end--;
  }
  return end === text.length ? text : text.slice(0, end);
}

// A "you are here" label before a crumb: one to four words, no sentence punctuation, ending in a colon.
const CRUMB_LABEL = /^[^:：।?!]{1,40}?[:：]\s*/;
const CRUMB_LABEL_WORDS = 4;

// "<headline> - <site>", "<headline> | <site>": the last part after a spaced dash or pipe (the browser title's form).
const SITE_SUFFIX = /^(.*\S)\s+[-–—|]\s+([^-–—|]+)$/;
const SITE_SUFFIX_WORDS = 3;
const SITE_SUFFIX_CHARS = 40;

/**
 * The headline of a browser-title line "<headline> - <site>" / "<headline> | <site>": the part before a
 * short site name (one to three words, no function words, no sentence punctuation or figures-only part),
 * or undefined. Only the shape: the caller needs another line of the page that is the headline alone
 * (the repeat) before it treats the line as the page title; without one the suffix may be the headline's.
 */
export function withoutSiteSuffix(text: string): string | undefined {
  if (text.length > 300 || !/\s[-–—|]\s/.test(text)) return undefined;
  const m = SITE_SUFFIX.exec(text.trim());
  if (!m) return undefined;
  const site = m[2].trim();
  const siteWords = wordsOf(site);
  if (site.length > SITE_SUFFIX_CHARS || siteWords.length < 1 || siteWords.length > SITE_SUFFIX_WORDS || /[।॥?!.,:]/.test(site) || !/\p{L}/u.test(site)) return undefined;
  if (stopwordDensity(site) > 0 || wordsOf(m[1]).length < 3) return undefined;
  return m[1];
}

/**
 * True for a breadcrumb trail of two or more short parts ("मध्य प्रदेश / इंदौर", "Home » राष्ट्रीय"):
 * every part at most three words and none a sentence. Headlines with a slash have a longer part.
 * A trail may follow a short label ending in a colon (the "you are here :" of old CMS templates):
 * the label names the crumb, it does not make the line a headline, so the trail is judged without it.
 * After a label the parts must be names without figures: "<label>: <date> / <time>" is a labelled value.
 */
export function isCrumbTrail(text: string): boolean {
  if (!hasCrumbSeparator(text)) return false;
  const trimmed = text.trim();
  if (isBareCrumbTrail(trimmed)) return true;
  const label = CRUMB_LABEL.exec(trimmed);
  if (label === null || label[0].replace(/\s*[:：]\s*$/, '').split(/\s+/).length > CRUMB_LABEL_WORDS) return false;
  const trail = trimmed.slice(label[0].length);
  return !/[0-9०-९]/.test(trail) && isBareCrumbTrail(trail);
}

function isBareCrumbTrail(text: string): boolean {
  const parts = text.split(CRUMB_SPLIT);
  return parts.length >= 2 && parts.every((part) => part.split(/\s+/).length <= 3 && !/[।?!]/.test(part));
}

// Separators between the parts of a row: a spaced pipe, slash, crumb arrow or bullet, or a wide gap.
// Any pictograph ("Symbol, other": ⚡, ★, ✦) spaced between words separates parts as well.
const SEPARATOR_RUN = /\s[|•·●▪■◆♦►▶◦/»›>\p{So}]\s|\S {2,}\S/gu;
// A pictograph or bullet spaced between two parts of a row.
const ROW_GLYPH = /\s+[\p{So}•·●▪■◆♦]\s+/u;

/**
 * A row of several headlines in one line ("<label> ⚡ <headline> ⚡ <headline> ⚡ <headline>", a ticker):
 * three or more parts joined by the same spaced pictograph or bullet, at least two of them of three words
 * or more. Neither the page's headline nor its first paragraph, whatever its function words.
 */
export function isHeadlineRow(text: string): boolean {
  const glyph = ROW_GLYPH.exec(text);
  if (!glyph) return false;
  const parts = text.split(glyph[0].trim()).map((part) => part.trim()).filter((part) => part !== '');
  return parts.length >= 3 && parts.filter((part) => part.split(/\s+/).length >= 3).length >= 2;
}

/**
 * Headlines joined by a spaced glyph or pipes ("<headline>  ✦  <headline>"), two or more, and no sentence mark
 * anywhere: a ticker, never a paragraph (so never a paragraph that opens with a dateline).
 */
export function joinsHeadlines(text: string): boolean {
  if (/[।॥?!]/.test(text)) return false;
  const glyph = ROW_GLYPH.exec(text) ?? TICKER_PIPES.exec(text);
  if (!glyph) return false;
  return text.split(glyph[0].trim()).filter((part) => part.trim().split(/\s+/).length >= 3).length >= 2;
}

// Tickers join their headlines by glyphs or by spaced pipes ("<headline>  ||  <headline>").
const TICKER_PIPES = /\s+\|{1,2}\s+/;

/** A one- or two-word label line without punctuation or figures ("ताज़ा", "Breaking"): what heads a ticker. */
function isRunLabel(line: LineFeatures): boolean {
  return line.words >= 1 && line.words <= 2 && line.digitShare === 0 && !/[।॥?!.:,|]/.test(line.text) && !isCrumbTrail(line.text);
}

/**
 * Indexes of ticker lines: a run of headline-shaped lines right after a one- or two-word label that ends
 * at a crumb trail. Breaking/latest tickers stand between the menu and the crumb; the page's own
 * headline stands under the crumb, with its byline or date.
 */
export function tickerLines(lines: readonly LineFeatures[]): Set<number> {
  const found = new Set<number>();
  for (let i = 0; i < lines.length; i++) {
    if (!isRunLabel(lines[i])) continue;
    let end = i + 1;
    while (end < lines.length && isHeadlineShaped(lines[end]) && !isCrumbTrail(lines[end].text)) end++;
    if (end > i + 1 && end < lines.length && isCrumbTrail(lines[end].text)) for (let k = i + 1; k < end; k++) found.add(lines[k].index);
  }
  return found;
}

// How far below the headline its byline or date may stand (non-blank lines), and how much earlier lines are preferred.
const META_WINDOW = 5;
const RANK_PENALTY = 0.5;
// A byline or date at most this many lines below (0 = the next line) stands directly under the headline or its standfirst.
const NEAR_META = 1;

/**
 * Scores the headline candidates above the first paragraph: headline length, function words (a menu
 * or a label has none), no crumb or menu shape, a repeat elsewhere on the page (after normalisation),
 * a byline or date just below; earlier candidates win ties.
 */
export function scoreTitleCandidates(context: TitleContext, firstBodyIndex: number, nearestOwnsMeta = false): ScoredTitle[] {
  const scored: ScoredTitle[] = [];
  const keys = context.lines.map((line) => (line.text.length <= 300 ? context.headlineKey?.(line.text) ?? headlineKey(line.text) : ''));
  // How many lines share each key: a candidate is repeated when another line has its key (a count, not a scan per candidate).
  const keyCount = new Map<string, number>();
  for (const key of keys) keyCount.set(key, (keyCount.get(key) ?? 0) + 1);
  // A browser-title line "<headline> - <site>" above the story repeats the headline: its headline part
  // counts as a repeat of the line that is the headline alone (repeats matched after normalisation).
  const suffixKeys = new Map<number, string>();
  for (const line of context.lines.slice(0, firstBodyIndex)) {
    const headline = withoutSiteSuffix(line.text);
    if (headline === undefined) continue;
    const key = context.headlineKey?.(headline) ?? headlineKey(headline);
    if (key === '' || key === keys[line.index]) continue;
    suffixKeys.set(line.index, key);
    keyCount.set(key, (keyCount.get(key) ?? 0) + 1);
  }
  const tickers = tickerLines(context.lines.slice(0, firstBodyIndex));
  const headerHasMeta = context.lines.slice(0, firstBodyIndex).some((line) => context.isBylineOrDate(line.n));
  const candidates = context.lines.slice(0, firstBodyIndex).filter((line) => !context.isClaimed(line.n) && isTitleShaped(line));
  const candidateIndexes = new Set(candidates.map((line) => line.index));
  const cards = cardsAboveHeadline(context, candidates, firstBodyIndex);
  for (const line of candidates) {
    const reasons: string[] = [];
    let score = 0;
    // "Hindi | English | Outlet": the Hindi part is the headline; the pipes are the title form, not a menu.
    const hindi = hindiHeadlinePart(line.text) ?? line.text;
    const words = hindi.split(/\s+/).length;
    if (words >= 5 && words <= 25) { score += 2; reasons.push('headline-length'); } else if (words > 25) { score -= 1; reasons.push('too-long'); }
    // A conjunction alone ("<office> एवं <office>", "<section> और <section>") joins names in a label: a headline has a postposition or a verb.
    if (line.stopwordDensity > 0 && !onlyCoordinators(hindi)) { score += 1; reasons.push('function-words'); } else { score -= 2; reasons.push('no-function-words'); }
    if ((hindi.match(SEPARATOR_RUN) ?? []).length >= 2) { score -= 2; reasons.push('separators'); }
    // One of a ticker's short headlines: the page's headline comes after the crumb, they come before it.
    if (tickers.has(line.index)) { score -= 3; reasons.push('ticker'); }
    const ownKey = keys[line.index];
    if (ownKey !== undefined && ownKey !== '' && (keyCount.get(ownKey) ?? 0) >= 2) { score += 2; reasons.push('repeated'); }
    // The browser title: another line is this one without its site suffix; that line is the headline.
    const suffixKey = suffixKeys.get(line.index);
    if (suffixKey !== undefined && (keyCount.get(suffixKey) ?? 0) >= 2) { score -= 4; reasons.push('page-title-repeat'); }
    const window = context.lines.slice(line.index + 1, line.index + 1 + META_WINDOW);
    // A crumb trail between a line and the byline separates them: the headline under the crumb owns that byline.
    const crumbAt = window.findIndex((next) => isCrumbTrail(next.text));
    const below = crumbAt >= 0 ? window.slice(0, crumbAt) : window;
    const found = below.findIndex((next) => context.isBylineOrDate(next.n));
    // Below the first sentence (nearestOwnsMeta) the byline or date belongs to the candidate nearest above
    // it: a row of links or a glued copy above that one is no headline (boilerpipe: the headline is the block
    // the byline, date and story follow). Above it a caption or an unread byline may stand between, so not there.
    const nearer = nearestOwnsMeta && found > 0 && below.slice(0, found).some((next) => candidateIndexes.has(next.index));
    if (nearer) reasons.push('byline-of-nearer');
    const metaAt = nearer ? -1 : found;
    // Right under the headline (or under its standfirst) counts fully; further down, a line that merely precedes the header counts less.
    if (metaAt >= 0) { score += metaAt <= NEAR_META ? 2 : 1; reasons.push('byline-or-date-below'); }
    // A date header right above the headline (a blog's "<weekday>, <date>" over the post title) ties it to its date as well,
    // unless that date stands right under another candidate: then it is that line's date, and this line merely follows it.
    else if (!nearer && line.index > 0 && context.isBylineOrDate(context.lines[line.index - 1].n) && context.lines[line.index - 1].words <= 8
      && !candidateIndexes.has(line.index - 2)) { score += 2; reasons.push('date-above'); }
    if (/[।॥]$/.test(line.text)) { score -= 1; reasons.push('ends-with-danda'); }
    if (cards.has(line.index)) { score -= 3; reasons.push('card-with-other-date'); }
    // Heads the story: its own byline or date (a line of this page only, not the template's) right below.
    const headsStory = metaAt >= 0 && metaAt <= NEAR_META && !(context.isFurniture?.(below[metaAt].n) ?? false);
    // On other pages of the outlet too: template, or this headline linked from another page's cards (so only a penalty).
    // A line that heads the story is this page's headline, which the other page prints as a related card:
    // the cross-page duplicate test says nothing against it (trafilatura drops repeated text, not a linked title).
    if (context.isFurniture?.(line.n)) {
      if (headsStory) reasons.push('heads-story');
      // Below the story on every other page where it stands: another page's card linking to this story, no template
      // line (a template line stands in the same place on every page), so the duplicate test says nothing against it.
      else if (context.isLinkedElsewhere?.(line.n)) reasons.push('linked-elsewhere');
      else { score -= 2; reasons.push('on-other-pages'); }
    }
    // The site's name and slogan at the top ("<site> — <slogan>", the slogan under the name line) is the
    // masthead: it names the page's outlet, whatever its length and function words (boilerpipe: the headline
    // is the block followed by the byline, date and story, not the first long line).
    if (context.isMasthead?.(line.n)) { score -= 4; reasons.push('masthead'); }
    // A link or button label ("… की अन्य साइटों पर जाएं") is an instruction to the reader, not news.
    if (endsWithLinkVerb(hindi)) { score -= 2; reasons.push('link-verb'); }
    const previous = context.lines[line.index - 1];
    const next = context.lines[line.index + 1];
    // Part of a run of navigation (skip links, menus) on both sides: the page's chrome, not its headline.
    // A crumb trail right above is the headline's own place (tickers stand above the crumb, the headline under it),
    // whatever share row follows: the run of navigation counts only when no crumb is above.
    const underCrumb = previous !== undefined && isCrumbTrail(previous.text);
    // The crumb places the headline only where no byline or date does (the stronger sign; a tagline or ticker may stand under a crumb).
    if (underCrumb && !headerHasMeta) { score += 1; reasons.push('under-crumb'); }
    if (isNavigationLike(context, previous) && isNavigationLike(context, next) && !underCrumb) { score -= 2; reasons.push('navigation-run'); }
    // The headline is followed by its standfirst or first paragraph (a byline or date below is counted above).
    if (next && !isNavigationLike(context, next) && (initialClass(next) === 'good' || initialClass(next) === 'near-good' || isHeadlineShaped(next))) {
      score += 1;
      reasons.push('text-follows');
    }
    score -= RANK_PENALTY * scored.length;
    scored.push({ features: line, score, reasons });
  }
  return scored;
}

// The date a candidate's own date line gives: the first dated line in the window under it, before the next
// candidate; without one, the line right above it (a card's "<section> · <date>" over its headline).
function ownDate(context: TitleContext, line: LineFeatures, next: LineFeatures | undefined, firstBodyIndex: number): { at: number; day: string } | undefined {
  const end = Math.min(line.index + 1 + META_WINDOW, next?.index ?? Infinity, firstBodyIndex + META_WINDOW);
  for (const below of context.lines.slice(line.index + 1, end)) {
    const date = context.dateOf?.(below.n);
    if (date !== undefined) return { at: below.index, day: date.slice(0, 10) };
  }
  const above = line.index > 0 ? context.lines[line.index - 1] : undefined;
  const dateAbove = above === undefined ? undefined : context.dateOf?.(above.n);
  return dateAbove === undefined ? undefined : { at: line.index, day: dateAbove.slice(0, 10) };
}

/**
 * Candidates that are another story's card above the page's headline ("<card headline>" / "<its date>" /
 * "<headline>" / "<byline>" / "<the page's date>"): a candidate with a date of its own, below which (after
 * that date) another candidate has its own date of another day. Two headlines with two dates are two
 * stories; the page's is the one nearest above the story opening. A standfirst or subheading under the
 * headline has no date of another day, so it never makes the headline a card.
 */
function cardsAboveHeadline(context: TitleContext, candidates: readonly LineFeatures[], firstBodyIndex: number): Set<number> {
  const found = new Set<number>();
  if (!context.dateOf || candidates.length < 2) return found;
  const dates = candidates.map((line, k) => ownDate(context, line, candidates[k + 1], firstBodyIndex));
  candidates.forEach((line, k) => {
    const own = dates[k];
    if (own === undefined) return;
    for (let j = k + 1; j < candidates.length; j++) {
      const later = dates[j];
      if (candidates[j].index > own.at && later !== undefined && later.day !== own.day) { found.add(line.index); return; }
    }
  });
  return found;
}

/** The best-scoring headline line above the first paragraph, or undefined. */
export function chooseTitle(context: TitleContext, firstBodyIndex: number): LineFeatures | undefined {
  let best: ScoredTitle | undefined;
  for (const candidate of scoreTitleCandidates(context, firstBodyIndex)) if (!best || candidate.score > best.score) best = candidate;
  if (best && best.score > 0) return best.features;
  const short = loneShortHeadline(context);
  if (short) return short;
  // No headline above the first sentence: the headline is the line nearest above the byline or date
  // under it (that sentence, or a line below it when it is a row of links or a glued copy of the headline).
  const meta = context.lines.slice(firstBodyIndex, firstBodyIndex + META_WINDOW + 1).find((line) => context.isBylineOrDate(line.n));
  if (meta === undefined) return undefined;
  const owners = scoreTitleCandidates(context, meta.index, true).filter((candidate) => candidate.features.index >= firstBodyIndex && candidate.reasons.includes('byline-or-date-below'));
  return owners[owners.length - 1]?.features;
}

/**
 * A one- or two-word line standing alone above the first sentence ("समाचार" / "किम जोंग उन ने कहा। …"):
 * where nothing headline-sized exists, the line in the headline's place is the headline (jusText keeps a
 * short heading that text follows). Only the first open line of the page, and only directly above prose.
 */
export function loneShortHeadline(context: TitleContext): LineFeatures | undefined {
  const open = context.lines.filter((line) => !context.isClaimed(line.n));
  const [candidate, next] = open;
  if (!candidate || !next || next.index !== candidate.index + 1) return undefined;
  const startsProse = /[।॥?!]/.test(next.text) && next.stopwordDensity > 0;
  const shaped = candidate.words >= 1 && candidate.words <= 2 && isDevanagariLed(candidate.text) && !/[।॥?!.:：,]$/.test(candidate.text)
    && candidate.digitShare === 0 && !isCrumbTrail(candidate.text);
  return startsProse && shaped ? candidate : undefined;
}

const COORDINATORS: ReadonlySet<string> = new Set(coordinatorsFile.words.map(foldWord));

/** True when every function word of the text is a coordinating conjunction ("कृषि एवं ग्रामीण विकास विभाग"). */
export function onlyCoordinators(text: string): boolean {
  const functionWords = wordsOf(text).filter((word) => stopwordDensity(word) > 0);
  return functionWords.length > 0 && functionWords.every((word) => COORDINATORS.has(foldWord(word)));
}

/**
 * A line wholly inside square brackets ("[<media kind>: <what it shows>]"): a scraper's placeholder for an
 * embedded video, image or widget. Headlines are never bracketed, so it is no title candidate.
 */
export function isBracketedPlaceholder(text: string): boolean {
  const trimmed = text.trim();
  return trimmed.length >= 3 && trimmed.charCodeAt(0) === 0x5b && trimmed.charCodeAt(trimmed.length - 1) === 0x5d && trimmed.indexOf(']') === trimmed.length - 1;
}

function isTitleShaped(line: LineFeatures): boolean {
  const hindi = hindiHeadlinePart(line.text);
  if (!hindi || hindi.length > 300 || isCrumbTrail(line.text) || isMenuRow(line) || isHeadlineRow(line.text) || isBracketedPlaceholder(line.text)) return false;
  // A headline has at most one sentence: no danda before its end.
  return !/[।॥]\s*\S/.test(hindi) && hindi.split(/\s+/).length >= 3;
}

/**
 * The headline without a crumb or section word glued before it ("राष्ट्रीयजनगणना …" under
 * "Home » राष्ट्रीय"): `labels` are the last crumb parts and section labels found just above.
 */
export function stripLeadingLabel(title: string, labels: readonly string[]): string {
  for (const label of labels) {
    const clean = label.trim();
    // Glued only: a label followed by a space or colon may be the headline's own kicker ("कोलकाता : …").
    if (clean.length < 2 || !title.startsWith(clean) || !/^\p{L}/u.test(title.slice(clean.length))) continue;
    const rest = title.slice(clean.length);
    if (rest.split(/\s+/).length >= 3) return rest;
  }
  return title;
}

/**
 * The headline without a section word of the page glued before it ("<section><headline>", the scraper
 * joined the label and the headline): `labels` are words of the page's own navigation, crumbs and
 * section labels above the story. A glued word is an artefact of the scrape: it is stripped only when
 * the glued first word occurs nowhere else on the page (once: in this line) while the word left after
 * the label does (`countOnPage`, whole words), and the rest is headline-sized (three or more words). A headline whose first word
 * merely begins with a menu word ("<menu word>भर में …", printed so in the story too) keeps it.
 */
export function stripGluedLabel(title: string, labels: readonly string[], countOnPage: (word: string) => number): string {
  for (const label of labels) {
    if (label.length < 2 || !title.startsWith(label) || !/^\p{L}/u.test(title.slice(label.length))) continue;
    const rest = title.slice(label.length);
    const restWords = wordsOf(rest);
    if (restWords.length < 3) continue;
    const glued = wordsOf(title)[0];
    if (countOnPage(glued) <= 1 && countOnPage(restWords[0]) >= 1) return rest;
  }
  return title;
}
