import type { Metric } from '@okrkit/core';
import type { KeyResultView } from '../provider/hooks';
import { progressBarLabels, spokenGuardrail, spokenStatus, type ProgressBarLabels, type SharedLabels } from '../provider/labels';
import { formatMetricValue, formatNumber, formatProgressPercent, isWordUnit } from './number-format';

/** The parts of a KR a progress bar needs to describe it. */
export type KeyResultProgressInput = Pick<KeyResultView, 'keyResult' | 'progress' | 'status'>;

/** The words a KR description reads (any `OkrLabels` will do). */
export type KeyResultDescriptionLabels = SharedLabels & ProgressBarLabels;

/** Every text a key-result progress bar shows or speaks, formatted for one locale. */
export interface KeyResultProgressText {
  /** The spoken `aria-valuetext`: "3 of 5 patents, 60%, on track". */
  valueText: string;
  /** Progress as written, unclamped: "115%", "-25%". */
  percent: string;
  /** The current reading: "3 patents", "Done", "1 of 4 milestones", "3.2 h". */
  current: string;
  /** Where the KR runs: "from 0 to 5 patents", "below 4 h"; empty for binary and milestones. */
  range: string;
  /** The visible status word: the status, or "Within limit"/"Limit breached" for guardrails. */
  statusWord: string;
}

/**
 * A metric's current reading in words, the same in a bar, a card and the check-in dialog:
 * the value with its unit, "Done"/"Not done", or "2 of 3 milestones" (digits for the locale).
 * @example formatCurrentValue({ kind: 'milestones', milestones }, defaultLabels, 'ar-EG') // '٢ of ٣ milestones'
 */
export function formatCurrentValue(metric: Metric, labels: Pick<SharedLabels, 'done' | 'notDone' | 'milestonesDone'>, locale: string | undefined): string {
  if (metric.kind === 'binary') return metric.done ? labels.done : labels.notDone;
  if (metric.kind === 'milestones') {
    const { milestones } = metric;
    return labels.milestonesDone(formatNumber(milestones.filter((milestone) => milestone.done).length, locale), formatNumber(milestones.length, locale));
  }
  return formatMetricValue(metric.current, metric.unit, locale);
}

/**
 * Describes a KR's progress in words, for the given labels and locale (pure: no React).
 *
 * - numeric, rising: "3 of 5 patents, 60%, on track"; over target: "46 of 40 articles, 115%, achieved"
 * - numeric, falling: "4% of target 3%, 50%, at risk"
 * - binary: "Done" / "Not done, off track"
 * - milestones: "2 of 3 milestones, 67%, on track" (the percentage is weighted)
 * - guardrail: "3.2 h, within limit (below 4 h)"; range: "99.7%, within limit (between 99.5% and 100%)"
 * @example describeKeyResult(view, defaultLabels, 'de-DE').percent // '60 %'
 */
export function describeKeyResult(view: KeyResultProgressInput, labels: KeyResultDescriptionLabels, locale?: string): KeyResultProgressText {
  const { metric } = view.keyResult;
  const percent = formatProgressPercent(view.progress.raw, locale);
  const current = formatCurrentValue(metric, labels, locale);
  const status = spokenStatus(labels, view.status);
  const text = (valueText: string, range = '') => ({ valueText, percent, current, range, statusWord: labels.status[view.status] });
  const progressText = (amount: string, range?: string) => text(`${amount}, ${labels.percentDone(percent)}, ${status}`, range);
  switch (metric.kind) {
    case 'numeric': {
      const { unit } = metric;
      const format = (value: number) => formatMetricValue(value, unit, locale);
      // "3 of 5 patents": a word unit is said once; symbols and money belong to each number.
      const bare = (value: number) => (isWordUnit(unit) ? formatNumber(value, locale) : format(value));
      const target = format(metric.target);
      return progressText(
        metric.direction === 'decrease' ? labels.progressOfTarget(current, target) : labels.progressOf(bare(metric.current), target),
        labels.fromTo(bare(metric.start), target),
      );
    }
    case 'binary':
      return text(metric.done ? current : `${current}, ${status}`);
    case 'milestones':
      return progressText(current);
    case 'guardrail':
    case 'guardrail-range': {
      const held = view.progress.raw >= 1;
      const format = (value: number) => formatMetricValue(value, metric.unit, locale);
      const range =
        metric.kind === 'guardrail' ? labels.guardrailLimit(metric.bound, format(metric.threshold)) : labels.guardrailBetween(format(metric.min), format(metric.max));
      const word = held ? labels.guardrailHeld : labels.guardrailBreached;
      return { valueText: `${current}, ${spokenGuardrail(labels, held)} (${range})`, percent, current, range, statusWord: word };
    }
    default:
      return metric satisfies never;
  }
}

/**
 * The spoken `aria-valuetext` of a KR progress bar (see {@link describeKeyResult}).
 * @example describeKeyResultProgress(view, defaultLabels, 'en-US') // '3 of 5 patents, 60%, on track'
 */
export function describeKeyResultProgress(view: KeyResultProgressInput, labels: KeyResultDescriptionLabels = progressBarLabels, locale?: string): string {
  return describeKeyResult(view, labels, locale).valueText;
}
