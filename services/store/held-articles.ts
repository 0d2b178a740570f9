/** Reading the articles a store holds in memory, shared by the lowdb store and its in-memory twin. */
import type { Article } from '../../articles/model.ts';

/**
 * A deep copy of JSON-shaped data (objects, arrays, primitives) that shares its strings instead of
 * copying them. Strings cannot be changed in place, so sharing them is as safe as copying, and it
 * keeps one copy of the project's text (issue 10: 190,000 segments) across the store and every
 * index built from what it returns; structuredClone would give each reader its own copy.
 */
export function copyJson<T>(value: T): T {
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map(copyJson) as T;
  const copy: Record<string, unknown> = {};
  for (const key of Object.keys(value)) {
    const inner = (value as Record<string, unknown>)[key];
    // structuredClone keeps a property whose value is undefined; so does this copy.
    copy[key] = copyJson(inner);
  }
  return copy as T;
}

/**
 * Copies of the held articles with these ids, in the order given; ids with no held article (a file
 * that did not open) are skipped. Callers get copies so they can never change the store's state.
 */
export function heldArticleCopies(articles: ReadonlyMap<string, Article>, ids: readonly string[]): Article[] {
  return ids.flatMap((id) => {
    const article = articles.get(id);
    return article ? [copyJson(article)] : [];
  });
}
