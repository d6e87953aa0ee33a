import { ConflictError, createWeeklyReport, reportWeekOf, type OkrStoreSnapshot, type ReportWeek, type WeeklyReportStore } from '@okrkit/core';
import { useOkrSelector, useStoreStatus, useWeeklyReportSnapshot } from '@okrkit/react';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Person } from '../shared/directory.mjs';
import { weeklyReportId } from '../shared/weekly-reports.mjs';

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
 * person may read, and when this week's is not among them, creates it with okrkit's
 * `createWeeklyReport` (focus filled in from the OKRs, so it waits for them to load) and
 * saves it. Created once per id, even under StrictMode's double effects; a report created
 * meanwhile elsewhere (another tab) makes the save conflict, and the reports load again.
 */
export function useThisWeeksReport(store: WeeklyReportStore, person: Person, now: Date, locale: string): ThisWeeksReport {
  const day = now.toISOString().slice(0, 10);
  const week = useMemo(() => reportWeekOf(day, locale), [day, locale]);
  const reportId = weeklyReportId(person.id, week.week);
  const snapshot = useWeeklyReportSnapshot(store);
  const { status: okrStatus, error: okrError } = useStoreStatus();
  const okrSet = useOkrSelector(useCallback((okrSnapshot: OkrStoreSnapshot) => okrSnapshot.okrSet, []));
  const [failure, setFailure] = useState<Error | null>(null);
  const creating = useRef(new Set<string>());
  // `now` ticks every minute: read it when creating, without re-running the effect.
  const nowRef = useRef(now);
  nowRef.current = now;

  const load = useCallback(() => {
    setFailure(null);
    store.load().catch((error: unknown) => setFailure(error instanceof Error ? error : new Error(String(error))));
  }, [store]);
  useEffect(load, [load]);

  const exists = snapshot.reports.has(reportId);
  useEffect(() => {
    if (exists || snapshot.status !== 'ready' || okrStatus !== 'ready' || creating.current.has(reportId)) return;
    creating.current.add(reportId);
    const draft = createWeeklyReport({
      id: reportId,
      authorId: person.id,
      ...(person.teamId === null ? {} : { teamId: person.teamId }),
      date: day,
      locale,
      okrSet,
      now: nowRef.current,
    });
    store.save(draft).catch((error: unknown) => {
      creating.current.delete(reportId);
      if (error instanceof ConflictError) load();
      else setFailure(error instanceof Error ? error : new Error(String(error)));
    });
  }, [exists, snapshot.status, okrStatus, reportId, person, day, locale, okrSet, store, load]);

  const error = failure ?? (snapshot.status === 'error' ? snapshot.error : null) ?? (okrStatus === 'error' ? okrError : null);
  return { week, reportId, status: exists ? 'ready' : error ? 'error' : 'loading', error, retry: load };
}
