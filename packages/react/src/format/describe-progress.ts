import type { Metric } from '@okrkit/core';
import type { KeyResultView } from '../provider/hooks';
import { defaultLabels, type OkrLabels } from '../provider/labels';
import { displayPercent, formatMetricValue, formatNumber, formatPercent, isWordUnit } from './number-format';
import { resolveProgressLabels, spokenWord, type KeyResultProgressLabels } from './progress-labels';

/** The parts of a KR a progress bar needs to describe it. */
export type KeyResultProgressInput = Pick<KeyResultView, 'keyResult' | 'progress' | 'status'>;

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
 * Describes a KR's progress in words, for the given labels and locale (pure: no React).
 *
 * - numeric, rising: "3 of 5 patents, 60%, on track"; over target: "46 of 40 articles, 115%, achieved"
 * - numeric, falling: "4% of target 3%, 50%, at risk"
 * - binary: "Done" / "Not done, off track"
 * - milestones: "2 of 3 milestones, 67%, on track" (the percentage is weighted)
 * - guardrail: "3.2 h, within limit (below 4 h)"; range: "99.7%, within limit (between 99.5% and 100%)"
 * @example describeKeyResult(view, defaultLabels, 'de-DE').percent // '60 %'
 */
export function describeKeyResult(
  view: KeyResultProgressInput,
  labels: OkrLabels & Partial<KeyResultProgressLabels> = defaultLabels,
  locale?: string,
): KeyResultProgressText {
  const words = resolveProgressLabels(labels);
  const { metric } = view.keyResult;
  const percent = formatPercent(displayPercent(view.progress.raw) / 100, locale);
  const spokenPercent = words.percentDone(percent);
  const status = words.spokenStatus[view.status];
  const statusWord = words.status[view.status];
  switch (metric.kind) {
    case 'numeric': {
      const { unit } = metric;
      // "3 of 5 patents": a word unit is said once; symbols and money belong to each number.
      const wordUnit = isWordUnit(unit);
      const bare = (value: number) => (wordUnit ? formatNumber(value, locale) : formatMetricValue(value, unit, locale));
      const current = formatMetricValue(metric.current, unit, locale);
      const target = formatMetricValue(metric.target, unit, locale);
      const amount =
        metric.direction === 'decrease' ? words.progressOfTarget(current, target) : words.progressOf(bare(metric.current), target);
      return {
        valueText: `${amount}, ${spokenPercent}, ${status}`,
        percent,
        current,
        range: words.fromTo(bare(metric.start), target),
        statusWord,
      };
    }
    case 'binary': {
      const current = metric.done ? words.done : words.notDone;
      return { valueText: metric.done ? current : `${current}, ${status}`, percent, current, range: '', statusWord };
    }
    case 'milestones': {
      const done = metric.milestones.filter((milestone) => milestone.done).length;
      const current = words.milestonesDone(done, metric.milestones.length);
      return { valueText: `${current}, ${spokenPercent}, ${status}`, percent, current, range: '', statusWord };
    }
    case 'guardrail':
    case 'guardrail-range': {
      const held = view.progress.raw >= 1;
      const current = formatMetricValue(metric.current, metric.unit, locale);
      const range = guardrailRange(metric, words, locale);
      const word = held ? words.guardrailHeld : words.guardrailBreached;
      const spoken = spokenWord(word, held ? defaultLabels.guardrailHeld : defaultLabels.guardrailBreached);
      return { valueText: `${current}, ${spoken} (${range})`, percent, current, range, statusWord: word };
    }
    default:
      return metric satisfies never;
  }
}

function guardrailRange(
  metric: Extract<Metric, { kind: 'guardrail' | 'guardrail-range' }>,
  words: ReturnType<typeof resolveProgressLabels>,
  locale: string | undefined,
): string {
  const format = (value: number) => formatMetricValue(value, metric.unit, locale);
  return metric.kind === 'guardrail'
    ? words.guardrailLimit(metric.bound, format(metric.threshold))
    : words.guardrailBetween(format(metric.min), format(metric.max));
}

/**
 * The spoken `aria-valuetext` of a KR progress bar (see {@link describeKeyResult}).
 * @example describeKeyResultProgress(view, labels, 'en-US') // '3 of 5 patents, 60%, on track'
 */
export function describeKeyResultProgress(
  view: KeyResultProgressInput,
  labels: OkrLabels & Partial<KeyResultProgressLabels> = defaultLabels,
  locale?: string,
): string {
  return describeKeyResult(view, labels, locale).valueText;
}
