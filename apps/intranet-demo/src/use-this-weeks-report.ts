import { reportWeekOf, startWeeklyReport, weeklyReportIdFor, type OkrSet, type OkrStoreSnapshot, type ReportWeek, type WeeklyReportStore } from '@okrkit/core';
import { useOkrSelector, useStoreStatus, useWeeklyReportSnapshot } from '@okrkit/react';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Person } from '../shared/directory.mjs';

export interface ThisWeeksReport {
  /** The week that holds `now` in `locale` (its first day is the locale's). */
  week: ReportWeek;
  reportId: string;
  /** 'ready' once the report exists in the store (found or just created). */
  status: 'loading' | 'ready' | 'error';
  error: Error | null;
  /** Loads the reports again (after a failure). */
  retry: () => void;
}

/**
 * The signed-in person's report for the week that holds `now`: loads the reports the
 * person may read, then okrkit's `startWeeklyReport` finds this week's among them or
 * creates it (focus filled in from the person's OKRs, so it waits for them to load) and
 * saves it. A report created meanwhile elsewhere (another tab) is the one returned.
 */
export function useThisWeeksReport(store: WeeklyReportStore, person: Person, now: Date, locale: string): ThisWeeksReport {
  const day = now.toISOString().slice(0, 10);
  const week = useMemo(() => reportWeekOf(day, locale), [day, locale]);
  const reportId = weeklyReportIdFor(person.id, week.week);
  const snapshot = useWeeklyReportSnapshot(store);
  const { status: okrStatus, error: okrError } = useStoreStatus();
  const okrSet = useOkrSelector(useCallback((okrSnapshot: OkrStoreSnapshot) => okrSnapshot.okrSet, []));
  const [failure, setFailure] = useState<Error | null>(null);
  const [attempt, setAttempt] = useState(0);
  // `now` ticks every minute and the OKRs change with every check-in: read both when
  // starting, without starting again.
  const latest = useRef<{ now: Date; okrSet: OkrSet }>({ now, okrSet });
  latest.current = { now, okrSet };

  const load = useCallback(() => {
    setFailure(null);
    setAttempt((count) => count + 1);
    store.load().catch((error: unknown) => setFailure(error instanceof Error ? error : new Error(String(error))));
  }, [store]);
  useEffect(load, [load]);

  const exists = snapshot.reports.has(reportId);
  const reportsReady = snapshot.status === 'ready';
  const okrsReady = okrStatus === 'ready';
  useEffect(() => {
    if (exists || !reportsReady || !okrsReady) return;
    let live = true;
    startWeeklyReport({
      store,
      okrSet: latest.current.okrSet,
      personId: person.id,
      teamId: person.teamId ?? undefined,
      date: day,
      locale,
      now: latest.current.now,
      id: reportId,
    }).catch((error: unknown) => {
      if (live) setFailure(error instanceof Error ? error : new Error(String(error)));
    });
    return () => {
      live = false;
    };
  }, [exists, reportsReady, okrsReady, reportId, person, day, locale, store, attempt]);

  const error = failure ?? (snapshot.status === 'error' ? snapshot.error : null) ?? (okrStatus === 'error' ? okrError : null);
  return { week, reportId, status: exists ? 'ready' : error ? 'error' : 'loading', error, retry: load };
}
