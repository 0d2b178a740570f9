/**
 * Same-stem pages (issue 13, item 10): which existing article each imported page updates, if any
 * (articles/import/import-ids.ts decides). Only the articles with one of the pages' file names are
 * read; the other ids are only checked for being taken.
 */
import { chooseImportIds, type Article, type ImportIdChoice } from '../articles/index.ts';
import type { ProjectStore } from './store/project-store.ts';

/**
 * The id (and the article replaced, when it is a re-import of the same page) of each fresh page;
 * `listed` = every article's id and file name (the summaries the services keep).
 */
export async function importIdChoices(store: ProjectStore, fresh: readonly Article[], listed: readonly { id: string; file: string }[]): Promise<ImportIdChoice[]> {
  const files = new Set(fresh.map((page) => page.file));
  const sameName: Article[] = [];
  for (const { id, file } of listed) {
    if (!files.has(file)) continue;
    const article = await store.getArticle(id);
    if (article) sameName.push(article);
  }
  return chooseImportIds(fresh, sameName, listed.map(({ id }) => id));
}
