'use client';
import { addDays, formatIsoWeek, type WeeklyReportStore } from '@okrkit/core';
import { forwardRef, useCallback, useId, useMemo, type ComponentPropsWithoutRef } from 'react';
import { formatDateRange } from '../format/index';
import { isolatedLabel } from '../format/isolated-label';
import { useDirectoryNames, useLegacyPersonName, useOkrContext, useOkrSelector } from '../provider/index';
import { CopyButtons } from './copy-buttons';
import { FocusSection } from './focus-section';
import { ProgressSection } from './progress-section';
import { TaskGrid } from './task-grid';
import { TextListSection } from './text-list-section';
import { useWeeklyReportSnapshot, useWeeklyReportStore } from './weekly-report-context';
import { defaultWeeklyReportBuilderLabels, type WeeklyReportBuilderLabels } from './weekly-report.labels';
import { formatMoment, keyResultChoices, peopleChoices, useStableChoices, type Choice } from './weekly-report.utils';
import { slotClass } from '../internal/slot-class';

export interface WeeklyReportViewProps extends Omit<ComponentPropsWithoutRef<'article'>, 'children'> {
  reportId: string;
  /** @default the `WeeklyReportProvider`'s store */
  store?: WeeklyReportStore;
  /** @deprecated Pass `directory` to `OkrProvider` instead. Still honoured for one release. */
  people?: readonly Choice[];
  /** @deprecated Pass `directory` to `OkrProvider` instead. Still honoured (first) for one release. */
  personName?: (personId: string) => string;
  labels?: Partial<WeeklyReportBuilderLabels>;
}

/**
 * A weekly report for its readers (the manager, the team): the same sections as the
 * builder, with no inputs — the task grid still sorts, filters and navigates by keyboard —
 * and the copy buttons. Prints cleanly.
 * @example <WeeklyReportView store={reports} reportId="wr-10" />
 */
export const WeeklyReportView = /* @__PURE__ */ forwardRef<HTMLElement, WeeklyReportViewProps>(function WeeklyReportView(props, ref) {
  const { reportId, store: storeProp, people = NO_PEOPLE, personName: personNameProp, labels: labelsProp, className, ...rest } = props;
  const store = useWeeklyReportStore(storeProp);
  const baseId = useId();
  const snapshot = useWeeklyReportSnapshot(store);
  const report = snapshot.reports.get(reportId);
  const { locale, labels: okrLabels } = useOkrContext();
  const okrSet = useOkrSelector(useCallback((okrSnapshot) => okrSnapshot.okrSet, []));
  // okrkit's English, then the provider's `labels.report`, then this widget's own `labels`.
  const fromProvider = okrLabels.report;
  const labels = useMemo(() => ({ ...defaultWeeklyReportBuilderLabels, ...fromProvider, ...labelsProp }), [fromProvider, labelsProp]);
  // The deprecated `personName` / `people` first, then the provider's directory.
  const personName = useLegacyPersonName(personNameProp, people);
  const { people: directoryPeople } = useDirectoryNames();
  const offeredPeople = people.length > 0 ? people : directoryPeople;
  const keyResults = useStableChoices(useMemo(() => (report ? keyResultChoices(report, okrSet) : []), [report, okrSet]));
  const owners = useStableChoices(useMemo(() => (report ? peopleChoices(report, offeredPeople, personName) : []), [report, offeredPeople, personName]));
  const classes = ['okr-weekly-report', className].filter(Boolean).join(' ');

  if (!report) {
    return (
      <article ref={ref} className={slotClass('weekly-report', classes)} data-slot="weekly-report" aria-busy={snapshot.status === 'loading' || snapshot.status === 'idle'} {...rest}>
        <p data-slot="weekly-report-empty" className="okr-slot-weekly-report-empty">{snapshot.status === 'ready' || snapshot.status === 'error' ? labels.notFound : labels.loading}</p>
      </article>
    );
  }
  const range = formatDateRange(report.weekStart, addDays(report.weekStart, 6), locale);
  return (
    <article ref={ref} className={slotClass('weekly-report', classes)} data-slot="weekly-report" data-state={report.state} data-view="" aria-labelledby={`${baseId}-title`} {...rest}>
      <header data-slot="weekly-report-header" className="okr-slot-weekly-report-header">
        <h2 id={`${baseId}-title`}>{labels.report}</h2>
        <p data-slot="weekly-report-meta" className="okr-slot-weekly-report-meta">
          {labels.weekOf(formatIsoWeek(report.week), range)} · {isolatedLabel(labels.by, personName(report.authorId))} ·{' '}
          <span data-slot="weekly-report-state" className="okr-slot-weekly-report-state">{report.state === 'submitted' ? labels.submittedOn(report.submittedAt ? formatMoment(report.submittedAt, locale) : '') : labels.draft}</span>
        </p>
        <div data-slot="weekly-report-toolbar" className="okr-slot-weekly-report-toolbar">
          <CopyButtons report={report} okrSet={okrSet} locale={locale} personName={personName} labels={labels} />
        </div>
      </header>
      <FocusSection focus={report.focus} okrSet={okrSet} labels={labels} headingLevel={3} />
      <section aria-labelledby={`${baseId}-tasks`} data-slot="weekly-report-section" className="okr-slot-weekly-report-section" data-section="tasks">
        <h3 id={`${baseId}-tasks`}>{labels.tasks}</h3>
        <TaskGrid tasks={report.tasks} keyResults={keyResults} people={owners} personName={personName} labels={labels} locale={locale} />
      </section>
      <ProgressSection report={report} okrSet={okrSet} labels={labels} locale={locale} headingLevel={3} />
      <TextListSection kind="problems" items={report.problems} keyResults={keyResults} labels={labels} headingLevel={3} />
      <TextListSection kind="nextWeek" items={report.nextWeek} keyResults={keyResults} labels={labels} headingLevel={3} />
    </article>
  );
});

const NO_PEOPLE: readonly Choice[] = [];
