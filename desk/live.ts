/**
 * A connected client: LISTEN wakes it when the desk has new changes (NOTIFY carries no data and
 * replays nothing: a client that missed notices catches up from the change log on its next sync),
 * local saves ask for a sync too, and a slow timer covers anything missed. Syncs never overlap:
 * a wake-up during a sync runs one more after it.
 */
import type { ProjectStore } from '../services/store/project-store.ts';
import { deskErrorOf, type DeskConnection } from './connection.ts';
import { syncProject, type SyncReport } from './sync.ts';

/** Someone with an article open. */
export interface DeskPresence {
  user: string;
  role: string;
  articleId: string;
  seenAt: string;
}

/** A live link between a local copy and its desk. */
export interface LiveDesk {
  readonly desk: DeskConnection;
  /** Syncs now (or right after the running sync); resolves with that sync's report. */
  syncNow(): Promise<SyncReport>;
  /** The last report, if any. */
  lastReport(): SyncReport | undefined;
  /** Says which article this user has open (null: none). */
  setPresence(articleId: string | null): Promise<void>;
  /** Who has which article open (others and this user). */
  presence(): Promise<DeskPresence[]>;
  stop(): Promise<void>;
}

/** Options of `startLiveDesk`. */
export interface LiveDeskOptions {
  /** After each sync (pulled > 0 means the local copy changed). */
  onSynced?: (report: SyncReport) => void;
  onError?: (error: Error) => void;
  /** Someone opened or closed an article. */
  onPresence?: () => void;
  /** Safety-net sync interval; default 30 s. */
  intervalMs?: number;
  /** false: poll only, every intervalMs (the bench's baseline; the app always listens). */
  listen?: boolean;
  /** Runs each sync alone among the app's writes (services/handlers.ts's queue). */
  exclusive?: <T>(task: () => Promise<T>) => Promise<T>;
}

/** Starts listening; the first sync runs at once. */
export async function startLiveDesk(store: ProjectStore, desk: DeskConnection, options: LiveDeskOptions = {}): Promise<LiveDesk> {
  let running: Promise<SyncReport> | undefined;
  let again: Promise<SyncReport> | undefined;
  let last: SyncReport | undefined;
  let stopped = false;

  const runOnce = async (): Promise<SyncReport> => {
    try {
      last = await (options.exclusive ?? ((task) => task()))(() => syncProject(store, desk));
      options.onSynced?.(last);
      return last;
    } catch (error) {
      const failure = deskErrorOf(error);
      options.onError?.(failure);
      throw failure;
    }
  };
  const syncNow = (): Promise<SyncReport> => {
    if (!running) {
      running = runOnce().finally(() => {
        running = undefined;
      });
      return running;
    }
    // One follow-up sync collects every wake-up that arrived during the running one.
    again ??= running.catch(() => undefined).then(() => {
      again = undefined;
      return syncNow();
    });
    return again;
  };
  const wake = () => {
    if (!stopped) syncNow().catch(() => undefined);
  };
  desk.client.on('notification', (message) => {
    if (message.channel === 'desk_changes') wake();
    else if (message.channel === 'desk_presence') options.onPresence?.();
  });
  if (options.listen !== false) {
    await desk.client.query('listen desk_changes');
    await desk.client.query('listen desk_presence');
  }
  const timer = setInterval(wake, options.intervalMs ?? 30_000);
  timer.unref?.();
  await syncNow().catch(() => undefined);

  return {
    desk,
    syncNow,
    lastReport: () => last,
    async setPresence(articleId) {
      await desk.client.query('select desk.set_presence($1)', [articleId]).catch((error) => {
        throw deskErrorOf(error);
      });
    },
    async presence() {
      const rows = (await desk.client.query('select * from desk.presence()')).rows as { user_name: string; role: string; article_id: string; seen_at: Date }[];
      return rows.map((row) => ({ user: row.user_name, role: row.role, articleId: row.article_id, seenAt: row.seen_at.toISOString() }));
    },
    async stop() {
      stopped = true;
      clearInterval(timer);
      await running?.catch(() => undefined);
      await desk.close();
    },
  };
}
