/**
 * Pre-translation of imported articles from the project's one memory (the same index `tm.lookup`
 * reads): `article.import` calls `preTranslateImport`, so every transport (and `anuvad import`)
 * fills the same segments. The rule itself is pure: articles/memory/pre-translate.ts.
 */
import type { Article } from '../articles/model.ts';
import { summarizeArticle } from '../articles/article-views.ts';
import { isExactMatch, preTranslateArticles, type ExactMemoryLookup } from '../articles/memory/pre-translate.ts';
import type { TranslationMemory } from '../articles/memory/translation-memory.ts';
import type { ImportedArticle } from './contract.ts';
import { mergeRankedMatches } from './memory-handlers.ts';

// The memory scores punctuation-only differences as 100 %; enough candidates to find the exact one among them.
const CANDIDATES = 20;

/** An exact-match lookup over memory indexes, in their ranking order (same context first, project before imported). */
export function exactLookupFrom(memories: readonly TranslationMemory[]): ExactMemoryLookup {
  return (source, context) => {
    const matches = mergeRankedMatches(memories.map((memory) => memory.lookup(source, { min: 1, context, limit: CANDIDATES })), source);
    return matches.find((match) => isExactMatch(match.source, source) && match.target.trim() !== '')?.target;
  };
}

/** Fills the imported articles from the memory and the batch's own repetitions; the import report per article. */
export function preTranslateImport(articles: readonly Article[], lookup: ExactMemoryLookup, now: string): { articles: Article[]; report: ImportedArticle[] } {
  const result = preTranslateArticles(articles, lookup, now);
  return {
    articles: result.articles,
    report: result.articles.map((article, i) => ({ ...summarizeArticle(article), preTranslated: result.preTranslated[i] })),
  };
}
