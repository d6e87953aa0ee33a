import type { ScoringStrategy } from '@okrkit/core';
import type { CycleStore } from '@okrkit/core/cycle';
import { useEffect, useState } from 'react';

/**
 * The page's planning-cycle store for the scoring strategy the page shows (a close-out's
 * suggested grades are the strategy's, and the store checks adjustments against its own),
 * made by `createStore`, loaded once and disposed when the strategy changes. Everyone signed
 * in reads the whole meeting, so signing in as someone else needs no new store. Null until the
 * first store exists (one render).
 */
export function useCycleStore(createStore: (scoring: ScoringStrategy) => CycleStore, scoring: ScoringStrategy): CycleStore | null {
  const [current, setCurrent] = useState<{ scoring: ScoringStrategy; store: CycleStore } | null>(null);
  useEffect(() => {
    const store = createStore(scoring);
    setCurrent({ scoring, store });
    // A failed load shows on the pages (the store's status is 'error', with a retry).
    void store.load().catch(() => undefined);
    return () => store.dispose();
  }, [createStore, scoring]);
  return current?.scoring === scoring ? current.store : null;
}
