/** Glossary (term base) data model shared by every layer. */

export const GLOSSARY_SCHEMA_VERSION = 1;

/** What kind of thing a term names. */
export type TermType = 'person' | 'place' | 'organization' | 'term';

/** exact: whole word only; inflected: Hindi inflection suffixes (ों/ें/े/…) may follow the term. */
export type MatchMode = 'exact' | 'inflected';

/** Workflow state of an entry. */
export type EntryStatus = 'proposed' | 'approved';

/** One term-base entry: a Hindi term, its approved English rendering and what is not allowed. */
export interface GlossaryEntry {
  id: string;
  /** Canonical Hindi term, e.g. किम जोंग उन. */
  source: string;
  /** Other Hindi spellings that mean the same entry, e.g. किम जोंग-उन, किम जोंग. */
  sourceVariants: string[];
  /** Approved English rendering, e.g. Kim Jong Un. */
  target: string;
  /** Other English renderings that are also acceptable. */
  targetAlternates: string[];
  /** English renderings that must not be used, e.g. Kim Jong-un, Kiev. */
  forbidden: string[];
  /**
   * English forms a terminologist added to the entry's family (beside the derived ones, see
   * english-forms.ts), e.g. "Muscovite" for Moscow. Absent = none.
   */
  acceptedForms?: string[];
  /** Derived forms the terminologist removed: the checker no longer accepts them. Absent = none. */
  rejectedForms?: string[];
  type: TermType;
  caseSensitive: boolean;
  matchMode: MatchMode;
  note: string;
  status: EntryStatus;
  createdAt: string;
  updatedAt: string;
  author: string;
  /** Stamped by the project store when the entry changes (services/store/revisions.ts); conflicts compare it. */
  revision?: number;
}

/** A whole term base. */
export interface Glossary {
  schemaVersion: number;
  entries: GlossaryEntry[];
  /** Stamped by the project store on every change. */
  revision?: number;
}

/** Half-open UTF-16 offsets [start, end) into a text. */
export type Span = [number, number];

/** A glossary term found in Hindi source text. */
export interface TermHit {
  entryId: string;
  start: number;
  end: number;
  /** The matched text exactly as it stands in the source. */
  text: string;
}

/** Codes of the target-side checks; the renderer turns them into words. */
export type IssueCode = 'missing-term' | 'forbidden-term' | 'wrong-name' | 'number-mismatch' | 'untranslated';

/** How bad an issue is: errors change the meaning (forbidden form, wrong person, number), warnings may be fine. */
export type IssueSeverity = 'error' | 'warning';

/** One problem found in a segment pair: data, never prose. */
export interface SegmentIssue {
  code: IssueCode;
  severity: IssueSeverity;
  entryId?: string;
  sourceSpan?: Span;
  targetSpan?: Span;
  /** What the target should contain (approved rendering, or the number). */
  expected?: string;
  /** Extra hint, e.g. the converted figure for a लाख/करोड़ amount. */
  suggestion?: string;
  /** True when the Hindi itself holds the English term in Latin letters (`North Korea :`). */
  latinInSource?: boolean;
  /** For wrong-name: the other person's rendering found in the English. */
  found?: string;
}
