/**
 * `anuvad desk sync`: push what changed here, pull what changed on the desk, in that order, and
 * write the pulled changes together with the new sync state in ONE local commit (the store's
 * journal): a kill at any moment leaves the local copy at the last sync or at this one. The desk
 * side is idempotent: a push whose reply was lost is recognised on the next sync (same content on
 * both sides is never a conflict), and memory units are keyed.
 */
import type { Article } from '../articles/model.ts';
import type { ProjectStore } from '../services/store/project-store.ts';
import { MEMORY_INDEX_DOC, memoryDocName, readMemoryIndex, type StoredMemory } from '../services/project-memory.ts';
import { alignmentDocName } from '../services/review-handlers.ts';
import { revisionOf } from '../services/store/revisions.ts';
import { sameJson } from './canonical.ts';
import { DeskError, deskErrorOf, type DeskConnection } from './connection.ts';
import { articleMeta, articleShape, collectLocalChanges, type LocalSnapshot, type PendingChange, type PushChange } from './local-changes.ts';
import { applyPulled, type PulledChange } from './pull-apply.ts';
import { DESK_STATE_DOC, readSyncState, thingKey, type DeskConflict, type DeskRefusal, type DeskSyncState } from './sync-state.ts';

/** What one sync did. */
export interface SyncReport {
  pushed: number;
  pulled: number;
  /** Conflicts that remain: each with both versions; the local one is still in place. */
  conflicts: DeskConflict[];
  refused: DeskRefusal[];
  /** The change-log sequence this copy has now caught up to. */
  seq: number;
}

/** Largest push payload per call (bytes of JSON); a big publish goes in several transactions. */
const PUSH_CHUNK_BYTES = 4 * 1024 * 1024;
const PULL_PAGE = 5000;

/** Reads the parts of a local copy that the desk shares. */
export async function readLocalSnapshot(store: ProjectStore): Promise<LocalSnapshot> {
  const articles = await store.listArticles();
  const entries = (await store.getGlossary()).entries;
  const docs = new Map<string, unknown>();
  for (const article of articles) {
    const doc = await store.getDoc(alignmentDocName(article.id));
    if (doc !== undefined) docs.set(alignmentDocName(article.id), doc);
  }
  const memories: StoredMemory[] = [];
  for (const { name } of (await readMemoryIndex(store)).memories) {
    const memory = await store.getDoc<StoredMemory>(memoryDocName(name));
    if (memory) memories.push(memory);
  }
  return { articles, entries, docs, memories };
}

interface PushReply {
  applied: { kind: string; id: string; articleId?: string; revision: number }[];
  conflicts: { kind: DeskConflict['kind']; id: string; articleId?: string; baseRevision: number; currentRevision: number; theirs: unknown }[];
  refused: DeskRefusal[];
  seq: number;
}

function changeKey(change: PushChange): string {
  if (change.kind === 'tm') return `tm::${change.key}`;
  return thingKey({ kind: change.kind, id: change.id, articleId: change.kind === 'segment' ? change.articleId : undefined });
}

/** Sends the pending changes; returns the desk's replies merged. */
async function push(desk: DeskConnection, pending: readonly PendingChange[]): Promise<PushReply> {
  const merged: PushReply = { applied: [], conflicts: [], refused: [], seq: 0 };
  let chunk: PushChange[] = [];
  let bytes = 0;
  const send = async () => {
    if (chunk.length === 0) return;
    const reply = (await desk.client.query('select desk.push($1::jsonb) as reply', [JSON.stringify(chunk)])).rows[0].reply as PushReply;
    merged.applied.push(...reply.applied);
    merged.conflicts.push(...reply.conflicts);
    merged.refused.push(...reply.refused);
    merged.seq = reply.seq;
    chunk = [];
    bytes = 0;
  };
  for (const { change } of pending) {
    const size = JSON.stringify(change).length;
    if (bytes + size > PUSH_CHUNK_BYTES) await send();
    chunk.push(change);
    bytes += size;
  }
  await send();
  return merged;
}

/** Records the desk's reply to a push in the state; returns the conflicts that remain. */
function recordPush(state: DeskSyncState, local: LocalSnapshot, pending: readonly PendingChange[], reply: PushReply): DeskConflict[] {
  const byKey = new Map(pending.map((item) => [changeKey(item.change), item]));
  const localArticles = new Map(local.articles.map((article) => [article.id, article]));
  const adopt = (kind: string, id: string, articleId: string | undefined, revision: number) => {
    const item = byKey.get(thingKey({ kind: kind === 'glossary-entry' ? 'entry' : kind, id, articleId }));
    if (kind === 'segment' && articleId) {
      const synced = state.articles[articleId];
      const segment = localArticles.get(articleId)?.segments.find((s) => s.id === id);
      if (synced && segment) synced.segments[id] = [revision, revisionOf(segment)];
    } else if (kind === 'article') {
      const article = localArticles.get(id);
      if (!article) {
        delete state.articles[id];
        return;
      }
      const previous = state.articles[id];
      state.articles[id] = { rev: revision, local: -1, shape: articleShape(articleMeta(article), article.segments.map((s) => s.id)), segments: previous?.segments ?? {} };
    } else if (kind === 'glossary-entry' && item && item.change.kind === 'entry') {
      if (item.change.body === null) delete state.entries[id];
      else state.entries[id] = [revision, item.local as number];
    } else if (kind === 'doc' && item) {
      state.docs[id] = [revision, item.local as string];
    }
  };
  // Articles first: a new article's segments are recorded under it.
  const applied = [...reply.applied].sort((a, b) => (a.kind === 'article' ? 0 : 1) - (b.kind === 'article' ? 0 : 1));
  for (const item of applied) adopt(item.kind, item.id, item.articleId, item.revision);
  const remaining: DeskConflict[] = [];
  for (const conflict of reply.conflicts) {
    const item = byKey.get(thingKey({ kind: conflict.kind === 'glossary-entry' ? 'entry' : conflict.kind, id: conflict.id, articleId: conflict.articleId }));
    const mine = item?.mine ?? null;
    // Same content on both sides (a reply lost to a crash, or two people typing the same): not a conflict.
    if (conflict.theirs !== null && sameJson(mine, conflict.theirs)) {
      adopt(conflict.kind, conflict.id, conflict.articleId, conflict.currentRevision);
      continue;
    }
    remaining.push({ ...conflict, mine });
  }
  for (const item of pending) if (item.change.kind === 'tm') state.tm[item.change.memory] = item.local as string;
  return remaining;
}

