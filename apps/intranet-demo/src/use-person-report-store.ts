import type { WeeklyReportStore } from '@okrkit/core';
import { useEffect, useState } from 'react';

/**
 * One weekly-report store per signed-in person, made by `createStore` (the page's
 * `createWeeklyReportStore` over its one adapter) and disposed when someone else signs in.
 * A fresh store per person, rather than `load()` again, because a store keeps every report
 * it ever loaded: the next person must not see the last one's team reports. Null until
 * the first store exists (one render).
 */
export function usePersonReportStore(createStore: () => WeeklyReportStore, personId: string): WeeklyReportStore | null {
  const [current, setCurrent] = useState<{ personId: string; store: WeeklyReportStore } | null>(null);
  useEffect(() => {
    const store = createStore();
    setCurrent({ personId, store });
    return () => store.dispose();
  }, [createStore, personId]);
  return current?.personId === personId ? current.store : null;
}
