/**
 * The renderer's side of spell checking: asks the server (spell.check) for the texts rows show,
 * batching the requests of one render into one call, and keeps the answers per text until the
 * known words change (a word added here, a glossary edit: the server's version key changes).
 */
import type { SpellCheckResult, SpellRange } from '../../services/contract.ts';

/** The calls the client needs (the workbench's api). */
export interface SpellApi {
  'spell.check'(args: { texts: string[] }): Promise<SpellCheckResult>;
  'spell.addWord'(args: { word: string }): Promise<{ words: string[] }>;
}

/** A spell client shared by the rows of one editor. */
export interface SpellClient {
  /** The cached ranges of a text, or undefined while unknown. */
  cached(text: string): SpellRange[] | undefined;
  /** The ranges of a text (one batched call per tick for everything asked at once). */
  check(text: string): Promise<SpellRange[]>;
  /** Adds a word to the project dictionary and re-checks everything shown. */
  addWord(word: string): Promise<void>;
  /** Drops every answer (the house style changed) and re-checks what is shown. */
  invalidate(): void;
  /** Called whenever cached answers were dropped; returns the unsubscribe function. */
  subscribe(listener: () => void): () => void;
}

const CACHE_LIMIT = 5000;

/** Window event sent when the project's spelling settings change outside the editor (house style). */
export const SPELLING_CHANGED_EVENT = 'anuvad:spelling-changed';

/** Creates a client over the api. */
export function createSpellClient(api: SpellApi): SpellClient {
  const cache = new Map<string, SpellRange[]>();
  const listeners = new Set<() => void>();
  let version: string | undefined;
  let queue: { text: string; resolve(ranges: SpellRange[]): void; reject(error: unknown): void }[] = [];
  const reset = () => {
    cache.clear();
    for (const listener of listeners) listener();
  };
  const flush = async () => {
    const batch = queue;
    queue = [];
    try {
      const result = await api['spell.check']({ texts: batch.map((item) => item.text) });
      if (version !== undefined && result.version !== version) reset();
      version = result.version;
      if (cache.size > CACHE_LIMIT) cache.clear();
      batch.forEach((item, i) => {
        cache.set(item.text, result.ranges[i]);
        item.resolve(result.ranges[i]);
      });
    } catch (error) {
      for (const item of batch) item.reject(error);
    }
  };
  return {
    cached: (text) => cache.get(text),
    check(text) {
      const known = cache.get(text);
      if (known) return Promise.resolve(known);
      return new Promise((resolve, reject) => {
        if (queue.length === 0) queueMicrotask(() => void flush());
        queue.push({ text, resolve, reject });
      });
    },
    async addWord(word) {
      await api['spell.addWord']({ word });
      version = undefined;
      reset();
    },
    invalidate() {
      version = undefined;
      reset();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/** The misspelling at a caret position (inside or touching it), or undefined. */
export function rangeAt(ranges: readonly SpellRange[], caret: number): SpellRange | undefined {
  return ranges.find((range) => caret >= range.start && caret <= range.end);
}

/** Pieces of a text for the underline layer: plain text and misspelled words, in order. */
export function textPieces(text: string, ranges: readonly SpellRange[]): { text: string; misspelled: boolean }[] {
  const pieces: { text: string; misspelled: boolean }[] = [];
  let at = 0;
  for (const range of [...ranges].sort((a, b) => a.start - b.start)) {
    if (range.start < at || range.end > text.length) continue;
    if (range.start > at) pieces.push({ text: text.slice(at, range.start), misspelled: false });
    pieces.push({ text: text.slice(range.start, range.end), misspelled: true });
    at = range.end;
  }
  if (at < text.length) pieces.push({ text: text.slice(at), misspelled: false });
  return pieces;
}
