/**
 * The one API contract. The Electron preload, the browser fallback (POST /api/<call>) and the
 * command line are three transports for the same handlers (services/handlers.ts).
 * Adding a call starts here; the compiler then shows every place that must follow.
 * This file holds types only, so the renderer may import it.
 */
import type { Article, ArticleSummary, FieldTranslation, IgnoredIssue, Segment, SegmentStatus, RemovedLine, TranslatableField } from '../articles/model.ts';
import type { Glossary, GlossaryEntry, IssueCode, SegmentIssue, TermHit } from '../glossary/model.ts';
import type { ReviewedAlignment, ReviewOp } from '../articles/align/review-edits.ts';
import type { ReviewConflict } from '../articles/align/review-apply.ts';
import type { AnalysisFigures, MatchBand, SegmentsAndWords } from '../articles/analysis/match-analysis.ts';

export type { AnalysisFigures, MatchBand, SegmentsAndWords };
export type { Article, ArticleSummary, IgnoredIssue, Segment, SegmentStatus, RemovedLine, Glossary, GlossaryEntry, IssueCode, SegmentIssue, TermHit };

/** Facts about the open project. */
export interface ProjectInfo {
  dir: string;
  name: string;
  /** True when another process holds the project lock; edits are refused. */
  readOnly: boolean;
  /** Human-readable problems met while opening (corrupt files moved aside, …), as data. */
  warnings: { code: string; file: string; detail: string }[];
}

/** A page to import, as sent by the renderer (file picker) or read by the CLI. */
export interface PageUpload {
  name: string;
  /** Base64 of the raw bytes, so any encoding (UTF-8, BOM, UTF-16) survives the transport. */
  base64: string;
}

/** Where an entry occurs in the project. */
export interface EntryOccurrence {
  articleId: string;
  segmentId: string;
  start: number;
  end: number;
  text: string;
}

/** English spelling variants a project can choose as its house style. */
export type SpellingVariant = 'en-GB' | 'en-US';

/** A misspelled word of a checked text: [start, end) in UTF-16 code units. */
export interface SpellRange {
  start: number;
  end: number;
  word: string;
}

/** What spell.check answers: the variant used, the misspellings per text, and a key that changes when the known words do. */
export interface SpellCheckResult {
  variant: SpellingVariant;
  ranges: SpellRange[][];
  version: string;
}

/** An imported article's figures plus how many of its segments import pre-translated from the memory. */
export interface ImportedArticle extends ArticleSummary {
  preTranslated: number;
}

/** One article's figures for the list, kept up to date by the server (services/project-summaries.ts). */
export interface ArticleCounts extends ArticleSummary {
  /** Segments per status. */
  byStatus: Record<SegmentStatus, number>;
  /** Hindi words of every segment. */
  words: number;
  /**
   * Open glossary issues by kind (blocking issues, approved-with-reason excluded); absent until
   * first counted. While a recount is pending (issueProgress) it holds the last count.
   */
  issues?: Partial<Record<IssueCode, number>>;
  /** The translator's English for the title segment, when there is one. */
  titleTranslation?: string;
  /** Newest segment change, else the import time. */
  lastChange: string;
}

/** Every article's figures, in display order, and how far the issue recount after a glossary change has got. */
export interface ArticleSummaries {
  articles: ArticleCounts[];
  /** Articles whose issue counts are current, out of all; equal when nothing is pending. */
  issueProgress: { done: number; total: number };
}

/**
 * Counts and memory analysis of some articles (analysis.article, analysis.project): per article
 * in the order analysed and in total. Bands are matched against the project memory without the
 * analysed articles' own pairs, plus the imported memories (services/analysis-handlers.ts).
 */
export interface ProjectAnalysis {
  articles: { articleId: string; title: string; figures: AnalysisFigures }[];
  total: AnalysisFigures;
  /** Pairs the bands were matched against: other articles' confirmed segments, imported memories. */
  memoryPairs: { articles: number; imported: number };
}

/** UI preferences kept in the project folder. */
export interface Settings {
  uiLanguage: 'en' | 'hi';
  /** The project's house style for English spelling; en-GB when not set (services/spell/dictionary-files.ts). */
  houseStyle?: SpellingVariant;
  /** Stamped by the store on every change (services/store/revisions.ts); never set by callers. */
  revision?: number;
}

