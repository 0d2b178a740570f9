/**
 * A project store that tells listeners what it saved, so the services' indexes (summaries, project
 * memory, repetitions, the glossary checker) follow every write incrementally instead of re-reading
 * the whole project. Every writer (handlers, review, memory, propagation, CLI) goes through it.
 */
import type { Article } from '../articles/model.ts';
import type { Glossary } from '../glossary/model.ts';
import type { ProjectStore, StoreBatch } from './store/project-store.ts';

/** What happened to the project after a successful write. */
export type StoreEvent =
  | { kind: 'article-saved'; article: Article }
  | { kind: 'article-deleted'; id: string }
  | { kind: 'glossary-saved'; glossary: Glossary };

/** A store wrapper plus the subscription to its writes. */
export interface ObservedStore {
  readonly store: ProjectStore;
  /** Calls `listener` after every successful write; returns the unsubscribe function. */
  subscribe(listener: (event: StoreEvent) => void): () => void;
}

/** Wraps `store`; reads pass through, writes notify after they succeed. */
export function observeStore(store: ProjectStore): ObservedStore {
  const listeners = new Set<(event: StoreEvent) => void>();
  const emit = (event: StoreEvent) => {
    for (const listener of listeners) listener(event);
  };
  // A Proxy keeps every other method (and ones the store gains later) without listing them.
  const observed = new Proxy(store, {
    get(target, property) {
      if (property === 'saveArticle') {
        return async (article: Article) => {
          await target.saveArticle(article);
          emit({ kind: 'article-saved', article });
        };
      }
      if (property === 'deleteArticle') {
        return async (id: string) => {
          await target.deleteArticle(id);
          emit({ kind: 'article-deleted', id });
        };
      }
      if (property === 'saveGlossary') {
        return async (glossary: Glossary) => {
          await target.saveGlossary(glossary);
          emit({ kind: 'glossary-saved', glossary });
        };
      }
      if (property === 'commit') {
        // A transaction's writes reach the store as one commit: announce each part once it is stored.
        return async (batch: StoreBatch) => {
          await target.commit(batch);
          for (const id of batch.deleteArticles ?? []) emit({ kind: 'article-deleted', id });
          for (const article of batch.articles ?? []) emit({ kind: 'article-saved', article });
          if (batch.glossary) emit({ kind: 'glossary-saved', glossary: batch.glossary });
        };
      }
      // The target as receiver: stores keep state in #private fields, which a proxy cannot reach.
      const value: unknown = Reflect.get(target, property, target);
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
    },
  });
  // Files another program changed are loaded by the store; the indexes follow them like saves.
  store.onExternalChange?.(emit);
  return {
    store: observed,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
