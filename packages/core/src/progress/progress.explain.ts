import type { Explanation, ExplanationPart } from '../explain/explain.types';
import type { Metric } from '../model/model.types';
import { isDegenerateSpan, safeWeight, totalOf, weightShares } from './progress.utils';

/** A rollup part before shares are known. */
export type RollupPart = Omit<ExplanationPart, 'share' | 'contribution'>;

const ROLLUP_FORMULA = 'Σ(weight × progress) / Σ weight';

/**
 * The explanation of a weighted rollup (objective from KRs and children, milestones). Shares
 * are computed from the weights scaled by the largest, so they sum to 1 even when the weights
 * themselves sum past the largest float; `totalWeight` saturates at `Number.MAX_VALUE`.
 */
export function explainRollup(parts: RollupPart[], emptyNote = 'nothing to count: no key results or counted child objectives'): Explanation {
  const weights = parts.map((part) => part.weight);
  const totalWeight = totalOf(weights);
  const shares = weightShares(weights);
  const explained: ExplanationPart[] = parts.map((part, at) => {
    const share = shares[at] as number;
    return { ...part, share, contribution: share * part.value };
  });
  const explanation: Explanation = { formula: ROLLUP_FORMULA, inputs: { totalWeight }, parts: explained };
  if (totalWeight > 0) return explanation;
  return { ...explanation, note: parts.length === 0 ? emptyNote : 'weights sum to 0' };
}

/** The explanation of a metric's progress: formula, inputs and, for milestones, the parts. */
export function explainMetric(metric: Metric): Explanation {
  switch (metric.kind) {
    case 'numeric': {
      const { start, target, current, direction } = metric;
      const inputs = { start, target, current, direction };
      if (isDegenerateSpan(start, target)) {
        return {
          formula: direction === 'increase' ? 'current ≥ target ? 1 : 0' : 'current ≤ target ? 1 : 0',
          inputs,
          note: 'start equals target',
        };
      }
      return { formula: '(current − start) / (target − start)', inputs };
    }
    case 'binary':
      return { formula: 'done ? 1 : 0', inputs: { done: metric.done } };
    case 'milestones': {
      const parts: RollupPart[] = metric.milestones.map((milestone, index) => {
        const weight = safeWeight(milestone.weight);
        return { kind: 'milestone', id: String(index), label: milestone.title, weight, value: milestone.done ? 1 : 0 };
      });
      const rollup = explainRollup(parts, 'no milestones');
      const done = totalOf(parts.filter((part) => part.value === 1).map((part) => part.weight));
      return { ...rollup, formula: 'Σ weight of done milestones / Σ weight of milestones', inputs: { done, total: totalOf(parts.map((part) => part.weight)) } };
    }
    case 'guardrail': {
      const inclusive = metric.inclusive ?? true;
      const operator = metric.bound === 'above' ? (inclusive ? '≥' : '>') : inclusive ? '≤' : '<';
      return {
        formula: `current ${operator} threshold ? 1 : 0`,
        inputs: { current: metric.current, threshold: metric.threshold, bound: metric.bound, inclusive },
      };
    }
    case 'guardrail-range': {
      const inclusive = metric.inclusive ?? true;
      return {
        formula: inclusive ? 'min ≤ current ≤ max ? 1 : 0' : 'min < current < max ? 1 : 0',
        inputs: { current: metric.current, min: metric.min, max: metric.max, inclusive },
      };
    }
    default:
      return metric satisfies never;
  }
}
