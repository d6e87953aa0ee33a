/**
 * okrkit's side: what a host gets. The `WeeklyReportBuilder` (the task grid is not exported
 * on its own) over a memory adapter holding the OKR set and one report with the tasks,
 * through `createWeeklyReportStore`, with a memory draft backup, in `OkrProvider`.
 */
import { createMemoryAdapter } from '@okrkit/adapter-memory';
import { createMemoryDraftBackup, createOkrStore, createWeeklyReportStore } from '@okrkit/core';
import { OkrProvider, WeeklyReportBuilder } from '@okrkit/react';
import '../../../packages/react/src/styles/styles.css';
import { createRoot } from 'react-dom/client';
import { generateReport, NOW, okrSet, people } from './tasks';
import type { Side } from './shared';

let prepared: { adapter: ReturnType<typeof createMemoryAdapter>; report: ReturnType<typeof generateReport> } | null = null;

export const side: Side = {
  async prepare(count) {
    const report = generateReport(count);
    const adapter = createMemoryAdapter({ initial: okrSet });
    await adapter.apply([{ op: 'put', kind: 'weeklyReport', record: report, expectedVersion: null }]);
    prepared = { adapter, report };
  },
  async mount(container) {
    const { adapter, report } = prepared!;
    const okrStore = createOkrStore({ adapter, now: () => new Date(NOW) });
    const reportStore = createWeeklyReportStore({ adapter: { load: adapter.load, apply: adapter.apply }, now: () => new Date(NOW) });
    const loadStart = performance.now();
    await Promise.all([okrStore.load(), reportStore.load()]);
    // The first render's split, printed as info: loading (and validating) the stores, then React.
    (window as unknown as { __bench: { storesMs?: number } }).__bench.storesMs = performance.now() - loadStart;
    const backup = createMemoryDraftBackup({ now: () => new Date(NOW) });
    createRoot(container).render(
      <OkrProvider store={okrStore} locale="en-US" now={NOW}>
        <WeeklyReportBuilder store={reportStore} reportId={report.id} currentUserId="ana" people={people} backup={backup} />
      </OkrProvider>,
    );
  },
  rowSelector: '[role="row"][aria-rowindex="2"]',
  settled: (container) => container.querySelector('[data-slot="weekly-report-deferred"]') === null && container.querySelector('[data-section="notes"]') !== null,
  sortButton: (container) => container.querySelector<HTMLButtonElement>('[role="columnheader"] [data-slot="weekly-report-sort"]')!,
  statusFilter: (container) => [...container.querySelectorAll<HTMLSelectElement>('[data-slot="weekly-report-task-filters"] select')][2]!,
  count: (container) => container.querySelector('[data-slot="weekly-report-task-count"]')?.textContent ?? '',
  firstTitle: (container) => container.querySelector('[role="row"][aria-rowindex="2"] [data-column="title"]')?.textContent ?? '',
  renderedRows: (container) => container.querySelectorAll('[role="rowgroup"]:last-child [role="row"]').length,
};
