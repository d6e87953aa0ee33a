import type { Explanation, ExplanationPart, Progress } from '../explain/explain.types';
import { okrIndex, type OkrIndex } from '../indexing/okr-index';
import type { KeyResult, Metric, Objective, OkrSet } from '../model/model.types';
import { explainMetric, explainRollup, type RollupPart } from './progress.explain';
import { clamp01, clampRaw, cleanFraction, isDegenerateSpan, safeWeight, spanRatio, weightedAverage } from './progress.utils';

export { cleanFraction } from './progress.utils';

/**
 * A computed progress whose explanation is built on first read: a whole organisation
 * is scored in one pass without allocating tens of thousands of explanations nobody
 * opens. It serialises (`JSON.stringify`) with its explanation.
 */
class ComputedProgress implements Progress {
  #explain: (() => Explanation) | undefined;
  #explanation: Explanation | undefined;
  constructor(
    readonly value: number,
    readonly raw: number,
    explain: () => Explanation,
  ) {
    this.#explain = explain;
  }
  get explanation(): Explanation {
    if (this.#explanation === undefined) {
      this.#explanation = (this.#explain as () => Explanation)();
      this.#explain = undefined;
    }
    return this.#explanation;
  }
  toJSON(): { value: number; raw: number; explanation: Explanation } {
    return { value: this.value, raw: this.raw, explanation: this.explanation };
  }
}

/**
 * The unclamped progress of a metric as a plain number (see {@link metricProgress}).
 * @example metricRawProgress({ kind: 'binary', done: true }) // 1
 */
export function metricRawProgress(metric: Metric): number {
  switch (metric.kind) {
    case 'numeric': {
      const { start, target, current } = metric;
      if (isDegenerateSpan(start, target)) {
        return (metric.direction === 'increase' ? current >= target : current <= target) ? 1 : 0;
      }
      return spanRatio(start, target, current);
    }
    case 'binary':
      return metric.done ? 1 : 0;
    case 'milestones': {
      // Normalised by the largest weight: weights that sum past the largest float stay exact.
      const weights = metric.milestones.map((milestone) => safeWeight(milestone.weight));
      const share = weightedAverage(weights, metric.milestones.map((milestone) => (milestone.done ? 1 : 0)));
      return share === undefined ? 0 : clamp01(cleanFraction(share));
    }
    case 'guardrail': {
      const { threshold, current } = metric;
      const inclusive = metric.inclusive ?? true;
      const held =
        metric.bound === 'above'
          ? inclusive ? current >= threshold : current > threshold
          : inclusive ? current <= threshold : current < threshold;
      return held ? 1 : 0;
    }
    case 'guardrail-range': {
      const { min, max, current } = metric;
      const held = (metric.inclusive ?? true) ? current >= min && current <= max : current > min && current < max;
      return held ? 1 : 0;
    }
    default:
      return metric satisfies never;
  }
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
  const raw = metricRawProgress(metric);
  return new ComputedProgress(clamp01(raw), raw, () => explainMetric(metric));
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

/**
 * Internal rollup shared by {@link objectiveProgress} and the whole-set assessment:
 * an objective's progress from its KRs (and, optionally, children), memoised per
 * objective so that a whole organisation is one pass.
 */
export function rollUpObjective(
  objective: Objective,
  okrSet: OkrSet,
  includeChildren: boolean,
  memo: Map<string, Progress>,
  visiting?: Set<string>,
  index: OkrIndex = okrIndex(okrSet),
): Progress {
  const known = memo.get(objective.id);
  if (known) return known;
  const keyResults = index.keyResultsByObjective.get(objective.id);
  // Parts are gathered first and averaged by `weightedAverage`, which scales the weights by
  // the largest one: no weight, however large or small, can overflow the sums.
  const weights: number[] = [];
  const values: number[] = [];
  const raws: number[] = [];
  if (keyResults) {
    for (const keyResult of keyResults) {
      const raw = metricRawProgress(keyResult.metric);
      weights.push(safeWeight(keyResult.weight));
      values.push(clamp01(raw));
      raws.push(raw);
    }
  }
  let counted: Objective[] | undefined;
  const children = includeChildren ? index.childrenByObjective.get(objective.id) : undefined;
  if (children) {
    const path = visiting ?? new Set<string>();
    path.add(objective.id);
    counted = [];
    for (const child of children) {
      // A loop is reported by validation; here it is simply not followed.
      if (child.state === 'draft' || path.has(child.id)) continue;
      const progress = rollUpObjective(child, okrSet, true, memo, path, index);
      weights.push(safeWeight(child.weight));
      values.push(progress.value);
      raws.push(progress.raw);
      counted.push(child);
    }
    path.delete(objective.id);
  }
  const averageValue = weightedAverage(weights, values);
  const averageRaw = weightedAverage(weights, raws);
  const value = averageValue === undefined ? 0 : clamp01(cleanFraction(averageValue));
  const raw = averageRaw === undefined ? 0 : clampRaw(cleanFraction(averageRaw));
  const result = new ComputedProgress(value, raw, () => {
    const parts: RollupPart[] = (keyResults ?? []).map((keyResult) => ({
      kind: 'key-result',
      id: keyResult.id,
      label: keyResult.title,
      weight: safeWeight(keyResult.weight),
      value: clamp01(metricRawProgress(keyResult.metric)),
    }));
    for (const child of counted ?? []) {
      parts.push({ kind: 'objective', id: child.id, label: child.title, weight: safeWeight(child.weight), value: memo.get(child.id)?.value ?? 0 });
    }
    return explainRollup(parts);
  });
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

export type { ExplanationPart };