/** Every call: name → [argument, result]. */
export interface ApiCalls {
  'project.info': [Record<string, never>, ProjectInfo];
  'settings.get': [Record<string, never>, Settings];
  /** `baseRevision`: the settings revision this change was based on; stale → 'conflict'. */
  'settings.set': [Partial<Omit<Settings, 'revision'>> & { baseRevision?: number }, Settings];

  'article.list': [Record<string, never>, ArticleSummary[]];
  'article.summaries': [Record<string, never>, ArticleSummaries];
  'article.get': [{ id: string }, Article];
  /** Imports pages (all or nothing); 100 % memory matches and repetitions come back pre-translated. */
  'article.import': [{ pages: PageUpload[] }, ImportedArticle[]];
  /** `baseRevision`: the segment's revision the edit was based on; stale → 'conflict' with both versions. */
  'article.saveSegment': [
    { articleId: string; segmentId: string; target: string; status?: SegmentStatus; overrideReason?: string; baseRevision?: number },
    Segment,
  ];
  /**
   * Ignores one current issue of a segment with a reason (`reason: null` restores it); the ignore
   * holds while the segment's target stays the text it was given for. `key` = issueKey of the issue.
   */
  'article.ignoreIssue': [{ articleId: string; segmentId: string; key: string; reason: string | null; baseRevision?: number }, Segment];
  /**
   * Saves the English of a header field (kicker, dateline, byline; a blank target removes it).
   * `baseRevision`: the field translation's revision the edit was based on (0 = none yet); stale → 'conflict' with both versions.
   */
  'article.saveField': [{ articleId: string; field: TranslatableField; target: string; baseRevision?: number }, SavedField];
  'article.restoreRemoved': [{ articleId: string; line: number }, Article];
  /** Joins the segment with the next one of its paragraph: the next becomes `joined`, its English moves onto this one. */
  'article.joinSegments': [{ articleId: string; segmentId: string }, Article];
  /** Splits a joined segment off the one before: it is untranslated again, with its own English box. */
  'article.splitSegment': [{ articleId: string; segmentId: string }, Article];

  'glossary.get': [Record<string, never>, Glossary];
  /** `baseRevision`: the entry's revision the edit was based on (0 = creating it); stale → 'conflict'. */
  'glossary.upsert': [{ entry: GlossaryEntry; baseRevision?: number }, GlossaryEntry];
  'glossary.delete': [{ id: string; baseRevision?: number }, { deleted: boolean }];
  'glossary.terms': [{ text: string }, TermHit[]];
  'glossary.check': [{ source: string; target: string }, SegmentIssue[]];
  /** Checks the pairs of one document in order: earlier pairs are the context of later ones ("Kim" after "Kim Jong Un"). One list of issues per pair. */
  'glossary.checkDocument': [{ pairs: { source: string; target: string }[] }, SegmentIssue[][]];
  'glossary.occurrences': [{ entryId: string }, EntryOccurrence[]];
  /** Merges entries read from a glossary file (CLI `glossary import`): the plan, applied unless dryRun. */
  'glossary.import': [GlossaryImportRequest, GlossaryImportResult];

  'align.list': [Record<string, never>, AlignmentSummary[]];
  'align.get': [{ articleId: string }, AlignmentView];
  'align.run': [AlignRequest, AlignmentSummary];
  'align.runBatch': [{ items: AlignRequest[] }, AlignRunResult[]];
  'align.edit': [{ articleId: string; op: ReviewOp }, AlignEditResult];

  /** `pairs`: 'aligned' (default) the accepted alignment links; 'confirmed' every translated, reviewed or approved segment. */
  'export.tmx': [{ pairs?: 'aligned' | 'confirmed' }, ExportFile];
  'export.xliff': [{ articleId: string; version: '1.2' | '2.0' }, ExportFile];
  'export.linksCsv': [Record<string, never>, ExportFile];
  /** The English of one or more articles in the page's layout (kicker, headline, byline, dateline, paragraphs). */
  'export.english': [{ articleIds: string[]; format: EnglishExportFormat }, ExportFile];

