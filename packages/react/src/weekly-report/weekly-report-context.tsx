'use client';
import type { WeeklyReportStore, WeeklyReportStoreSnapshot } from '@okrkit/core';
import { createContext, useContext, useSyncExternalStore, type ReactNode } from 'react';

const WeeklyReportStoreContext = /* @__PURE__ */ createContext<WeeklyReportStore | null>(null);

/**
 * Makes a weekly-report store available to every `WeeklyReportBuilder` and
 * `WeeklyReportView` below it, beside the `OkrProvider` that holds the OKRs. A component
 * given a `store` prop uses that one instead.
 * @example
 * <OkrProvider store={okrStore}><WeeklyReportProvider store={reportStore}><WeeklyReportBuilder reportId="wr-10" currentUserId="ana" /></WeeklyReportProvider></OkrProvider>
 */
export function WeeklyReportProvider({ store, children }: { store: WeeklyReportStore; children?: ReactNode }) {
  return <WeeklyReportStoreContext.Provider value={store}>{children}</WeeklyReportStoreContext.Provider>;
}

/**
 * The store passed as a prop, else the provider's. Throws a clear error when there is neither.
 * @example const store = useWeeklyReportStore(props.store);
 */
export function useWeeklyReportStore(store?: WeeklyReportStore): WeeklyReportStore {
  const fromContext = useContext(WeeklyReportStoreContext);
  const chosen = store ?? fromContext;
  if (!chosen) {
    throw new Error('okrkit: pass a weekly-report store as `store`, or render inside <WeeklyReportProvider store={…}>.');
  }
  return chosen;
}

/**
 * The store's snapshot, re-rendering when it changes (`useSyncExternalStore`).
 * @example const { saveStates } = useWeeklyReportSnapshot(store);
 */
export function useWeeklyReportSnapshot(store: WeeklyReportStore): WeeklyReportStoreSnapshot {
  return useSyncExternalStore(store.subscribe, store.getSnapshot, store.getSnapshot);
}
