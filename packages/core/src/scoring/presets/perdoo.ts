import { defineScoringStrategy, percentBands, trailingStatus } from '../scoring';
import { finiteOrZero } from './preset.utils';

/**
 * How far a Perdoo Key Result may trail expected progress and still "need attention"
 * (okrkit `'at-risk'`) rather than be "off track". See the assumption in the `perdoo` doc comment.
 * @example perdooNeedsAttentionGap // 0.2
 */
export const perdooNeedsAttentionGap = 0.2;

/**
 * The Perdoo convention.
 *
 * Formula: `score = round(max(0, progress) × 100)` — Perdoo averages Key Results with equal
 * weight and treats "any negative values … as 0%"; its worked example shows whole percentages
 * (one KR at 100 % and two at 0 % → 33 %). Progress above 100 % is clamped (not documented).
 * Status: Perdoo's statuses are On track, Needs attention ("falling behind but still believe you
 * can achieve this goal"), Off track and Accomplished, mapped to `'on-track'`, `'at-risk'`,
 * `'off-track'` and okrkit's `'achieved'` (decided before the strategy is asked, at 100 %).
 * okrkit rule: on track when progress ≥ expected, needs attention up to 0.2 below, off track beyond.
 *
 * Sources:
 * - Perdoo Support, "Goal statuses": https://support.perdoo.com/en/articles/4640875-goal-statuses
 *   (status definitions; statuses are set manually by default, or automatically "based on the
 *   value and date" when a Superadmin enables it; an Objective takes its weakest KR's status).
 * - Perdoo Support, "Understand how progress is calculated for OKRs":
 *   https://support.perdoo.com/en/articles/4898961-understand-how-progress-is-calculated-for-okrs
 *   (equal weighting, negatives as 0 %, worked example 100 % + 0 % + 0 % → 33 %).
 *
 * Assumption: Perdoo does not publish the thresholds of its automatic statuses; okrkit's
 * default 0.2 gap is used (`perdooNeedsAttentionGap`). Perdoo has no score bands (colour is
 * the status); `grade` uses okrkit's percent bands. Perdoo's "weakest KR status" rollup is a
 * property of objective aggregation, not of a scoring strategy, and is not reproduced here.
 * @example scoreProgress(1 / 3, perdoo).score // 33
 * @example decideStatus({ progress: 0.2, raw: 0.2, expected: 0.5, started: true, kind: 'committed', scoring: perdoo }) // 'off-track'
 */
export const perdoo = /* @__PURE__ */ defineScoringStrategy({
  id: 'perdoo',
  label: 'Perdoo',
  score: ({ progress }) => Math.round(Math.max(0, Math.min(1, finiteOrZero(progress))) * 100),
  bands: percentBands,
  status: (input) =>
    trailingStatus({ ...input, progress: Math.max(0, input.progress) }, perdooNeedsAttentionGap),
});
