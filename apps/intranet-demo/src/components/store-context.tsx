import type { OkrStore, OkrStoreSnapshot } from '@okrkit/core';
import { createContext, useContext, useSyncExternalStore, type ReactNode } from 'react';

/**
 * The one store every widget on the page shares, and the clock they judge status by.
 * Shaped like the provider and hooks @okrkit/react will export, so that these local
 * components can be replaced by its widgets without touching the host's wiring.
 */
interface OkrContextValue {
  store: OkrStore;
  now: () => Date;
}

const OkrContext = createContext<OkrContextValue | null>(null);

export interface OkrStoreProviderProps {
  store: OkrStore;
  /** The clock status is judged by. okrkit reads no clock of its own. */
  now: () => Date;
  children?: ReactNode;
}

export function OkrStoreProvider({ store, now, children }: OkrStoreProviderProps) {
  return <OkrContext.Provider value={{ store, now }}>{children}</OkrContext.Provider>;
}

function useOkrContext(hook: string): OkrContextValue {
  const value = useContext(OkrContext);
  if (!value) throw new Error(`${hook} must be used inside <OkrStoreProvider>`);
  return value;
}

/** The shared store, for commands (`recordCheckIn`, `updateObjective`…). */
export function useOkrStore(): OkrStore {
  return useOkrContext('useOkrStore').store;
}

/** The store's current snapshot; re-renders when it changes. */
export function useOkrSnapshot(): OkrStoreSnapshot {
  const { store } = useOkrContext('useOkrSnapshot');
  return useSyncExternalStore(store.subscribe, store.getSnapshot, store.getSnapshot);
}

/** The time to judge status at, read at render. */
export function useNow(): Date {
  return useOkrContext('useNow').now();
}
