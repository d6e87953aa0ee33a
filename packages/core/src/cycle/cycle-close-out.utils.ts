import type { KeyResult, Objective } from '../model/model.types';
import { keyResultProgress } from '../progress/progress';
import { scoreProgress } from '../scoring/scoring';
import type { ScoringStrategy } from '../scoring/scoring.types';
import type { KeyResultFinalGrade } from './cycle.types';

/** The strategy's suggestion for each KR, and the objective's grade from them. */
export interface FinalGradeSuggestion {
  keyResults: KeyResultFinalGrade[];
  /** The KRs' grades weighted by their `weight` (default 1); 0 for an objective without KRs. */
  grade: number;
  scoringStrategyId: string;
}

/**
 * Suggests each key result's final grade from its final reading under a scoring strategy
 * (Google: 0.0–1.0 where 0.7 on an aspirational objective is success; percent: 0–100), and
 * the objective's grade as the weighted mean of them. Pure; never NaN (weights of 0 count
 * nothing; all zero weights give 0). The owner then adjusts a grade with a reason.
 * @example suggestFinalGrades(objective, keyResults, scoringPresets.google)
 * // → { keyResults: [{ keyResultId: 'k1', suggestedGrade: 0.7, grade: 0.7 }], grade: 0.7, scoringStrategyId: 'google' }
 */
export function suggestFinalGrades(objective: Objective, keyResults: readonly KeyResult[], strategy: ScoringStrategy): FinalGradeSuggestion {
  const grades: KeyResultFinalGrade[] = [];
  for (const keyResult of keyResults) {
    if (keyResult.objectiveId !== objective.id) continue;
    const suggested = scoreProgress(keyResultProgress(keyResult).raw, strategy, objective.kind ?? 'committed').score;
    grades.push({ keyResultId: keyResult.id, suggestedGrade: suggested, grade: suggested });
  }
  return { keyResults: grades, grade: weightedGrade(grades, keyResults), scoringStrategyId: strategy.id };
}

/**
 * The objective's grade from its KRs' grades, weighted by each KR's `weight` (default 1).
 * @example weightedGrade([{ keyResultId: 'k1', suggestedGrade: 1, grade: 1 }, { keyResultId: 'k2', suggestedGrade: 0, grade: 0.5 }], keyResults) // 0.75
 */
export function weightedGrade(grades: readonly KeyResultFinalGrade[], keyResults: readonly KeyResult[]): number {
  const weightOf = new Map(keyResults.map((keyResult) => [keyResult.id, keyResult.weight ?? 1]));
  let total = 0;
  let weights = 0;
  for (const entry of grades) {
    const weight = weightOf.get(entry.keyResultId) ?? 1;
    if (!(weight > 0) || !Number.isFinite(entry.grade)) continue;
    total += entry.grade * weight;
    weights += weight;
  }
  if (weights === 0) return 0;
  // Rounded to 4 places: a grade is read, not computed further, and 0.1 + 0.2 should not show as 0.30000000000000004.
  return Math.round((total / weights) * 10_000) / 10_000;
}
