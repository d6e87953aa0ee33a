import type { CycleStore, CycleStoreSnapshot } from '@okrkit/core/cycle';
import { useSyncExternalStore } from 'react';

/** The cycle store's snapshot, re-rendering on every change. */
export function useCycleSnapshot(cycles: CycleStore): CycleStoreSnapshot {
  return useSyncExternalStore(cycles.subscribe, cycles.getSnapshot, cycles.getSnapshot);
}
