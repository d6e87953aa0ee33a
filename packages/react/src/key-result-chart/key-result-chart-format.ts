import { type KeyResultHistory } from '@okrkit/core';
import { formatMetricValue, formatNumber, formatProgressPercent, formatPercent } from '../format/index';
import type { SharedLabels } from '../provider/labels';

/** Dates on the chart: day and month, read in UTC like every okrkit date; one formatter per locale. */
const dateFormats = new Map<string, Intl.DateTimeFormat>();
const longDateFormats = new Map<string, Intl.DateTimeFormat>();

function cached(map: Map<string, Intl.DateTimeFormat>, locale: string | undefined, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = locale ?? '';
  let format = map.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { timeZone: 'UTC', ...options });
    map.set(key, format);
  }
  return format;
}

/**
 * A tick's date: "3 Mar" (en-GB), "Mar 3" (en-US).
 * @example formatChartDay(Date.parse('2026-03-03T00:00:00Z'), 'en-GB') // '3 Mar'
 */
export function formatChartDay(ms: number, locale: string | undefined): string {
  return cached(dateFormats, locale, { day: 'numeric', month: 'short' }).format(ms);
}

/**
 * A check-in's date, with the year: "3 Mar 2026".
 * @example formatChartDate(Date.parse('2026-03-03T09:00:00Z'), 'en-GB') // '3 Mar 2026'
 */
export function formatChartDate(ms: number, locale: string | undefined): string {
  return cached(longDateFormats, locale, { day: 'numeric', month: 'short', year: 'numeric' }).format(ms);
}

/**
 * A reading as people say it: the metric's unit for numbers and guardrails, "Done"/"Not done"
 * for binary, "2 of 3 milestones" for milestones.
 * @example formatChartValue(history, 1250, 'en-US', labels) // '1,250'
 */
export function formatChartValue(
  history: Pick<KeyResultHistory, 'metricKind' | 'unit' | 'target'>,
  value: number,
  locale: string | undefined,
  labels: Pick<SharedLabels, 'done' | 'notDone' | 'milestonesDone'>,
): string {
  switch (history.metricKind) {
    case 'binary':
      return value >= 1 ? labels.done : labels.notDone;
    case 'milestones':
      return labels.milestonesDone(formatNumber(value, locale), formatNumber(history.target ?? 0, locale));
    case 'numeric':
    case 'guardrail':
    case 'guardrail-range':
      return formatMetricValue(value, history.unit ?? undefined, locale);
    default:
      return history.metricKind satisfies never;
  }
}

/**
 * Progress as shown beside a reading ("40 %", "150 %" when over-achieved, "−25 %" the wrong way).
 * @example formatChartProgress(1.5, 'en-US') // '150%'
 */
export function formatChartProgress(progress: number, locale: string | undefined): string {
  return progress >= 0 && progress <= 1 ? formatProgressPercent(progress, locale) : formatPercent(Number.isFinite(progress) ? progress : 0, locale);
}
