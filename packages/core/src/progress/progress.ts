import type { Explanation, ExplanationPart, Progress } from '../explain/explain.types';
import { okrIndex } from '../indexing/okr-index';
import type { KeyResult, Metric, Objective, OkrSet } from '../model/model.types';

/**
 * Rounds away floating-point noise (0.3 − 0.1 = 0.19999999999999998) so that 5.9 of 10
 * is exactly 0.59 and equal inputs give equal outputs. Twelve significant decimals is far
 * below any displayable precision.
 */
export function cleanFraction(value: number): number {
  const scaled = value * 1e12;
  // Beyond ±9e3 the rounding would lose nothing visible, and past ~1e296 it would overflow.
  if (!Number.isFinite(scaled) || Math.abs(value) > 9e3) return value + 0;
  // `+ 0` turns −0 into 0, so a bar never reads "−0 %".
  return Math.round(scaled) / 1e12 + 0;
}

function clamp01(value: number): number {
  return value < 0 ? 0 : value > 1 ? 1 : value;
}

function progressOf(raw: number, explanation: Explanation): Progress {
  const cleaned = cleanFraction(raw);
  return { value: clamp01(cleaned), raw: cleaned, explanation };
}

/**
 * Progress of a metric: how far it has come from its start towards its target.
 *
 * - numeric: `(current − start) / (target − start)`, the same formula for increasing and
 *   decreasing metrics (churn 5 % → 3 % at 4 % is 0.5). When start equals target (to within
 *   1e-12 of their magnitude) the KR is met (1) or not (0) by direction.
 * - binary: 1 when done. milestones: weighted share done (0 for an empty list).
 * - guardrail: 1 while the value stays on the right side of the threshold (or inside the range).
 *
 * `raw` is unclamped: 1.5 is over-achievement, −0.25 is moving the wrong way.
 * @example metricProgress({ kind: 'numeric', direction: 'increase', start: 0, target: 10, current: 5.9 }).value // 0.59
 */
export function metricProgress(metric: Metric): Progress {
  switch (metric.kind) {
    case 'numeric': {
      const { start, target, current, direction } = metric;
      const span = target - start;
      // A span of 0 — or one below 1e-12 of the values' magnitude, where dividing by it only
      // amplifies rounding noise or overflows — means the KR is simply met or not.
      if (Math.abs(span) <= 1e-12 * Math.max(1, Math.abs(start), Math.abs(target))) {
        const met = direction === 'increase' ? current >= target : current <= target;
        return progressOf(met ? 1 : 0, {
          formula: direction === 'increase' ? 'current ≥ target ? 1 : 0' : 'current ≤ target ? 1 : 0',
          inputs: { start, target, current, direction },
          note: 'start equals target',
        });
      }
      return progressOf((current - start) / span, {
        formula: '(current − start) / (target − start)',
        inputs: { start, target, current, direction },
      });
    }
    case 'binary':
      return progressOf(metric.done ? 1 : 0, { formula: 'done ? 1 : 0', inputs: { done: metric.done } });
    case 'milestones': {
      let total = 0;
      let done = 0;
      for (const milestone of metric.milestones) {
        const weight = milestone.weight ?? 1;
        total += weight;
        if (milestone.done) done += weight;
      }
      const parts: ExplanationPart[] = metric.milestones.map((milestone, index) => {
        const weight = milestone.weight ?? 1;
        const share = total > 0 ? weight / total : 0;
        const value = milestone.done ? 1 : 0;
        return { kind: 'milestone', id: String(index), label: milestone.title, weight, share, value, contribution: share * value };
      });
      const explanation: Explanation = {
        formula: 'Σ weight of done milestones / Σ weight of milestones',
        inputs: { done, total },
        parts,
      };
      if (total <= 0) return progressOf(0, { ...explanation, note: metric.milestones.length === 0 ? 'no milestones' : 'milestone weights sum to 0' });
      return progressOf(done / total, explanation);
    }
    case 'guardrail': {
      const { bound, threshold, current } = metric;
      const inclusive = metric.inclusive ?? true;
      const held =
        bound === 'above'
          ? inclusive ? current >= threshold : current > threshold
          : inclusive ? current <= threshold : current < threshold;
      const operator = bound === 'above' ? (inclusive ? '≥' : '>') : inclusive ? '≤' : '<';
      return progressOf(held ? 1 : 0, {
        formula: `current ${operator} threshold ? 1 : 0`,
        inputs: { current, threshold, bound, inclusive },
      });
    }
    case 'guardrail-range': {
      const { min, max, current } = metric;
      const inclusive = metric.inclusive ?? true;
      const held = inclusive ? current >= min && current <= max : current > min && current < max;
      return progressOf(held ? 1 : 0, {
        formula: inclusive ? 'min ≤ current ≤ max ? 1 : 0' : 'min < current < max ? 1 : 0',
        inputs: { current, min, max, inclusive },
      });
    }
    default:
      return metric satisfies never;
  }
}

