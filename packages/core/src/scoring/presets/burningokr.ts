import type { StatusInput, TrackStatus } from '../scoring.types';
import { defineScoringStrategy, percentBands } from '../scoring';
import { finiteOrZero } from './preset.utils';

/**
 * BurningOKR's default thresholds on `progress − elapsed share`, as seeded in its database
 * migrations (`objective-progress-green-yellow-threshold` = −0.2,
 * `objective-progress-yellow-red-threshold` = −0.4). BurningOKR lets admins change them.
 * @example burningOkrThresholds.atRiskBelow // -0.2
 */
export const burningOkrThresholds = { atRiskBelow: -0.2, offTrackBelow: -0.4 } as const;

/** Floating-point slack, so that 0.6 − 0.8 (= −0.20000000000000007) counts as −0.2. */
const epsilon = 1e-9;

/**
 * BurningOKR's verdict, `ObjectiveScoringService.getObjectiveScoreForProgress`:
 * `difference = progress − expected`; below −0.4 off track, below −0.2 at risk (BurningOKR's
 * "in danger"), otherwise on track. Comparisons are strict, as in BurningOKR: exactly −0.2
 * is still on track and exactly −0.4 is still at risk.
 * @example burningOkrStatus({ progress: 0.25, rawProgress: 0.25, expected: 0.5, kind: 'committed' }) // 'at-risk'
 */
export function burningOkrStatus(input: StatusInput): TrackStatus {
  const difference = finiteOrZero(input.progress) - finiteOrZero(input.expected);
  if (difference < burningOkrThresholds.offTrackBelow - epsilon) return 'off-track';
  if (difference < burningOkrThresholds.atRiskBelow - epsilon) return 'at-risk';
  return 'on-track';
}

/**
 * The BurningOKR convention (open source, github.com/BurningOKR/BurningOKR).
 *
 * Formula: `score = round(progress × 100)` (BurningOKR shows objective progress as a whole
 * percentage: `Math.round(this.progressValue * 100)`).
 * Status: `difference = progress − elapsed share of the cycle`; `difference < −0.4` off track,
 * `difference < −0.2` at risk, otherwise on track. BurningOKR's elapsed share is
 * `(now − start) / (end − start)` clamped to [0, 1], the same idea as okrkit's `expected`.
 *
 * Sources (repository BurningOKR/BurningOKR, commit 60cf0f5d44f0e8d6faa63e9306340ead21398843):
 * - frontend/src/app/okrview/objective-scoring.service.ts —
 *   https://github.com/BurningOKR/BurningOKR/blob/60cf0f5d44f0e8d6faa63e9306340ead21398843/frontend/src/app/okrview/objective-scoring.service.ts
 * - frontend/src/app/shared/model/ui/cycle-unit.ts (`getCurrentCycleProgressNormalized`)
 * - backend/burning-okr/burning-okr-app/src/main/resources/db/migration/V11__6122_AdminConfiguration.sql
 *   (default thresholds −0.2 and −0.4).
 *
 * Assumption: BurningOKR colours the progress bar by status and has no bands on the score
 * itself; okrkit's percent bands (< 40, 40–69, ≥ 70) are used for `grade`.
 * @example scoreProgress(0.456, burningokr).score // 46
 * @example decideStatus({ progress: 0.05, raw: 0.05, expected: 0.5, started: true, kind: 'committed', scoring: burningokr }) // 'off-track'
 */
export const burningokr = /* @__PURE__ */ defineScoringStrategy({
  id: 'burningokr',
  label: 'BurningOKR',
  score: ({ progress }) => Math.round(finiteOrZero(progress) * 100),
  bands: percentBands,
  status: burningOkrStatus,
});
