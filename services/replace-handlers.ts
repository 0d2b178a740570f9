/**
 * Find and replace in the English across articles (`project.previewReplace`, `project.replace`,
 * `project.undoReplace`): the matching and the edit rule are the domain's
 * (articles/find-replace); here the query is compiled (a bad one is 'bad-input' with the reason),
 * the changed articles are written in one commit with their undo step (segment-undo-steps.ts, the
 * mechanism glossary propagation uses), and undo is one step for the whole replace.
 */
import type { ApiArgs, ApiResult, Article, ReplaceRequest } from './contract.ts';
import type { ProjectStore } from './store/project-store.ts';
import { ApiFailure } from './api-failure.ts';
import { assertWritable, requireArticle } from './project-guards.ts';
import type { ReplaceCallName } from './replace-schemas.ts';
import { compileSearch, isSearchError, type CompiledSearch } from '../articles/find-replace/text-search.ts';
import { applyReplace, planReplace } from '../articles/find-replace/replace-plan.ts';
import { commitWithUndoStep, undoLastStep, type SegmentUndoStep } from './segment-undo-steps.ts';
import { randomUUID } from 'node:crypto';

/** Name of the document holding the undo stack of project replaces. */
export const REPLACE_UNDO_DOC = 'replace-undo';
/** Replace steps kept for undo. */
export const REPLACE_UNDO_LIMIT = 20;

/** Calls that change documents; handlers.ts runs them through its write queue. */
export const REPLACE_WRITING_CALLS: readonly ReplaceCallName[] = ['project.replace', 'project.undoReplace'];

/** Implementations of the replace calls (arguments already validated). */
export type ReplaceImplementations = { [N in ReplaceCallName]: (args: ApiArgs<N>) => Promise<ApiResult<N>> };

/** One applied replace, as its undo step stores it. */
interface ReplaceStep extends SegmentUndoStep {
  id: string;
  query: string;
  replacement: string;
}

const ERROR_WORDS: Record<string, string> = {
  'empty-query': 'The search text is empty',
  'query-too-long': 'The search text is too long',
  'regex-too-costly': 'The regular expression is too large to run',
  'invalid-regex': 'Invalid regular expression',
};

/** The compiled query, or 'bad-input' naming what is wrong with it. */
function compiled(request: ReplaceRequest): CompiledSearch {
  const search = compileSearch(request.query, request.options);
  if (isSearchError(search)) {
    throw new ApiFailure({ code: 'bad-input', message: `${ERROR_WORDS[search.code]}${search.detail ? `: ${search.detail}` : ''} (${JSON.stringify(request.query)})` });
  }
  return search;
}

/** Creates the replace handlers over a store. */
export function createReplaceHandlers(store: ProjectStore, deps: { now: () => string }): ReplaceImplementations {
  const scope = async (articleIds: readonly string[] | undefined): Promise<Article[]> =>
    articleIds ? Promise.all([...new Set(articleIds)].map((id) => requireArticle(store, id))) : store.listArticles();

  return {
    'project.previewReplace': async (request) => {
      const search = compiled(request);
      const articles = await scope(request.articleIds);
      const byId = new Map(articles.map((each) => [each.id, each]));
      const changes = planReplace(articles, search, request.replacement).map((change) => {
        const owner = byId.get(change.articleId)!;
        const segmentIndex = owner.segments.findIndex((segment) => segment.id === change.segmentId);
        return { ...change, articleTitle: owner.title, segmentIndex, source: owner.segments[segmentIndex].source };
      });
      return { changes, matches: changes.reduce((sum, change) => sum + change.count, 0), articles: articles.length };
    },
    'project.replace': async ({ selected, ...request }) => {
      assertWritable(store);
      const search = compiled(request);
      const articles = await scope([...new Set(selected.map((each) => each.articleId))].filter((id) => !request.articleIds || request.articleIds.includes(id)));
      const now = deps.now();
      const result = applyReplace(articles, search, request.replacement, selected, now);
      const id = `replace-${randomUUID()}`;
      const step: ReplaceStep = { id, query: request.query, replacement: request.replacement, appliedAt: now, segments: [] };
      for (const { articleId, segmentId } of result.applied) {
        const index = articles.findIndex((each) => each.id === articleId);
        const previous = articles[index].segments.find((segment) => segment.id === segmentId)!;
        const written = result.articles[index].segments.find((segment) => segment.id === segmentId)!;
        step.segments.push({ articleId, previous, after: written.target, written });
      }
      const changed = result.articles.filter((each, index) => each !== articles[index]);
      const undoDepth = await commitWithUndoStep(store, REPLACE_UNDO_DOC, `replace ${JSON.stringify(request.query)}`, changed, step, REPLACE_UNDO_LIMIT);
      return { ...(step.segments.length > 0 ? { stepId: id } : {}), applied: result.applied, stale: result.stale, undoDepth };
    },
    'project.undoReplace': async ({ stepId }) => {
      assertWritable(store);
      const undone = await undoLastStep(store, REPLACE_UNDO_DOC, 'replace undo', stepId);
      if (undone === undefined) throw new ApiFailure({ code: 'conflict', message: 'There is no replace to undo' });
      if (undone === 'not-last') throw new ApiFailure({ code: 'conflict', message: `Replace ${stepId} is not the last replace; undo the later one first` });
      return undone;
    },
  };
}
