/**
 * What the three exports show, as plain unescaped strings: each export only lays these out
 * and escapes them for its format, so a number or a date is formatted in one place.
 */
import { isolateText } from '../text/bidi-isolation';
import { okrIndex } from '../indexing/okr-index';
import type { KeyResult, MetricUnit, OkrSet } from '../model/model.types';
import { progressSinceLastWeek } from './progress-since-last-week';
import { addDays, formatIsoWeek } from './week';
import { sortTasks } from './weekly-report';
import type { KeyResultReading, WeeklyReport, WeeklyReportExportOptions, WeeklyReportLabels } from './weekly-report.types';

/** The English words of the exports. */
export const defaultWeeklyReportLabels: Readonly<WeeklyReportLabels> = {
  title: 'Weekly report',
  focus: 'Focus',
  tasks: 'Tasks',
  progress: 'Progress since last week',
  problems: 'Problems and risks',
  nextWeek: 'Next week',
  notes: 'Notes',
  draft: 'Draft',
  submitted: 'Submitted',
  priority: 'Priority',
  objective: 'Objective',
  task: 'Task',
  status: 'Status',
  keyResult: 'Key result',
  due: 'Due',
  owner: 'Owner',
  expected: 'Expected',
  lastWeek: 'Last week',
  thisWeek: 'This week',
  change: 'Change',
  confidence: 'Confidence',
  points: 'pts',
  none: 'None',
  todo: 'To do',
  doing: 'In progress',
  done: 'Done',
  notDone: 'Not done',
  risk: 'Risk',
  blocker: 'Blocker',
};

/** Shown in a cell that has no value. */
export const EMPTY = '—';

export interface ReportView {
  labels: WeeklyReportLabels;
  /** Right-to-left when the locale's script is written that way. */
  dir: 'ltr' | 'rtl';
  /** e.g. "Weekly report 2026-W10: Mar 2 – Mar 8, 2026" */
  title: string;
  /** e.g. "Ana Silva · Submitted Mar 6, 2026" */
  byline: string;
  focus: { priority: string; objective: string; keyResult: string | null; expected: string | null }[];
  tasks: { priority: string; title: string; status: string; keyResult: string | null; due: string | null; owner: string | null }[];
  progress: { keyResult: string; lastWeek: string; thisWeek: string; change: string; confidence: string }[];
  problems: { severity: string | null; text: string; keyResult: string | null }[];
  nextWeek: { text: string; keyResult: string | null }[];
  notes: string | null;
}

// Languages written right to left; Intl has no portable way to ask yet (getTextInfo is not everywhere).
const RTL = /^(ar|arc|ckb|dv|fa|he|ks|ku-arab|pa-arab|ps|sd|ug|ur|yi)\b/i;

function unitNumber(locale: string, value: number, unit: MetricUnit | undefined): string {
  switch (unit?.kind) {
    case 'percent':
      return new Intl.NumberFormat(locale, { style: 'unit', unit: 'percent', maximumFractionDigits: 2 }).format(value);
    case 'currency':
      return new Intl.NumberFormat(locale, { style: 'currency', currency: unit.currency }).format(value);
    case 'custom':
      return `${new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(value)} ${isolateText(unit.label)}`;
    case 'count':
    case undefined:
      return new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(value);
    default:
      return unit satisfies never;
  }
}

/**
 * Builds the view of a report that the exports lay out. Every user-supplied text in it
 * (titles, names, units, expected results, problems, plans) is direction-isolated with
 * {@link isolateText}; `notes` stay raw, as the exports isolate them line by line.
 * @example weeklyReportView(report, okrSet, { locale: 'en-US' }).title // 'Weekly report 2026-W10: Mar 2 – Mar 8, 2026'
 */
