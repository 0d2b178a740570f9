/**
 * What a local copy has to send: every article, segment, glossary entry, review document and
 * memory whose LOCAL store revision (or content hash) moved since the last sync (desk/sync-state.ts),
 * each as a change naming the desk revision it was based on.
 */
import type { Article, Segment } from '../articles/model.ts';
import type { GlossaryEntry } from '../glossary/model.ts';
import type { StoredMemory } from '../services/project-memory.ts';
import { revisionOf } from '../services/store/revisions.ts';
import { canonicalJson, contentHash, withoutRevision } from './canonical.ts';
import type { DeskSyncState } from './sync-state.ts';

/** One change as desk.push takes it. */
export type PushChange =
  | { kind: 'segment'; articleId: string; id: string; base: number; body: Omit<Segment, 'revision'> }
  | { kind: 'article'; id: string; base: number; meta?: ArticleMeta; segmentIds?: string[]; segments?: { id: string; body: Omit<Segment, 'revision'> }[]; delete?: true }
  | { kind: 'entry'; id: string; base: number; body: Omit<GlossaryEntry, 'revision'> | null }
  | { kind: 'doc'; id: string; base: number; body: unknown }
  | { kind: 'tm'; key: string; memory: string; source: string; target: string };

/** An article without its segments and revision: what the desk keeps as the article's own row. */
export type ArticleMeta = Omit<Article, 'segments' | 'revision'>;

/** The local side of a change: what to record when the desk applies it. */
export interface PendingChange {
  change: PushChange;
  /** Local revision (or content hash for documents) the change was read at. */
  local: number | string;
  /** The local version, shown beside the desk's in a conflict. */
  mine: unknown;
}

/** The local copy as read for one sync. */
export interface LocalSnapshot {
  articles: Article[];
  entries: GlossaryEntry[];
  /** Review documents (alignments/<articleId>) by name. */
  docs: Map<string, unknown>;
  memories: StoredMemory[];
}

/** The article's own fields (no segments, no revision). */
export function articleMeta(article: Article): ArticleMeta {
  const { segments: _segments, revision: _revision, ...meta } = article;
  return meta;
}

/** Hash of what an article-level change covers: its fields and its segment order. */
export function articleShape(meta: ArticleMeta, segmentIds: readonly string[]): string {
  return contentHash({ meta, segmentIds });
}

/** Key of a memory unit: the same pair in the same memory is the same unit on every machine. */
export function tmUnitKey(memory: string, source: string, target: string): string {
  return contentHash([memory, source, target]);
}

/** Hash of a memory's pairs (order-free), to tell whether it changed since the last sync. */
export function memoryHash(pairs: readonly { source: string; target: string }[]): string {
  return contentHash(pairs.map((pair) => canonicalJson([pair.source, pair.target])).sort());
}

function segmentBody(segment: Segment): Omit<Segment, 'revision'> {
  return withoutRevision(segment);
}

/** Every change the local copy holds that the desk has not had. */
export function collectLocalChanges(state: DeskSyncState, local: LocalSnapshot): PendingChange[] {
  const pending: PendingChange[] = [];
  const localIds = new Set<string>();
  for (const article of local.articles) {
    localIds.add(article.id);
    const synced = state.articles[article.id];
    const meta = articleMeta(article);
    const segmentIds = article.segments.map((segment) => segment.id);
    if (!synced) {
      pending.push({
        change: { kind: 'article', id: article.id, base: 0, meta, segmentIds, segments: article.segments.map((segment) => ({ id: segment.id, body: segmentBody(segment) })) },
        local: revisionOf(article), mine: { meta, segmentIds },
      });
      continue;
    }
    if (revisionOf(article) === synced.local) continue;
    if (articleShape(meta, segmentIds) !== synced.shape) {
      const fresh = article.segments.filter((segment) => !synced.segments[segment.id]);
      pending.push({
        change: { kind: 'article', id: article.id, base: synced.rev, meta, segmentIds, segments: fresh.map((segment) => ({ id: segment.id, body: segmentBody(segment) })) },
        local: revisionOf(article), mine: { meta, segmentIds },
      });
    }
    for (const segment of article.segments) {
      const record = synced.segments[segment.id];
      if (!record || revisionOf(segment) === record[1]) continue;
      pending.push({ change: { kind: 'segment', articleId: article.id, id: segment.id, base: record[0], body: segmentBody(segment) }, local: revisionOf(segment), mine: segmentBody(segment) });
    }
  }
  for (const [id, synced] of Object.entries(state.articles)) {
    if (!localIds.has(id)) pending.push({ change: { kind: 'article', id, base: synced.rev, delete: true }, local: 0, mine: null });
  }
  const entryIds = new Set<string>();
  for (const entry of local.entries) {
    entryIds.add(entry.id);
    const record = state.entries[entry.id];
    if (record && record[1] === revisionOf(entry)) continue;
    pending.push({ change: { kind: 'entry', id: entry.id, base: record?.[0] ?? 0, body: withoutRevision(entry) }, local: revisionOf(entry), mine: withoutRevision(entry) });
  }
  for (const [id, record] of Object.entries(state.entries)) {
    if (!entryIds.has(id)) pending.push({ change: { kind: 'entry', id, base: record[0], body: null }, local: 0, mine: null });
  }
  for (const [name, value] of local.docs) {
    const hash = contentHash(value);
    const record = state.docs[name];
    if (record && record[1] === hash) continue;
    pending.push({ change: { kind: 'doc', id: name, base: record?.[0] ?? 0, body: value }, local: hash, mine: value });
  }
  for (const memory of local.memories) {
    const hash = memoryHash(memory.pairs);
    if (state.tm[memory.name] === hash) continue;
    for (const pair of memory.pairs) {
      pending.push({ change: { kind: 'tm', key: tmUnitKey(memory.name, pair.source, pair.target), memory: memory.name, source: pair.source, target: pair.target }, local: hash, mine: null });
    }
    // An empty memory still records its hash, through a marker entry with no unit.
    if (memory.pairs.length === 0) state.tm[memory.name] = hash;
  }
  return pending;
}
