/** Reading the articles a store holds in memory, shared by the lowdb store and its in-memory twin. */
import { deflateRawSync, inflateRawSync } from 'node:zlib';
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

// zlib returns a view of its 16 KiB output chunk; the exact bytes are copied so the chunk is freed.
function pack(article: Article): Uint8Array {
  return new Uint8Array(deflateRawSync(JSON.stringify(article), { level: 1 }));
}

/** Decoded articles kept beside the packed ones: the editor's open tabs and the last saves. */
export const RECENT_ARTICLES = 64;

/**
 * The articles a store holds, packed: each as its JSON compressed (raw deflate, about a quarter of
 * the UTF-8 and a tenth of the decoded objects), decoded when asked, with the most recently used
 * ones kept decoded. A desk archive (issue 10: 10,000 articles, 190,000 segments) decoded whole
 * is ≈ 125 MB of heap; packed it is ≈ 25 MB outside the heap. The store still holds every article
 * it read or wrote, so its rules (revisions stamped against the held version, an outside change
 * compared with it, a vanished file's article kept) are unchanged. Values handed out by `get` are
 * the store's own: a store gives its callers copies.
 */
export class HeldArticles {
  readonly #packed = new Map<string, Uint8Array>();
  /** Insertion order = use order: the first key is the least recently used. */
  readonly #recent = new Map<string, Article>();
  readonly #bound: number;

  constructor(bound = RECENT_ARTICLES) {
    this.#bound = bound;
  }

  has(id: string): boolean {
    return this.#packed.has(id);
  }

  get(id: string): Article | undefined {
    const recent = this.#recent.get(id);
    if (recent) {
      this.#recent.delete(id);
      this.#recent.set(id, recent);
      return recent;
    }
    const article = this.#decode(id);
    if (article) this.#remember(id, article);
    return article;
  }

  /** Holds `article` (the store's own value from now on). */
  set(id: string, article: Article): void {
    this.#packed.set(id, pack(article));
    this.#recent.delete(id);
    this.#remember(id, article);
  }

  /** Holds an article read at open without keeping it decoded (a whole project is read then). */
  setPacked(id: string, article: Article): void {
    this.#packed.set(id, pack(article));
    this.#recent.delete(id);
  }

  delete(id: string): void {
    this.#packed.delete(id);
    this.#recent.delete(id);
  }

  /** A copy of one held article for a caller (shares strings with the held one when it is decoded). */
  copy(id: string): Article | undefined {
    const recent = this.#recent.get(id);
    if (recent) return copyJson(recent);
    // A fresh decode is already the caller's own; it is not remembered, so a bulk read passes by.
    return this.#decode(id);
  }

  #decode(id: string): Article | undefined {
    const packed = this.#packed.get(id);
    return packed ? (JSON.parse(inflateRawSync(packed).toString('utf8')) as Article) : undefined;
  }

  #remember(id: string, article: Article): void {
    this.#recent.set(id, article);
    if (this.#recent.size > this.#bound) this.#recent.delete(this.#recent.keys().next().value as string);
  }
}
