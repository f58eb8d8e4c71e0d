import { useSyncExternalStore } from 'react';

interface Readable<S> {
  getState(): S;
  subscribe(listener: () => void): () => void;
}

/** Subscribes a component to an external store (document or session). */
export function useStore<S>(store: Readable<S>): S {
  return useSyncExternalStore(store.subscribe, store.getState);
}
