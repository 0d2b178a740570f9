/**
 * The list's figures kept beside the project (`cache/article-summaries.json`, through the store's
 * cache files), so opening a project does not count 190,000 segments again before the first row.
 * Every entry carries the stamp of the article content it was counted from (the store's content
 * hash of the file); an entry whose stamp is not the article's stamp now is stale and counted
 * again, so a file left behind by a crash, another program's edit or a copy of the project is never
 * trusted. The issue counts are not kept: they depend on the glossary and are recounted as before.
 */
import { SEGMENT_STATUSES } from '../articles/segment-workflow.ts';
import type { ArticleCounts } from './contract.ts';

/** The cache file's name (cache/<name>.json). */
export const SUMMARIES_CACHE = 'article-summaries';

/**
 * The counting rules the figures were made with. Raise it whenever articleCounts counts differently
 * (words, statuses, title): a file of other rules is rebuilt, not trusted.
 */
export const SUMMARY_RULES = 1;

/** One article's figures, without issues, and the stamp of the content they were counted from. */
export interface SavedSummary {
  stamp: string;
  counts: ArticleCounts;
}

/** The cache file's value. */
export interface SummariesFile {
  rules: number;
  articles: SavedSummary[];
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const COUNTS = ['segments', 'translated', 'approved', 'words'] as const;
const TEXTS = ['id', 'file', 'title', 'lastChange'] as const;
const OPTIONAL_TEXTS = ['titleEnglish', 'date', 'outlet', 'titleTranslation'] as const;

function countsProblem(counts: unknown): string | undefined {
  if (!isObject(counts)) return 'not an object';
  for (const key of TEXTS) if (typeof counts[key] !== 'string') return `${key} is not text`;
  for (const key of OPTIONAL_TEXTS) if (counts[key] !== undefined && typeof counts[key] !== 'string') return `${key} is not text`;
  for (const key of COUNTS) if (!Number.isInteger(counts[key]) || (counts[key] as number) < 0) return `${key} is not a count`;
  if (counts.issues !== undefined) return 'it holds issue counts (never saved)';
  const byStatus = counts.byStatus;
  if (!isObject(byStatus)) return 'byStatus is not an object';
  for (const status of SEGMENT_STATUSES) if (!Number.isInteger(byStatus[status]) || (byStatus[status] as number) < 0) return `byStatus.${status} is not a count`;
  return undefined;
}

/**
 * Why a parsed file cannot be used (undefined: it can). A file of other rules is not corrupt: it is
 * accepted here and every entry is counted again (see savedFigures).
 */
export function summariesFileProblem(value: unknown): string | undefined {
  if (!isObject(value)) return 'not a JSON object';
  if (!Number.isInteger(value.rules)) return 'no rules version';
  if (!Array.isArray(value.articles)) return 'articles is not a list';
  for (const [index, entry] of value.articles.entries()) {
    if (!isObject(entry) || typeof entry.stamp !== 'string' || entry.stamp === '') return `article ${index + 1}: no stamp`;
    const problem = countsProblem(entry.counts);
    if (problem) return `article ${index + 1}: ${problem}`;
  }
  return undefined;
}

/** The saved figures by article id that may be used (empty when the file was made with other rules). */
export function savedFigures(file: SummariesFile | undefined): Map<string, SavedSummary> {
  if (!file || file.rules !== SUMMARY_RULES) return new Map();
  return new Map(file.articles.map((entry) => [entry.counts.id, entry]));
}

/** The file's value for these figures (issues left out) and their stamps; articles without a stamp are left out. */
export function summariesFile(figures: ReadonlyMap<string, ArticleCounts>, stamps: ReadonlyMap<string, string>): SummariesFile {
  const articles: SavedSummary[] = [];
  for (const [id, figure] of figures) {
    const stamp = stamps.get(id);
    if (!stamp) continue;
    const { issues: _issues, ...counts } = figure;
    articles.push({ stamp, counts });
  }
  return { rules: SUMMARY_RULES, articles };
}
