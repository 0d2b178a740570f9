/**
 * Applying the desk's change log to a local copy. The log holds each change's new state; for each
 * thing only its last state counts. A thing changed here since the last sync and changed on the desk
 * too is a conflict (both versions kept, the local one stays in place) unless both hold the same
 * content; otherwise the desk's version is written. Nothing is merged.
 */
import type { Article, Segment } from '../articles/model.ts';
import type { GlossaryEntry } from '../glossary/model.ts';
import { revisionOf, stampArticle, stampEntry } from '../services/store/revisions.ts';
import { contentHash as contentHashOf, sameJson, withoutRevision } from './canonical.ts';
import { articleMeta, articleShape, memoryHash, type ArticleMeta, type LocalSnapshot } from './local-changes.ts';
import type { DeskConflict, DeskSyncState, SyncedArticle } from './sync-state.ts';
import type { StoredMemory } from '../services/project-memory.ts';

/** One row of desk.pull. */
export interface PulledChange {
  seq: number;
  kind: 'article' | 'segment' | 'entry' | 'doc' | 'tm';
  id: string;
  articleId: string | null;
  revision: number | null;
  author: string;
  body: unknown;
}

/** What applying the log changes locally; `state` is updated in place. */
export interface PullOutcome {
  articles: Article[];
  deleteArticles: string[];
  entries?: GlossaryEntry[];
  docs: { name: string; value: unknown }[];
  memories: StoredMemory[];
  conflicts: DeskConflict[];
  /** Things written from the desk. */
  applied: number;
}

function lastStates(changes: readonly PulledChange[]) {
  const structures = new Map<string, PulledChange>();
  const segments = new Map<string, PulledChange>();
  const entries = new Map<string, PulledChange>();
  const docs = new Map<string, PulledChange>();
  const tm: PulledChange[] = [];
  for (const change of changes) {
    if (change.kind === 'article') structures.set(change.id, change);
    else if (change.kind === 'segment') segments.set(`${change.articleId}\u0000${change.id}`, change);
    else if (change.kind === 'entry') entries.set(change.id, change);
    else if (change.kind === 'doc') docs.set(change.id, change);
    else tm.push(change);
  }
  return { structures, segments, entries, docs, tm };
}

