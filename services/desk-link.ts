/**
 * The services' view of a shared desk. The desk itself (PostgreSQL, desk/) sits above the services,
 * so a transport that offers it passes a `DeskLinkFactory` in HandlerDeps; without one the desk
 * calls say so. The link gets the handlers' store, so what it pulls is announced to the indexes
 * (live checks see a glossary change as soon as it is written).
 */
import type { ApiArgs, DeskStatus } from './contract.ts';
import { ApiFailure } from './api-failure.ts';
import type { ProjectStore } from './store/project-store.ts';

/** One project's link to its desk. */
export interface DeskLink {
  status(): Promise<DeskStatus>;
  connect(args: ApiArgs<'desk.connect'>): Promise<DeskStatus>;
  sync(): Promise<DeskStatus>;
  disconnect(): Promise<DeskStatus>;
  presence(articleId: string | null): Promise<DeskStatus>;
  /** A writing call just committed: send it soon. */
  localChanged(): void;
}

/** Runs a task alone among the handlers' writing calls. */
export type Exclusive = <T>(task: () => Promise<T>) => Promise<T>;

/** Makes the link for the handlers' store; every sync runs inside `exclusive`. */
export type DeskLinkFactory = (store: ProjectStore, exclusive: Exclusive) => DeskLink;

/** The link of a transport without desk support: status says not connected, connecting is refused. */
export const noDeskLink: DeskLink = {
  status: async () => ({ connected: false, conflicts: [], refused: [], presence: [] }),
  connect: async () => {
    throw new ApiFailure({ code: 'bad-input', message: 'This window cannot connect to a desk (no desk support in this transport)' });
  },
  sync: async () => noDeskLink.status(),
  disconnect: async () => noDeskLink.status(),
  presence: async () => noDeskLink.status(),
  localChanged: () => undefined,
};
