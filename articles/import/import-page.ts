import { ARTICLE_SCHEMA_VERSION } from '../model.ts';
import type { Article, MetadataLine, RemovedLine, Segment, SegmentKind } from '../model.ts';
import { splitHindiSentenceSpans } from '../segment/hindi-sentences.ts';
import { assignSegmentIds, fnv1a64Hex } from '../segment/segment-id.ts';
import { isSectionLabel, matchBoilerplate } from './boilerplate-rules.ts';
import { findEntryStamps } from './live-entries.ts';
import { findPollLines } from './poll-widget.ts';
import { findAuthorBio } from './author-bio.ts';
import { ImportError } from './import-error.ts';
import { bestDate, findDates, withoutDates } from './page-dates.ts';
import {
  datelineAgency, findOutlet, readOutletCredit, foldForComparison, isBreadcrumb, isLatinNameLine, isOutletName, NEWS_AGENCIES, readAgencyFooter,
  readByline, stripGluedPrefix, stripLatinKicker,
} from './page-metadata.ts';
import { hasNoLetters, isDevanagariLed, isLatinDominant, scriptProfile } from './script-profile.ts';
import { classifyBlocks, goodTextFollows, initialClass, isStructured, reviseClasses } from './block-classes.ts';
import { findCardLines } from './card-runs.ts';
import { phraseDecides } from './phrase-gate.ts';
import {
  readBarePlace, readDashCredit, readDatelineLine, readTitleAuthor, readEndCredit as readEndCreditLine, readNewsroomCredit, readPlaceOfDateLine, readUnlabelledCredit, repeatedLineLabels, splitLeadingDateline,
} from './header-fields.ts';
import { isHeadlineShaped, isMenuRow, isTableRow, isTableRowText, lineFeatures, stopwordDensity, wordCount, wordsOf, type LineFeatures } from './line-features.ts';
import { furnitureKey } from './template-furniture.ts';
import { blankLinesCarryNoStructure, runEndsInSubheading } from './run-edges.ts';
import { readCaptionCredit, readSiteCreditCaption } from './caption-credit.ts';
import { isCaptionAboveDateline, isMediaCaption, isNotedCaption } from './bare-captions.ts';
import { findRepeatedBoxLines, isButtonRow, isCounterRow, isKeyValueChrome } from './key-value-rows.ts';
import { isCallToAction, siteNamesOf } from './call-to-action.ts';
import { isKickerAndHeadline, splitHindiKicker } from './title-kicker.ts';
import { addressesReader, isReaderAppeal } from './reader-appeal.ts';
import { isLinkLeadIn, labelRowReason, linkRowReason } from './link-rows.ts';
import { copyrightName, isMastheadLine } from './masthead.ts';
import { isTickerRow } from './ticker-row.ts';
import { findPullQuotes } from './pull-quote.ts';
import { isAdCopy } from './ad-copy.ts';
import { isInlineTeaser } from './inline-teaser.ts';
import {
  chooseTitle, endsWithLinkVerb, headlineKey, hindiHeadlinePart, isHeadlineRow, isCrumbTrail, joinsHeadlines, stripGluedLabel, stripLeadingLabel, withoutSiteSuffix, type TitleContext,
} from './title-choice.ts';
import { readPostingStamp, readSourceCredit } from './source-credits.ts';
import { findDetachedText, isCommentHeaderLine } from './story-end.ts';
import type { StoryNoteContext } from './story-notes.ts';
import { storyNoteReason } from './story-notes.ts';
import { forgetPageMemos } from './page-memo.ts';

/** A raw page as read from disk (already decoded) and the name of its file. */
export interface PageInput {
  fileName: string;
  text: string;
}

/** Options for importPage; `now` is the clock for `importedAt` (pass one in tests). */
export interface ImportOptions {
  now?: () => string;
  /** Keys (`furnitureKey`) of lines found on two or more pages of the same outlet: template furniture. */
  furniture?: ReadonlySet<string>;
  /** Keys of this page's header lines that the other pages print only below their story (cards linking here). */
  linkedElsewhere?: ReadonlySet<string>;
}

/** One line of the raw page: 1-based number, raw text and trimmed text. */
export interface PageLine {
  n: number;
  raw: string;
  text: string;
}

/** Splits page text into lines on LF, CRLF or CR, numbered from 1 (the numbering decodePage errors use). */
export function splitPageLines(text: string): PageLine[] {
  // Without a CR the pattern splits at LF only: a string split is cheaper than the regex one (most pages).
  return (text.includes('\r') ? text.split(/\r\n|\n|\r/) : text.split('\n')).map((raw, index) => ({ n: index + 1, raw, text: raw.trim() }));
}

/** Article id from a file name: base name without extension, reduced to [A-Za-z0-9_-]; never a path, never `..`. */
export function articleIdFromFileName(fileName: string): string {
  const base = baseFileName(fileName).replace(/\.(?:txt|text|html?|md)$/i, '');
  let slug = base.normalize('NFC').replace(/[^A-Za-z0-9_-]+/g, '-').replace(/-{2,}/g, '-').replace(/^[-_]+|[-_]+$/g, '').slice(0, 80);
  // A name that lost characters (Devanagari, spaces, dots) gets a hash so two such names never collide.
  if (slug !== base) slug = `${slug || 'page'}-${fnv1a64Hex(base).slice(0, 8)}`;
  if (/^(?:con|prn|aux|nul|com\d|lpt\d)$/i.test(slug)) slug = `page-${slug}`;
  return slug;
}

/** The last path component of a file name given with / or \ separators. */
export function baseFileName(fileName: string): string {
  const parts = fileName.split(/[/\\]/);
  return parts[parts.length - 1] || 'page';
}

type MetadataField = MetadataLine['field'];

interface Paragraph {
  kind: 'heading' | 'body';
  lines: PageLine[];
}

const CLOSING_CHARS = new Set(['"', "'", '”', '’', '»', ')', ']']);

// Equivalent to text.replace(/["'”’»)\]\s]+$/, '') without the regex's quadratic scan on megabyte lines.
function withoutClosingTail(text: string): string {
  let end = text.length;
  while (end > 0 && (CLOSING_CHARS.has(text[end - 1]) || /\s/.test(text[end - 1]))) end--;
  return text.slice(0, end);
}
const SENTENCE_END = /[।॥?!.…|]$/;

/** True when the line ends a sentence (after trailing closing quotes) and does not end on an opening quote. */
export function endsSentence(text: string): boolean {
  if (endsWithOpeningQuote(text)) return false;
  return SENTENCE_END.test(withoutClosingTail(text));
}