/** Applies `changes` (oldest first) to the local snapshot; returns what to commit. */
export function applyPulled(state: DeskSyncState, local: LocalSnapshot, changes: readonly PulledChange[], now: Date): PullOutcome {
  const { structures, segments, entries, docs, tm } = lastStates(changes);
  const out: PullOutcome = { articles: [], deleteArticles: [], docs: [], memories: [], conflicts: [], applied: 0 };
  const localArticles = new Map(local.articles.map((article) => [article.id, article]));
  const touched = new Set([...structures.keys(), ...[...segments.values()].map((change) => change.articleId as string)]);

  for (const id of touched) {
    const structure = structures.get(id);
    const synced = state.articles[id];
    const mine = localArticles.get(id);
    const localShape = mine ? { meta: articleMeta(mine), segmentIds: mine.segments.map((segment) => segment.id) } : undefined;
    const structureUnsynced = mine !== undefined && (!synced || articleShape(localShape!.meta, localShape!.segmentIds) !== synced.shape);
    if (structure && structure.body === null) {
      if (!synced || (structure.revision ?? 0) <= synced.rev) continue;
      if (mine && revisionOf(mine) !== synced.local) {
        out.conflicts.push({ kind: 'article', id, baseRevision: synced.rev, currentRevision: structure.revision ?? 0, mine: localShape, theirs: null });
        continue;
      }
      if (mine) out.deleteArticles.push(id);
      delete state.articles[id];
      out.applied++;
      continue;
    }
    let meta: ArticleMeta | undefined = localShape?.meta;
    let segmentIds = localShape?.segmentIds;
    let rev = synced?.rev ?? 0;
    let shape = synced?.shape;
    if (structure && (!synced || (structure.revision ?? 0) > synced.rev)) {
      const theirs = structure.body as { meta: ArticleMeta; segmentIds: string[] };
      if (structureUnsynced && !sameJson(localShape, theirs)) {
        out.conflicts.push({ kind: 'article', id, baseRevision: rev, currentRevision: structure.revision ?? 0, mine: localShape, theirs });
      } else {
        meta = theirs.meta;
        segmentIds = theirs.segmentIds;
        rev = structure.revision ?? 0;
        shape = articleShape(meta, segmentIds);
      }
    }
    if (!meta || !segmentIds) continue; // not in this copy and no structure in the log: nothing to attach segments to
    const localSegments = new Map((mine?.segments ?? []).map((segment) => [segment.id, segment]));
    const records: SyncedArticle['segments'] = {};
    const fromDesk = new Set<string>();
    const next: Segment[] = [];
    let complete = true;
    for (const segmentId of segmentIds) {
      const pulled = segments.get(`${id}\u0000${segmentId}`);
      const held = localSegments.get(segmentId);
      const record = synced?.segments[segmentId];
      if (pulled && (!record || (pulled.revision ?? 0) > record[0])) {
        const heldUnsynced = held !== undefined && (!record || revisionOf(held) !== record[1]);
        if (heldUnsynced && !sameJson(withoutRevision(held), pulled.body)) {
          out.conflicts.push({ kind: 'segment', id: segmentId, articleId: id, baseRevision: record?.[0] ?? 0, currentRevision: pulled.revision ?? 0, mine: withoutRevision(held), theirs: pulled.body });
          next.push(held);
          if (record) records[segmentId] = record;
          continue;
        }
        next.push({ ...(pulled.body as Segment), ...(held ? { revision: held.revision } : {}) });
        records[segmentId] = [pulled.revision ?? 0, -1];
        fromDesk.add(segmentId);
        continue;
      }
      if (!held) {
        complete = false;
        break;
      }
      next.push(held);
      if (record) records[segmentId] = record;
    }
    if (!complete) throw new Error(`the desk's change log lacks a segment of article ${id}; run anuvad desk clone again`);
    const stamped = stampArticle(mine, { ...(meta as Article), segments: next, ...(mine ? { revision: mine.revision } : {}) });
    for (const segment of stamped.segments) if (fromDesk.has(segment.id)) records[segment.id] = [records[segment.id][0], revisionOf(segment)];
    const allSynced = stamped.segments.every((segment) => records[segment.id]?.[1] === revisionOf(segment)) && shape === articleShape(articleMeta(stamped), stamped.segments.map((s) => s.id));
    state.articles[id] = { rev, local: allSynced ? revisionOf(stamped) : -1, shape: shape ?? '', segments: records };
    if (revisionOf(stamped) !== revisionOf(mine) || !mine) {
      out.articles.push(stamped);
      out.applied++;
    }
  }

  if (entries.size > 0) {
    const held = new Map(local.entries.map((entry) => [entry.id, entry]));
    let changed = false;
    for (const [id, pulled] of entries) {
      const record = state.entries[id];
      if (record && (pulled.revision ?? 0) <= record[0]) continue;
      const mine = held.get(id);
      const mineUnsynced = mine ? !record || revisionOf(mine) !== record[1] : record !== undefined;
      const theirs = pulled.body as GlossaryEntry | null;
      if (mineUnsynced && !sameJson(mine ? withoutRevision(mine) : null, theirs)) {
        out.conflicts.push({ kind: 'glossary-entry', id, baseRevision: record?.[0] ?? 0, currentRevision: pulled.revision ?? 0, mine: mine ? withoutRevision(mine) : null, theirs });
        continue;
      }
      changed = true;
      out.applied++;
      if (theirs === null) {
        held.delete(id);
        delete state.entries[id];
        continue;
      }
      const stamped = stampEntry(mine, { ...theirs });
      held.set(id, stamped);
      state.entries[id] = [pulled.revision ?? 0, revisionOf(stamped)];
    }
    if (changed) out.entries = [...held.values()];
  }

  for (const [name, pulled] of docs) {
    const record = state.docs[name];
    if (record && (pulled.revision ?? 0) <= record[0]) continue;
    const mine = local.docs.get(name);
    const mineHash = mine === undefined ? undefined : contentHashOf(mine);
    const mineUnsynced = mine !== undefined && (!record || record[1] !== mineHash);
    if (mineUnsynced && !sameJson(mine, pulled.body)) {
      out.conflicts.push({ kind: 'doc', id: name, baseRevision: record?.[0] ?? 0, currentRevision: pulled.revision ?? 0, mine, theirs: pulled.body });
      continue;
    }
    out.docs.push({ name, value: pulled.body });
    state.docs[name] = [pulled.revision ?? 0, contentHashOf(pulled.body)];
    out.applied++;
  }

  const byMemory = new Map<string, { source: string; target: string }[]>();
  for (const unit of tm) {
    const body = unit.body as { memory: string; source: string; target: string };
    byMemory.set(body.memory, [...(byMemory.get(body.memory) ?? []), { source: body.source, target: body.target }]);
  }
  for (const [name, units] of byMemory) {
    const held = local.memories.find((memory) => memory.name === name);
    const pairs = [...(held?.pairs ?? [])];
    const seen = new Set(pairs.map((pair) => `${pair.source}\u0000${pair.target}`));
    for (const unit of units) {
      if (seen.has(`${unit.source}\u0000${unit.target}`)) continue;
      seen.add(`${unit.source}\u0000${unit.target}`);
      pairs.push(unit);
      out.applied++;
    }
    const memory: StoredMemory = held ? { ...held, pairs } : { schemaVersion: 1, name, readOnly: true, file: `desk:${name}`, importedAt: now.toISOString(), pairs };
    out.memories.push(memory);
    state.tm[name] = memoryHash(pairs);
  }
  return out;
}

