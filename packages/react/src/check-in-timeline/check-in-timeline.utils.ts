import { okrIndex, type CheckIn, type KeyResult, type Metric, type OkrSet } from '@okrkit/core';
import { formatMetricValue, formatNumber, formatPercent } from '../format/index';
import type { SharedLabels } from '../provider/labels';
import type { CheckInTimelineLabels } from './check-in-timeline.labels';

/** One entry of a timeline: a check-in, its KR, and the reading before it on that KR. */
export interface TimelineEntry {
  checkIn: CheckIn;
  keyResult: KeyResult;
  /** The KR's reading at its check-in before this one, or null for its first. */
  previousValue: number | null;
}

/** Whose check-ins a timeline shows: one KR's, or every KR's of an objective. */
export type TimelineScope = { keyResultId: string; objectiveId?: undefined } | { objectiveId: string; keyResultId?: undefined };

/**
 * The timeline's entries, newest first, each with the reading before it on its KR (the log
 * is read in `at` order, so an out-of-order log still shows the right change). Linear in the
 * scope's check-ins after the core's index has sorted them.
 * @example timelineEntries(okrSet, { keyResultId: 'kr-mau' })[0].previousValue // 1_100_000
 */
export function timelineEntries(okrSet: OkrSet, scope: TimelineScope): TimelineEntry[] {
  const index = okrIndex(okrSet);
  const keyResults =
    scope.keyResultId !== undefined
      ? [index.keyResultsById.get(scope.keyResultId)].filter((keyResult): keyResult is KeyResult => keyResult !== undefined)
      : (index.keyResultsByObjective.get(scope.objectiveId) ?? []);
  const entries: TimelineEntry[] = [];
  for (const keyResult of keyResults) {
    let previousValue: number | null = null;
    for (const checkIn of index.checkInsByKeyResult.get(keyResult.id) ?? []) {
      entries.push({ checkIn, keyResult, previousValue });
      previousValue = checkIn.value;
    }
  }
  // Newest first; of two at one instant, the one logged later first (as the index orders them).
  return entries.reverse().sort((a, b) => Date.parse(b.checkIn.at) - Date.parse(a.checkIn.at));
}

/**
 * A check-in's reading as words for its metric: the amount with its unit, "Done"/"Not done",
 * or "2 of 3 milestones".
 * @example formatReading({ kind: 'numeric', …, unit: { kind: 'percent' } }, 4.5, labels, 'en-US') // '4.5%'
 */
export function formatReading(metric: Metric, value: number, labels: Pick<SharedLabels, 'done' | 'notDone' | 'milestonesDone'>, locale: string | undefined): string {
  switch (metric.kind) {
    case 'numeric':
    case 'guardrail':
    case 'guardrail-range':
      return formatMetricValue(value, metric.unit, locale);
    case 'binary':
      return value >= 1 ? labels.done : labels.notDone;
    case 'milestones':
      return labels.milestonesDone(formatNumber(value, locale), formatNumber(metric.milestones.length, locale));
    default:
      return metric satisfies never;
  }
}

/**
 * The change an entry records: "1,000 → 1,150", or the first reading alone.
 * @example describeChange(entry, labels, 'en-US') // '1,100,000 → 1,150,000'
 */
export function describeChange(entry: TimelineEntry, labels: Pick<SharedLabels, 'done' | 'notDone' | 'milestonesDone'> & Pick<CheckInTimelineLabels, 'valueChange' | 'firstReading'>, locale: string | undefined): string {
  const { metric } = entry.keyResult;
  const to = formatReading(metric, entry.checkIn.value, labels, locale);
  return entry.previousValue === null ? labels.firstReading(to) : labels.valueChange(formatReading(metric, entry.previousValue, labels, locale), to);
}

/** A confidence (0..1) as the timeline writes it: "Confidence 70%". */
export function describeConfidence(confidence: number, labels: Pick<CheckInTimelineLabels, 'confidenceIs'>, locale: string | undefined): string {
  return labels.confidenceIs(formatPercent(confidence, locale));
}

const dateFormats = new Map<string, Intl.DateTimeFormat>();

/**
 * A check-in's date for the locale, in UTC like every okrkit date, e.g. "Feb 13, 2026".
 * @example formatCheckInDate('2026-02-13T16:00:00Z', 'en-US') // 'Feb 13, 2026'
 */
export function formatCheckInDate(at: string, locale: string | undefined): string {
  const key = locale ?? '';
  let format = dateFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' });
    dateFormats.set(key, format);
  }
  const date = new Date(at);
  return Number.isNaN(date.getTime()) ? at : format.format(date);
}
