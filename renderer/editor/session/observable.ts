/** A tiny external store (the shape useSyncExternalStore reads): a snapshot that is replaced, never mutated, and listeners told of each change. */

/** A value that changes over time and says when. */
export interface Observable<T> {
  getSnapshot(): T;
  subscribe(listener: () => void): () => void;
}

/** A writable observable; `update` merges a partial snapshot into a new object so React sees the change. */
export interface ObservableState<T extends object> extends Observable<T> {
  update(patch: Partial<T> | ((current: T) => Partial<T>)): void;
}

/** Creates an observable state holding `initial`. */
export function createObservableState<T extends object>(initial: T): ObservableState<T> {
  let snapshot = initial;
  const listeners = new Set<() => void>();
  return {
    getSnapshot: () => snapshot,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    update(patch) {
      const changes = typeof patch === 'function' ? patch(snapshot) : patch;
      if (Object.keys(changes).every((key) => Object.is(changes[key as keyof T], snapshot[key as keyof T]))) return;
      snapshot = { ...snapshot, ...changes };
      for (const listener of [...listeners]) listener();
    },
  };
}
