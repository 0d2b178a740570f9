/** The small hook through which components read an editor session: a snapshot via useSyncExternalStore. */
import { useSyncExternalStore } from 'react';
import type { EditorSession, EditorSnapshot } from './editor-session.ts';

/** The session's current snapshot; the component re-renders when it is replaced. */
export function useEditorSnapshot(session: EditorSession): EditorSnapshot {
  return useSyncExternalStore(session.subscribe, session.getSnapshot);
}
