import { defineScoringStrategy, percentBands, trailingStatus } from '../scoring';
import { finiteOrZero, roundTo } from './preset.utils';

/**
 * How far actual progress may trail expected progress and still be Viva Goals' "Behind"
 * (okrkit `'at-risk'`) rather than "At risk" (okrkit `'off-track'`). See the assumption in
 * the `vivaGoals` doc comment.
 * @example vivaGoalsBehindGap // 0.25
 */
export const vivaGoalsBehindGap = 0.25;

/**
 * The Microsoft Viva Goals (formerly Ally.io) convention.
 *
 * Formula: `score = progress × 100` (Viva Goals measures outcomes "towards 100%"), two decimals.
 * Status: expected progress is linear over the OKR's start and end dates; on track when
 * `actual ≥ expected`, otherwise behind. Names map as Viva "On track" → `'on-track'`,
 * "Behind" → `'at-risk'`, "At risk" → `'off-track'`.
 *
 * Sources:
 * - Microsoft Support, "Phased targets" (section "How is progress calculated in Viva Goals?"):
 *   https://support.microsoft.com/en-gb/topic/phased-targets-8d0587f7-016c-4e00-9c5d-9fc411c219e2
 *   — worked example: expected progress 33 %, actual 33 % or more → On Track; below 33 % → Behind.
 * - Ally.io Help Center, "How are progress and status calculated?":
 *   https://help.ally.io/en/articles/3065807-how-are-progress-and-status-calculated
 *   (expected progress 0 % on the first day, 100 % on the last).
 *
 * Assumption: Viva Goals does not publish where "Behind" ends and "At risk" begins. The
 * older Ally.io article "OKR status indicators" (http://help.gotoally.com/en/articles/3065807-okr-status-indicators)
 * mentions actual progress "off by more than 25% from Expected Progress" for integration-driven
 * OKRs, so okrkit treats trailing by more than 0.25 as off track (`vivaGoalsBehindGap`).
 * Viva Goals' closing scores are configurable per organisation; `grade` uses okrkit's
 * percent bands.
 * @example decideStatus({ progress: 0.33, raw: 0.33, expected: 0.33, started: true, kind: 'committed', scoring: vivaGoals }) // 'on-track'
 * @example decideStatus({ progress: 0.32, raw: 0.32, expected: 0.33, started: true, kind: 'committed', scoring: vivaGoals }) // 'at-risk'
 */
export const vivaGoals = /* @__PURE__ */ defineScoringStrategy({
  id: 'viva-goals',
  label: 'Viva Goals',
  score: ({ progress }) => roundTo(finiteOrZero(progress) * 100, 2),
  bands: percentBands,
  status: (input) =>
    trailingStatus(input, vivaGoalsBehindGap),
});
