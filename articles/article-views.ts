import type { Article, ArticleSummary, SegmentStatus } from './model.ts';
import { isConfirmed } from './segment-workflow.ts';

/** Counts for article lists: segments, translated (translated, reviewed or approved) and approved. */
export function summarizeArticle(article: Article): ArticleSummary {
  const summary: ArticleSummary = {
    id: article.id,
    file: article.file,
    title: article.title,
    segments: article.segments.length,
    translated: article.segments.filter((segment) => isConfirmed(segment.status)).length,
    approved: article.segments.filter((segment) => segment.status === 'approved').length,
  };
  if (article.titleEnglish !== undefined) summary.titleEnglish = article.titleEnglish;
  if (article.date !== undefined) summary.date = article.date;
  if (article.outlet !== undefined) summary.outlet = article.outlet;
  return summary;
}

/** The stable JSON of `anuvad show --json` (issue 2); key order is part of the format. */
export interface ArticleShowJson {
  id: string;
  file: string;
  title: string;
  titleEnglish?: string;
  date?: string;
  byline?: string;
  outlet?: string;
  segments: { id: string; source: string; target: string; status: SegmentStatus }[];
  removed: { line: number; text: string; reason: string }[];
}

/** The article as the stable `show --json` object: metadata, segments (title first) and removed lines. */
export function articleShowJson(article: Article): ArticleShowJson {
  return {
    id: article.id,
    file: article.file,
    title: article.title,
    ...(article.titleEnglish !== undefined ? { titleEnglish: article.titleEnglish } : {}),
    ...(article.date !== undefined ? { date: article.date } : {}),
    ...(article.byline !== undefined ? { byline: article.byline } : {}),
    ...(article.outlet !== undefined ? { outlet: article.outlet } : {}),
    segments: article.segments.map(({ id, source, target, status }) => ({ id, source, target, status })),
    removed: article.removed.map(({ line, text, reason }) => ({ line, text, reason })),
  };
}