  'tm.lookup': [{ articleId: string; segmentId: string; min?: number; limit?: number }, TmSegmentMatch[]];
  /** Matches for any Hindi text (not a stored segment), from the same server-side project memory. */
  'tm.search': [{ text: string; min?: number; limit?: number }, TmSegmentMatch[]];
  'tm.concordance': [{ query: string; limit?: number }, ConcordanceHit[]];
  'tm.memories': [Record<string, never>, ImportedMemory[]];
  'tm.import': [{ fileName: string; base64: string; name?: string }, TmImportResult];
  'repetitions.get': [{ articleId: string }, SegmentRepetition[]];
  'segment.unlink': [{ articleId: string; segmentId: string; unlinked?: boolean }, Segment];
  'glossary.previewPropagation': [PropagationRequest, PropagationPreview];
  'glossary.applyPropagation': [PropagationRequest & { selected?: { articleId: string; segmentId: string; before: string }[] }, PropagationApplied];
  'glossary.undoPropagation': [Record<string, never>, PropagationUndone];
  /** Every change a find-and-replace in the English would make, across the chosen articles (all when none named). */
  'project.previewReplace': [ReplaceRequest, ReplacePreview];
  /** Applies the kept changes all-or-nothing as one undoable step; a target changed since the preview is stale and kept. */
  'project.replace': [ReplaceRequest & { selected: { articleId: string; segmentId: string; before: string }[] }, ReplaceApplied];
  /** Undoes the last replace (the one named by `stepId`, when given: another one is a conflict); segments edited since are kept. */
  'project.undoReplace': [{ stepId?: string }, ReplaceUndone];

  /** The project's link to a shared desk (PostgreSQL, desk/): where, as whom, live or not, what waits for a person. */
  /** Misspelled words of English texts (segment targets), by the project's house style, glossary and dictionary. */
  'spell.check': [{ texts: string[] }, SpellCheckResult];
  /** Corrections for one word, best first. */
  'spell.suggest': [{ word: string }, { suggestions: string[] }];
  /** Adds a word to the project dictionary (docs/spelling-dictionary.json); returns its words. */
  'spell.addWord': [{ word: string }, { words: string[] }];
  /** One article's counts, repetitions and memory match bands (its own translations left out of the matching). */
  'analysis.article': [{ articleId: string }, ProjectAnalysis];
  /** The same for the named articles (all when none named), repetitions counted across them once. */
  'analysis.project': [{ articleIds?: string[] }, ProjectAnalysis];
  /** The QA report of the chosen articles (all when none named): issues, overrides, ignores, spelling, glossary compliance; in `language` (default the UI language). */
  'report.qa': [QaReportRequest, QaReport];
  /** The same report as one self-contained, printable HTML file (services/qa-report-html.ts). */
  'report.qaHtml': [QaReportRequest, ExportFile];
  'desk.status': [Record<string, never>, DeskStatus];
  /** Signs in and goes live: a copy of that desk syncs, a plain project is published to it. The password is never stored. */
  'desk.connect': [{ database: string; user: string; password: string }, DeskStatus];
  'desk.sync': [Record<string, never>, DeskStatus];
  'desk.disconnect': [Record<string, never>, DeskStatus];
  /** Tells the desk which article this user has open (null: none); returns who has which open. */
  'desk.presence': [{ articleId: string | null }, DeskStatus];
}

/** Which articles a QA report covers and in which language its words are. */
export interface QaReportRequest {
  /** Absent: every article of the project, in list order. */
  articleIds?: string[];
  language?: 'en' | 'hi';
}

/** One segment as a QA report row names it. */
export interface QaReportSegment {
  /** 1-based position of the segment in its article, as the editor numbers it. */
  number: number;
  segmentId: string;
  source: string;
  target: string;
  status: SegmentStatus;
  /** Set on a header field's row (kicker, dateline, byline): number is 0 and segmentId `field:<name>`. */
  field?: TranslatableField;
}

/** A glossary or number issue as the report lists it: the data plus a sentence in the report's language. */
export interface QaReportIssue {
  code: IssueCode;
  severity: SegmentIssue['severity'];
  message: string;
}

/** How the article's English uses the glossary terms found in its Hindi (one count per term per segment). */
export interface QaGlossaryCompliance {
  /** Terms whose approved rendering (or an accepted form) is in the English. */
  correct: number;
  /** Terms with none of their renderings in the English. */
  missing: number;
  /** Forbidden renderings in the English. */
  forbidden: number;
  /** Person names rendered as a different person. */
  wrongName: number;
  /** Terms in segments that have no English yet (not judged). */
  untranslated: number;
}

