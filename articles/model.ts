/** Article data model shared by every layer. */

export const ARTICLE_SCHEMA_VERSION = 1;

/**
 * Workflow state of one segment. `joined`: the segment has no English of its own because the
 * English of the segment before covers it too (a 2-1 alignment link, or a join in the editor).
 * `pre-translated`: filled on import from a 100 % memory match or a repetition; nobody has
 * confirmed it yet (articles/memory/pre-translate.ts).
 */
export type SegmentStatus = 'untranslated' | 'pre-translated' | 'draft' | 'translated' | 'reviewed' | 'approved' | 'joined';

/** Where a segment's current translation came from. */
export type SegmentOrigin = 'manual' | 'aligned' | 'tm' | 'repetition' | 'propagation';

/** Role of a segment inside the article. */
export type SegmentKind = 'title' | 'heading' | 'body';

/** One Hindi sentence (or title/subheading) and its English translation. */
export interface Segment {
  /** Stable id: article id + hash of the text and its neighbours, so it survives a re-import. */
  id: string;
  kind: SegmentKind;
  /** Paragraph index in the body (0 for the title). */
  paragraph: number;
  /** 1-based line in the raw page where the segment starts. */
  line: number;
  source: string;
  target: string;
  status: SegmentStatus;
  origin?: SegmentOrigin;
  /** Id of an earlier segment whose paragraph this one repeats (flagged, never deleted). */
  repeatOf?: string;
  /** Why the translator approved despite glossary issues. */
  overrideReason?: string;
  /**
   * Issues the translator ignored, each with its reason and the target it was given for: an
   * ignore holds only while the target is that text (an edit brings the issue back).
   */
  ignoredIssues?: IgnoredIssue[];
  /** Unlinked from its repetitions by the translator. */
  unlinked?: boolean;
  updatedAt?: string;
  /** Stamped by the project store when the segment changes (services/store/revisions.ts); conflicts compare it. */
  revision?: number;
}

/** One ignored issue of a segment (segment-workflow.ts issueKey names the issue). */
export interface IgnoredIssue {
  key: string;
  reason: string;
  /** The target text the issue was ignored for. */
  target: string;
}

/** A raw line that import did not put in the body, and why; restorable. */
export interface RemovedLine {
  line: number;
  text: string;
  /** Machine-readable reason, e.g. 'weather-widget', 'tags', 'similar-news', 'breadcrumb', 'promo'. */
  reason: string;
}

/** A raw line used as metadata (title, date, byline, outlet, English title, dateline, kicker). */
export interface MetadataLine {
  line: number;
  text: string;
  field: 'title' | 'titleEnglish' | 'date' | 'byline' | 'outlet' | 'dateline' | 'kicker';
}

/** The header fields a translator translates beside the segments (text, not dates or outlet names). */
export type TranslatableField = 'byline' | 'dateline' | 'kicker';

/** The translator's English of one header field, and the Hindi it was written for. */
export interface FieldTranslation {
  /** The field's text when the English was saved; a re-import that reads other text keeps the English and shows both. */
  source: string;
  target: string;
  updatedAt?: string;
  /** Stamped by the project store when the translation changes (services/store/revisions.ts); conflicts compare it. */
  revision?: number;
}

/** An imported article. */
export interface Article {
  schemaVersion: number;
  id: string;
  /** Name of the imported page file. */
  file: string;
  title: string;
  titleEnglish?: string;
  /** ISO 8601 date (YYYY-MM-DD or full timestamp) when the page shows one. */
  date?: string;
  byline?: string;
  outlet?: string;
  /** Place (and agency or date) opening the story, "इंदौर" or "चंडीगढ़, 28 अक्तूबर"; cut from the first segment. */
  dateline?: string;
  /** Topic label printed before the headline ("North Korea", "IND vs NZ Final"); cut from the title. */
  kicker?: string;
  /** English of the translatable header fields, edited above the segments (articles/field-translations.ts). */
  fieldTranslations?: Partial<Record<TranslatableField, FieldTranslation>>;
  /** The title is segments[0] (kind 'title'). */
  segments: Segment[];
  removed: RemovedLine[];
  metadata: MetadataLine[];
  importedAt: string;
  /** Stamped by the project store on every change (services/store/revisions.ts). */
  revision?: number;
}

/** Counts shown in article lists. */
export interface ArticleSummary {
  id: string;
  file: string;
  title: string;
  titleEnglish?: string;
  date?: string;
  outlet?: string;
  segments: number;
  translated: number;
  approved: number;
}