/**
 * Progress of a key result (see {@link metricProgress}).
 * @example keyResultProgress({ id: 'kr1', objectiveId: 'o1', title: 'MAU +20 %', metric: { kind: 'numeric', direction: 'increase', start: 1000, target: 1200, current: 1300 } }).raw // 1.5
 */
export function keyResultProgress(keyResult: Pick<KeyResult, 'metric'>): Progress {
  return metricProgress(keyResult.metric);
}

/** Options of {@link objectiveProgress}. */
export interface ObjectiveProgressOptions {
  /**
   * Count aligned child objectives (those whose `parentId` is this objective) as further
   * weighted parts, each with its own `weight` (default 1). Drafts never count.
   * @default false
   */
  includeChildren?: boolean;
}

const NO_PARTS_NOTE = 'nothing to count: no key results or counted child objectives';

/**
 * Internal rollup shared by {@link objectiveProgress} and the whole-set summary: computes
 * an objective's progress from its KRs (and, optionally, children), memoising per objective
 * so that a whole organisation is one pass.
 */
export function rollUpObjective(
  objective: Objective,
  okrSet: OkrSet,
  includeChildren: boolean,
  memo: Map<string, Progress>,
  visiting: Set<string> = new Set(),
): Progress {
  const known = memo.get(objective.id);
  if (known) return known;
  const index = okrIndex(okrSet);
  const keyResults = index.keyResultsByObjective.get(objective.id) ?? [];
  const parts: ExplanationPart[] = [];
  let totalWeight = 0;
  let weightedValue = 0;
  let weightedRaw = 0;
  for (const keyResult of keyResults) {
    const weight = keyResult.weight ?? 1;
    const progress = metricProgress(keyResult.metric);
    totalWeight += weight;
    weightedValue += weight * progress.value;
    weightedRaw += weight * progress.raw;
    parts.push({ kind: 'key-result', id: keyResult.id, label: keyResult.title, weight, share: 0, value: progress.value, contribution: 0 });
  }
  if (includeChildren) {
    visiting.add(objective.id);
    for (const child of index.childrenByObjective.get(objective.id) ?? []) {
      // A loop is reported by validation; here it is simply not followed.
      if ((child.state ?? 'active') === 'draft' || visiting.has(child.id)) continue;
      const weight = child.weight ?? 1;
      const progress = rollUpObjective(child, okrSet, true, memo, visiting);
      totalWeight += weight;
      weightedValue += weight * progress.value;
      weightedRaw += weight * progress.raw;
      parts.push({ kind: 'objective', id: child.id, label: child.title, weight, share: 0, value: progress.value, contribution: 0 });
    }
    visiting.delete(objective.id);
  }
  let result: Progress;
  if (totalWeight <= 0) {
    result = progressOf(0, {
      formula: 'Σ(weight × progress) / Σ weight',
      inputs: { totalWeight },
      parts,
      note: parts.length === 0 ? NO_PARTS_NOTE : 'weights sum to 0',
    });
  } else {
    for (const part of parts) {
      part.share = part.weight / totalWeight;
      part.contribution = part.share * part.value;
    }
    const raw = cleanFraction(weightedRaw / totalWeight);
    result = {
      value: clamp01(cleanFraction(weightedValue / totalWeight)),
      raw,
      explanation: { formula: 'Σ(weight × progress) / Σ weight', inputs: { totalWeight }, parts },
    };
  }
  memo.set(objective.id, result);
  return result;
}

/**
 * Progress of an objective: the weighted average of its KRs' clamped progress (equal
 * weights by default), optionally with its aligned child objectives as further parts.
 * `raw` is the same average over unclamped values, so over-achievement stays visible.
 * An objective with nothing to count is 0, never NaN. Throws a `RangeError` for an unknown id.
 * @example objectiveProgress('o1', okrSet).value // 0.43
 * @example objectiveProgress('company', okrSet, { includeChildren: true }).explanation.parts
 */
export function objectiveProgress(
  objectiveId: string,
  okrSet: OkrSet,
  options: ObjectiveProgressOptions = {},
): Progress {
  const objective = okrIndex(okrSet).objectivesById.get(objectiveId);
  if (!objective) throw new RangeError(`no objective with id "${objectiveId}"`);
  return rollUpObjective(objective, okrSet, options.includeChildren ?? false, new Map());
}
