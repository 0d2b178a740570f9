/**
 * article.saveField: the translator's English of a header field (kicker, dateline, byline). A
 * field's English has its own revision (services/store/revisions.ts), so a stale write is a
 * `conflict` carrying both versions, as for segments; the write is one commit of the article.
 */
import type { ApiArgs, ApiResult, SavedField } from './contract.ts';
import type { ProjectStore } from './store/project-store.ts';
import type { GlossaryChecker } from '../glossary/index.ts';
import { ApiFailure } from './api-failure.ts';
import { assertWritable, requireArticle } from './project-guards.ts';
import { assertBaseRevision } from './store/revisions.ts';
import type { FieldCallName } from './field-schemas.ts';
import { withFieldTranslation } from '../articles/field-translations.ts';

/** Calls that change documents; handlers.ts runs them through its write queue. */
export const FIELD_WRITING_CALLS: readonly FieldCallName[] = ['article.saveField'];

/** What the field handlers take from outside. */
export interface FieldHandlerDeps {
  now: () => string;
  /** The project glossary's checker (glossary-state.ts). */
  checker: () => Promise<Pick<GlossaryChecker, 'check'>>;
}

/** Implementations of the field calls (arguments already validated). */
export function createFieldHandlers(store: ProjectStore, deps: FieldHandlerDeps): { [N in FieldCallName]: (args: ApiArgs<N>) => Promise<ApiResult<N>> } {
  return {
    'article.saveField': async ({ articleId, field, target, baseRevision }) => {
      assertWritable(store);
      const current = await requireArticle(store, articleId);
      const source = current[field];
      if (!source) throw new ApiFailure({ code: 'not-found', message: `Article ${articleId} has no ${field}; there is nothing to translate` });
      const held = current.fieldTranslations?.[field];
      assertBaseRevision('field', field, baseRevision, held, { source, target }, articleId);
      await store.saveArticle(withFieldTranslation(current, field, target, deps.now()));
      // The stored translation, with the revision the store stamped on it.
      const translation = (await store.getArticle(articleId))?.fieldTranslations?.[field] ?? null;
      const issues = translation ? (await deps.checker()).check(source, translation.target) : [];
      return { articleId, field, translation, issues } satisfies SavedField;
    },
  };
}
