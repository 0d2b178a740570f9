/**
 * What a local copy remembers about its desk (the document `desk` in the project): where the desk
 * is (URL without password) and as whom, the last change-log sequence it has applied, and for every
 * article, segment, glossary entry and review document the desk revision and the LOCAL store
 * revision at the last sync. A local revision that moved since means "changed here, not yet sent".
 * It is written in the same all-or-nothing commit as the data it describes.
 */
import type { ConflictInfo } from '../services/contract.ts';
import type { ProjectStore } from '../services/store/project-store.ts';
import { DeskError } from './connection.ts';

/** The name of the document holding the sync state. */
export const DESK_STATE_DOC = 'desk';

/** An article's record: structure revision on the desk, local article revision, shape hash, and per segment [desk, local]. */
export interface SyncedArticle {
  rev: number;
  local: number;
  shape: string;
  segments: Record<string, [number, number]>;
}

/** Two versions of one thing that a person must choose between (never merged, never dropped): the
 * contract's conflict, without settings (the desk does not share them). `mine` stays in the local copy
 * until resolved; `theirs` null = deleted on the desk. */
export type DeskConflict = ConflictInfo & { kind: Exclude<ConflictInfo['kind'], 'settings'> };

/** A local change the desk refused (the user's role does not allow it); kept locally. */
export interface DeskRefusal {
  kind: string;
  id: string;
  articleId?: string;
  reason: string;
}

/** The sync state document. */
export interface DeskSyncState {
  schemaVersion: 1;
  database: string;
  user: string;
  lastSeq: number;
  articles: Record<string, SyncedArticle>;
  entries: Record<string, [number, number]>;
  docs: Record<string, [number, string]>;
  /** Memory name → hash of the pairs the desk has. */
  tm: Record<string, string>;
  conflicts: DeskConflict[];
  refused: DeskRefusal[];
}

/** A fresh state for a project attached to `database` as `user`. */
export function emptySyncState(database: string, user: string): DeskSyncState {
  return { schemaVersion: 1, database, user, lastSeq: 0, articles: {}, entries: {}, docs: {}, tm: {}, conflicts: [], refused: [] };
}

/** The project's sync state; a project never attached to a desk is bad input. */
export async function readSyncState(store: ProjectStore): Promise<DeskSyncState> {
  const state = await store.getDoc<DeskSyncState>(DESK_STATE_DOC);
  if (!state || state.schemaVersion !== 1) {
    throw new DeskError('bad-input', `${store.dir} is not a copy of a desk (no docs/${DESK_STATE_DOC}.json): use anuvad desk clone or anuvad desk publish first`);
  }
  return state;
}

/** Key of a conflict or refusal: one per thing. */
export function thingKey(item: { kind: string; id: string; articleId?: string }): string {
  return `${item.kind === 'glossary-entry' ? 'entry' : item.kind}:${item.articleId ?? ''}:${item.id}`;
}