/** One article's part of the report. */
export interface QaArticleReport {
  articleId: string;
  file: string;
  title: string;
  titleEnglish?: string;
  counts: {
    segments: number;
    byStatus: Record<SegmentStatus, number>;
    /** Open issues (neither ignored nor approved over), and how many of them are errors. */
    openIssues: number;
    openErrors: number;
    overrides: number;
    ignored: number;
    misspellings: number;
  };
  /** Every open issue, segment by segment. */
  issues: (QaReportSegment & { issue: QaReportIssue })[];
  /** Segments approved over glossary issues, with the reason recorded and the issues it covers now. */
  overrides: (QaReportSegment & { reason: string; issues: QaReportIssue[] })[];
  /** Issues the translator ignored for the current English, each with its reason. */
  ignored: (QaReportSegment & { issue: QaReportIssue; reason: string })[];
  /** Words of the English the spell checker does not know (house style, glossary, project dictionary). */
  spelling: (QaReportSegment & { words: { word: string; suggestions: string[] }[] })[];
  compliance: QaGlossaryCompliance;
}

/** A QA report of one or more articles with the project's totals first. */
export interface QaReport {
  project: string;
  generatedAt: string;
  language: 'en' | 'hi';
  houseStyle: SpellingVariant;
  totals: QaArticleReport['counts'] & { articles: number; compliance: QaGlossaryCompliance };
  articles: QaArticleReport[];
}

/** How a find-and-replace matches (articles/find-replace/text-search.ts). */
export interface ReplaceOptions {
  matchCase: boolean;
  wholeWord: boolean;
  regex: boolean;
}

/** A find-and-replace in the English of segments. */
export interface ReplaceRequest {
  query: string;
  /** With `regex`, `$1` / `$<name>` / `$&` insert groups and `$$` a dollar sign. */
  replacement: string;
  options: ReplaceOptions;
  /** The articles to search; absent: every article of the project. */
  articleIds?: string[];
}

/** One segment the replace would change. */
export interface ReplacePreviewChange {
  articleId: string;
  articleTitle: string;
  segmentId: string;
  /** 0-based position of the segment in its article. */
  segmentIndex: number;
  source: string;
  before: string;
  after: string;
  /** Matches replaced in this segment. */
  count: number;
  status: SegmentStatus;
  /** What the workflow makes of the status after the edit (a confirmed segment becomes a draft). */
  statusAfter: SegmentStatus;
}

/** Every change a replace would make. */
export interface ReplacePreview {
  changes: ReplacePreviewChange[];
  /** Matches over all changes. */
  matches: number;
  /** Articles searched. */
  articles: number;
}

/** Result of a replace: one undo step named `stepId` (absent when nothing changed). */
export interface ReplaceApplied {
  stepId?: string;
  applied: { articleId: string; segmentId: string }[];
  stale: { articleId: string; segmentId: string }[];
  undoDepth: number;
}

/** Result of undoing a replace. */
export interface ReplaceUndone {
  restored: { articleId: string; segmentId: string }[];
  /** Segments edited after the replace; left as they are. */
  skipped: { articleId: string; segmentId: string }[];
  undoDepth: number;
}

/** The desk link as the settings show it. */
export interface DeskStatus {
  /** True while signed in and listening for the desk's changes. */
  connected: boolean;
  /** The desk this project is a copy of (URL without password), and as whom. */
  database?: string;
  user?: string;
  role?: 'translator' | 'reviewer' | 'terminologist' | 'lead';
  /** Change-log sequence the copy has caught up to. */
  seq?: number;
  lastSyncAt?: string;
  /** Conflicts that wait for a person (both versions), and local changes the desk refused. */
  conflicts: ConflictInfo[];
  refused: { kind: string; id: string; articleId?: string; reason: string }[];
  /** Who has which article open, others included. */
  presence: { user: string; role: string; articleId: string }[];
  /** Why the last attempt failed, as the desk said it. */
  error?: string;
}

/** A word-diff step: equal, only in the memory's text (delete), only in the current text (insert). */
export interface WordDiffOp {
  op: 'equal' | 'delete' | 'insert';
  text: string;
}

