/**
 * `anuvad desk clone` and `anuvad desk publish`: a local working copy from a desk (one consistent
 * snapshot read in a REPEATABLE READ transaction, written as ONE local commit with its sync state),
 * and a local project attached to a desk (its sync state created, then one sync uploads it).
 */
import type { Article, Segment } from '../articles/model.ts';
import type { GlossaryEntry } from '../glossary/model.ts';
import { GLOSSARY_SCHEMA_VERSION } from '../glossary/model.ts';
import { MEMORY_INDEX_DOC, memoryDocName, type MemoryIndex, type StoredMemory } from '../services/project-memory.ts';
import type { ProjectStore } from '../services/store/project-store.ts';
import { revisionOf, stampArticle, stampEntry } from '../services/store/revisions.ts';
import { contentHash } from './canonical.ts';
import { DeskError, deskErrorOf, type DeskConnection } from './connection.ts';
import { articleMeta, articleShape, memoryHash, type ArticleMeta } from './local-changes.ts';
import { DESK_STATE_DOC, emptySyncState, type DeskSyncState, type SyncedArticle } from './sync-state.ts';
import { syncProject, type SyncReport } from './sync.ts';

const CLONE_PAGE = 1000;

/** Figures of a clone. */
export interface CloneReport {
  articles: number;
  entries: number;
  memoryUnits: number;
  seq: number;
}

/** Copies the desk into `store` (a new, empty project) and attaches it. */
export async function cloneDesk(store: ProjectStore, desk: DeskConnection, database: string, now: () => Date = () => new Date()): Promise<CloneReport> {
  if ((await store.meta()).articleIds.length > 0 || (await store.getDoc(DESK_STATE_DOC)) !== undefined) {
    throw new DeskError('bad-input', `${store.dir} is not empty; clone into a new folder`);
  }
  const state: DeskSyncState = emptySyncState(database, desk.user);
  const articles: Article[] = [];
  const entries: GlossaryEntry[] = [];
  const docs: { name: string; value: unknown }[] = [];
  const memories = new Map<string, StoredMemory>();
  const { client } = desk;
  try {
    await client.query('begin isolation level repeatable read read only');
    state.lastSeq = Number((await client.query('select desk.head() as seq')).rows[0].seq);
    for (let after = 0; ;) {
      const rows = (await client.query('select * from desk.snapshot_articles($1, $2)', [after, CLONE_PAGE])).rows as {
        ordinal: string; id: string; revision: number; meta: ArticleMeta; segments: { id: string; revision: number; body: Segment }[];
      }[];
      for (const row of rows) {
        const article = stampArticle(undefined, { ...(row.meta as Article), segments: row.segments.map((segment) => segment.body) });
        const records: SyncedArticle['segments'] = {};
        row.segments.forEach((segment, i) => { records[segment.id] = [segment.revision, revisionOf(article.segments[i])]; });
        state.articles[row.id] = { rev: row.revision, local: revisionOf(article), shape: articleShape(articleMeta(article), article.segments.map((s) => s.id)), segments: records };
        articles.push(article);
      }
      if (rows.length < CLONE_PAGE) break;
      after = Number(rows[rows.length - 1].ordinal);
    }
    for (const row of (await client.query('select * from desk.snapshot_entries()')).rows as { id: string; revision: number; body: GlossaryEntry }[]) {
      const entry = stampEntry(undefined, row.body);
      entries.push(entry);
      state.entries[row.id] = [row.revision, revisionOf(entry)];
    }
    for (const row of (await client.query('select * from desk.snapshot_docs()')).rows as { name: string; revision: number; body: unknown }[]) {
      docs.push({ name: row.name, value: row.body });
      state.docs[row.name] = [row.revision, contentHash(row.body)];
    }
    for (const row of (await client.query('select * from desk.snapshot_tm()')).rows as { memory: string; source: string; target: string }[]) {
      const memory = memories.get(row.memory) ?? { schemaVersion: 1 as const, name: row.memory, readOnly: true as const, file: `desk:${row.memory}`, importedAt: now().toISOString(), pairs: [] };
      memory.pairs.push({ source: row.source, target: row.target });
      memories.set(row.memory, memory);
    }
    await client.query('commit');
  } catch (error) {
    await client.query('rollback').catch(() => undefined);
    throw deskErrorOf(error);
  }
  const index: MemoryIndex = { schemaVersion: 1, memories: [] };
  for (const memory of memories.values()) {
    docs.push({ name: memoryDocName(memory.name), value: memory });
    index.memories.push({ name: memory.name, file: memory.file, importedAt: memory.importedAt, pairs: memory.pairs.length });
    state.tm[memory.name] = memoryHash(memory.pairs);
  }
  if (index.memories.length > 0) docs.push({ name: MEMORY_INDEX_DOC, value: index });
  docs.push({ name: DESK_STATE_DOC, value: state });
  await store.commit({ label: 'anuvad desk clone', articles, glossary: { schemaVersion: GLOSSARY_SCHEMA_VERSION, entries }, docs });
  return { articles: articles.length, entries: entries.length, memoryUnits: [...memories.values()].reduce((n, m) => n + m.pairs.length, 0), seq: state.lastSeq };
}

/** Attaches a local project to the desk and uploads it with one sync (its conflicts are reported like any sync's). */
export async function publishProject(store: ProjectStore, desk: DeskConnection, database: string, now?: () => Date): Promise<SyncReport> {
  const existing = await store.getDoc<DeskSyncState>(DESK_STATE_DOC);
  if (existing && existing.database !== database) {
    throw new DeskError('bad-input', `${store.dir} is already a copy of the desk ${existing.database}; publish a project to one desk only`);
  }
  if (!existing) await store.saveDoc(DESK_STATE_DOC, emptySyncState(database, desk.user));
  return syncProject(store, desk, { now });
}
