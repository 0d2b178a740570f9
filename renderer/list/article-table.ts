/** Article list logic: progress figures, filtering and sorting (plain data, no DOM). */
import type { ArticleCounts, ArticleSummary, SegmentStatus } from '../../services/contract.ts';

/** Sort keys of the article list. */
export type ArticleSort = 'date-desc' | 'date-asc' | 'title' | 'progress' | 'issues';

/** Progress filter of the article list. */
export type ProgressFilter = 'all' | 'not-started' | 'in-progress' | 'translated' | 'approved';

/** A summary plus what the list computes for it. */
export interface ArticleRow {
  summary: ArticleSummary;
  translatedFraction: number;
  approvedFraction: number;
  /** Open glossary issues; undefined while still being counted. */
  issues: number | undefined;
  /** The translator's English title, when there is one. */
  titleTranslation?: string;
  /** Segments per status, when the server's figures carry them (the list's progress picture). */
  byStatus?: Record<SegmentStatus, number>;
  /**
   * Title, English titles, outlet and file, normalised for the filter: folded on first use and kept
   * (the first paint of 10,000 rows does not wait for it; the list folds them while idle).
   */
  readonly haystack: string;
}

// The filter text of each row once folded, so a new row of an article whose texts did not change
// (a recount poll brings new issue counts for every article) takes it over instead of folding again.
const foldedText = new WeakMap<ArticleRow, string>();

/**
 * Builds list rows from summaries and issue counts; `folded` holds filter text already folded for
 * some of them (by article id), made from the same texts.
 */
export function articleRows(summaries: readonly ArticleSummary[], issueCounts: ReadonlyMap<string, number>, titleTranslations: ReadonlyMap<string, string> = new Map(), folded: ReadonlyMap<string, string> = new Map()): ArticleRow[] {
  return summaries.map((summary) => {
    const titleTranslation = titleTranslations.get(summary.id);
    // A joined segment has no English of its own (the one before translates it): not counted either way.
    const joined = 'byStatus' in summary ? ((summary.byStatus as Partial<Record<string, number>>).joined ?? 0) : 0;
    const own = summary.segments - joined;
    let haystack = folded.get(summary.id);
    const row: ArticleRow = {
      summary,
      translatedFraction: own > 0 ? summary.translated / own : 0,
      approvedFraction: own > 0 ? summary.approved / own : 0,
      issues: issueCounts.get(summary.id),
      ...(titleTranslation ? { titleTranslation } : {}),
      ...('byStatus' in summary ? { byStatus: summary.byStatus as Record<SegmentStatus, number> } : {}),
      get haystack() {
        if (haystack === undefined) {
          haystack = [summary.title, summary.titleEnglish, titleTranslation, summary.outlet, summary.file]
            .filter((field) => field !== undefined).map(searchForm).join('\u0000');
          foldedText.set(row, haystack);
        }
        return haystack;
      },
    };
    if (haystack !== undefined) foldedText.set(row, haystack);
    return row;
  });
}

/**
 * Folds the filter text of `rows` in slices while the page is idle (after the first paint), so the
 * first filter keystroke finds every row's text ready. Returns the function that stops it.
 */
export function foldSearchTextWhenIdle(rows: readonly ArticleRow[], sliceMs = 8): () => void {
  let next = 0;
  let handle: number | undefined;
  const idle = typeof requestIdleCallback === 'function';
  const schedule = () => {
    handle = idle ? requestIdleCallback(step) : (setTimeout(step, 0) as unknown as number);
  };
  const step = () => {
    const started = performance.now();
    while (next < rows.length && performance.now() - started < sliceMs) {
      // Reading the field folds it (the getter keeps the result).
      void rows[next].haystack;
      next += 1;
    }
    if (next < rows.length) schedule();
    else handle = undefined;
  };
  schedule();
  return () => {
    if (handle === undefined) return;
    if (idle) cancelIdleCallback(handle);
    else clearTimeout(handle);
  };
}

/**
 * List rows from the server's figures (article.summaries): open issues are the sum over kinds.
 * A row of `previous` whose figures are the same is returned as it was (same object), so the list
 * re-renders only rows that changed (a recount poll brings 10,000 articles' figures, nearly all
 * unchanged); a new row of an article whose texts are the same takes over its folded filter text
 * (the last poll of a recount brings new issue counts for every article: folding 10,000 rows again
 * then fell on the next filter keystroke).
 */