function endsWithOpeningQuote(text: string): boolean {
  return /[“‘«]$/.test(text) || /(?:^|\s)["']$/.test(text);
}

// A line ending like this carries on after a blank line too (scrapers often insert one mid-sentence).
function endsWithStrongContinuation(text: string): boolean {
  return endsWithOpeningQuote(text) || /[,،\-–—]$/.test(text);
}

/** True for a short standalone Hindi line that reads as a subheading (no sentence punctuation). */
export function isHeadingLike(text: string): boolean {
  if (text.length > 100) return false;
  const profile = scriptProfile(text);
  if (!isDevanagariLed(text) || profile.words > 12 || text.length > 100) return false;
  if (/[।॥]/.test(text) || endsWithOpeningQuote(text)) return false;
  return !/[.,;:।॥\-–—|]$/.test(withoutClosingTail(text));
}

const DATE_LABELS = /\b(?:Last\s+)?(?:Updated?|Published|Posted|First\s+Published|Created|Modified|Date|Time|on|at|IST|GMT|UTC|Mon|Tue|Wed|Thu|Fri|Sat|Sun)(?:day|sday|nesday|rsday|urday)?\b|प्रकाशित|प्रकाशन|अपडेटेड|अपडेट|पब्लिश्ड|तारीख|दिनांक|तिथि|समय|सोमवार|मंगलवार|बुधवार|गुरुवार|बृहस्पतिवार|शुक्रवार|शनिवार|रविवार|बजे|तक/gi;

/** The ISO date of a line that is only a date (with labels, weekday, time, a dateline city), or undefined. */
export function readDateLine(text: string): string | undefined {
  if (text.length > 160 || /।/.test(text)) return undefined;
  const dates = findDates(text);
  const found = bestDate(text, dates);
  if (!found) return undefined;
  const residue = withoutDates(text, dates).replace(DATE_LABELS, '');
  const profile = scriptProfile(residue);
  return profile.devanagari + profile.latin + profile.otherLetters <= 24 ? found.iso : undefined;
}

// An editor's or publisher's credit: the byline only when the page names no author.
// A lookahead, not \b: JavaScript's \b sees no word boundary after a Devanagari word ("संपादन:").
const EDITOR_CREDIT = /^\(?\s*(?:Edited by|Edited|एडिटेड बाय|संपादन|संपादित|संपादक)(?=[\s:：,-]|$)/i;
// How many non-blank lines under the headline the page's own date may stand (standfirst, byline, then the date).
const HEADER_DATE_WINDOW = 5;
// Removal reasons of furniture that only follows a story (an ad or a related box may stand inside one).
const STORY_CLOSERS: ReadonlySet<string> = new Set(['tags', 'share', 'comments', 'copyright', 'source-note', 'disclaimer', 'menu']);
// A label line announcing related stories is a few words ("<more news>", "<also read this>"); a longer line carries a headline.
const ANNOUNCING_LABEL_WORDS = 5;
const LABEL_BLOCK_REASONS: ReadonlySet<string> = new Set(['tags', 'related', 'highlights']);
const PIPE = /\s+\|\s+/;
// Where one metadata line holds several fields: "By X | Published: …", "Edited By: X Updated: …".
const METADATA_SEPARATOR = /\s*\|\s*|\s+(?=(?:Published by|Edited by|Last Updated|Updated|Published|First Published|अपडेटेड|प्रकाशित)(?:\s*[:：]|\s+\S))/i;
// What every METADATA_SEPARATOR match holds (a pipe, or a label's word): a line without any is its only part,
// and the separator, tried at every space, need not run (the words of most lines).
const METADATA_SEPARATOR_PART = /\||Published|Edited by|Updated|अपडेटेड|प्रकाशित/i;

// Patterns of single passes, compiled once (not per line).
const ENGLISH_TITLE_LABEL = /^(?:Web Title|English Title|Title in English)\s*[:：]\s*(.+)$/i;
const WEATHER_CITY = /^[\p{L}\p{M}\s]{2,30}$/u;
const BARE_HINDI_NAME = /^[\u0900-\u0963\u0971-\u097F]+(?:\s+[\u0900-\u0963\u0971-\u097F]+){0,2}$/;
// The parts of a crumb or label line: split at a crumb separator or a wide gap.
const LABEL_PARTS = /\s*[/»›>|]\s*|\s{2,}/;
// How many lines from the top of the page the masthead block may reach (date row, name, slogan, e-paper row).
const MASTHEAD_LINES = 3;
const METADATA_FIELDS = ['date', 'byline', 'dateline', 'outlet', 'title', 'titleEnglish', 'kicker'] as const;

/**
 * The header fields read from one page, each undefined until found. A class, not an object literal that
 * gains its fields in the order a page yields them: one shape on every page, so V8's optimised passes
 * do not bail out to slower code on every page (they did, on each call, with the literal).
 */
class PageFields {
  title: string | undefined = undefined;
  titleEnglish: string | undefined = undefined;
  date: string | undefined = undefined;
  byline: string | undefined = undefined;
  outlet: string | undefined = undefined;
  dateline: string | undefined = undefined;
  kicker: string | undefined = undefined;
}

/**
 * One page's import in progress: its lines, what the passes decided so far (removed, metadata, claimed)
 * and the header fields. The passes are top-level functions taking it, not closures inside importPage:
 * V8 optimises small functions quickly and one giant closure slowly (seconds of compiler CPU, several
 * times over), and closures made anew on every call (and named at run time by the tsx/esbuild transform)
 * met a new map on every page, so the optimised importPage bailed out on nearly every page. Every field
 * is set when the object is made: one shape on every page.
 */
class PageImport {
  readonly file: string;
  readonly options: ImportOptions;
  readonly lines: PageLine[];
  readonly content: PageLine[];
  readonly indexOfLine: Map<number, number>;
  readonly removed: RemovedLine[] = [];
  readonly metadata: MetadataLine[] = [];
  readonly claimed = new Map<number, 'removed' | 'metadata'>();
  /** The byline so far is an editor's credit ("Edited by …"): an author credit found later replaces it. */
  bylineIsEditor = false;
  /** The name on a blog's posting record below the story ("Posted by <name> at <time>"), if any. */
  postedBy: string | undefined;
  readonly fields = new PageFields();
  /** Each date line's value, so a date read from a related card can be taken back. */
  readonly dateOfLine = new Map<number, string>();
  /** Each date line's label kind, and that of the page's date so far (a published date replaces an updated one). */
  readonly dateKindOfLine = new Map<number, DateKind>();
  dateKind: DateKind = 'other';
  readonly metadataKeys = new Set<string>();
  /** Lines pass 1 removed for a phrase that may stand anywhere in a line (the phrase gate may give them back). */
  readonly matchedRule = new Set<number>();
  /** Each non-blank line's feature record, in page order, and by line number. */
  features: LineFeatures[] = [];
  featuresOf = new Map<number, LineFeatures>();
  /** A run of short lines under the headline that outweighs the prose below it (a poem): the story itself, not header or chrome. */
  readonly mainText = new Set<number>();
  /** Content index of the first line of good prose below the header. */
  firstBodyIndex = 0;
  /** Clock times that head the entries of a live article (story text, see live-entries.ts). */
  readonly entryStamps = new Set<number>();
  titleLine: PageLine | undefined = undefined;
  titleIndex = -1;
  /** The story's last prose line (agency footers and end credits stand below it). */
  lastProse: PageLine | undefined = undefined;
  readonly paragraphs: Paragraph[] = [];
  /** headlineKey of each text asked for on this page: title scoring keys every line, the repeat scan most of them again. */
  readonly headlineKeys = new Map<string, string>();
  /** The parts of the lines removed above the headline (masthead, menus, crumbs, section labels), once asked for. */
  navigationParts: Set<string> | undefined = undefined;
  /** Heads before a colon that open two or more of the story's lines (repeatedLineLabels), once asked for. */
  lineLabels: Set<string> | undefined = undefined;
  /** Menu, crumb and label words removed above the story (what a scraper glues before a headline), once asked for. */
  gluedLabels: string[] | undefined = undefined;
  /** Every word of the page with how many times it occurs (for the glued-label test), once asked for. */
  wordCounts: Map<string, number> | undefined = undefined;

  constructor(file: string, options: ImportOptions, lines: PageLine[], content: PageLine[]) {
    this.file = file;
    this.options = options;
    this.lines = lines;
    this.content = content;
    this.indexOfLine = new Map(content.map((line, index) => [line.n, index] as const));
  }

  remove(line: PageLine, reason: string): void {
    this.removed.push({ line: line.n, text: line.text, reason });
    this.claimed.set(line.n, 'removed');
  }

  useAsMetadata(line: PageLine, field: MetadataField): void {
    const key = `${line.n}:${field}`;
    if (!this.metadataKeys.has(key)) this.metadata.push({ line: line.n, text: line.text, field });
    this.metadataKeys.add(key);
    this.claimed.set(line.n, 'metadata');
  }

  setOutlet(name: string | undefined, line: PageLine): void {
    if (!name) return;
    if (this.fields.outlet === undefined) this.fields.outlet = name;
    if (this.claimed.get(line.n) !== 'removed') this.useAsMetadata(line, 'outlet');
  }

  contentIndexOf(line: PageLine): number {
    return this.indexOfLine.get(line.n) ?? -1;
  }

  /** The non-blank lines no pass has decided yet, in page order. */
  unclaimed(): PageLine[] {
    return this.content.filter((line) => !this.claimed.has(line.n));
  }

  /**
   * Crumb parts and section labels removed just above a line: what a scraper may glue before a headline.
   * `labels` is the removed crumbs and section labels (labelLines()) when the caller asks for many lines.
   */
  labelsAbove(index: number, labels: readonly RemovedLine[] = this.labelLines()): string[] {
    return labels
      .filter((entry) => (this.indexOfLine.get(entry.line) ?? -9) >= index - 3 && (this.indexOfLine.get(entry.line) ?? 0) < index)
      .flatMap((entry) => entry.text.split(LABEL_PARTS).slice(-1));
  }

  /** The removed breadcrumbs and section labels, in removal order. */
  labelLines(): RemovedLine[] {
    return this.removed.filter((entry) => entry.reason === 'breadcrumb' || entry.reason === 'section-label');
  }

  headlineKeyOf(text: string): string {
    let key = this.headlineKeys.get(text);
    if (key === undefined) {
      key = headlineKey(this.withoutGluedLabel(text));
      this.headlineKeys.set(text, key);
    }
    return key;
  }

  /** The names the page gives itself: its outlet and the name in its copyright line (masthead.ts). */
  siteNames(): string[] {
    const names = this.removed.filter((entry) => entry.reason === 'copyright').map((entry) => copyrightName(entry.text)).filter((name): name is string => name !== undefined);
    if (this.fields.outlet !== undefined) names.push(this.fields.outlet);
    return names;
  }

  /**
   * The text without a menu or section word of this page glued before it (stripGluedLabel): the parts of
   * the lines pass 1 removed above the first paragraph, split at separators and wide gaps, one or two words each.
   */
  withoutGluedLabel(text: string): string {
    if (!isDevanagariLed(text)) return text;
    if (this.gluedLabels === undefined) {
      const end = this.firstBodyIndex;
      const above = this.features.slice(0, end).filter((entry) => this.claimed.get(entry.n) === 'removed' || isMenuRow(entry));
      this.gluedLabels = [...new Set(above.flatMap((entry) => entry.text.split(LABEL_PARTS)).map((part) => part.trim()).filter((part) => part.length >= 2 && wordCount(part) <= 2 && isDevanagariLed(part)))];
    }
    if (this.gluedLabels.length === 0) return text;
    return stripGluedLabel(text, this.gluedLabels, (word) => this.countOnPage(word));
  }

  // How often the word stands on the page as a whole word (every line counted once, on the first question).
  private countOnPage(word: string): number {
    if (this.wordCounts === undefined) {
      const counts = new Map<string, number>();
      for (const line of this.content) for (const w of wordsOf(line.text)) counts.set(w, (counts.get(w) ?? 0) + 1);
      this.wordCounts = counts;
    }
    return this.wordCounts.get(word) ?? 0;
  }

  /**
   * The dateline opening a paragraph's text (splitLeadingDateline), unless its head is a label of the page:
   * "<answer>: …" opening several lines of an interview is a label, while a dateline opens only the first paragraph.
   */
  openingDateline(text: string): ReturnType<typeof splitLeadingDateline> {
    // A ticker ("<label> : <headline> ✦ <headline>") opens with a label, not a dateline: it is no paragraph.
    const dateline = splitLeadingDateline(text);
    if (dateline === undefined || joinsHeadlines(text)) return undefined;
    this.lineLabels ??= repeatedLineLabels(this.unclaimed().map((line) => line.text));
    return this.lineLabels.has(dateline.dateline.normalize('NFC')) ? undefined : dateline;
  }

  /** The line appears on two or more pages of the same outlet (options.furniture). */
  furnitureLine(n: number): boolean {
    const text = this.featuresOf.get(n)?.text ?? '';
    return this.options.furniture !== undefined && text.length <= 1000 && this.options.furniture.has(furnitureKey(text));
  }
}

// What title scoring asks of the page, as methods (one function each, not closures made per page).
class PageTitleContext implements TitleContext {
  readonly lines: readonly LineFeatures[];
  readonly page: PageImport;
  readonly bylineOrDateLines: ReadonlySet<number>;
  /** Removed lines title scoring sees as open (a kicker and headline taken for an embed link). */
  readonly reopened: ReadonlySet<number>;

  constructor(page: PageImport, bylineOrDateLines: ReadonlySet<number>, reopened: ReadonlySet<number> = new Set()) {
    this.page = page;
    this.lines = page.features;
    this.bylineOrDateLines = bylineOrDateLines;
    this.reopened = reopened;
  }

  isClaimed(n: number): boolean {
    return this.page.claimed.has(n) && !this.reopened.has(n);
  }

  isBylineOrDate(n: number): boolean {
    return this.bylineOrDateLines.has(n);
  }

  isFurniture(n: number): boolean {
    return this.page.furnitureLine(n);
  }

  isLinkedElsewhere(n: number): boolean {
    const linked = this.page.options.linkedElsewhere;
    const text = this.page.featuresOf.get(n)?.text ?? '';
    return linked !== undefined && linked.size > 0 && text.length <= 1000 && linked.has(furnitureKey(text));
  }

  headlineKey(text: string): string {
    return this.page.headlineKeyOf(text);
  }

  dateOf(n: number): string | undefined {
    return this.page.dateOfLine.get(n);
  }

  // Only the top of the page holds the masthead: its first few lines.
  isMasthead(n: number): boolean {
    const index = this.page.indexOfLine.get(n) ?? -1;
    if (index < 0 || index > MASTHEAD_LINES) return false;
    return isMastheadLine(this.page.content[index].text, this.page.content[index - 1]?.text, this.page.siteNames());
  }
}

// What the card finder asks of the page.
class PageCardContext {
  readonly page: PageImport;
  readonly headerIndex: number;

  constructor(page: PageImport, headerIndex: number) {
    this.page = page;
    this.headerIndex = headerIndex;
  }

  isDateLine(entry: LineFeatures): boolean {
    return this.page.dateOfLine.has(entry.n) || isCardDateLine(entry.text);
  }

  // A label that announces related stories ("<also read>", removed as 'related') owns the undated run under it.
  // Only a bare label: a teaser line ("<also read>: <headline>") links one story and announces nothing under it.
  announcesCards(n: number): boolean {
    const page = this.page;
    const words = page.featuresOf.get(n)?.words ?? 0;
    return words <= ANNOUNCING_LABEL_WORDS && page.claimed.get(n) === 'removed' && page.removed.some((entry) => entry.line === n && entry.reason === 'related');
  }

  // The story's span: from its first to its last line of good prose (boilerpipe's main-content span).
  private storySpan: [number, number] | undefined;

  insideStory(n: number): boolean {
    const page = this.page;
    if (this.storySpan === undefined) {
      const good = page.features.filter((entry) => !page.claimed.has(entry.n) && isProse(entry) && initialClass(entry) === 'good');
      this.storySpan = good.length >= 2 ? [good[0].index, good[good.length - 1].index] : [0, -1];
    }
    const index = page.indexOfLine.get(n) ?? -1;
    return index > this.storySpan[0] && index < this.storySpan[1];
  }

  // The header down to the page's own date is no card (a byline and date under a standfirst look like one).
  isProtected(n: number): boolean {
    const page = this.page;
    return (page.indexOfLine.get(n) ?? -1) <= this.headerIndex
      || (page.claimed.has(n) && !(page.claimed.get(n) === 'metadata' && page.dateOfLine.has(n) && page.metadata.every((m) => m.line !== n || m.field === 'date')));
  }
}

/** Turns a raw scraped Hindi news page into an Article: title, metadata, body segments, removed boilerplate. */
export function importPage(input: PageInput, options: ImportOptions = {}): Article {
  forgetPageMemos();
  const file = baseFileName(input.fileName);
  const id = articleIdFromFileName(input.fileName);
  const lines = splitPageLines(input.text);
  const content = lines.filter((line) => line.text !== '');
  if (content.length === 0) throw new ImportError(file, 'the page is empty');
  const page = new PageImport(file, options, lines, content);

  // Pass 1: lines recognisable on their own (boilerplate table, labelled metadata).
  readLinesOnTheirOwn(page);

  // Pass 2: the title, its English twin and the outlet, then every line that repeats them.
  page.features = content.map((line, index) => lineFeatures(line.n, line.text, index));
  page.featuresOf = new Map(page.features.map((entry) => [entry.n, entry] as const));
  keepProseInsideText(page);
  removeTickers(page);
  chooseTitleLine(page);
  if (page.titleLine) readTitle(page, page.titleLine);
  readEnglishTitle(page);
  removeRepeatedBoxLines(page);
  removeLabelBlocks(page);
  removeSummaryBox(page);
  removeCaptionsAboveCredits(page);
  readCreditAboveDate(page);
  readPlaceOfHeaderDate(page);
  preferHeaderDate(page);
  readCreditBesideDate(page);
  removeCaptionCredits(page);
  removeCallsToAction(page);
  removeLinkRows(page);
  removeInlineTeasers(page);
  removeLabelledAds(page);
  removePolls(page);
  // Signals, outlet-independent: teaser and related cards first (their dates and names are not the page's).
  removeCards(page);
  removeSplitTeasers(page);
  removePostingStamps(page);

  // Pass 3: bylines that only context reveals, and mastheads.
  readContextBylines(page);
  keepTableSources(page);
  readSourceCredits(page);
  readAgencyFooters(page);
  readEndCredit(page);
  removeBylineResidue(page);
  removeDetachedText(page);
  removeChrome(page);
  removeTailAppeals(page);
  removeFooter(page);
  removeAuthorBio(page);
  keepEntryStamps(page);
  for (const n of findPullQuotes(page.unclaimed())) page.remove(content[page.indexOfLine.get(n) ?? 0], 'pull-quote');
  readBareDatelineLine(page);
  removeBareCaptions(page);
  removeLinkLeadIns(page);

  // Pass 4: paragraphs. A line that does not end a sentence joins the next one.
  splitParagraphs(page);
  readAgencyDateline(page);
  readPostedByline(page);

  // Pass 5: segments, repeats and ids.
  return buildArticle(page, id);
}

function readLinesOnTheirOwn(page: PageImport): void {
  const { content, claimed, removed } = page;
  let previous: PageLine | undefined;
  for (const line of content) {
    const text = line.text;
    const rule = matchBoilerplate(text);
    if (rule) {
      page.remove(line, rule.reason);
      if (rule.mention) page.matchedRule.add(line.n);
      // A copyright line or an app promo ("… इनस्टॉल करें दैनिक भास्कर ऐप") names the outlet.
      if (rule.reason === 'copyright' || rule.reason === 'promo') setOutletFromCopyright(page, line);
    } else if (previous && claimed.get(previous.n) === 'removed' && previous.n === line.n - 1
      // \p{M}: Devanagari vowel signs are marks, not letters; without them no Hindi city name matched.
      && removed[removed.length - 1].reason === 'weather-widget' && WEATHER_CITY.test(text) && scriptProfile(text).words <= 3) {
      // The city under a temperature widget ("27.1 C" / "Jaipur").
      page.remove(line, 'weather-widget');
    } else if (isBreadcrumb(text) || isCrumbTrail(text)) {
      page.remove(line, 'breadcrumb');
    } else if (isSectionLabel(text)) {
      page.remove(line, 'section-label');
    } else {
      readLabelledLine(page, line);
    }
    previous = line;
  }
}

// A line that is no furniture: an English-title label, or metadata in one or more parts (read only
// here, after the furniture tests: most lines never get this far).
function readLabelledLine(page: PageImport, line: PageLine): void {
  const text = line.text;
  const english = ENGLISH_TITLE_LABEL.exec(text);
  if (english) {
    page.useAsMetadata(line, 'titleEnglish');
    page.fields.titleEnglish ??= english[1].trim();
    return;
  }
  const parts = METADATA_SEPARATOR_PART.test(text) ? text.split(METADATA_SEPARATOR) : [text];
  const metadataParts = parts.length > 1 ? parts.map(readMetadataPart) : undefined;
  if (metadataParts && isMetadataLine(metadataParts, parts)) {
    // "Published: 11 Jan 2026 | 09:12 AM": the time may sit in the next part; the whole line is more precise.
    const wholeDate = readDateLine(text);
    metadataParts.forEach((part, k) => {
      const precise = part?.field === 'date' && wholeDate !== undefined && wholeDate.length > part.value.length && wholeDate.startsWith(part.value);
      if (part) useMetadataPart(page, line, precise ? { field: 'date', value: wholeDate } : part, parts[k]);
    });
  } else {
    const part = readMetadataPart(text);
    if (part) useMetadataPart(page, line, part, text);
  }
}

function useMetadataPart(page: PageImport, line: PageLine, part: { field: MetadataField; value: string }, partText: string): void {
  const fields = page.fields;
  // "By <name>  On <date>": a byline with the date glued on is two fields.
  const glued = part.field === 'byline' ? splitBylineDate(part.value) : undefined;
  if (glued) {
    useMetadataPart(page, line, { field: 'byline', value: glued.byline }, partText);
    useMetadataPart(page, line, { field: 'date', value: glued.date }, partText);
    return;
  }
  page.useAsMetadata(line, part.field);
  if (part.field === 'date') {
    const kind = dateLabelKind(partText);
    // A published date beats an updated or an unlabelled one wherever it stands (the page's date is when it was
    // first published; an unlabelled date may be the site's date row or a card's).
    if (fields.date === undefined || replacesPageDate(fields.date, page.dateKind, part.value, kind, isAboveStory(page, line.n))) {
      fields.date = part.value;
      page.dateKind = kind;
    }
    if (!page.dateOfLine.has(line.n)) {
      page.dateOfLine.set(line.n, part.value);
      page.dateKindOfLine.set(line.n, kind);
    }
  }
  if (part.field === 'outlet') fields.outlet ??= part.value;
  if (part.field === 'byline') {
    if (fields.byline === undefined) page.bylineIsEditor = EDITOR_CREDIT.test(partText.trim());
    fields.byline ??= part.value;
    // A desk credit names the outlet: "वर्ल्ड डेस्क, अमर उजाला, टोक्यो".
    page.setOutlet(findOutlet(partText)?.name, line);
  }
}

// A word that only links a name to its date ("On", "पर", "at", a separator), bare or set as a label
// with a colon ("On:"): cut from the name's end.
const DATE_LINK_TAIL = /\s*(?:[|,•·–—-]|(?:\b(?:On|at)\b|पर|दिनांक)\s*[:：]?)\s*$/i;

/**
 * A byline value that ends in a date ("<name>  On <date>"): the name and the date, or undefined. The date is the
 * shortest tail of words that reads as the value's most precise date; what precedes it, less a linking word, is the name.
 */
export function splitBylineDate(value: string): { byline: string; date: string } | undefined {
  const whole = bestDate(value)?.iso;
  if (whole === undefined) return undefined;
  const words = value.trim().split(/\s+/);
  for (let k = words.length - 1; k >= 1; k--) {
    const date = readDateLine(words.slice(k).join(' '));
    if (date !== whole) continue;
    const byline = words.slice(0, k).join(' ').replace(DATE_LINK_TAIL, '').trim();
    if (byline === '' || readDateLine(byline) !== undefined) return undefined;
    return { byline, date };
  }
  return undefined;
}

function setOutletFromCopyright(page: PageImport, line: PageLine): void {
  const outlet = findOutlet(line.text);
  if (outlet && page.fields.outlet === undefined) page.fields.outlet = outlet.name;
}

// A phrase mentioned in a line never drops a good sentence inside the story on its own: that line goes back to the body.
function keepProseInsideText(page: PageImport): void {
  const { removed, claimed } = page;
  const ruleLines = new Set(removed.filter((entry) => page.matchedRule.has(entry.line)).map((entry) => entry.line));
  const goodIndexes = page.features.filter((entry) => !claimed.has(entry.n) && initialClass(entry) === 'good').map((entry) => entry.index);
  for (const n of ruleLines) {
    const entry = page.featuresOf.get(n);
    if (!entry || phraseDecides(entry, goodIndexes)) continue;
    removed.splice(removed.findIndex((removal) => removal.line === n), 1);
    claimed.delete(n);
  }
}

// A labelled box line printed before the story and again after it (key-value-rows.ts). The headline and its
// repeats (a kicker label before them) are claimed already. The box's claim sentence is prose by its words:
// when it was taken for the first paragraph, the header runs on to the first good line below it.
function removeRepeatedBoxLines(page: PageImport): void {
  const goodLines = new Set(page.features.filter((entry) => initialClass(entry) === 'good').map((entry) => entry.n));
  const found = findRepeatedBoxLines(page.unclaimed(), (m) => goodLines.has(m));
  for (const n of found) page.remove(page.content[page.indexOfLine.get(n) ?? 0], 'summary-box');
  const opening = page.features[page.firstBodyIndex];
  if (opening !== undefined && found.includes(opening.n)) {
    const from = page.titleIndex + 1;
    page.firstBodyIndex = from + firstGoodIndex(page.features.slice(from), (n) => page.claimed.has(n));
  }
}

// The header ends at the first line of good prose (a sentence with function words): the headline,
// byline, date and dateline stand above it; cards and footers come after it.
function chooseTitleLine(page: PageImport): void {
  const { features, claimed } = page;
  page.firstBodyIndex = firstGoodIndex(features, (n) => claimed.has(n));
  readHeaderCredits(page, features.slice(0, page.firstBodyIndex));
  const bylineOrDateLines = new Set(page.metadata.filter((entry) => entry.field === 'date' || entry.field === 'byline').map((entry) => entry.line));
  const reopened = kickeredHeadlinesTakenForEmbeds(page, bylineOrDateLines);
  const chosen = chooseTitle(new PageTitleContext(page, bylineOrDateLines, reopened), page.firstBodyIndex);
  if (chosen && reopened.has(chosen.n)) takeBackRemoval(page, chosen.n);
  page.titleLine = chosen && page.content[chosen.index];
  page.titleIndex = chosen?.index ?? -1;
  // A one-sentence headline ending in a danda was the first "good" line: the header goes on below it.
  if (page.titleIndex >= page.firstBodyIndex) page.firstBodyIndex = page.titleIndex + 1 + firstGoodIndex(features.slice(page.titleIndex + 1), (n) => claimed.has(n));
}

// How far below a kicker line its byline or date may stand for the line to head the story (0 = the next line).
const KICKER_META_WINDOW = 1;

/**
 * Lines pass 1 removed as embed links that are a kicker and a headline ("VIDEO: <headline>", title-kicker.ts)
 * above the first paragraph with the page's byline or date right under them: they head the story, so the
 * media-kind label is the headline's kicker, not an embed. Title scoring sees them as open lines; the same
 * line lower on the page (a most-watched list, another page's card) stays an embed.
 */
function kickeredHeadlinesTakenForEmbeds(page: PageImport, bylineOrDateLines: ReadonlySet<number>): Set<number> {
  const found = new Set<number>();
  for (const entry of page.removed) {
    if (entry.reason !== 'embed') continue;
    const index = page.indexOfLine.get(entry.line) ?? -1;
    if (index < 0 || index >= page.firstBodyIndex || !isKickerAndHeadline(entry.text)) continue;
    const below = page.content.slice(index + 1, index + 2 + KICKER_META_WINDOW);
    if (below.some((line) => bylineOrDateLines.has(line.n))) found.add(entry.line);
  }
  return found;
}

function readHeaderCredits(page: PageImport, header: readonly LineFeatures[]): void {
  for (const entry of header) {
    if (page.claimed.has(entry.n)) continue;
    const credit = readNewsroomCredit(entry.text);
    const dateline = credit || insideVerse(page, entry) ? undefined : readDatelineLine(entry.text);
    if (credit) {
      page.fields.byline ??= credit.byline;
      page.useAsMetadata(page.content[entry.index], 'byline');
    } else if (dateline) {
      page.fields.dateline ??= dateline;
      page.useAsMetadata(page.content[entry.index], 'dateline');
    }
  }
}

// A line between two short unpunctuated lines is a line of verse, not a dateline standing alone (that stands above prose).
function insideVerse(page: PageImport, entry: LineFeatures): boolean {
  const isVerse = (other: LineFeatures | undefined): boolean => other !== undefined && !page.claimed.has(other.n) && other.words >= 2 && other.words <= 8 && !other.endsSentence;
  return isVerse(page.features[entry.index - 1]) && isVerse(page.features[entry.index + 1]);
}

function readTitle(page: PageImport, titleLine: PageLine): void {
  const { fields, claimed, content } = page;
  const parts = titleLine.text.split(PIPE);
  const hindiPart = hindiHeadlinePart(titleLine.text) ?? titleLine.text;
  const unkicked = stripOutletSuffix(stripGluedPrefix(hindiPart).trim());
  fields.title = page.withoutGluedLabel(stripLeadingLabel(stripLatinKicker(unkicked), page.labelsAbove(page.titleIndex)));
  page.useAsMetadata(titleLine, 'title');
  const kicker = unkicked.slice(0, unkicked.length - stripLatinKicker(unkicked).length).replace(/\s*:\s*$/, '').trim();
  // The title line is already metadata; the kicker is a field read from it.
  if (kicker !== '') fields.kicker = kicker;
  // "<topic> | <headline>": a short Devanagari part before the headline part is its kicker.
  const pipedKicker = parts.slice(0, parts.indexOf(hindiPart)).find((part) => isDevanagariLed(part) && wordsOf(part).length <= 3 && stopwordDensity(part) === 0);
  if (fields.kicker === undefined && pipedKicker !== undefined) fields.kicker = pipedKicker.trim();
  const titleWithKicker = fields.title;
  const hindiKicker = fields.kicker === undefined ? splitHindiKicker(fields.title, pagePlaces(page)) : undefined;
  if (hindiKicker) {
    fields.kicker = hindiKicker.kicker;
    fields.title = hindiKicker.title;
  }
  // "… - News18 हिंदी": the suffix cut off the headline names the outlet.
  const suffixOutlet = outletOfSuffix(stripGluedPrefix(hindiPart).trim());
  if (suffixOutlet) page.setOutlet(suffixOutlet, titleLine);
  if (parts.length > 1) readTitleCompanions(page, parts.filter((part) => part !== hindiPart), titleLine);
  const titleKey = foldForComparison(fields.title);
  // Repeats are matched after normalisation (kicker, quotes, final punctuation, glued label).
  // A repeat may carry the Hindi kicker or not.
  const titleHeadlineKeys = new Set([headlineKey(fields.title), headlineKey(titleWithKicker)]);
  // The loop below removes nothing: the crumbs and labels are the same for every line.
  const labels = page.labelLines();
  for (const line of content) {
    if (line === titleLine) continue;
    // PIPE needs a '|': a line without one is its only part (no split).
    const lineParts = line.text.includes('|') ? line.text.split(PIPE) : [line.text];
    const state = claimed.get(line.n);
    if (state === undefined && lineParts.length === 1 && line.text.length <= 300 && titleHeadlineKeys.has(page.headlineKeyOf(stripLeadingLabel(stripOutletSuffix(line.text), page.labelsAbove(page.contentIndexOf(line), labels))))) {
      page.useAsMetadata(line, 'title');
    } else if (state === undefined && lineParts.length === 1 && isSiteTitleOf(page, line.text, titleHeadlineKeys)) {
      // The browser title "<headline> - <site>": the headline again with the site's name, metadata like the headline.
      page.useAsMetadata(line, 'title');
    } else if (state !== 'removed' && lineParts.length > 1 && lineParts.some((part) => foldForComparison(part) === titleKey)) {
      if (state === undefined) page.useAsMetadata(line, 'title');
      readTitleCompanions(page, lineParts.filter((part) => foldForComparison(part) !== titleKey), line);
    }
  }
}

// "<headline> - <site>" whose headline part is the page's title (after normalisation): the browser-title line.
function isSiteTitleOf(page: PageImport, text: string, titleKeys: ReadonlySet<string>): boolean {
  const headline = withoutSiteSuffix(text);
  return headline !== undefined && titleKeys.has(page.headlineKeyOf(headline));
}

// Places the page names for itself near the headline: crumb parts and section labels, the dateline of the lines below.
function pagePlaces(page: PageImport): string[] {
  const places = page.labelLines().flatMap((entry) => entry.text.split(LABEL_PARTS));
  for (const line of page.content.slice(page.titleIndex + 1, page.titleIndex + 1 + HEADER_DATE_WINDOW + 3)) {
    // A paragraph's opening dateline, or a dateline line of its own (a repeat of the headline is neither).
    const entry = page.featuresOf.get(line.n);
    const prose = entry !== undefined && (initialClass(entry) === 'good' || initialClass(entry) === 'near-good');
    const dateline = (prose ? splitLeadingDateline(line.text)?.dateline : undefined) ?? readDatelineLine(line.text);
    if (dateline) places.push(dateline, dateline.split(/\s*[,(]/)[0]);
  }
  // A local story opens with its place ("<district> जिले के …", "<state> में …"): the first paragraph's first one or two words.
  const opening = page.features.slice(page.titleIndex + 1).find((entry) => !page.claimed.has(entry.n) && initialClass(entry) === 'good');
  if (opening) {
    const words = wordsOf(opening.text).slice(0, 2).map((word) => word.replace(/[,।:;()]+$/, ''));
    places.push(...words.slice(0, 1), words.join(' '));
  }
  return places;
}

function readTitleCompanions(page: PageImport, parts: string[], line: PageLine): void {
  const fields = page.fields;
  // "Hindi News, Zee News": the generic words before the outlet are not an English headline.
  for (const part of parts.map((text) => text.replace(GENERIC_SITE_WORDS_PREFIX, ''))) {
    if (isOutletName(part)) {
      fields.outlet ??= findOutlet(part)?.name ?? part.trim();
      page.useAsMetadata(line, 'outlet');
    } else if (isLatinDominant(part)) {
      fields.titleEnglish ??= part.trim();
      if (foldForComparison(part).toLowerCase() === foldForComparison(fields.titleEnglish).toLowerCase()) page.useAsMetadata(line, 'titleEnglish');
    }
  }
}

function readEnglishTitle(page: PageImport): void {
  const { fields, content, titleLine } = page;
  if (titleLine && fields.titleEnglish === undefined) {
    // An English headline printed right under the Hindi one is its English title.
    const next = content[content.indexOf(titleLine) + 1];
    if (next && !page.claimed.has(next.n) && isLatinDominant(next.text) && scriptProfile(next.text).words >= 4 && !/[.?!]$/.test(next.text)) {
      fields.titleEnglish = next.text;
      page.useAsMetadata(next, 'titleEnglish');
    }
  }
  if (fields.titleEnglish !== undefined) {
    const englishKey = foldForComparison(fields.titleEnglish).toLowerCase();
    for (const line of page.unclaimed()) {
      if (foldForComparison(line.text).toLowerCase() === englishKey) page.useAsMetadata(line, 'titleEnglish');
    }
  }
}

function removeCards(page: PageImport): void {
  const afterHeader = page.features.slice(Math.max(page.firstBodyIndex, page.titleIndex + 1));
  const cards = findCardLines(afterHeader, new PageCardContext(page, headerDateIndex(page)));
  for (const n of cards) {
    if (page.claimed.get(n) === 'metadata') takeBackMetadata(page, n);
    page.remove(page.content[page.indexOfLine.get(n) ?? 0], 'related-card');
  }
}

// Template furniture, then jusText's classes with neighbour smoothing, after every metadata reader had its turn.
function removeChrome(page: PageImport): void {
  const { features, claimed, content, titleIndex, firstBodyIndex } = page;
  const classified = classifyBlocks(features, (n) => claimed.has(n) || page.furnitureLine(n));
  // The page's main text (a poem's short lines) is good text, for its neighbours and for the span of the story.
  for (const block of classified) if (page.mainText.has(block.features.n) && !claimed.has(block.features.n)) { block.initial = 'good'; block.final = 'good'; }
  const blocks = reviseClasses(classified);
  const goodIndexes = blocks.filter((block) => block.final === 'good').map((block) => block.features.index);
  const lastGood = goodIndexes.length > 0 ? goodIndexes[goodIndexes.length - 1] : -1;
  const firstGood = goodIndexes.length > 0 ? goodIndexes[0] : features.length;
  const zones = keyValueZones(page);
  let siteNames: string[] | undefined;
  for (const block of blocks) {
    const entry = block.features;
    // The page's main text is body whatever its lines' shape (jusText keeps a block whose neighbours are its own good text).
    if (claimed.has(entry.n) || page.mainText.has(entry.n)) continue;
    const zone = zoneOf(zones, titleIndex, entry.index);
    if (isKeyValueChrome(entry.text, zone)) {
      page.remove(content[entry.index], 'key-value');
      continue;
    }
    // English rows go as english-text in pass 4.
    if (zone !== 'body' && !isLatinDominant(entry.text) && (isButtonRow(entry.text) || isCounterRow(entry.text)) && !page.dateOfLine.has(entry.n)) {
      page.remove(content[entry.index], 'menu');
      continue;
    }
    // No good text at all (a page of a few short sentences): there is no main content to contrast the
    // chrome with, so context decides nothing; only a menu row is chrome by its own shape.
    if (goodIndexes.length === 0 && !isMenuRow(entry)) continue;
    // Above the headline stands only the page's header (masthead, skip links, menus, crumbs, labels):
    // a line there that is not prose is chrome whatever its neighbours (jusText's heading rule would keep it).
    if (titleIndex >= 0 && entry.index < titleIndex && !isProse(entry) && !isLatinDominant(entry.text) && !hasNoLetters(entry.text)) {
      page.remove(content[entry.index], isMenuRow(entry) ? 'menu' : 'low-text');
      continue;
    }
    // In the header (headline down to its byline and date), a short link or button label ("<share this article>",
    // an imperative of acting on the page) is no standfirst. English rows go as english-text in pass 4.
    if (zone === 'header' && entry.words <= 6 && !entry.endsSentence && !isLatinDominant(entry.text) && endsWithLinkVerb(entry.text)) {
      page.remove(content[entry.index], 'button');
      continue;
    }
    // A header line made only of the navigation's own words ("<site> | <section>", a section label again) is navigation;
    // so is a topic label of one to three words there (no figure, no sentence; a place alone is the dateline, read below).
    // A section label is a bare label: a "<label> : <value>" field (a rating, a credit row) is the story's header text, not one.
    const topicLabel = entry.words <= 3 && entry.digitShare === 0 && !/[।?!:：,]$/.test(entry.text) && !LABEL_WITH_VALUE.test(entry.text)
      && !isLatinDominant(entry.text) && readBarePlace(entry.text) === undefined;
    if (zone === 'header' && !isProse(entry) && entry.text.length <= 120 && (topicLabel || repeatsNavigation(page, entry.text)) && !isDatelineAboveStory(page, entry)) {
      page.remove(content[entry.index], 'section-label');
      continue;
    }
    // A headline-shaped line between the headline and the first paragraph is the standfirst; a row of buttons there is not.
    if (entry.index > titleIndex && entry.index < firstBodyIndex && titleIndex >= 0 && isHeadlineShaped(entry) && !page.furnitureLine(entry.n) && !isMenuRow(entry)) continue;
    // A template line inside the story (a repeated background paragraph) stays; above or below it, it is furniture.
    // boilerpipe's main-content span: inside it (first to last good line) context removes only menu rows.
    const insideBody = entry.index > firstGood && entry.index < lastGood;
    // A subheading the genre prints on every page ("<what the claim says>", "<the investigation>") is on the
    // outlet's other pages too, yet it stands inside the story with its paragraph right under it: jusText keeps a
    // heading that good text follows, and trafilatura's duplicate test is for furniture outside the main text.
    const furniture = page.furnitureLine(entry.n);
    const recurringSubheading = furniture && insideBody && isRecurringSubheading(page, entry) && goodTextFollows(blocks, entry.index);
    if (furniture && addressesReader(entry.text, siteNames ??= siteNamesOfHeader(page))) {
      // A line the outlet repeats on its pages that asks the reader for something is the template speaking, inside the story too.
      page.remove(content[entry.index], 'appeal');
    } else if (furniture && !recurringSubheading && (initialClass(entry) !== 'good' || entry.index < firstBodyIndex || entry.index > lastGood)) {
      page.remove(content[entry.index], 'template');
    } else if (block.final === 'bad' && (!insideBody || isMenuRow(entry)) && !isLatinDominant(entry.text) && !hasNoLetters(entry.text) && !isProse(entry) && !isStructured(entry) && !readAgencyFooter(entry.text)) {
      // Context decides only lines that are not prose: a sentence with function words is never dropped
      // for its neighbours (body recall comes first); agency footers are read below.
      page.remove(content[entry.index], isMenuRow(entry) ? 'menu' : 'low-text');
    }
  }
}

// A heading (short, no sentence punctuation, no separator or label colon: a "<label> : <value>" box line or an
// "<ad> · <note>" row is none) whose next line is open story text: six or more words with function words
// (its paragraph, or the line introducing a quote), neither chrome nor template. A "<reply>" link between
// comments has a name or a date under it.
function isRecurringSubheading(page: PageImport, entry: LineFeatures): boolean {
  if (!isHeadingLike(entry.text) || entry.separators > 0 || /[:：|·•]/.test(entry.text)) return false;
  return opensParagraph(page, page.features[entry.index + 1]);
}

// Open story text under a heading: six or more words with function words (its paragraph, or a line introducing a quote or a list).
function opensParagraph(page: PageImport, next: LineFeatures | undefined): boolean {
  return next !== undefined && !page.claimed.has(next.n) && !page.furnitureLine(next.n) && next.words >= 6 && next.stopwordDensity >= 0.2;
}

// "<label> : <value>": a colon with a value after it.
const LABEL_WITH_VALUE = /\S\s*[:：]\s*\S/;
const NAVIGATION_SPLIT = /\s*[|•·/»›>]\s*|\s{2,}/;

// The line is made only of the parts of lines removed above the headline (masthead, menus, crumbs, section labels).
function repeatsNavigation(page: PageImport, text: string): boolean {
  page.navigationParts ??= new Set(page.removed.filter((entry) => (page.indexOfLine.get(entry.line) ?? 0) < page.titleIndex)
    .flatMap((entry) => [entry.text, ...entry.text.split(NAVIGATION_SPLIT)]).map((part) => part.trim()).filter((part) => part !== ''));
  const known = page.navigationParts;
  const parts = text.split(NAVIGATION_SPLIT).map((part) => part.trim()).filter((part) => part !== '');
  return parts.length > 0 && parts.every((part) => known.has(part));
}

/** Where the header ends and the footer starts, for key–value rows (see keyValueZones). */
interface KeyValueZones {
  firstGood: number;
  lastGood: number;
  chromeAfterBody: number;
}

// Header: below the headline, above the first paragraph of good prose. Footer: after the last one,
// with removed chrome between (a fact row straight under the story is still the story's). Good is
// jusText's context-free class: a key–value row's own revised class may be good.
function keyValueZones(page: PageImport): KeyValueZones {
  const { features, claimed, titleIndex } = page;
  // Template lines are chrome already (they are removed in the same loop that asks for the zones).
  const good = features.filter((entry) => !claimed.has(entry.n) && !page.furnitureLine(entry.n) && initialClass(entry) === 'good').map((entry) => entry.index);
  // A standfirst above the byline and date does not end the header: it runs down to the header's own credit and date.
  const headerEnd = Math.max(titleIndex, page.indexOfLine.get(lastHeaderLine(page)) ?? -1);
  const firstGood = good.find((index) => index > headerEnd) ?? features.length;
  const lastGood = good.length > 0 ? good[good.length - 1] : -1;
  // A byline or date line under the story ends it as well as chrome does.
  const chromeAfterBody = features.findIndex((entry) => entry.index > lastGood && (claimed.has(entry.n) || page.furnitureLine(entry.n) || isMenuRow(entry)));
  return { firstGood, lastGood, chromeAfterBody };
}

function zoneOf(zones: KeyValueZones, titleIndex: number, index: number): 'header' | 'body' | 'footer' {
  if (titleIndex >= 0 && index > titleIndex && index < zones.firstGood) return 'header';
  return zones.lastGood >= 0 && zones.chromeAfterBody >= 0 && index > zones.chromeAfterBody ? 'footer' : 'body';
}

function takeBackMetadata(page: PageImport, n: number): void {
  const metadata = page.metadata;
  for (let k = metadata.length - 1; k >= 0; k--) if (metadata[k].line === n) metadata.splice(k, 1);
  for (const field of METADATA_FIELDS) page.metadataKeys.delete(`${n}:${field}`);
  page.claimed.delete(n);
  page.dateOfLine.delete(n);
  page.dateKindOfLine.delete(n);
  // The page date is the first date left outside the cards, or a published one after an updated one.
  const dates = [...page.dateOfLine].sort((a, b) => a[0] - b[0]);
  const kindOf = (line: number): DateKind => page.dateKindOfLine.get(line) ?? 'other';
  let chosen = dates[0];
  for (const date of dates.slice(1)) if (replacesPageDate(chosen[1], kindOf(chosen[0]), date[1], kindOf(date[0]), isAboveStory(page, date[0]))) chosen = date;
  page.fields.date = chosen?.[1];
  page.dateKind = chosen === undefined ? 'other' : kindOf(chosen[0]);
}

type DateKind = 'published' | 'updated' | 'other';

/**
 * Whether a date labelled published replaces the page's date so far: always an updated one; an unlabelled
 * one (a site's date row, a card's date) when it is another day, and on the same day only when it adds the
 * time the unlabelled date lacks (the same moment printed twice keeps its first, fuller form).
 */
/**
 * Whether a date read later replaces the page's date so far (one rule for the first reading and for the
 * choice made again when a card takes its date back): a published date by publishedDateWins; a date of
 * the same kind printed above the story (the header) when it adds the time to a bare date of the same day.
 * Below the story a same-day time is a comment's or a card's, never the page's.
 */
export function replacesPageDate(current: string, currentKind: DateKind, candidate: string, candidateKind: DateKind, candidateAboveStory: boolean): boolean {
  if (candidateKind === 'published' && publishedDateWins(current, currentKind, candidate)) return true;
  return candidateAboveStory && candidateKind === currentKind && completesSameDay(current, candidate);
}

function isAboveStory(page: PageImport, n: number): boolean {
  return (page.indexOfLine.get(n) ?? Number.MAX_SAFE_INTEGER) < page.firstBodyIndex;
}

/** A date with its time on the same day as a bare date read before: it completes that date. */
function completesSameDay(current: string, candidate: string): boolean {
  return !current.includes('T') && candidate.includes('T') && current.slice(0, 10) === candidate.slice(0, 10);
}

export function publishedDateWins(current: string, currentKind: DateKind, published: string): boolean {
  if (currentKind === 'published') return false;
  if (currentKind === 'updated') return true;
  if (current.slice(0, 10) !== published.slice(0, 10)) return true;
  return !current.includes('T') && published.includes('T');
}
// A date's label names which time it is: published (first published, posted, प्रकाशित) or updated (अपडेट, modified).
const PUBLISHED_LABEL = /(?:^|[^A-Za-z])(?:Published|Posted)(?![A-Za-z])|प्रकाशित|प्रकाशन|पब्लिश्ड/i;
const UPDATED_LABEL = /(?:^|[^A-Za-z])(?:Updated?|Modified)(?![A-Za-z])|अपडेट|अद्यतन/i;

function dateLabelKind(text: string): DateKind {
  if (UPDATED_LABEL.test(text)) return 'updated';
  return PUBLISHED_LABEL.test(text) ? 'published' : 'other';
}

// A label followed by its value on the same line ("<field>, <value>", "<field>: <value>").
const FIELD_WITH_VALUE = /[,:：]\s*\S/;

// A bare "Tags:", "खास बातें" or "ये भी पढ़ें-" label owns the short lines right under it (the tags,
// the highlight bullets, the linked headlines) up to the first blank or already recognised line.
function removeLabelBlocks(page: PageImport): void {
  const { lines, claimed } = page;
  // The line under line n: the next raw line (a blank one ends a block), or in a copy with a blank line after
  // every line, where a blank says nothing, the next non-blank one.
  const loose = blankLinesCarryNoStructure(lines);
  const after = (n: number): PageLine | undefined => {
    const next = lines[n];
    return next !== undefined && next.text === '' && loose && lines[n + 1]?.text !== '' ? lines[n + 1] : next;
  };
  for (const label of [...page.removed]) {
    // An author box ("लेखक के बारे में") owns its name and bio lines, bio sentences included. A field line
    // ("<field>, <value>") carries its own value and owns nothing: with the byline and date above it gone, the
    // story's first paragraph stands right under it.
    if (label.reason === 'author-detail' && scriptProfile(label.text).words <= 6 && !FIELD_WITH_VALUE.test(label.text)) {
      for (let n = label.line + 1; n <= lines.length && lines[n - 1].text !== '' && !claimed.has(n) && lines[n - 1].text.length <= 400; n++) page.remove(lines[n - 1], label.reason);
      continue;
    }
    // The offer printed under an ad label is the ad.
    const next = after(label.line);
    if (label.reason === 'advertisement' && next && next.text !== '' && !claimed.has(next.n) && isAdCopy(next.text)) page.remove(next, 'advertisement');
    if (!LABEL_BLOCK_REASONS.has(label.reason) || scriptProfile(label.text).words > 6) continue;
    const run: PageLine[] = [];
    for (let line = after(label.line); line !== undefined; line = after(line.n)) {
      if (line.text === '' || claimed.has(line.n) || scriptProfile(line.text).words > 15 || /[।॥]/.test(line.text)) break;
      // Linked headlines are never numbered: "1. …" under "जरूर पढ़ें" is the article's own list resuming.
      if (label.reason === 'related' && /^\s*[0-9०-९]{1,2}[.)]\s/.test(line.text)) break;
      run.push(line);
    }
    // Without a blank line to end it, the run may reach the subheading of the story's next paragraph.
    const features = run.map((line) => page.featuresOf.get(line.n)).filter((entry) => entry !== undefined);
    const below = run.length > 1 ? after(run[run.length - 1].n) : undefined;
    if (label.reason === 'related' && below && features.length === run.length && runEndsInSubheading(features, page.featuresOf.get(below.n))) run.pop();
    for (const line of run) page.remove(line, label.reason);
  }
}

// A summary box between the header and the story's first paragraph: a short label line (whatever its
// words), then two or more short lines without sentence punctuation, then the first paragraph. A
// standfirst is one sentence; a subheading follows prose; only a box of bullets sits here.
const SUMMARY_LABEL_WORDS = 4;
const SUMMARY_LINE_WORDS = { min: 3, max: 15 };
function removeSummaryBox(page: PageImport): void {
  const { features, claimed, content, titleIndex, firstBodyIndex } = page;
  if (titleIndex < 0 || firstBodyIndex >= features.length) return;
  if (markShortLineStory(page)) return;
  let k = firstBodyIndex - 1;
  const run: LineFeatures[] = [];
  for (; k > titleIndex; k--) {
    const entry = features[k];
    if (claimed.has(entry.n) || entry.endsSentence || /[।॥:：]/.test(entry.text) || isListItem(entry.text)) break;
    if (entry.words < 1 || entry.words > SUMMARY_LINE_WORDS.max) break;
    run.unshift(entry);
  }
  // The label is the run's top line when short, or else the removed line right above the run.
  const top = run[0];
  const labelInRun = top !== undefined && top.words <= SUMMARY_LABEL_WORDS;
  const above = features[k];
  const labelled = labelInRun || (k > titleIndex && claimed.get(above.n) === 'removed' && above.words <= SUMMARY_LABEL_WORDS);
  const bullets = labelInRun ? run.slice(1) : run;
  if (!labelled || bullets.length < 2 || bullets.some((entry) => entry.words < SUMMARY_LINE_WORDS.min)) return;
  for (const entry of labelInRun ? run : bullets) page.remove(content[entry.index], 'highlights');
}

// The short lines between the headline and the first good paragraph (a poem's lines, punctuated or not, stanza
// breaks being blank) are the page's main text when the prose below does not outweigh them (storyOutweighs).
function markShortLineStory(page: PageImport): boolean {
  const { features, claimed, titleIndex, firstBodyIndex } = page;
  const run: LineFeatures[] = [];
  for (let k = firstBodyIndex - 1; k > titleIndex; k--) {
    const entry = features[k];
    if (claimed.has(entry.n) || entry.words < 1 || entry.words > SUMMARY_LINE_WORDS.max) break;
    run.unshift(entry);
  }
  if (run.length < 2 || storyOutweighs(page, run)) return false;
  // A row of menu items is chrome by its own shape, wherever it stands.
  for (const entry of run) if (!isMenuRow(entry)) page.mainText.add(entry.n);
  return true;
}

// A summary box stands above the story it summarises: the undecided prose after it outweighs it. A run
// of short lines that the prose below does not outweigh (a poem, a list of lines with only an author note
// and chrome under it) is the page's main text, and the largest text block of a page is never dropped.
function storyOutweighs(page: PageImport, run: readonly LineFeatures[]): boolean {
  const { features, claimed } = page;
  const runWords = run.reduce((sum, entry) => sum + entry.words, 0);
  let storyWords = 0;
  for (let k = run[run.length - 1].index + 1; k < features.length && storyWords <= runWords; k++) {
    const entry = features[k];
    if (!claimed.has(entry.n) && initialClass(entry) === 'good') storyWords += entry.words;
  }
  return storyWords > runWords;
}

// A photo's alt text sits right above its credit ("शुभमन गिल" / "Image Source : PTI"): a short line
// without sentence punctuation, below the headline (above it, the line may be the headline itself).
function removeCaptionsAboveCredits(page: PageImport): void {
  const { lines, titleLine } = page;
  for (const credit of page.removed.filter((entry) => entry.reason === 'media-credit')) {
    const above = lines[credit.line - 2];
    if (!above || !titleLine || above.n <= titleLine.n || above.text === '' || page.claimed.has(above.n)) continue;
    if (scriptProfile(above.text).words <= 8 && !endsSentence(above.text) && !isListItem(above.text) && !/[:：]$/.test(above.text)) page.remove(above, 'caption');
  }
}

// The page's own date: the first date line within a few lines under the headline (a standfirst may stand between).
function headerDateIndex(page: PageImport): number {
  const { titleIndex, content } = page;
  if (titleIndex < 0) return -1;
  for (let k = titleIndex + 1; k < Math.min(content.length, titleIndex + 1 + HEADER_DATE_WINDOW); k++) if (page.dateOfLine.has(content[k].n)) return k;
  return -1;
}

// A byline without a label stands right above the page's date ("<name>", "<name or team>, <place>",
// "<name> | <place>", "<name> / <place>", which pass 1 took for a crumb), or right below it with its place.
// It outranks an editor's credit ("Edited by …"), which is the byline only when no author is named.
function readCreditAboveDate(page: PageImport): void {
  const { content, claimed, fields } = page;
  const dateIndex = headerDateIndex(page);
  if (readLabelledCreditAboveDate(page, dateIndex)) return;
  for (const k of [dateIndex - 1, dateIndex + 1]) {
    const line = content[k];
    if (dateIndex < 0 || k <= page.titleIndex || !line || (claimed.has(line.n) && !isTwoPartCrumb(page, line.n))) continue;
    const credit = readUnlabelledCredit(line.text);
    // The site's own masthead ("<site> | <section>") is the outlet, not a person's credit.
    const isMasthead = credit !== undefined && siteNamesOf(content.slice(0, Math.max(0, page.titleIndex)).map((entry) => entry.text)).some((name) => name.normalize('NFC') === credit.byline.normalize('NFC'));
    if (!credit || isMasthead || isOutletName(credit.byline) || (k > dateIndex && credit.place === undefined)) continue;
    if (claimed.get(line.n) === 'removed') takeBackRemoval(page, line.n);
    if (fields.byline === undefined || page.bylineIsEditor) fields.byline = credit.byline;
    page.bylineIsEditor = false;
    page.useAsMetadata(line, 'byline');
    return;
  }
}

// "<label> : <name>" right above the page's date under the headline: a labelled credit whatever the
// label's word ("<report> :", "<interview> :"), when the tail is a bare personal name (readUnlabelledCredit,
// Devanagari, two or three words) and the label one or two words without figures. An editor's role is no author.
function readLabelledCreditAboveDate(page: PageImport, dateIndex: number): boolean {
  const line = page.content[dateIndex - 1];
  if (dateIndex < 0 || !line || dateIndex - 1 <= page.titleIndex || page.claimed.get(line.n) === 'metadata') return false;
  const m = /^([\p{L}\p{M}]+(?:\s[\p{L}\p{M}]+)?)\s*[:：]\s*(.+)$/u.exec(line.text.trim().normalize('NFC'));
  const credit = m ? readUnlabelledCredit(m[2]) : undefined;
  if (!m || !credit || credit.place !== undefined || EDITOR_CREDIT.test(m[1]) || isOutletName(credit.byline)) return false;
  if (page.claimed.get(line.n) === 'removed') takeBackRemoval(page, line.n);
  if (page.fields.byline === undefined || page.bylineIsEditor) page.fields.byline = credit.byline;
  page.bylineIsEditor = false;
  page.useAsMetadata(line, 'byline');
  return true;
}

// "<place> : <weekday>, <date>": the page's date line may lead with the dateline's place.
function readPlaceOfHeaderDate(page: PageImport): void {
  const line = page.content[headerDateIndex(page)];
  if (!line || page.fields.dateline !== undefined) return;
  const place = readPlaceOfDateLine(line.text, isDateLabelWord);
  if (place === undefined) return;
  page.fields.dateline = place;
  page.useAsMetadata(line, 'dateline');
}

// "<name>  •  <date>", "<name>  |  <date>": the page's date line under the headline led by a bare credit
// (readUnlabelledCredit: a name of one script, no function words or figures). Not the site's masthead.
function readCreditBesideDate(page: PageImport): void {
  const { fields, content } = page;
  const line = content[headerDateIndex(page)];
  if (!line || (fields.byline !== undefined && !page.bylineIsEditor)) return;
  const parts = line.text.trim().split(/\s+[|•·]\s+/);
  // "<date> को <name> द्वारा प्रकाशित": the agent postposition द्वारा ("by") marks the name before it.
  // The name runs back from द्वारा to the date's postposition को or the line's start.
  const agent = /^(.*?)\s+द्वारा(?:\s|$)/u.exec(line.text.trim().normalize('NFC'));
  const agentName = agent ? agent[1].split(/\sको\s/).pop() : undefined;
  const creditText = agentName ?? (parts.length >= 2 && readDateLine(parts[0]) === undefined ? parts[0] : undefined);
  if (creditText === undefined) return;
  const credit = readUnlabelledCredit(creditText);
  if (!credit || credit.place !== undefined || isOutletName(credit.byline)) return;
  const masthead = siteNamesOf(content.slice(0, Math.max(0, page.titleIndex)).map((entry) => entry.text)).some((name) => name.normalize('NFC') === credit.byline);
  if (masthead) return;
  fields.byline = credit.byline;
  page.bylineIsEditor = false;
  page.useAsMetadata(line, 'byline');
}

// A date above the headline is the site's (the masthead's "<today> : <date>"), not the story's, when the
// header under the headline carries a date of its own: the header's date is the page's, the other is chrome.
function preferHeaderDate(page: PageImport): void {
  if (headerDateIndex(page) < 0) return;
  for (const n of [...page.dateOfLine.keys()]) {
    const index = page.indexOfLine.get(n) ?? -1;
    if (index < 0 || index >= page.titleIndex || !page.metadata.every((entry) => entry.line !== n || entry.field === 'date')) continue;
    takeBackMetadata(page, n);
    page.remove(page.content[index], 'timestamp');
  }
}

const DATE_LABEL_WORD = new RegExp(`^(?:${DATE_LABELS.source})$`, 'i');

// A place before a date is no label: neither a date label ("अद्यतन") nor a phrase ending in one ("प्रविष्टि तिथि").
function isDateLabelWord(word: string): boolean {
  return word.split(/\s+/).some((part) => DATE_LABEL_WORD.test(part) || /अद्यतन|अंतिम/.test(part));
}

function isTwoPartCrumb(page: PageImport, n: number): boolean {
  const entry = page.removed.find((removal) => removal.line === n);
  return entry?.reason === 'breadcrumb' && entry.text.split(/\s+\/\s+/).length === 2;
}

function takeBackRemoval(page: PageImport, n: number): void {
  const at = page.removed.findIndex((removal) => removal.line === n);
  if (at >= 0) page.removed.splice(at, 1);
  page.claimed.delete(n);
}

const MASTHEAD_NAME = /^[\p{L}\p{M}]+(?:\s[\p{L}\p{M}]+){0,4}$/u;

// A caption with its credit glued on ("<what the photo shows>। (फोटो: <name>)") below the headline, or
// crediting the site itself ("<label> : <what it shows>। (<site>)"; the site's names are its masthead lines).
function removeCaptionCredits(page: PageImport): void {
  const titleLine = page.titleLine;
  let mastheads: string[] | undefined;
  for (const line of page.unclaimed()) {
    if (!titleLine || line.n <= titleLine.n) continue;
    // Only a line with a bracket can credit the site: the masthead names are read for the first one.
    if (line.text.includes('(')) mastheads ??= siteNamesOfHeader(page);
    if (readCaptionCredit(line.text) || readSiteCreditCaption(line.text, mastheads ?? [])) page.remove(line, 'caption');
  }
}

// The site's names: a masthead line of one to five words, or such a part of a masthead split at a crumb
// separator ("<site> / <language>"; two words at least, a lone menu word credits no photo).
function siteNamesOfHeader(page: PageImport): string[] {
  const header = page.content.slice(0, Math.max(0, page.titleIndex)).map((line) => line.text.trim()).filter((text) => text.length <= 200);
  return [...header.filter((text) => MASTHEAD_NAME.test(text)),
    ...header.flatMap((text) => text.split(LABEL_PARTS)).map((part) => part.trim()).filter((part) => MASTHEAD_NAME.test(part) && wordCount(part) >= 2)];
}

// A call to action in prose ("<the site's report> यहां से डाउनलोड करें"): the site names itself in its header.
function removeCallsToAction(page: PageImport): void {
  const titleLine = page.titleLine;
  if (!titleLine) return;
  const siteNames = siteNamesOf(page.content.slice(0, page.titleIndex).map((line) => line.text), page.fields.outlet);
  for (const line of page.unclaimed()) if (line.n > titleLine.n && isCallToAction(line.text, siteNames)) page.remove(line, 'promo');
}

// A ticker of other stories' headlines above the page's first paragraph (ticker-row.ts): header chrome, never the title.
function removeTickers(page: PageImport): void {
  const { features, claimed, content } = page;
  const first = features.findIndex((entry) => !claimed.has(entry.n) && initialClass(entry) === 'good');
  for (const entry of features.slice(0, first < 0 ? features.length : first)) {
    if (!claimed.has(entry.n) && isTickerRow(entry.text)) page.remove(content[entry.index], 'related');
  }
}

// Rows of link labels, video links and rows of chrome labels below the headline (link-rows.ts); a lead-in
// pointing at a line the page removes goes with it (checked again after the later passes, removeLinkLeadIns).
function removeLinkRows(page: PageImport): void {
  const titleLine = page.titleLine;
  if (!titleLine) return;
  for (const line of page.unclaimed()) {
    if (line.n <= titleLine.n) continue;
    const reason = linkRowReason(line.text) ?? labelRowReason(line.text, (part) => matchBoilerplate(part)?.reason);
    if (reason === undefined) continue;
    page.remove(line, reason);
    // The offer printed under an ad label is the ad (as removeLabelBlocks does for the table's labels).
    const next = page.lines[line.n];
    if (reason === 'advertisement' && next && next.text !== '' && !page.claimed.has(next.n) && isAdCopy(next.text)) page.remove(next, 'advertisement');
  }
}

// "<watch the video here>:" right above a removed line (the embed): the lead-in points at nothing the body keeps.
function removeLinkLeadIns(page: PageImport): void {
  const { features, claimed, content } = page;
  for (const entry of features) {
    if (entry.index <= page.titleIndex || claimed.has(entry.n) || !isLinkLeadIn(entry.text)) continue;
    const next = features[entry.index + 1];
    if (next !== undefined && page.claimed.get(next.n) === 'removed') page.remove(content[entry.index], 'embed');
  }
}

// Another story's headline behind a link label between the story's paragraphs ("<label>: <headline>",
// "<label> >> <headline>"): inline-teaser.ts. Only below the first paragraph (above it a "<topic>:" line is the kicker).
function removeInlineTeasers(page: PageImport): void {
  const { features, claimed, content, firstBodyIndex } = page;
  let keys: Map<string, number> | undefined;
  for (const entry of features) {
    if (entry.index <= firstBodyIndex || claimed.has(entry.n) || entry.endsSentence || entry.words < 5) continue;
    // Repeated: another line has the tail's key (the line itself counts when its own key is the tail's).
    const isRepeated = (tail: string): boolean => {
      keys ??= countKeys(page);
      const key = page.headlineKeyOf(tail);
      return (keys.get(key) ?? 0) >= (page.headlineKeyOf(entry.text) === key ? 2 : 1);
    };
    if (isInlineTeaser(entry.text, isRepeated)) page.remove(content[entry.index], 'teaser');
  }
}

// The teaser split over two lines: a bare related-stories label (removed as related, at most four words) and right
// under it one headline (no sentence end, 4-25 words, no row separator or colon): the label's link, not a subheading.
// After the card pass, which takes a run of several headlines under such a label.
function removeSplitTeasers(page: PageImport): void {
  const { features, claimed, content, firstBodyIndex } = page;
  for (const entry of features) {
    if (entry.index <= firstBodyIndex || claimed.has(entry.n) || entry.endsSentence || entry.words < 4) continue;
    if (underRelatedLabel(page, entry)) page.remove(content[entry.index], 'teaser');
  }
}

function underRelatedLabel(page: PageImport, entry: LineFeatures): boolean {
  const above = page.features[entry.index - 1];
  if (above === undefined || above.words > ANNOUNCING_LABEL_WORDS - 1 || page.claimed.get(above.n) !== 'removed' || entry.words > 25 || /[|:：]/.test(entry.text)) return false;
  return page.removed.some((removal) => removal.line === above.n && removal.reason === 'related');
}

// An offer between the story's paragraphs (ad-copy.ts) under a one- or two-word line of its own (no
// figure, no punctuation): that line is the ad's label, whatever its word ("<sponsored>", "<advertisement>").
function removeLabelledAds(page: PageImport): void {
  const { lines, claimed, titleLine } = page;
  if (!titleLine) return;
  for (const line of page.unclaimed()) {
    if (line.n <= titleLine.n + 1 || !isAdCopy(line.text)) continue;
    const label = lines[line.n - 2];
    if (!label || label.text === '' || claimed.has(label.n) || label.n <= titleLine.n) continue;
    const words = scriptProfile(label.text).words;
    if (words < 1 || words > 2 || /[0-9०-९।॥?!.:：,|]/.test(label.text)) continue;
    page.remove(label, 'advertisement');
    page.remove(line, 'advertisement');
  }
}

// How many lines of the page have each headline key (ticker parts split out: one line may show several headlines).
function countKeys(page: PageImport): Map<string, number> {
  const keys = new Map<string, number>();
  for (const entry of page.features) {
    if (entry.text.length > 300) continue;
    for (const part of [entry.text, ...entry.text.split(/\s+[\p{So}|•·]\s+/u).slice(1)]) {
      const key = page.headlineKeyOf(part.replace(/^\s*(?:»|›|>>|[0-9०-९]{1,2}[.)])\s*|\s*\([0-9०-९./-]+\)\s*$/gu, ''));
      if (key !== '') keys.set(key, (keys.get(key) ?? 0) + 1);
    }
  }
  return keys;
}

// Content lines within three non-blank lines of a date or title line.
function readContextBylines(page: PageImport): void {
  const { content, metadata, fields, titleLine } = page;
  const contentIndex = new Map(content.map((line, index) => [line.n, index] as const));
  const nearDateOrTitle = new Set<number>();
  for (const entry of metadata) {
    if (entry.field !== 'date' && entry.field !== 'title') continue;
    const index = contentIndex.get(entry.line) ?? 0;
    for (let k = Math.max(0, index - 3); k <= Math.min(content.length - 1, index + 3); k++) nearDateOrTitle.add(k);
  }
  for (const line of page.unclaimed()) {
    const nearHeader = nearDateOrTitle.has(contentIndex.get(line.n) ?? -1);
    // Bylines follow the headline; a Latin line above it is a kicker ("North Korea"), not a name.
    const belowTitle = !titleLine || line.n > titleLine.n;
    const index = contentIndex.get(line.n) ?? -1;
    // A bare Hindi name squeezed between the headline and the date line ("सौरभ") is the author.
    const betweenTitleAndDate = titleLine !== undefined && content[index - 1] === titleLine
      && metadata.some((entry) => entry.field === 'date' && entry.line === content[index + 1]?.n);
    // An editor's credit read so far gives way to the author named in the header.
    // "- <name>" right under the headline (or its repeat): a dash signs the piece.
    const dashCredit = (fields.byline === undefined || page.bylineIsEditor) && index > 0 && page.metadata.some((entry) => entry.field === 'title' && entry.line === content[index - 1].n)
      ? readDashCredit(line.text) : undefined;
    if ((fields.byline === undefined || page.bylineIsEditor) && betweenTitleAndDate && BARE_HINDI_NAME.test(line.text)) {
      fields.byline = line.text;
      page.bylineIsEditor = false;
      page.useAsMetadata(line, 'byline');
    } else if (dashCredit !== undefined) {
      fields.byline = dashCredit;
      page.bylineIsEditor = false;
      page.useAsMetadata(line, 'byline');
    } else if ((fields.byline === undefined || page.bylineIsEditor) && nearHeader && belowTitle && isLatinNameLine(line.text) && !isOutletName(line.text)
      && !page.options.furniture?.has(furnitureKey(line.text))) {
      // Card dates are already removed, so "near a date" means near the page's own date; a section name ("Cricket News") is no person.
      // An "Edited by" credit read below the story gives way to the name in the header, as above.
      fields.byline = line.text;
      page.bylineIsEditor = false;
      page.useAsMetadata(line, 'byline');
    } else if (isOutletName(line.text) && findOutlet(line.text)) {
      page.setOutlet(findOutlet(line.text)?.name, line);
    }
  }
  // "<name> की कविता : <title>": a literary post names its author in the title line (already metadata).
  if (fields.byline === undefined && titleLine) fields.byline = readTitleAuthor(titleLine.text);
}

// Agency footers ("एपी सिम्मी गोला") count only below the last prose line, where agencies sign.
function readAgencyFooters(page: PageImport): void {
  const lastProse = [...page.unclaimed()].reverse().find((line) => /[।?!.]["'”’]?$/.test(line.text) && scriptProfile(line.text).words > 8);
  page.lastProse = lastProse;
  for (const line of page.unclaimed()) {
    if (lastProse && line.n < lastProse.n) continue;
    const footer = readAgencyFooter(line.text);
    if (footer) {
      page.fields.byline ??= footer;
      page.useAsMetadata(line, 'byline');
    }
  }
}

// "<the site or an agency> / <name>" below the last paragraph signs the story (read as a crumb in pass 1).
function readEndCredit(page: PageImport): void {
  const { content, removed, fields, lastProse, indexOfLine } = page;
  const sources = [...siteNamesOf(content.slice(0, Math.max(0, page.titleIndex)).map((line) => line.text), fields.outlet), ...NEWS_AGENCIES];
  for (const entry of [...removed]) {
    if (entry.reason !== 'breadcrumb' || !lastProse || entry.line < lastProse.n) continue;
    const name = readEndCreditLine(entry.text, sources);
    if (name === undefined) continue;
    removed.splice(removed.indexOf(entry), 1);
    page.claimed.delete(entry.line);
    fields.byline ??= name;
    page.useAsMetadata(content[indexOfLine.get(entry.line) ?? 0], 'byline');
  }
  // A bare personal name right under the last paragraph (chrome such as a caption between) signs the story when the header names no one.
  const next = lastProse ? content.slice((indexOfLine.get(lastProse.n) ?? content.length) + 1).find((line) => !page.claimed.has(line.n)) : undefined;
  // "- <name>" there signs it too (a dash signs a piece, under its headline or under its last paragraph).
  const dashed = next ? readDashCredit(next.text) : undefined;
  const signed = next ? readUnlabelledCredit(next.text) ?? (dashed === undefined ? undefined : { byline: dashed, place: undefined }) : undefined;
  // A line on other pages of the outlet (template furniture) signs no single story.
  if (next && signed && signed.place === undefined && fields.byline === undefined && !page.furnitureLine(next.n)) {
    fields.byline = signed.byline;
    page.useAsMetadata(next, 'byline');
  }
}

// The author's note under the story begins with the name the page prints as its credit (author-bio.ts).
function removeAuthorBio(page: PageImport): void {
  const reasonOf = new Map(page.removed.map((entry) => [entry.line, entry.reason] as const));
  const lines = page.features.slice(page.titleIndex + 1).map((entry) => ({
    n: entry.n, text: entry.text, open: !page.claimed.has(entry.n), prose: isProse(entry), reason: reasonOf.get(entry.n),
  }));
  const found = findAuthorBio(lines, page.fields.byline);
  if (!found) return;
  const { content, indexOfLine, fields } = page;
  page.remove(content[indexOfLine.get(found.bio) ?? 0], 'author-bio');
  const credit = found.credit;
  // The name the bio confirms signs the story when the header named nobody (a removed label line is given back).
  if (credit && fields.byline === undefined && page.claimed.get(credit.n) !== 'metadata' && reasonOf.get(credit.n) !== 'byline-residue') {
    takeBackRemoval(page, credit.n);
    fields.byline = credit.name;
    page.bylineIsEditor = false;
    page.useAsMetadata(content[indexOfLine.get(credit.n) ?? 0], 'byline');
  }
}

// Author widgets repeat part of the name on its own line ("गोला" under "एपी सिम्मी गोला").
function removeBylineResidue(page: PageImport): void {
  if (page.fields.byline === undefined) return;
  const bylineWords = new Set(page.fields.byline.split(/\s+/));
  for (const line of page.unclaimed()) {
    const words = line.text.split(/\s+/);
    if (words.length <= 2 && words.every((word) => bylineWords.has(word))) page.remove(line, 'byline-residue');
  }
}

// Below the story's last paragraph, only chrome and appeals to the reader: walk up from the page end.
function removeTailAppeals(page: PageImport): void {
  const { content, claimed } = page;
  let notes: StoryNoteContext | undefined;
  for (let k = content.length - 1; k > page.titleIndex; k--) {
    const line = content[k];
    // English lines and lines without letters go in pass 4 (english-text, no-text): chrome here too.
    if (claimed.has(line.n) || isLatinDominant(line.text) || hasNoLetters(line.text)) continue;
    // A note about the piece itself (its author's bio, where it was published) stands there too.
    notes ??= storyNoteContext(page);
    // Below the story a call to action naming the site is one with its final danda too (inside the story the danda protects a sentence).
    const reason = isReaderAppeal(line.text) ? 'appeal'
      : isCallToAction(line.text.replace(/[।.!]\s*$/, ''), notes.siteNames) ? 'promo' : storyNoteReason(line.text, notes);
    if (reason === undefined) return;
    page.remove(line, reason);
  }
}

function storyNoteContext(page: PageImport): StoryNoteContext {
  return { byline: page.fields.byline, siteNames: siteNamesOf(page.content.slice(0, Math.max(0, page.titleIndex)).map((entry) => entry.text), page.fields.outlet) };
}

// "Posted by <name> at <time>" below the story's first paragraph is the blog's posting record, not the
// page's byline (source-credits.ts); in the header it is the byline.
function removePostingStamps(page: PageImport): void {
  const { fields } = page;
  for (const entry of page.metadata.filter((m) => m.field === 'byline')) {
    const stamp = readPostingStamp(entry.text);
    const index = page.indexOfLine.get(entry.line) ?? -1;
    if (!stamp || index <= page.firstBodyIndex) continue;
    // Only the byline the stamp itself gave goes: a desk credit that starts with the blog's name ("<blog> ब्यूरो") stays.
    if (fields.byline !== undefined && fields.byline === stamp.name) { fields.byline = undefined; page.bylineIsEditor = false; }
    page.postedBy ??= stamp.name;
    takeBackMetadata(page, entry.line);
    page.remove(page.content[index], 'post-stamp');
  }
}

// A source line right under a table row that the story keeps ("<source>: <the bodies the figures come from>")
// belongs to the table, as its title line above does: body. The same label below the story, away from any
// table, notes where the copy came from (a source note, or the story's credit below). Position decides, not the words.
function keepTableSources(page: PageImport): void {
  for (const entry of [...page.removed]) {
    if (entry.reason !== 'source-note') continue;
    const above = page.features[(page.indexOfLine.get(entry.line) ?? 0) - 1];
    if (above !== undefined && isTableRow(above) && !page.claimed.has(above.n)) takeBackRemoval(page, entry.line);
  }
}

// "स्रोत : <agency>": the story's credit, and its byline when nothing else names one (source-credits.ts);
// an input credit ("इनपुट: <agency>") stays a removed source note.
function readSourceCredits(page: PageImport): void {
  for (const entry of page.removed.filter((removal) => removal.reason === 'source-note')) {
    const name = readSourceCredit(entry.text);
    if (name === undefined) continue;
    takeBackRemoval(page, entry.line);
    page.useAsMetadata(page.content[page.indexOfLine.get(entry.line) ?? 0], 'byline');
    page.fields.byline ??= name;
  }
}

// Short prose standing apart after the story's end (a reader's comment, another story's snippet), and
// the notes about the piece after it (story-end.ts, story-notes.ts).
function removeDetachedText(page: PageImport): void {
  const { features, claimed, content, indexOfLine } = page;
  const reasonOf = new Map(page.removed.map((entry) => [entry.line, entry.reason] as const));
  const credits = new Set(page.metadata.filter((entry) => entry.field === 'byline' || entry.field === 'date').map((entry) => entry.line));
  const after = features.slice(page.titleIndex + 1);
  const notes = new Map<number, string>();
  const context = storyNoteContext(page);
  const mainTextStart = page.mainText.size > 0 ? Math.min(...[...page.mainText].map((n) => indexOfLine.get(n) ?? page.firstBodyIndex)) : page.firstBodyIndex;
  const storyStart = Math.min(page.firstBodyIndex, mainTextStart);
  for (const entry of after) {
    // A note stands below the story's first line: its first paragraph, or the first line of a main text of short lines (a poem).
    const candidate = !claimed.has(entry.n) && entry.index > storyStart && entry.endsSentence && entry.words >= 4 && entry.words <= 32;
    const reason = candidate ? storyNoteReason(entry.text, context) : undefined;
    if (reason) notes.set(entry.n, reason);
  }
  const headers = commentHeaders(page);
  const boxHeads = authorBoxHeads(page);
  const end = findDetachedText(after, {
    isClaimed: (n) => claimed.has(n) || page.furnitureLine(n), closesStory: (n) => credits.has(n) || STORY_CLOSERS.has(reasonOf.get(n) ?? '') || boxHeads.has(n), isNote: (n) => notes.has(n),
    opensComment: (n) => headers.has(n) || boxHeads.has(n), isStory: (n) => page.mainText.has(n),
  });
  for (const n of end.notes) page.remove(content[indexOfLine.get(n) ?? 0], notes.get(n) ?? 'author-bio');
  // The short prose right under the author's name repeated below the story is the author's bio.
  for (const n of end.detached) page.remove(content[indexOfLine.get(n) ?? 0], boxHeads.has(features[(indexOfLine.get(n) ?? 0) - 1]?.n ?? -1) ? 'author-bio' : 'after-story');
}

// The byline's name printed again alone on a line below the story's first paragraph (removed as byline-residue, or by
// another pass for its shape, a short row) heads the author box: the story ended above it, and the short prose under it
// (a bio), like a comment under its header, stands apart.
function authorBoxHeads(page: PageImport): Set<number> {
  const heads = new Set<number>();
  const byline = page.fields.byline;
  if (byline === undefined) return heads;
  const bylineWords = new Set(byline.split(/\s+/));
  // The story starts at its first paragraph, or at the first line of a main text of short lines (a poem).
  const storyStart = Math.min(page.firstBodyIndex, ...[...page.mainText].map((n) => page.indexOfLine.get(n) ?? page.firstBodyIndex));
  for (const entry of page.removed) {
    if ((page.indexOfLine.get(entry.line) ?? 0) <= storyStart) continue;
    const words = entry.text.trim().split(/\s+/);
    if (entry.reason === 'byline-residue' || (words.length <= 3 && words.every((word) => bylineWords.has(word)))) heads.add(entry.line);
  }
  return heads;
}

// Comment headers below the header ("<name> said...", "<name> <date>"; story-end.ts): a dated one is a date line
// whose residue is a name (a comment's date is never the page's).
function commentHeaders(page: PageImport): Set<number> {
  const headerEnd = lastHeaderLine(page);
  const headers = new Set<number>();
  for (const entry of page.features) {
    if (entry.n <= headerEnd) continue;
    const residue = page.dateOfLine.has(entry.n) ? withoutDates(entry.text).replace(DATE_LABELS, '') : undefined;
    if (isCommentHeaderLine(entry.text, residue)) headers.add(entry.n);
  }
  return headers;
}

// After the context classes (a row they removed may close the story): the small prose blocks detached
// now, and every open line below the first closing line under the story's last block (the footer).
function removeFooter(page: PageImport): void {
  const { claimed, content, indexOfLine, featuresOf } = page;
  const reasonOf = new Map(page.removed.map((entry) => [entry.line, entry.reason] as const));
  const credits = new Set(page.metadata.filter((entry) => entry.field === 'byline' || entry.field === 'date').map((entry) => entry.line));
  const headers = commentHeaders(page);
  const boxHeads = authorBoxHeads(page);
  const end = findDetachedText(page.features.slice(page.titleIndex + 1), {
    isClaimed: (n) => claimed.has(n) || page.furnitureLine(n), closesStory: (n) => credits.has(n) || STORY_CLOSERS.has(reasonOf.get(n) ?? '') || boxHeads.has(n),
    opensComment: (n) => headers.has(n) || boxHeads.has(n), isStory: (n) => page.mainText.has(n),
  });
  // English rows and lines without letters keep their own reasons (pass 4).
  for (const n of [...end.detached, ...end.footer]) {
    const text = featuresOf.get(n)?.text ?? '';
    if (!isLatinDominant(text) && !hasNoLetters(text)) page.remove(content[indexOfLine.get(n) ?? 0], 'after-story');
  }
}

// The header's last line: the story's first paragraph starts below the headline, byline and date (a standfirst may stand above them).
function lastHeaderLine(page: PageImport): number {
  // Only the header's own lines: a byline or date repeated under the story ("Posted by …") is no header.
  const { titleIndex, indexOfLine } = page;
  const headerEnd = titleIndex + 1 + HEADER_DATE_WINDOW;
  return Math.max(0, ...page.metadata.filter((entry) => (entry.field === 'title' || entry.field === 'byline' || entry.field === 'date')
    && (titleIndex < 0 || (indexOfLine.get(entry.line) ?? 0) <= headerEnd)).map((entry) => entry.line));
}

/**
 * A place alone on a line under the header's byline or date line and right above a paragraph of good prose:
 * the story's dateline, even where the navigation names the same city (a section label stands above the
 * headline or is no place). Read by readBareDatelineLine; removeChrome leaves it to that pass.
 */
function isDatelineAboveStory(page: PageImport, entry: LineFeatures): boolean {
  if (readBarePlace(entry.text) === undefined) return false;
  const next = page.features[entry.index + 1];
  if (next === undefined || page.claimed.has(next.n) || initialClass(next) !== 'good') return false;
  const headerEnd = lastHeaderLine(page);
  const endsWithCredit = page.metadata.some((m) => m.line === headerEnd && (m.field === 'byline' || m.field === 'date'));
  return endsWithCredit && entry.n > headerEnd && (page.indexOfLine.get(entry.n) ?? 0) - (page.indexOfLine.get(headerEnd) ?? 0) <= BARE_DATELINE_WINDOW;
}

// The dateline stands within a few lines under the header's credits (a share row and a caption may come between).
const BARE_DATELINE_WINDOW = 4;

// A place alone on a line right above the story's first paragraph ("<place>", "<place>, <state>", "<place>।") is its dateline.
function readBareDatelineLine(page: PageImport): void {
  if (page.fields.dateline !== undefined) return;
  const headerEnd = lastHeaderLine(page);
  const after = page.unclaimed().filter((line) => line.n > headerEnd);
  const good = after.findIndex((line) => { const entry = page.featuresOf.get(line.n); return entry !== undefined && initialClass(entry) === 'good'; });
  const candidate = good > 0 ? after[good - 1] : undefined;
  if (!candidate) return;
  // A line above the page's byline or date line stands where a byline does ("<name>", "<date>"): the dateline stands under the credits.
  const goodLine = after[good].n;
  if (page.metadata.some((m) => (m.field === 'byline' || m.field === 'date') && m.line > candidate.n && m.line < goodLine)) return;
  // Bare ("<place>") or closed by its mark ("<place>।", "<place>:"): a place of one to three words without function words.
  const place = readBarePlace(candidate.text) ?? readDatelineLine(candidate.text);
  // A word the page's navigation already carries ("<news>" as a section label above the headline) is no place,
  // unless the line stands under the header's own byline or date (isDatelineAboveStory).
  const entry = page.featuresOf.get(candidate.n);
  const navigation = !(entry !== undefined && isDatelineAboveStory(page, entry)) && page.removed.some((entry) => (page.indexOfLine.get(entry.line) ?? 0) < page.titleIndex && entry.text.trim() === candidate.text.trim());
  if (place && !navigation) {
    page.fields.dateline = place;
    page.useAsMetadata(candidate, 'dateline');
  }
}

// Captions without a credit marker (bare-captions.ts): above a first paragraph that opens with the dateline
// (or under a dateline line of its own), and between paragraphs a short phrase naming a picture with no paragraph under it.
function removeBareCaptions(page: PageImport): void {
  const { features, claimed, content } = page;
  const headerEnd = page.indexOfLine.get(lastHeaderLine(page)) ?? -1;
  if (page.titleIndex >= 0 && headerEnd >= page.titleIndex) {
    const first = features.findIndex((entry) => entry.index > headerEnd && !claimed.has(entry.n) && initialClass(entry) === 'good');
    const opening = features[first];
    const datelineAbove = first > 0 && page.metadata.some((entry) => entry.line === features[first - 1].n && entry.field === 'dateline');
    if (opening !== undefined && (datelineAbove || page.openingDateline(opening.text) !== undefined)) {
      for (const entry of features.slice(headerEnd + 1, first)) if (!claimed.has(entry.n) && isCaptionAboveDateline(entry)) page.remove(content[entry.index], 'caption');
    }
  }
  for (const entry of features) {
    if (entry.index <= page.firstBodyIndex || claimed.has(entry.n)) continue;
    if (isMediaCaption(entry, opensParagraph(page, features[entry.index + 1])) || isNotedCaption(entry)) page.remove(content[entry.index], 'caption');
  }
}

// A reader poll (question, a row of short options, the vote row, its label): poll-widget.ts.
function removePolls(page: PageImport): void {
  const after = page.features.slice(page.titleIndex + 1);
  for (const n of findPollLines(after)) {
    if (!page.claimed.has(n)) page.remove(page.content[page.indexOfLine.get(n) ?? 0], 'poll');
  }
}

// A clock time heading each entry of a live article is story text, not the timestamp it looks like alone.
function keepEntryStamps(page: PageImport): void {
  const reasonOf = new Map(page.removed.map((entry) => [entry.line, entry.reason] as const));
  const lines = page.features.map((entry) => ({
    n: entry.n, text: entry.text, timestamp: reasonOf.get(entry.n) === 'timestamp', prose: !page.claimed.has(entry.n) && isProse(entry),
  }));
  for (const n of findEntryStamps(lines)) {
    takeBackRemoval(page, n);
    page.entryStamps.add(n);
  }
}

function splitParagraphs(page: PageImport): void {
  const { lines, paragraphs } = page;
  let open: Paragraph | undefined;
  for (const line of page.unclaimed()) {
    // A live entry's stamp heads its entry: a heading of its own, never joined to the text around it.
    if (page.entryStamps.has(line.n)) {
      paragraphs.push({ kind: 'heading', lines: [line] });
      open = undefined;
      continue;
    }
    const last = open?.lines[open.lines.length - 1];
    // A table row (cells joined by tabs) is a paragraph of its own: never joined to a line above or below.
    const tableRow = isTableRowText(line.text);
    // A list item ("1. …", "• …") starts its own paragraph even under a line that does not end a sentence.
    const joins = open && last && !tableRow && !endsSentence(last.text) && !isListItem(line.text) && !startsNewProse(page, open, last, line)
      && (line.n === last.n + 1 || (line.n === last.n + 2 && lines[last.n].text === '' && endsWithStrongContinuation(last.text)));
    if (open && joins) {
      open.lines.push(line);
    } else {
      open = undefined;
      // A table row is body by its shape (cells joined by tabs), letters or not: a row of figures
      // ("<year>\t<amount>\t<amount>") is the story's table, not a line without text.
      if (hasNoLetters(line.text) && !tableRow) {
        page.remove(line, 'no-text');
      } else if (isLatinDominant(line.text)) {
        page.remove(line, 'english-text');
      } else if (tableRow) {
        paragraphs.push({ kind: 'body', lines: [line] });
      } else if (isHeadingLike(line.text) && !isListItem(line.text)) {
        paragraphs.push({ kind: 'heading', lines: [line] });
      } else {
        open = { kind: 'body', lines: [line] };
        paragraphs.push(open);
      }
    }
    if (open && endsSentence(line.text)) open = undefined;
  }
}

// A headline-shaped line with few function words does not run into a full sentence below it: it is a heading.
function startsNewProse(page: PageImport, open: Paragraph, last: PageLine, next: PageLine): boolean {
  const above = page.featuresOf.get(last.n);
  const below = page.featuresOf.get(next.n);
  return above !== undefined && below !== undefined && isHeadlineShaped(above) && above.stopwordDensity < 0.3
    && initialClass(below) === 'good' && open.lines.length === 1;
}

// No byline found: the agency in the story's opening dateline ("सियोल, 13 अगस्त (एपी)") is the byline, the dateline a metadata line.
function readAgencyDateline(page: PageImport): void {
  if (page.fields.byline !== undefined) return;
  const firstBody = storyOpening(page, lastHeaderLine(page));
  const agency = firstBody && datelineAgency(firstBody.lines[0].text);
  if (agency && firstBody) {
    page.fields.byline = agency.agency;
    page.metadata.push({ line: firstBody.lines[0].n, text: agency.dateline, field: 'dateline' });
  }
}

// The posting record names the writer only where nothing else credits the story: no byline, no agency
// in the opening dateline, and not the blog's own name (the account every post of the blog is posted by).
function readPostedByline(page: PageImport): void {
  const name = page.postedBy;
  if (name === undefined || page.fields.byline !== undefined) return;
  const firstBody = storyOpening(page, lastHeaderLine(page));
  if (firstBody && datelineAgency(firstBody.lines[0].text)) return;
  const siteNames = siteNamesOf(page.content.slice(0, Math.max(0, page.titleIndex)).map((entry) => entry.text), page.fields.outlet);
  const key = foldForComparison(name).toLowerCase();
  if (siteNames.some((site) => foldForComparison(site).toLowerCase() === key) || isOutletName(name)) return;
  page.fields.byline = name;
}

function newSegment(kind: SegmentKind, paragraph: number, line: number, source: string): Omit<Segment, 'id'> {
  return { kind, paragraph, line, source, target: '', status: 'untranslated' };
}

// Segments (sentences of each paragraph), their ids and repeats, and the article record.
function buildArticle(page: PageImport, id: string): Article {
  const { fields, paragraphs, titleLine, removed, metadata } = page;
  const segments: Omit<Segment, 'id'>[] = [];
  if (titleLine && fields.title !== undefined) segments.push(newSegment('title', 0, titleLine.n, fields.title));
  const paragraphSegments: number[][] = [];
  const firstBodyParagraph = storyOpening(page, lastHeaderLine(page));
  paragraphs.forEach((paragraph, index) => {
    const number = index + 1;
    const first = segments.length;
    if (paragraph.kind === 'heading') {
      segments.push(newSegment('heading', number, paragraph.lines[0].n, paragraph.lines[0].text));
    } else {
      const { text, lineAt } = joinLines(paragraph.lines);
      // The dateline opening the first paragraph ("इंदौर। …", "कोलकाता : …") is a field, not a segment of its own.
      // Only a dateline closed by a danda would become a segment of its own; "पटना: …" stays in its sentence.
      const dateline = paragraph === firstBodyParagraph ? page.openingDateline(text) : undefined;
      // A colon dateline stays in its sentence (product decision), yet it is still read as the dateline field.
      if (dateline && !/[।]\s*$/.test(text.slice(0, dateline.bodyStart))) {
        fields.dateline ??= dateline.dateline;
        dateline.bodyStart = 0;
      }
      const start = dateline && lineAt(0) === lineAt(dateline.bodyStart) ? dateline.bodyStart : 0;
      if (dateline && start > 0) {
        fields.dateline ??= dateline.dateline;
        page.useAsMetadata(paragraph.lines[0], 'dateline');
      }
      for (const span of splitHindiSentenceSpans(text.slice(start))) {
        segments.push(newSegment('body', number, lineAt(start + span.start), text.slice(start + span.start, start + span.end)));
      }
    }
    paragraphSegments.push(range(first, segments.length));
  });
  if (segments.length === 0) throw new ImportError(page.file, `no article text found: all ${page.content.length} non-blank lines are boilerplate or metadata`);
  if (segments[0].kind !== 'title') {
    // No headline line: the first sentence stands in as the title so the title is always segments[0].
    segments[0].kind = 'title';
    fields.title = segments[0].source;
  }

  const ids = assignSegmentIds(id, segments.map((segment) => segment.source));
  const withIds: Segment[] = segments.map((segment, index) => ({ id: ids[index], ...segment }));
  const firstParagraphByText = new Map<string, number>();
  paragraphs.forEach((paragraph, index) => {
    const key = paragraphSegments[index].map((segmentIndex) => foldForComparison(withIds[segmentIndex].source)).join('\n');
    const earlier = firstParagraphByText.get(key);
    if (earlier === undefined) {
      firstParagraphByText.set(key, index);
      return;
    }
    paragraphSegments[index].forEach((segmentIndex, k) => { withIds[segmentIndex].repeatOf = withIds[paragraphSegments[earlier][k]].id; });
  });

  removed.sort((a, b) => a.line - b.line);
  metadata.sort((a, b) => a.line - b.line);
  const article: Article = {
    schemaVersion: ARTICLE_SCHEMA_VERSION,
    id,
    file: page.file,
    title: fields.title ?? '',
    segments: withIds,
    removed,
    metadata,
    importedAt: page.options.now ? page.options.now() : new Date().toISOString(),
  };
  if (fields.titleEnglish !== undefined) article.titleEnglish = fields.titleEnglish;
  if (fields.date !== undefined) article.date = fields.date;
  if (fields.byline !== undefined) article.byline = fields.byline;
  if (fields.outlet !== undefined) article.outlet = fields.outlet;
  if (fields.dateline !== undefined) article.dateline = fields.dateline;
  if (fields.kicker !== undefined) article.kicker = fields.kicker;
  return article;
}

function readMetadataPart(part: string): { field: MetadataField; value: string } | undefined {
  const byline = readByline(part) ?? readOutletCredit(part)?.byline;
  if (byline !== undefined) return { field: 'byline', value: byline };
  const date = readDateLine(part);
  if (date !== undefined) return { field: 'date', value: date };
  if (isOutletName(part) && findOutlet(part)) return { field: 'outlet', value: findOutlet(part)?.name ?? part };
  // "Agency:News18Hindi", "एजेंसी: News18 Hindi": the site names itself as the source; a scraper may glue the words.
  const source = /^(?:Agency|Source|एजेंसी|स्रोत)\s*[:：]\s*(\S.{0,40})$/i.exec(part.trim());
  const sourceName = source?.[1].replace(/([a-z0-9])([A-Z])/g, '$1 $2');
  if (sourceName !== undefined && isOutletName(sourceName) && findOutlet(sourceName)) return { field: 'outlet', value: findOutlet(sourceName)?.name ?? sourceName };
  // "Agency: PTI": a news agency as the source is an agency credit.
  if (sourceName !== undefined && NEWS_AGENCIES.includes(sourceName.trim())) return { field: 'byline', value: sourceName.trim() };
  return undefined;
}

// "By X | Published: …" is metadata when every part is; "Curated by | site.com | Updated: …" too:
// a date or byline part, the rest short labels (at most four words each).
function isMetadataLine(metadataParts: (ReturnType<typeof readMetadataPart>)[], parts: string[]): boolean {
  if (metadataParts.every((part) => part !== undefined)) return true;
  const recognised = metadataParts.some((part) => part?.field === 'date' || part?.field === 'byline');
  return recognised && parts.every((part, k) => metadataParts[k] !== undefined || (scriptProfile(part).words <= 4 && !/[।?!]/.test(part)));
}

/**
 * The paragraph the story opens with, where its dateline stands: the first body paragraph below the
 * header (headline, byline, date), or the second one when a dateline opens it and not the first (a deck
 * under the byline); a standfirst above the byline and date is not it. Without a body paragraph below the
 * header, the first body paragraph.
 */
function storyOpening(page: PageImport, lastHeaderLine: number): Paragraph | undefined {
  const body = page.paragraphs.filter((paragraph) => paragraph.kind === 'body');
  const below = body.filter((paragraph) => paragraph.lines[0].n > lastHeaderLine);
  // A deck line may stand under the byline and date: of the first two paragraphs below, the one a dateline opens.
  return below.slice(0, 2).find((paragraph) => page.openingDateline(paragraph.lines[0].text) !== undefined) ?? below[0] ?? body[0];
}

/** True for a numbered or bulleted list line: "1. …", "2) …", "• …", "- …". */
export function isListItem(text: string): boolean {
  return /^(?:[0-9०-९]{1,2}[.)]|[•●▪■◦*-])\s+\S/.test(text);
}

/** A line that reads as prose on its own: sentence punctuation, six or more words, function words. */
function isProse(entry: LineFeatures): boolean {
  return (entry.endsSentence || /[।॥?!]/.test(entry.text)) && entry.words >= 6 && entry.stopwordDensity >= 0.15;
}

/** Index of the first undecided line of good prose (jusText's context-free class), or the line count. */
// A row of several headlines (a ticker) is good by its words, yet no paragraph of the story.
function firstGoodIndex(features: readonly LineFeatures[], isClaimed: (n: number) => boolean): number {
  const found = features.findIndex((entry) => !isClaimed(entry.n) && initialClass(entry) === 'good' && !isHeadlineRow(entry.text));
  return found < 0 ? features.length : found;
}

/** A related card's date line: a date alone, or a date beside one or two short labels ("विचार | 04 Feb 2026"). */
function isCardDateLine(text: string): boolean {
  if (text.length > 80) return false;
  if (readDateLine(text) !== undefined) return true;
  // Without a separator the line is its only part, and one part is no labelled date (most lines: no split).
  if (!text.includes('|') && !text.includes('•') && !text.includes('·')) return false;
  const parts = text.split(/\s*[|•·]\s*/);
  // A card's time may be relative ("<section> | 3 घंटे पहले"): the time a card was posted, absolute or not.
  const isTime = (part: string): boolean => readDateLine(part) !== undefined || matchBoilerplate(part.trim())?.reason === 'relative-date';
  return parts.length >= 2 && parts.some(isTime) && parts.every((part) => isTime(part) || scriptProfile(part).words <= 3);
}

// Site words that trail a headline or lead its outlet part: "… - Hindi News", "Hindi News, Zee News".
const GENERIC_SITE_WORDS = '(?:Latest Hindi News|Hindi News|Latest News|हिंदी न्यूज़?|हिन्दी न्यूज़?|हिंदी समाचार|हिन्दी समाचार)';
const GENERIC_SITE_WORDS_SUFFIX = new RegExp(`\\s+[-–—|,]\\s+${GENERIC_SITE_WORDS}$`, 'i');
const GENERIC_SITE_WORDS_PREFIX = new RegExp(`^\\s*${GENERIC_SITE_WORDS}\\s*[,|–—-]\\s*(?=\\S)`, 'i');

// Both suffix patterns need a dash or a pipe (the generic site words a comma too): without one there is no suffix.
function hasSuffixSeparator(text: string, comma: boolean): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x2d || c === 0x7c || c === 0x2013 || c === 0x2014 || (comma && c === 0x2c)) return true;
  }
  return false;
}

