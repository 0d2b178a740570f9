/** The checks every handler group makes before touching a project, failing the way the API reports. */
import type { Article } from './contract.ts';
import { ApiFailure } from './api-failure.ts';
import type { ProjectStore } from './store/project-store.ts';

/** Throws the 'read-only' failure when the project is open elsewhere. */
export function assertWritable(store: ProjectStore): void {
  if (store.readOnly) throw new ApiFailure({ code: 'read-only', message: store.readOnlyReason ?? 'The project is open elsewhere; it was opened read-only' });
}

/** The article with this id, or the 'not-found' failure. */
export async function requireArticle(store: ProjectStore, id: string): Promise<Article> {
  const found = await store.getArticle(id);
  if (!found) throw new ApiFailure({ code: 'not-found', message: `No article ${id}` });
  return found;
}
