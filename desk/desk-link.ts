/**
 * The app's link to a desk (services/desk-link.ts): connect from the settings with URL, user and
 * password (kept only in this process's memory), then stay live (desk/live.ts). A project that is
 * not yet a copy of that desk is published to it; a copy of another desk is refused.
 */
import { ApiFailure } from '../services/api-failure.ts';
import type { DeskStatus } from '../services/contract.ts';
import type { DeskLink, DeskLinkFactory } from '../services/desk-link.ts';
import { publishProject } from './clone.ts';
import { connectDesk, DeskError, deskErrorOf } from './connection.ts';
import { urlWithoutPassword } from './credentials.ts';
import { startLiveDesk, type LiveDesk } from './live.ts';
import { DESK_STATE_DOC, type DeskSyncState } from './sync-state.ts';

function failure(error: unknown): ApiFailure {
  const desk = deskErrorOf(error);
  return new ApiFailure({ code: desk.code === 'internal' ? 'internal' : desk.code === 'unreachable' ? 'io' : 'bad-input', message: desk.message });
}

/** The factory the transports pass to createHandlers. */
export const createDeskLink: DeskLinkFactory = (store, exclusive) => {
  let live: LiveDesk | undefined;
  let lastError: string | undefined;
  let lastSyncAt: string | undefined;
  let pushTimer: ReturnType<typeof setTimeout> | undefined;

  const status = async (): Promise<DeskStatus> => {
    const state = await store.getDoc<DeskSyncState>(DESK_STATE_DOC);
    const presence = live ? await live.presence().catch(() => []) : [];
    return {
      connected: live !== undefined,
      ...(state ? { database: state.database, user: state.user, seq: state.lastSeq } : {}),
      ...(live ? { role: live.desk.role } : {}),
      ...(lastSyncAt ? { lastSyncAt } : {}),
      conflicts: state?.conflicts ?? [],
      refused: state?.refused ?? [],
      presence: presence.map(({ user, role, articleId }) => ({ user, role, articleId })),
      ...(lastError ? { error: lastError } : {}),
    };
  };

  const link: DeskLink = {
    status,
    async connect({ database, user, password }) {
      await link.disconnect();
      const bare = urlWithoutPassword(database);
      const state = await store.getDoc<DeskSyncState>(DESK_STATE_DOC);
      if (state && state.database !== bare) {
        throw new ApiFailure({ code: 'bad-input', message: `This project is a copy of the desk ${state.database}; it cannot connect to ${bare}` });
      }
      try {
        const desk = await connectDesk(database, user, password);
        if (!state) await exclusive(() => publishProject(store, desk, bare));
        lastError = undefined;
        live = await startLiveDesk(store, desk, {
          exclusive,
          onSynced: () => {
            lastSyncAt = new Date().toISOString();
            lastError = undefined;
          },
          onError: (error) => {
            lastError = error.message;
          },
        });
      } catch (error) {
        if (error instanceof ApiFailure) throw error;
        lastError = deskErrorOf(error).message;
        throw failure(error);
      }
      return status();
    },
    async sync() {
      if (!live) throw failure(new DeskError('bad-input', 'Not connected to a desk; connect from the settings first'));
      await live.syncNow().catch(() => undefined);
      return status();
    },
    async disconnect() {
      const closing = live;
      live = undefined;
      clearTimeout(pushTimer);
      pushTimer = undefined;
      await closing?.stop();
      return status();
    },
    localChanged() {
      // Edits in a burst (typing, a batch) leave in one sync shortly after the first.
      if (!live || pushTimer) return;
      pushTimer = setTimeout(() => {
        pushTimer = undefined;
        void live?.syncNow().catch(() => undefined);
      }, 200);
    },
    async presence(articleId) {
      await live?.setPresence(articleId).catch((error: unknown) => {
        lastError = deskErrorOf(error).message;
      });
      return status();
    },
  };
  return link;
};
