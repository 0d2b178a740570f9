/**
 * Where the conflict dialog plugs into the transport: the dialog host registers the resolver
 * while it is mounted, and views that hold text (the editor) hear when a person took theirs.
 */
import type { ConflictInfo } from '../../services/contract.ts';
import type { ConflictResolver, TheirsListener } from './revision-tracker.ts';

let current: ConflictResolver | undefined;
const theirsListeners = new Set<TheirsListener>();

/** Makes `resolver` the one in charge; returns the function that unregisters it. */
export function setConflictResolver(resolver: ConflictResolver): () => void {
  current = resolver;
  return () => {
    if (current === resolver) current = undefined;
  };
}

/** The resolver in charge now, if a dialog host is mounted. */
export function currentConflictResolver(): ConflictResolver | undefined {
  return current;
}

/** Subscribes to "took theirs"; returns the unsubscribe function. */
export function onTookTheirs(listener: TheirsListener): () => void {
  theirsListeners.add(listener);
  return () => theirsListeners.delete(listener);
}

/** Tells every subscriber that a person took the stored version of `conflict`. */
export function notifyTookTheirs(conflict: ConflictInfo): void {
  for (const listener of theirsListeners) listener(conflict);
}
