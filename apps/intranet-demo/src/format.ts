import type { Metric, MetricUnit, Status } from '@okrkit/core';

/**
 * Every number and date the page shows is formatted here, once. Formatting only: the
 * values themselves come from the core (progress, status) or from the records.
 */

const locale = 'en-GB';
const percentFormat = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 });
const numberFormat = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
const dateFormat = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
const dayFormat = new Intl.DateTimeFormat(locale, { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });

/** A fraction as a percentage; 1.15 is "115%" (over-achievement is shown as it is). */
export function formatPercent(fraction: number): string {
  return percentFormat.format(fraction);
}

/** A metric value with its unit: "€8,600,000", "4%", "51 min", "1,100,000". */
export function formatValue(value: number, unit: MetricUnit | undefined): string {
  switch (unit?.kind) {
    case undefined:
    case 'count':
      return numberFormat.format(value);
    case 'percent':
      return `${numberFormat.format(value)}%`;
    case 'currency':
      return new Intl.NumberFormat(locale, { style: 'currency', currency: unit.currency, maximumFractionDigits: 0 }).format(value);
    case 'custom':
      return `${numberFormat.format(value)} ${unit.label}`;
    default:
      return unit satisfies never;
  }
}

/** The unit's name for a form label, e.g. "min", "%", "EUR"; empty for plain counts. */
export function unitLabel(unit: MetricUnit | undefined): string {
  switch (unit?.kind) {
    case undefined:
    case 'count':
      return '';
    case 'percent':
      return '%';
    case 'currency':
      return unit.currency;
    case 'custom':
      return unit.label;
    default:
      return unit satisfies never;
  }
}

/** Where a metric stands, in words: "51 min (from 42 min to 72 min)". */
export function describeMetric(metric: Metric): string {
  switch (metric.kind) {
    case 'numeric':
      return `${formatValue(metric.current, metric.unit)} (from ${formatValue(metric.start, metric.unit)} to ${formatValue(metric.target, metric.unit)})`;
    case 'binary':
      return metric.done ? 'Done' : 'Not done yet';
    case 'milestones':
      return `${metric.milestones.filter((milestone) => milestone.done).length} of ${metric.milestones.length} milestones done`;
    case 'guardrail':
      return `${formatValue(metric.current, metric.unit)} (must stay ${metric.bound} ${formatValue(metric.threshold, metric.unit)})`;
    case 'guardrail-range':
      return `${formatValue(metric.current, metric.unit)} (must stay between ${formatValue(metric.min, metric.unit)} and ${formatValue(metric.max, metric.unit)})`;
    default:
      return metric satisfies never;
  }
}

/** The current reading of a metric, short: "51 min", "Done", "1 of 4". */
export function currentReading(metric: Metric): string {
  switch (metric.kind) {
    case 'numeric':
    case 'guardrail':
    case 'guardrail-range':
      return formatValue(metric.current, metric.unit);
    case 'binary':
      return metric.done ? 'Done' : 'Not done';
    case 'milestones':
      return `${metric.milestones.filter((milestone) => milestone.done).length} of ${metric.milestones.length}`;
    default:
      return metric satisfies never;
  }
}

/** "13 Feb 2026" */
export function formatDate(instant: string | Date): string {
  return dateFormat.format(typeof instant === 'string' ? new Date(instant) : instant);
}

/** "Sun, 15 Feb 2026" */
export function formatDay(instant: Date): string {
  return dayFormat.format(instant);
}

/** A status in words; colour is never the only signal. */
export function statusLabel(status: Status): string {
  switch (status) {
    case 'not-started':
      return 'Not started';
    case 'on-track':
      return 'On track';
    case 'at-risk':
      return 'At risk';
    case 'off-track':
      return 'Off track';
    case 'achieved':
      return 'Achieved';
    default:
      return status satisfies never;
  }
}