export function weeklyReportView(report: WeeklyReport, okrSet: OkrSet, options: WeeklyReportExportOptions): ReportView {
  const { locale } = options;
  const labels = { ...defaultWeeklyReportLabels, ...options.labels };
  const personName = options.personName ?? ((id: string) => id);
  const person = (id: string): string => isolateText(personName(id));
  const index = okrIndex(okrSet);
  const keyResultTitle = (id: string | undefined): string | null =>
    id === undefined ? null : isolateText(index.keyResultsById.get(id)?.title ?? id);

  const dateFormat = (withYear: boolean) =>
    new Intl.DateTimeFormat(locale, { month: 'short', day: 'numeric', timeZone: 'UTC', ...(withYear ? { year: 'numeric' } : {}) });
  const day = (date: string, withYear = false): string => dateFormat(withYear).format(Date.parse(`${date.slice(0, 10)}T00:00:00Z`));
  const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 });
  const signed = new Intl.NumberFormat(locale, { signDisplay: 'exceptZero', maximumFractionDigits: 2 });
  const signedPoints = new Intl.NumberFormat(locale, { signDisplay: 'exceptZero', maximumFractionDigits: 0 });

  const value = (keyResult: KeyResult, reading: KeyResultReading | null): string => {
    if (!reading) return EMPTY;
    const metric = keyResult.metric;
    const shown =
      metric.kind === 'binary'
        ? reading.value >= 1 ? labels.done : labels.notDone
        : metric.kind === 'milestones'
          ? `${reading.value}/${metric.milestones.length}`
          : unitNumber(locale, reading.value, metric.unit);
    return `${shown} (${percent.format(reading.progress)})`;
  };
  const confidence = (reading: KeyResultReading | null): string =>
    reading === null || reading.confidence === null ? EMPTY : percent.format(reading.confidence);

  const weekEnd = addDays(report.weekStart, 6);
  const submitted = report.state === 'submitted' && report.submittedAt ? ` ${day(report.submittedAt, true)}` : '';
  return {
    labels,
    dir: RTL.test(locale) ? 'rtl' : 'ltr',
    title: `${labels.title} ${formatIsoWeek(report.week)}: ${day(report.weekStart)} – ${day(weekEnd, true)}`,
    byline: `${person(report.authorId)} · ${report.state === 'submitted' ? `${labels.submitted}${submitted}` : labels.draft}`,
    focus: report.focus.map((entry) => {
      const objectiveId = entry.objectiveId ?? (entry.keyResultId && index.keyResultsById.get(entry.keyResultId)?.objectiveId);
      return {
        priority: `P${entry.priority}`,
        objective: objectiveId ? isolateText(index.objectivesById.get(objectiveId)?.title ?? objectiveId) : EMPTY,
        keyResult: keyResultTitle(entry.keyResultId),
        expected: entry.expectedResult.trim() === '' ? null : isolateText(entry.expectedResult),
      };
    }),
    tasks: sortTasks(report.tasks, { locale }).map((task) => ({
      priority: task.priority,
      title: isolateText(task.title),
      status: labels[task.status],
      keyResult: keyResultTitle(task.keyResultId),
      due: task.due === undefined ? null : day(task.due),
      owner: task.ownerId === undefined ? null : person(task.ownerId),
    })),
    progress: progressSinceLastWeek(report, okrSet).map((row) => {
      const keyResult = index.keyResultsById.get(row.keyResultId) as KeyResult;
      const { change } = row;
      const points = change.progress === null ? null : `${signedPoints.format(Math.round(change.progress * 100))} ${labels.points}`;
      // A binary KR moves by "done", not by one unit: its change is shown in points only.
      const delta = change.value === null || keyResult.metric.kind === 'binary' ? null : signed.format(change.value);
      return {
        keyResult: isolateText(row.title),
        lastWeek: value(keyResult, row.lastWeek),
        thisWeek: value(keyResult, row.thisWeek),
        change: points === null ? EMPTY : delta === null ? points : `${delta} (${points})`,
        confidence: `${confidence(row.lastWeek)} → ${confidence(row.thisWeek)}`,
      };
    }),
    // A line added but not typed yet (a draft) is not a problem or a plan: no empty bullets.
    problems: report.problems.filter((problem) => problem.text.trim() !== '').map((problem) => ({
      severity: problem.severity === undefined ? null : labels[problem.severity],
      text: isolateText(problem.text),
      keyResult: keyResultTitle(problem.keyResultId),
    })),
    nextWeek: report.nextWeek.filter((item) => item.text.trim() !== '').map((item) => ({ text: isolateText(item.text), keyResult: keyResultTitle(item.keyResultId) })),
    notes: report.notes?.trim() ? report.notes.trim() : null,
  };
}
