import type { Explanation, ExplanationPart } from '../explain/explain.types';
import type { Metric } from '../model/model.types';
import { isDegenerateSpan } from './progress.utils';

/** A rollup part before shares are known. */
export type RollupPart = Omit<ExplanationPart, 'share' | 'contribution'>;

const ROLLUP_FORMULA = 'Σ(weight × progress) / Σ weight';

/** The explanation of a weighted rollup (objective from KRs and children, milestones). */
export function explainRollup(parts: RollupPart[], totalWeight: number, emptyNote = 'nothing to count: no key results or counted child objectives'): Explanation {
  const explained: ExplanationPart[] = parts.map((part) => {
    const share = totalWeight > 0 ? part.weight / totalWeight : 0;
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
      let total = 0;
      let done = 0;
      const parts: RollupPart[] = metric.milestones.map((milestone, index) => {
        const weight = milestone.weight ?? 1;
        total += weight;
        if (milestone.done) done += weight;
        return { kind: 'milestone', id: String(index), label: milestone.title, weight, value: milestone.done ? 1 : 0 };
      });
      const rollup = explainRollup(parts, total, 'no milestones');
      return { ...rollup, formula: 'Σ weight of done milestones / Σ weight of milestones', inputs: { done, total } };
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
