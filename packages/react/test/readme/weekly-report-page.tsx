import { createOkrStore, createWeeklyReportStore, startWeeklyReport, type StorageAdapter } from '@okrkit/core';
import { OkrProvider, WeeklyReportBuilder, WeeklyReportProvider } from '@okrkit/react';
import { useEffect, useState } from 'react';

/** One OKR store and one report store per page, made once (never inside JSX: that is a new store per render). */
export function createReportStores(adapter: StorageAdapter) {
  return { okrs: createOkrStore({ adapter }), reports: createWeeklyReportStore({ adapter }) };
}

/** This week's report for `personId`: found, or started with the focus from their current KRs. */
export function MyWeeklyReport({ stores, personId }: { stores: ReturnType<typeof createReportStores>; personId: string }) {
  const [reportId, setReportId] = useState<string | null>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    let live = true;
    stores.okrs
      .load()
      .then(() => startWeeklyReport({ store: stores.reports, okrSet: stores.okrs.getSnapshot().okrSet, personId, locale: navigator.language, now: new Date() }))
      .then((report) => live && setReportId(report.id))
      .catch((error: unknown) => {
        console.error(error); // the detail is for developers; people get a plain sentence
        if (live) setFailed(true);
      });
    return () => {
      live = false;
    };
  }, [stores, personId]);
  return (
    <OkrProvider store={stores.okrs} userId={personId}>
      <WeeklyReportProvider store={stores.reports}>
        {reportId ? <WeeklyReportBuilder reportId={reportId} currentUserId={personId} /> : <p role="status">{failed ? 'The report could not be started.' : 'Loading…'}</p>}
      </WeeklyReportProvider>
    </OkrProvider>
  );
}