export function rowsFromCounts(counts: readonly ArticleCounts[], previous: ReadonlyMap<string, ArticleRow> = new Map()): ArticleRow[] {
  const kept = new Map<string, ArticleRow>();
  const fresh: ArticleCounts[] = [];
  for (const each of counts) {
    const before = previous.get(each.id);
    if (before && sameFigures(before.summary, each)) kept.set(each.id, before);
    else fresh.push(each);
  }
  const issues = new Map<string, number>();
  const titles = new Map<string, string>();
  const folded = new Map<string, string>();
  for (const each of fresh) {
    if (each.issues) issues.set(each.id, Object.values(each.issues).reduce((sum, count) => sum + (count ?? 0), 0));
    if (each.titleTranslation) titles.set(each.id, each.titleTranslation);
    const before = previous.get(each.id);
    const text = before && foldedText.get(before);
    if (text !== undefined && sameTexts(before!, each)) folded.set(each.id, text);
  }
  const built = new Map(articleRows(fresh, issues, titles, folded).map((row) => [row.summary.id, row]));
  return counts.map((each) => kept.get(each.id) ?? built.get(each.id)!);
}

// The texts the filter searches (title, English titles, outlet, file) are the same.
function sameTexts(row: ArticleRow, counts: ArticleCounts): boolean {
  const { summary } = row;
  return summary.title === counts.title && summary.titleEnglish === counts.titleEnglish && row.titleTranslation === (counts.titleTranslation || undefined)
    && summary.outlet === counts.outlet && summary.file === counts.file;
}

// The same figures: equal fields, one level of nested objects (byStatus, issues) compared by key.
function sameFigures(a: object, b: object): boolean {
  const left = a as Record<string, unknown>;
  const right = b as Record<string, unknown>;
  const keys = Object.keys(left);
  if (keys.length !== Object.keys(right).length) return false;
  return keys.every((key) => {
    const x = left[key];
    const y = right[key];
    if (x === y) return true;
    if (x === null || y === null || typeof x !== 'object' || typeof y !== 'object') return false;
    const inner = Object.keys(x);
    return inner.length === Object.keys(y).length && inner.every((name) => (x as Record<string, unknown>)[name] === (y as Record<string, unknown>)[name]);
  });
}

// Case- and composition-insensitive form for substring search.
function searchForm(text: string): string {
  return text.normalize('NFC').toLowerCase();
}

/** Keeps rows whose title, English title (page's or translator's), outlet or file contains the query (case-insensitive), within the progress filter. */
export function filterArticleRows(rows: readonly ArticleRow[], query: string, progress: ProgressFilter): ArticleRow[] {
  const needle = searchForm(query.trim());
  // The haystack joins fields with NUL, which no query contains, so a match never spans two fields.
  return rows.filter((row) => matchesProgress(row, progress) && (!needle || row.haystack.includes(needle)));
}

/** A filter's result with what it was made from, so the next keystroke can narrow it (filterNarrowing). */
export interface FilteredRows {
  from: readonly ArticleRow[];
  needle: string;
  progress: ProgressFilter;
  rows: ArticleRow[];
}

/**
 * filterArticleRows, narrowing `previous` when it was made from the same rows and progress filter
 * with a query the new one contains (a key typed at the end or in the middle): every row that
 * matches the longer query matched the shorter one, so only the previous matches are searched, in
 * their order. Otherwise every row is.
 */
export function filterNarrowing(rows: readonly ArticleRow[], query: string, progress: ProgressFilter, previous?: FilteredRows): FilteredRows {
  const needle = searchForm(query.trim());
  const narrows = previous !== undefined && previous.from === rows && previous.progress === progress && needle.includes(previous.needle);
  return { from: rows, needle, progress, rows: filterArticleRows(narrows ? previous.rows : rows, query, progress) };
}

/** Sorts rows; ties keep their original order. */
export function sortArticleRows(rows: readonly ArticleRow[], sort: ArticleSort, collator: Intl.Collator): ArticleRow[] {
  const compare: Record<ArticleSort, (a: ArticleRow, b: ArticleRow) => number> = {
    'date-desc': (a, b) => compareDates(b.summary.date ?? '', a.summary.date ?? ''),
    'date-asc': (a, b) => compareDates(a.summary.date ?? '\uffff', b.summary.date ?? '\uffff'),
    title: (a, b) => collator.compare(a.summary.title, b.summary.title),
    progress: (a, b) => b.translatedFraction - a.translatedFraction || b.approvedFraction - a.approvedFraction,
    issues: (a, b) => (b.issues ?? -1) - (a.issues ?? -1),
  };
  return rows
    .map((row, index) => ({ row, index }))
    .sort((a, b) => compare[sort](a.row, b.row) || a.index - b.index)
    .map(({ row }) => row);
}

// Dates are ISO (YYYY-MM-DD): code-unit order is date order, without a locale lookup per
// comparison (localeCompare on 10,000 rows costs a noticeable part of the first paint).
function compareDates(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function matchesProgress(row: ArticleRow, progress: ProgressFilter): boolean {
  switch (progress) {
    case 'all':
      return true;
    case 'not-started':
      return row.summary.translated === 0;
    case 'in-progress':
      return row.summary.translated > 0 && row.translatedFraction < 1;
    case 'translated':
      return row.summary.segments > 0 && row.translatedFraction >= 1;
    case 'approved':
      return row.summary.segments > 0 && row.approvedFraction >= 1;
  }
}
