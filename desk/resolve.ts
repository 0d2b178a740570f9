/**
 * A person's choice for one conflict (`anuvad desk resolve`): keep mine (the next sync sends the
 * local version on top of the desk's current one) or take theirs (the desk's version replaces the
 * local one now). Written with the sync state in one local commit.
 */
import type { Segment } from '../articles/model.ts';
import type { GlossaryEntry } from '../glossary/model.ts';
import type { ProjectStore } from '../services/store/project-store.ts';
import { revisionOf, stampArticle, stampEntry } from '../services/store/revisions.ts';
import { contentHash } from './canonical.ts';
import { DeskError } from './connection.ts';
import { DESK_STATE_DOC, readSyncState, type DeskConflict } from './sync-state.ts';

/** Resolves the conflict about `id` (a segment, entry, article or document id); returns it. */
export async function resolveConflict(store: ProjectStore, id: string, keep: 'mine' | 'theirs'): Promise<DeskConflict> {
  const state = await readSyncState(store);
  const matching = state.conflicts.filter((conflict) => conflict.id === id);
  if (matching.length === 0) throw new DeskError('bad-input', `no conflict about ${JSON.stringify(id)}; run anuvad desk sync to list them`);
  if (matching.length > 1) throw new DeskError('bad-input', `${matching.length} conflicts about ${JSON.stringify(id)}; resolve them one article at a time`);
  const [conflict] = matching;
  const current = conflict.currentRevision;
  const batch: Parameters<ProjectStore['commit']>[0] = { label: 'anuvad desk resolve', docs: [] };
  if (conflict.kind === 'segment' && conflict.articleId) {
    const synced = state.articles[conflict.articleId];
    const article = await store.getArticle(conflict.articleId);
    if (!synced || !article) throw new DeskError('bad-input', `article ${conflict.articleId} is no longer in this copy`);
    if (keep === 'mine' || conflict.theirs === null) {
      synced.segments[id] = [current, -1];
    } else {
      const next = stampArticle(article, { ...article, segments: article.segments.map((segment) => (segment.id === id ? { ...(conflict.theirs as Segment), revision: segment.revision } : segment)) });
      synced.segments[id] = [current, revisionOf(next.segments.find((segment) => segment.id === id))];
      batch.articles = [next];
    }
    synced.local = -1;
  } else if (conflict.kind === 'glossary-entry') {
    if (keep === 'mine') {
      state.entries[id] = [current, -1];
    } else {
      const glossary = await store.getGlossary();
      const held = glossary.entries.find((entry) => entry.id === id);
      const theirs = conflict.theirs as GlossaryEntry | null;
      const entries = glossary.entries.filter((entry) => entry.id !== id);
      if (theirs) {
        const stamped = stampEntry(held, { ...theirs });
        entries.push(stamped);
        state.entries[id] = [current, revisionOf(stamped)];
      } else {
        delete state.entries[id];
      }
      batch.glossary = { ...glossary, entries };
    }
  } else if (conflict.kind === 'doc') {
    if (keep === 'mine') state.docs[id] = [current, ''];
    else {
      batch.docs!.push({ name: id, value: conflict.theirs });
      state.docs[id] = [current, contentHash(conflict.theirs)];
    }
  } else {
    if (keep === 'theirs') throw new DeskError('bad-input', `article ${id} changed shape on both sides: keep mine, or clone the desk again to take theirs`);
    const synced = state.articles[id];
    if (synced) Object.assign(synced, { rev: current, shape: '', local: -1 });
  }
  state.conflicts = state.conflicts.filter((each) => each !== conflict);
  batch.docs!.push({ name: DESK_STATE_DOC, value: state });
  await store.commit(batch);
  return conflict;
}