/** A translation-memory match for a segment (articles/memory lookup plus where the pair lives). */
export interface TmSegmentMatch {
  source: string;
  target: string;
  /** Word-level similarity 0..1 of the normalised Hindi. */
  score: number;
  /** `article:<id>` or `tm:<memory name>`. */
  origin: string;
  /** The target with differing numbers/terms already replaced, when that was safe. */
  adapted?: string;
  /** Word diff from the memory's Hindi to the segment's Hindi. */
  diff: WordDiffOp[];
  /** Same neighbours as the segment. */
  contextMatch: boolean;
  /** Set for pairs of the project's articles. */
  articleId?: string;
  /** Set for pairs of an imported memory. */
  memory?: string;
}

/** A segment pair found by concordance search. */
export interface ConcordanceHit {
  source: string;
  target: string;
  articleId?: string;
  segmentId?: string;
  memory?: string;
}

/** An imported, read-only translation memory. */
export interface ImportedMemory {
  name: string;
  file: string;
  importedAt: string;
  pairs: number;
}

/** Outcome of tm.import: units without Hindi or English are skipped with their line. */
export interface TmImportResult {
  memory: ImportedMemory;
  skipped: { line?: number; message: string }[];
}

/** A segment that has identical (normalised) Hindi elsewhere in the project. */
export interface SegmentRepetition {
  segmentId: string;
  /** Segments in the project with this Hindi, this one included (2 or more). */
  occurrences: number;
  unlinked: boolean;
  /** The segment as stored now (a confirmation elsewhere may have filled it). */
  target: string;
  status: SegmentStatus;
  origin?: Segment['origin'];
}

/**
 * A glossary change to propagate: `after` is the entry as it is (default: the stored entry),
 * `before` the entry as it was (its old approved rendering is replaced too).
 */
export interface PropagationRequest {
  entryId: string;
  before?: GlossaryEntry;
  after?: GlossaryEntry;
}

/** One proposed replacement in a target. */
export interface PropagationPreviewChange {
  articleId: string;
  articleTitle: string;
  segmentId: string;
  status: SegmentStatus;
  /** The Hindi, for context. */
  source: string;
  before: string;
  after: string;
  diff: WordDiffOp[];
}

/** Every target the change would alter, across all articles. */
export interface PropagationPreview {
  entryId: string;
  /** Renderings that are replaced, longest first. */
  forms: string[];
  replacement: string;
  changes: PropagationPreviewChange[];
}

/** Result of applying a propagation (one undoable step). */
export interface PropagationApplied {
  applied: { articleId: string; segmentId: string }[];
  /** Segments whose target changed since the preview; left alone. */
  stale: { articleId: string; segmentId: string }[];
  /** Propagation steps that can be undone now. */
  undoDepth: number;
}

/** Result of undoing the last propagation. */
export interface PropagationUndone {
  restored: { articleId: string; segmentId: string }[];
  /** Segments edited after the propagation; left as they are. */
  skipped: { articleId: string; segmentId: string }[];
  undoDepth: number;
}

export type { ReviewedAlignment, ReviewOp, ReviewConflict };

/** One article's stored alignment, as the review view lists it. */
export interface AlignmentSummary {
  articleId: string;
  title: string;
  titleEnglish?: string;
  translationFile: string;
  alignedAt: string;
  /** Number of links. */
  links: number;
  /** Links still pending review. */
  open: number;
  accepted: number;
}

/**
 * A stored alignment without its undo states and restore records, which stay in the project;
 * `conflicts`: accepted links whose segments hold the translator's own work (never overwritten).
 */
export type AlignmentView = Omit<ReviewedAlignment, 'undo' | 'replaced'> & { undoDepth: number; conflicts: ReviewConflict[] };

/** An English translation to align with an article's segments. */
export interface AlignRequest {
  articleId: string;
  english: string;
  /** Name of the file the English came from; 'pasted' when absent. */
  fileName?: string;
}

/** Outcome of one article in a batch alignment. */
export type AlignRunResult = { articleId: string; ok: true; summary: AlignmentSummary } | { articleId: string; ok: false; error: ApiError };

/** A review edit's result: the alignment after it and the article segments it rewrote. */
export interface AlignEditResult {
  alignment: AlignmentView;
  changedSegments: Segment[];
  /** Segments this edit would have written but left alone, because they hold the translator's own work. */
  skipped: number;
}

