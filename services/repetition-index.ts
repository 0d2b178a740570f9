/**
 * Where each Hindi sentence (repetition key) occurs in the project, kept per saved article, so a
 * confirmation fills its repetitions by reading only the articles that hold them and the editor's
 * repetition counts need no pass over the project.
 */
import type { Article } from '../articles/model.ts';
import { repetitionKey } from '../articles/memory/repetitions.ts';
import { fnv1a64Hex } from '../articles/segment/segment-id.ts';
import type { ObservedStore, StoreEvent } from './store-events.ts';

// A hash, not the text: the index should not hold a second copy of the project's Hindi.
function sourcesFingerprint(article: Article): string {
  return fnv1a64Hex(article.segments.map((segment) => segment.source).join('\u0000'));
}

/** The repetition index of one open project. */
export interface RepetitionIndex {
  /** Segments in the project whose Hindi has this key. */
  occurrences(key: string): Promise<number>;
  /** Ids of the articles holding a segment with one of these keys, in no particular order. */
  articlesWith(keys: readonly string[]): Promise<string[]>;
}

/** Creates the repetition index of one open project. */
export function createRepetitionIndex(observed: ObservedStore): RepetitionIndex {
  // key → article id → segments with that key in the article.
  let byKey: Map<string, Map<string, number>> | undefined;
  const keysOfArticle = new Map<string, string[]>();
  let building: Promise<unknown> | undefined;
  let early: StoreEvent[] = [];

  const remove = (articleId: string) => {
    for (const key of keysOfArticle.get(articleId) ?? []) {
      const owners = byKey!.get(key);
      if (!owners) continue;
      owners.delete(articleId);
      if (owners.size === 0) byKey!.delete(key);
    }
    keysOfArticle.delete(articleId);
  };
  const add = (article: Article) => {
    const keys: string[] = [];
    for (const segment of article.segments) {
      const key = repetitionKey(segment.source);
      if (!key) continue;
      keys.push(key);
      let owners = byKey!.get(key);
      if (!owners) byKey!.set(key, (owners = new Map()));
      owners.set(article.id, (owners.get(article.id) ?? 0) + 1);
    }
    keysOfArticle.set(article.id, [...new Set(keys)]);
  };
  const apply = (event: StoreEvent) => {
    if (!byKey) {
      if (building) early.push(event);
      return;
    }
    if (event.kind === 'glossary-saved') return;
    // A re-save of the same Hindi (the usual case: only targets change) leaves the index as it is.
    if (event.kind === 'article-saved' && sameSources(keysOfArticle.get(event.article.id), event.article)) return;
    remove(event.kind === 'article-saved' ? event.article.id : event.id);
    if (event.kind === 'article-saved') add(event.article);
  };
  observed.subscribe(apply);
  const sourcesSeen = new Map<string, string>();
  const sameSources = (keys: string[] | undefined, article: Article) => {
    const fingerprint = sourcesFingerprint(article);
    const same = keys !== undefined && sourcesSeen.get(article.id) === fingerprint;
    sourcesSeen.set(article.id, fingerprint);
    return same;
  };

  const ready = async () => {
    if (byKey) return byKey;
    building ??= observed.store.listArticles().then((articles) => {
      byKey = new Map();
      for (const article of articles) {
        add(article);
        sourcesSeen.set(article.id, sourcesFingerprint(article));
      }
      for (const event of early) apply(event);
      early = [];
    });
    await building;
    return byKey!;
  };

  return {
    async occurrences(key) {
      let total = 0;
      for (const count of (await ready()).get(key)?.values() ?? []) total += count;
      return total;
    },
    async articlesWith(keys) {
      const index = await ready();
      const ids = new Set<string>();
      for (const key of keys) for (const id of index.get(key)?.keys() ?? []) ids.add(id);
      return [...ids];
    },
  };
}
