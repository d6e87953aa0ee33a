import type { ScoreBand } from '../scoring.types';
import { defineScoringStrategy, trailingStatus } from '../scoring';
import { finiteOrZero, roundTo } from './preset.utils';

/**
 * Quantive's default colour scale is "No colors": attainment is shown as a plain number
 * until an admin sets a custom scale. One neutral band reproduces that default; pass your
 * organisation's scale with `defineScoringStrategy({ ...quantive, bands })`.
 * @example bandOf(125, quantive).id // 'attainment'
 */
export const quantiveBands: readonly ScoreBand[] = [
  { id: 'attainment', label: 'Attainment', from: Number.NEGATIVE_INFINITY, tone: 'neutral' },
];

/**
 * The Quantive Results (formerly Gtmhub) convention: attainment in percent, not capped.
 *
 * Formula: `score = rawProgress × 100`, two decimals. Quantive's KR progress is
 * `(actual − initial) / (target − initial) × 100` for "should increase" and
 * `(initial − actual) / (initial − target) × 100` for "should decrease" — the same as
 * okrkit's `metricProgress` — and "is not limited so it can be out of the 0% to 100% range"
 * (125 % is over-achievement). An objective's attainment is the plain average of its KRs'.
 * Status: okrkit's default rule (see the assumption below): on track when progress ≥ expected,
 * at risk up to 0.2 below, off track beyond.
 *
 * Sources:
 * - Quantive Help Center, "How KR progress is calculated in Quantive?":
 *   https://help.quantive.com/en/articles/3849793-how-kr-progress-is-calculated-in-quantive
 *   — worked example: decrease open bugs from 100 to 60; 80 bugs → 50 %, 70 → 75 %, 50 → 125 %.
 * - Quantive Help Center, "Aggregated progress of objectives":
 *   https://help.quantive.com/en/articles/2904856-aggregated-progress-of-objectives
 *   — worked examples: 0 → 10 at 5 is 50 %; KRs at 75 % and 25 % give an objective 50 %.
 * - Gtmhub Help Center, "Setting up color scale for OKRs progress":
 *   https://help.gtmhub.com/en/articles/2957562-setting-up-color-scale-for-okrs-progress
 *   (default: no colours; custom ranges per account).
 *
 * Assumption: Quantive publishes no automatic on-track/at-risk rule against expected progress;
 * its in-period signal is the owner's subjective confidence level
 * (https://help.gtmhub.com/en/articles/2907251-update-the-confidence-level). okrkit's default
 * 0.2 gap is used. Its "stay below/above" KRs compare strictly (meeting the target exactly is
 * 0 %): model them as guardrail metrics with `inclusive: false`.
 * @example scoreProgress(1.25, quantive).score // 125
 * @example scoreProgress(0.5, quantive).band.tone // 'neutral'
 */
export const quantive = /* @__PURE__ */ defineScoringStrategy({
  id: 'quantive',
  label: 'Quantive Results',
  score: ({ rawProgress }) => roundTo(finiteOrZero(rawProgress) * 100, 2),
  bands: quantiveBands,
  status: (input) =>
    trailingStatus(input, 0.2),
});
