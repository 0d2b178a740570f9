/**
 * Where each Hindi sentence (repetition key) occurs in the project, kept per saved article, so a
 * confirmation fills its repetitions by reading only the articles that hold them and the editor's
 * repetition counts need no pass over the project.
 */
import type { Article } from '../articles/model.ts';
import { repetitionKey } from '../articles/memory/repetitions.ts';
import { fnv1a64Hex } from '../articles/segment/segment-id.ts';
import type { ObservedStore, StoreEvent } from './store-events.ts';
import { eachArticle } from './store/project-store.ts';

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

/**
 * A 53-bit hash of a repetition key (cyrb53: two 32-bit multiply-xor lanes). The index holds this
 * number instead of the normalised Hindi, which would be a second copy of every segment's text
 * (190,000 segments: tens of MB). Two keys share a hash with odds of about n²/2⁵⁴ (10⁻⁶ for
 * 190,000 distinct sentences); a shared hash could only add an article to a repetition search
 * (the fill compares the keys themselves) or one to a count shown.
 */
export function keyHash(key: string): number {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < key.length; i++) {
    const code = key.charCodeAt(i);
    h1 = Math.imul(h1 ^ code, 2654435761);
    h2 = Math.imul(h2 ^ code, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

// The articles holding a key: most keys occur once in one article, held as that article's id alone.
type Owners = string | Map<string, number>;

/** Creates the repetition index of one open project. */
export function createRepetitionIndex(observed: ObservedStore): RepetitionIndex {
  // key hash → the article (or article id → segments with that key in the article).
  let byKey: Map<number, Owners> | undefined;
  // Saves are queued until the first pass over the project is complete (they replay on its result).
  let complete = false;
  // The distinct key hashes of each article.
  const keysOfArticle = new Map<string, Float64Array>();
  let building: Promise<unknown> | undefined;
  let early: StoreEvent[] = [];

  const remove = (articleId: string) => {
    for (const key of keysOfArticle.get(articleId) ?? []) {
      const owners = byKey!.get(key);
      if (owners === undefined) continue;
      if (typeof owners === 'string') {
        if (owners === articleId) byKey!.delete(key);
        continue;
      }
      owners.delete(articleId);
      if (owners.size === 0) byKey!.delete(key);
      else if (owners.size === 1) {
        const [[only, count]] = owners;
        if (count === 1) byKey!.set(key, only);
      }
    }
    keysOfArticle.delete(articleId);
  };
  const add = (article: Article) => {
    const keys = new Set<number>();
    for (const segment of article.segments) {
      const text = repetitionKey(segment.source);
      if (!text) continue;
      const key = keyHash(text);
      keys.add(key);
      const owners = byKey!.get(key);
      if (owners === undefined) byKey!.set(key, article.id);
      else if (typeof owners === 'string') byKey!.set(key, new Map([[owners, 1]]).set(article.id, (owners === article.id ? 1 : 0) + 1));
      else owners.set(article.id, (owners.get(article.id) ?? 0) + 1);
    }
    keysOfArticle.set(article.id, Float64Array.from(keys));
  };
  const apply = (event: StoreEvent) => {
    if (!complete) {
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
  const sameSources = (keys: Float64Array | undefined, article: Article) => {
    const fingerprint = sourcesFingerprint(article);
    const same = keys !== undefined && sourcesSeen.get(article.id) === fingerprint;
    sourcesSeen.set(article.id, fingerprint);
    return same;
  };

  const ready = async () => {
    if (complete) return byKey!;
    building ??= (async () => {
      byKey = new Map();
      // One article decoded at a time: only the key hashes stay.
      for await (const article of eachArticle(observed.store)) {
        add(article);
        sourcesSeen.set(article.id, sourcesFingerprint(article));
      }
      complete = true;
      for (const event of early) apply(event);
      early = [];
    })();
    await building;
    return byKey!;
  };

  return {
    async occurrences(key) {
      const owners = (await ready()).get(keyHash(key));
      if (owners === undefined) return 0;
      if (typeof owners === 'string') return 1;
      let total = 0;
      for (const count of owners.values()) total += count;
      return total;
    },
    async articlesWith(keys) {
      const index = await ready();
      const ids = new Set<string>();
      for (const key of keys) {
        const owners = index.get(keyHash(key));
        if (typeof owners === 'string') ids.add(owners);
        else for (const id of owners?.keys() ?? []) ids.add(id);
      }
      return [...ids];
    },
  };
}
