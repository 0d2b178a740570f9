/** Reading the articles a store holds in memory, shared by the lowdb store and its in-memory twin. */
import type { Article } from '../../articles/model.ts';

/**
 * Copies of the held articles with these ids, in the order given; ids with no held article (a file
 * that did not open) are skipped. Callers get copies so they can never change the store's state.
 */
export function heldArticleCopies(articles: ReadonlyMap<string, Article>, ids: readonly string[]): Article[] {
  return ids.flatMap((id) => {
    const article = articles.get(id);
    return article ? [structuredClone(article)] : [];
  });
}