/** File content the renderer offers as a download. */
export interface ExportFile {
  fileName: string;
  mimeType: string;
  /** The file's text, or its bytes in base64 when `encoding` says so (DOCX). */
  content: string;
  /** Units (TMX <tu>) the file holds, where that is a count worth showing. */
  units?: number;
  encoding?: 'base64';
  /** English exports: segments that had no English yet (written as a visible placeholder). */
  untranslated?: number;
  /** English exports: header fields (kicker, byline, dateline) in Hindi without English, left out of the page. */
  untranslatedFields?: number;
}

/** Entries read from a glossary file, to merge into the project's glossary. */
export interface GlossaryImportRequest {
  entries: GlossaryEntry[];
  /** The entry fields the file's format carries (only these are compared and copied); default all. */
  fields?: GlossaryEntryField[];
  /** 'skip' (default) keeps the project's entry on a conflict; 'take-incoming' lets the file win. */
  conflicts?: 'skip' | 'take-incoming';
  /** Plan only; nothing is written. */
  dryRun?: boolean;
}

/** A field of a glossary entry other than its id. */
export type GlossaryEntryField = Exclude<keyof GlossaryEntry, 'id'>;

/** What a glossary import did (or, with dryRun, would do). */
export interface GlossaryImportResult {
  applied: boolean;
  added: { id: string; source: string; target: string }[];
  /** before/after are the approved renderings (equal when only other fields changed). */
  changed: { id: string; source: string; before: string; after: string }[];
  conflicts: { reason: string; existing: { id: string; source: string; target: string }; incoming: { source: string; target: string } }[];
  unchanged: number;
}

/** Formats of the English export: plain text, Markdown, Word. */
export type EnglishExportFormat = 'txt' | 'md' | 'docx';

export type ApiName = keyof ApiCalls;
export type ApiArgs<N extends ApiName> = ApiCalls[N][0];
export type ApiResult<N extends ApiName> = ApiCalls[N][1];

/** The client view of the API, as exposed by the preload and by the HTTP client. */
export type Api = { [N in ApiName]: (args: ApiArgs<N>) => Promise<ApiResult<N>> };

/** What every transport carries back for one call: the result, or an ApiError as data. */
export type ApiResponse<N extends ApiName> = { ok: true; result: ApiResult<N> } | { ok: false; error: ApiError };

/**
 * Commands the desktop menu sends to the renderer (electron/main.ts); the same shape as the
 * renderer's EditorCommand (renderer/editor/shortcuts.ts), so one dispatcher serves keys and menu.
 * The browser fallback has no menu: there the renderer's own key handling is the only source.
 */
export type ShellCommand =
  | { type: 'confirm-and-next' | 'approve' | 'previous-segment' | 'next-segment' | 'undo' | 'redo' | 'find' | 'insert-best-match' }
  | { type: 'insert-rendering'; /** 0-based: Ctrl+1 is index 0. */ index: number }
  /**
   * Sent when the window is about to close: the page writes every pending edit, and its listener
   * returns a promise that settles when done; the preload then acknowledges on FLUSHED_CHANNEL.
   */
  | { type: 'flush-before-close' };

/** Error shape carried over every transport. */
export interface ApiError {
  code: 'bad-input' | 'not-found' | 'read-only' | 'conflict' | 'io' | 'internal';
  message: string;
  file?: string;
  line?: number;
  /** Set when a write was based on a stale revision: both versions, for "keep mine / take theirs". */
  conflict?: ConflictInfo;
}

/**
 * A stale write (issue 13; the revision model is in services/store/revisions.ts): the thing changed
 * elsewhere after the writer read it. `theirs` is the stored version now (null: deleted elsewhere),
 * `mine` the write that was refused. Resending `mine` with `baseRevision: currentRevision` keeps it.
 */
export interface ConflictInfo {
  /** 'field': a header field's English (id = the field name). */
  kind: 'segment' | 'field' | 'glossary-entry' | 'settings' | 'article' | 'doc';
  id: string;
  /** The article of a segment or field conflict. */
  articleId?: string;
  baseRevision: number;
  currentRevision: number;
  mine: unknown;
  theirs: unknown;
}

export type { FieldTranslation, TranslatableField };

/** A header field's English as stored after article.saveField (null: removed), with its glossary issues. */
export interface SavedField {
  articleId: string;
  field: TranslatableField;
  translation: FieldTranslation | null;
  /** Glossary issues of the field's English against its Hindi (a forbidden form in a dateline is an error). */
  issues: SegmentIssue[];
}
