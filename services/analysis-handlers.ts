/**
 * Counts and memory analysis (`analysis.article`, `analysis.project`): the counting rules are the
 * domain's (articles/analysis/match-analysis.ts); here the articles are read and each first
 * occurrence is matched against the project's one memory (article-memory.ts) and the imported
 * memories (project-memory.ts).
 *
 * Decision: the analysed articles' own pairs are left out of the matching. An article's confirmed
 * segments are in the project memory, so each would otherwise be its own 100 % match and the
 * analysis would show finished work as leverage; Trados likewise measures a file against the
 * memory, not against itself. Overlap inside the analysed set is counted as repetitions instead.
 * So a whole-project analysis matches against the imported memories only.
 */
import type { ApiArgs, ApiResult, Article, ProjectAnalysis } from './contract.ts';
import type { ProjectStore } from './store/project-store.ts';
import { requireArticle } from './project-guards.ts';
import type { AnalysisCallName } from './analysis-schemas.ts';
import type { MemoryPart } from './article-memory.ts';
import { articleOrigin } from './article-memory.ts';
import { ANALYSIS_MIN_SCORE, analyseArticles, type BestMatch, type BestMatchLookup } from '../articles/analysis/match-analysis.ts';
import { isExactMatch } from '../articles/memory/pre-translate.ts';

/** Implementations of the analysis calls (arguments already validated). */
export type AnalysisImplementations = { [N in AnalysisCallName]: (args: ApiArgs<N>) => Promise<ApiResult<N>> };

/** What the analysis handlers take from outside. */
export interface AnalysisDeps {
  /** The current memory's two parts (memory-handlers.ts). */
  memoryParts(): Promise<{ articles: MemoryPart; imported: MemoryPart }>;
}

// The memory scores punctuation-only differences as 100 %; enough candidates to find an identical source among them.
const EXACT_CANDIDATES = 20;

/** The best match of a source over memory parts, skipping the given origins. */
function bestMatchIn(parts: readonly MemoryPart[], skip: ReadonlySet<string>): BestMatchLookup {
  return (source) => {
    let best: BestMatch | undefined;
    for (const { memory } of parts) {
      const top = memory.lookup(source, { min: ANALYSIS_MIN_SCORE, limit: 1, skipOrigins: skip })[0];
      if (!top) continue;
      // A 100 % score is exact only with an identical source; look further among the 100 % ones.
      const exact = top.score === 1 && memory.lookup(source, { min: 1, limit: EXACT_CANDIDATES, skipOrigins: skip }).some((match) => isExactMatch(match.source, source));
      if (exact) return { score: 1, exact: true };
      if (!best || top.score > best.score) best = { score: top.score, exact: false };
    }
    return best;
  };
}

/** Creates the analysis handlers over a store. */
export function createAnalysisHandlers(store: ProjectStore, deps: AnalysisDeps): AnalysisImplementations {
  const analyse = async (articles: readonly Article[]): Promise<ProjectAnalysis> => {
    const { articles: articlePart, imported } = await deps.memoryParts();
    const analysed = new Set(articles.map((each) => each.id));
    const skip = new Set(articles.map((each) => articleOrigin(each.id)));
    const others = articlePart.pairs.filter((pair) => pair.articleId !== undefined && !analysed.has(pair.articleId)).length;
    // With no other article's pairs left, the articles' part is not searched at all.
    const parts = others > 0 ? [articlePart, imported] : [imported];
    const result = analyseArticles(articles, bestMatchIn(parts, skip));
    return {
      articles: result.articles.map(({ articleId, figures }, index) => ({ articleId, title: articles[index].title, figures })),
      total: result.total,
      memoryPairs: { articles: others, imported: imported.pairs.length },
    };
  };
  return {
    'analysis.article': async ({ articleId }) => analyse([await requireArticle(store, articleId)]),
    'analysis.project': async ({ articleIds }) => {
      const articles = articleIds ? await Promise.all([...new Set(articleIds)].map((id) => requireArticle(store, id))) : await store.listArticles();
      return analyse(articles);
    },
  };
}
