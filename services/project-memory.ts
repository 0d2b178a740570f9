/**
 * The project's translation memory as the CLI sees it: translated/reviewed/approved segments of
 * every article plus imported memories, stored read-only as named documents `tm/<name>` and listed
 * in the document `tm-memories`.
 */
import type { TmxPair } from '../articles/exchange/tmx.ts';
import type { TmEntry } from '../articles/memory/translation-memory.ts';
import type { Article } from '../articles/model.ts';
import type { ProjectStore } from './store/project-store.ts';
import { isConfirmedPair } from '../articles/segment-workflow.ts';

/** Name of the document listing imported memories. */
export const MEMORY_INDEX_DOC = 'tm-memories';

/** An imported memory, kept apart from the project's own pairs and never edited. */
export interface StoredMemory {
  schemaVersion: 1;
  name: string;
  readOnly: true;
  /** Name of the imported file. */
  file: string;
  importedAt: string;
  pairs: TmxPair[];
}

/** The list of imported memories. */
export interface MemoryIndex {
  schemaVersion: 1;
  memories: { name: string; file: string; importedAt: string; pairs: number }[];
}

/** Document name of an imported memory. */
export function memoryDocName(name: string): string {
  return `tm/${name}`;
}


/** Confirmed pairs of the project's articles, with their neighbours as context. */
export function articleMemoryEntries(articles: readonly Article[]): TmEntry[] {
  const entries: TmEntry[] = [];
  for (const article of articles) {
    // One origin string per article, not one per pair.
    const origin = `article:${article.id}`;
    article.segments.forEach((segment, i) => {
      if (!isConfirmedPair(segment)) return;
      entries.push({
        source: segment.source,
        target: segment.target,
        origin,
        context: { prev: article.segments[i - 1]?.source ?? '', next: article.segments[i + 1]?.source ?? '' },
      });
    });
  }
  return entries;
}

/** Reads the index of imported memories (empty when none). */
export async function readMemoryIndex(store: ProjectStore): Promise<MemoryIndex> {
  return (await store.getDoc<MemoryIndex>(MEMORY_INDEX_DOC)) ?? { schemaVersion: 1, memories: [] };
}

/** Every entry the project's memory holds: confirmed article pairs first, then imported memories. */
export async function projectMemoryEntries(store: ProjectStore): Promise<TmEntry[]> {
  const entries = articleMemoryEntries(await store.listArticles());
  for (const { name } of (await readMemoryIndex(store)).memories) {
    const memory = await store.getDoc<StoredMemory>(memoryDocName(name));
    for (const pair of memory?.pairs ?? []) entries.push({ source: pair.source, target: pair.target, origin: `tm:${name}` });
  }
  return entries;
}

// Memory names become file names in the project: letters, digits, '_', '.', '-' only.
/** The stored name for a memory: the given name or file name without its extension, made safe as a file name. */
export function memoryNameOf(given: string): string {
  return given.replace(/\.(tmx|xlf|xliff|tsv|tab|txt)$/i, '').replace(/[^\p{L}\p{M}\p{N}_.-]+/gu, '-').replace(/^[.-]+|\.{2,}/g, '').slice(0, 100) || 'memory';
}

/** Stores an imported memory under its name (replacing one of the same name) and lists it in the index. */
export async function saveImportedMemory(store: ProjectStore, memory: StoredMemory): Promise<void> {
  await store.saveDoc(memoryDocName(memory.name), memory);
  const index = await readMemoryIndex(store);
  const memories = index.memories.filter((m) => m.name !== memory.name);
  memories.push({ name: memory.name, file: memory.file, importedAt: memory.importedAt, pairs: memory.pairs.length });
  await store.saveDoc(MEMORY_INDEX_DOC, { ...index, memories });
}
