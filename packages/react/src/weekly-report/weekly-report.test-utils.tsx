import { createMemoryDraftBackup, type DraftBackup, type WeeklyReport } from '@okrkit/core';
import { render, waitFor, type RenderResult } from '@testing-library/react';
import { OkrProvider } from '../provider/index';
import { WeeklyReportBuilder, type WeeklyReportBuilderProps } from './weekly-report-builder';
import { createReportStores, surveyNow, surveyPeople, type ReportStores } from './weekly-report.fixtures';

/** Renders the builder over fresh memory storage holding `report`, with a memory backup. */
export type RenderedBuilder = RenderResult & ReportStores & { backup: DraftBackup; rerenderWith: (extra: Partial<WeeklyReportBuilderProps>) => void };

export async function renderBuilder(report: WeeklyReport, props: Partial<WeeklyReportBuilderProps> & { stores?: ReportStores; backup?: DraftBackup } = {}): Promise<RenderedBuilder> {
  const stores = props.stores ?? (await createReportStores([report]));
  const backup = props.backup ?? createMemoryDraftBackup({ now: () => new Date(surveyNow) });
  const ui = (extra: Partial<WeeklyReportBuilderProps> = {}) => (
    <OkrProvider store={stores.okrStore} locale="en-US" now={surveyNow}>
      <WeeklyReportBuilder store={stores.reportStore} reportId={report.id} currentUserId="ana" backup={backup} people={surveyPeople} {...props} {...extra} />
    </OkrProvider>
  );
  const result = render(ui());
  await sectionsBelowTheFold(result.container);
  return { ...result, ...stores, backup, rerenderWith: (extra: Partial<WeeklyReportBuilderProps>) => result.rerender(ui(extra)) };
}

/** The stored report as storage holds it now. */
export async function storedReport(stores: ReportStores, id = 'wr-10'): Promise<WeeklyReport | undefined> {
  const { records } = await stores.adapter.load({ kinds: ['weeklyReport'] });
  return records.find((stored) => stored.kind === 'weeklyReport' && (stored.record as WeeklyReport).id === id)?.record as WeeklyReport | undefined;
}

/**
 * Resolves once the builder has mounted the sections it leaves out of its first paint
 * (progress, problems, next week, notes: `useAfterFirstPaint`); at once when it shows none yet.
 */
export async function sectionsBelowTheFold(container: HTMLElement): Promise<void> {
  await waitFor(() => {
    if (container.querySelector('[data-slot="weekly-report-deferred"]')) throw new Error('the sections below the task grid are not mounted yet');
  });
}
