'use client';
import { okrIndex, progressSinceLastWeek, type KeyResultReading, type OkrSet, type WeeklyReport } from '@okrkit/core';
import { useId, useMemo } from 'react';
import { formatMetricValue } from '../format/index';
import { numberFormat } from '../format/number-format';
import type { WeeklyReportBuilderLabels } from './weekly-report.labels';

const PERCENT: Intl.NumberFormatOptions = { style: 'percent', maximumFractionDigits: 0 };
const POINTS: Intl.NumberFormatOptions = { signDisplay: 'exceptZero', maximumFractionDigits: 0 };

export interface ProgressSectionProps {
  report: Pick<WeeklyReport, 'focus' | 'weekStart'>;
  okrSet: OkrSet;
  labels: WeeklyReportBuilderLabels;
  locale: string | undefined;
  headingLevel: 2 | 3;
}

/**
 * How each focus key result moved during the week, from the check-in log (core
 * `progressSinceLastWeek`): read-only, never typed in.
 */
export function ProgressSection({ report, okrSet, labels, locale, headingLevel }: ProgressSectionProps) {
  const { focus, weekStart } = report;
  // Keyed on the two fields it reads: typing in another section must not recompute it.
  const rows = useMemo(() => progressSinceLastWeek({ focus, weekStart }, okrSet), [focus, weekStart, okrSet]);
  const index = okrIndex(okrSet);
  const Heading = `h${headingLevel}` as const;
  const headingId = useId();
  // Shared formatters: this section renders again with every edit to the report's focus.
  const percent = numberFormat(locale, PERCENT);
  const points = numberFormat(locale, POINTS);
  const reading = (keyResultId: string, value: KeyResultReading | null) => {
    const keyResult = index.keyResultsById.get(keyResultId);
    if (!value || !keyResult) return '—';
    const { metric } = keyResult;
    const shown =
      metric.kind === 'binary'
        ? labels.statuses[value.value >= 1 ? 'done' : 'todo']
        : metric.kind === 'milestones'
          ? `${value.value}/${metric.milestones.length}`
          : formatMetricValue(value.value, metric.unit, locale);
    return `${shown} (${percent.format(value.progress)})`;
  };
  const confidence = (value: KeyResultReading | null) => (value?.confidence == null ? '—' : percent.format(value.confidence));
  return (
    <section aria-labelledby={headingId} data-slot="weekly-report-section" className="okr-slot-weekly-report-section" data-section="progress">
      <Heading id={headingId}>{labels.progress}</Heading>
      {rows.length === 0 ? (
        <p data-slot="weekly-report-empty" className="okr-slot-weekly-report-empty">{labels.noProgress}</p>
      ) : (
        <table data-slot="weekly-report-progress-table" className="okr-slot-weekly-report-progress-table">
          <thead>
            <tr>
              <th scope="col">{labels.keyResult}</th>
              <th scope="col">{labels.lastWeek}</th>
              <th scope="col">{labels.thisWeek}</th>
              <th scope="col">{labels.change}</th>
              <th scope="col">{labels.confidence}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.keyResultId} data-state={row.change.progress === null ? 'unknown' : row.change.progress > 0 ? 'up' : row.change.progress < 0 ? 'down' : 'flat'}>
                <th scope="row" dir="auto">
                  {row.title}
                </th>
                <td>{reading(row.keyResultId, row.lastWeek)}</td>
                <td>{reading(row.keyResultId, row.thisWeek)}</td>
                <td>{row.change.progress === null ? '—' : labels.points(points.format(Math.round(row.change.progress * 100)))}</td>
                <td>{`${confidence(row.lastWeek)} → ${confidence(row.thisWeek)}`}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