// After push and pull: an article whose every segment and shape is recorded as synced gets its fast-path local revision.
function settleArticles(state: DeskSyncState, articles: readonly Article[]): void {
  for (const article of articles) {
    const synced = state.articles[article.id];
    if (!synced) continue;
    const ok = synced.shape === articleShape(articleMeta(article), article.segments.map((s) => s.id))
      && article.segments.every((segment) => synced.segments[segment.id]?.[1] === revisionOf(segment));
    synced.local = ok ? revisionOf(article) : -1;
  }
}

/** Reads the whole change log after `since`. */
async function pullLog(desk: DeskConnection, since: number): Promise<PulledChange[]> {
  const all: PulledChange[] = [];
  for (let after = since; ;) {
    const rows = (await desk.client.query('select * from desk.pull($1, $2)', [after, PULL_PAGE])).rows as (Omit<PulledChange, 'articleId' | 'seq'> & { seq: string; article_id: string | null })[];
    for (const row of rows) all.push({ seq: Number(row.seq), kind: row.kind, id: row.id, articleId: row.article_id, revision: row.revision, author: row.author, body: row.body });
    if (rows.length < PULL_PAGE) return all;
    after = Number(rows[rows.length - 1].seq);
  }
}

/** Pushes local changes, pulls the desk's, commits both sides' results locally in one commit. */
export async function syncProject(store: ProjectStore, desk: DeskConnection, options: { now?: () => Date; push?: boolean } = {}): Promise<SyncReport> {
  const now = options.now ?? (() => new Date());
  const state = await readSyncState(store);
  const local = await readLocalSnapshot(store);
  let conflicts: DeskConflict[] = [];
  let refused: DeskRefusal[] = [];
  let pushed = 0;
  // Only articles this sync touches can change their synced/unsynced standing.
  const touched = new Set<string>();
  try {
    const head = Number((await desk.client.query('select desk.head() as seq')).rows[0].seq);
    if (head < state.lastSeq) {
      throw new DeskError('internal', `the desk is at change ${head}, behind this copy (${state.lastSeq}): it lost changes (restored from an older backup?); nothing was sent — ask the desk lead, and keep this copy`);
    }
    if (options.push !== false) {
      const pending = collectLocalChanges(state, local);
      for (const { change } of pending) if (change.kind === 'article') touched.add(change.id); else if (change.kind === 'segment') touched.add(change.articleId);
      if (pending.length > 0) {
        const reply = await push(desk, pending);
        conflicts = recordPush(state, local, pending, reply);
        refused = reply.refused;
        pushed = reply.applied.length;
      }
    }
    const log = await pullLog(desk, state.lastSeq);
    const outcome = applyPulled(state, local, log, now());
    const seen = new Set(conflicts.map(thingKey));
    for (const conflict of outcome.conflicts) if (!seen.has(thingKey(conflict))) conflicts.push(conflict);
    if (log.length > 0) state.lastSeq = log[log.length - 1].seq;
    const written = new Map(local.articles.map((article) => [article.id, article]));
    for (const article of outcome.articles) written.set(article.id, article);
    for (const id of outcome.deleteArticles) written.delete(id);
    for (const article of outcome.articles) touched.add(article.id);
    settleArticles(state, [...touched].map((id) => written.get(id)).filter((article): article is Article => article !== undefined));
    state.conflicts = conflicts;
    state.refused = refused;
    const docs = [...outcome.docs, { name: DESK_STATE_DOC, value: state }];
    if (outcome.memories.length > 0) {
      const index = await readMemoryIndex(store);
      const listed = index.memories.filter((m) => !outcome.memories.some((memory) => memory.name === m.name));
      for (const memory of outcome.memories) {
        docs.push({ name: memoryDocName(memory.name), value: memory });
        listed.push({ name: memory.name, file: memory.file, importedAt: memory.importedAt, pairs: memory.pairs.length });
      }
      docs.push({ name: MEMORY_INDEX_DOC, value: { ...index, memories: listed } });
    }
    await store.commit({
      label: 'anuvad desk sync',
      ...(outcome.articles.length > 0 ? { articles: outcome.articles } : {}),
      ...(outcome.deleteArticles.length > 0 ? { deleteArticles: outcome.deleteArticles } : {}),
      ...(outcome.entries ? { glossary: { ...(await store.getGlossary()), entries: outcome.entries } } : {}),
      docs,
    });
    return { pushed, pulled: outcome.applied, conflicts, refused, seq: state.lastSeq };
  } catch (error) {
    if ((error as { code?: string }).code === 'conflict' || (error as Error).name === 'StoreError') throw error;
    throw deskErrorOf(error);
  }
}