function stripOutletSuffix(text: string): string {
  // Only headline-sized text: the backtracking pattern below is quadratic on a megabyte line.
  if (text.length > 300 || !hasSuffixSeparator(text, true)) return text;
  const m = /^(.*\S)\s+[-–—|]\s+([^-–—|]+)$/.exec(text);
  return (m && isOutletName(m[2]) && findOutlet(m[2]) ? m[1] : text).replace(GENERIC_SITE_WORDS_SUFFIX, '');
}

function outletOfSuffix(text: string): string | undefined {
  if (text.length > 300 || !hasSuffixSeparator(text, false)) return undefined;
  const m = /^(.*\S)\s+[-–—|]\s+([^-–—|]+)$/.exec(text);
  return m && isOutletName(m[2]) ? findOutlet(m[2])?.name : undefined;
}

/** Joins a paragraph's lines (no space after an opening quote or hyphen) and maps offsets back to line numbers. */
function joinLines(lines: PageLine[]): { text: string; lineAt: (offset: number) => number } {
  let text = '';
  const starts: number[] = [];
  for (const line of lines) {
    if (text !== '') text += endsWithOpeningQuote(text) || /[-–—]$/.test(text) ? '' : ' ';
    starts.push(text.length);
    text += line.text;
  }
  const lineAt = (offset: number): number => {
    let index = 0;
    while (index + 1 < starts.length && starts[index + 1] <= offset) index++;
    return lines[index].n;
  };
  return { text, lineAt };
}

function range(start: number, end: number): number[] {
  return Array.from({ length: end - start }, (_, k) => start + k);
}
