import type { Explanation, ExplanationPart, Progress } from '../explain/explain.types';
import { okrIndex, type OkrIndex } from '../indexing/okr-index';
import type { KeyResult, Metric, Objective, OkrSet } from '../model/model.types';
import { explainMetric, explainRollup, type RollupPart } from './progress.explain';
import { clamp01, cleanFraction, isDegenerateSpan } from './progress.utils';

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
      return cleanFraction((current - start) / (target - start));
    }
    case 'binary':
      return metric.done ? 1 : 0;
    case 'milestones': {
      let total = 0;
      let done = 0;
      for (const milestone of metric.milestones) {
        const weight = milestone.weight ?? 1;
        total += weight;
        if (milestone.done) done += weight;
      }
      return total > 0 ? cleanFraction(done / total) : 0;
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
  let totalWeight = 0;
  let weightedValue = 0;
  let weightedRaw = 0;
  if (keyResults) {
    for (const keyResult of keyResults) {
      const weight = keyResult.weight ?? 1;
      const raw = metricRawProgress(keyResult.metric);
      totalWeight += weight;
      weightedValue += weight * clamp01(raw);
      weightedRaw += weight * raw;
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
      const weight = child.weight ?? 1;
      const progress = rollUpObjective(child, okrSet, true, memo, path, index);
      totalWeight += weight;
      weightedValue += weight * progress.value;
      weightedRaw += weight * progress.raw;
      counted.push(child);
    }
    path.delete(objective.id);
  }
  const value = totalWeight > 0 ? clamp01(cleanFraction(weightedValue / totalWeight)) : 0;
  const raw = totalWeight > 0 ? cleanFraction(weightedRaw / totalWeight) : 0;
  const result = new ComputedProgress(value, raw, () => {
    const parts: RollupPart[] = (keyResults ?? []).map((keyResult) => ({
      kind: 'key-result',
      id: keyResult.id,
      label: keyResult.title,
      weight: keyResult.weight ?? 1,
      value: clamp01(metricRawProgress(keyResult.metric)),
    }));
    for (const child of counted ?? []) {
      parts.push({ kind: 'objective', id: child.id, label: child.title, weight: child.weight ?? 1, value: memo.get(child.id)?.value ?? 0 });
    }
    return explainRollup(parts, totalWeight);
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
