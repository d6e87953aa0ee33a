import type { ScoreBand, StatusInput, TrackStatus } from '../scoring.types';
import { defineScoringStrategy, numberFormat, trailingStatus } from '../scoring';
import { finiteOrZero, roundTo } from './preset.utils';

/**
 * Google's traffic-light grades: 0.0–0.3 red, 0.4–0.6 yellow, 0.7–1.0 green. Grades are
 * multiples of 0.1, so each band starts where the previous one's last grade ends.
 * @example bandOf(0.4, google).id // 'yellow'
 */
export const googleBands: readonly ScoreBand[] = [
  { id: 'red', label: 'Red', from: Number.NEGATIVE_INFINITY, tone: 'danger' },
  { id: 'yellow', label: 'Yellow', from: 0.4, tone: 'warning' },
  { id: 'green', label: 'Green', from: 0.7, tone: 'success' },
];

/**
 * The share of the target a Google OKR is expected to reach by the end of its period:
 * 1.0 for committed OKRs, 0.7 for aspirational ones.
 * @example googleExpectedScore.aspirational // 0.7
 */
export const googleExpectedScore = { committed: 1, aspirational: 0.7 } as const;

/**
 * How far below the kind-adjusted expected progress an objective may trail and still be
 * "at risk" rather than "off track". Google documents no in-period status, so this is
 * okrkit's default gap (see the `google` doc comment).
 */
const googleAtRiskGap = 0.2;

/**
 * In-period verdict: progress against the elapsed share scaled by the kind's expected
 * end-of-period score (`expected × 1.0` committed, `expected × 0.7` aspirational).
 * @example googleStatus({ progress: 0.4, rawProgress: 0.4, expected: 0.5, kind: 'aspirational' }) // 'on-track'
 */
export function googleStatus(input: StatusInput): TrackStatus {
  const target = finiteOrZero(input.expected) * googleExpectedScore[input.kind ?? 'committed'];
  return trailingStatus({ ...input, progress: finiteOrZero(input.progress), expected: target }, googleAtRiskGap);
}

/**
 * Google-style grading on a 0.0–1.0 scale.
 *
 * Formula: `score = round(progress, 0.1)` (progress clamped to [0, 1]; 0.65 → 0.7).
 * Bands: red 0.0–0.3, yellow 0.4–0.6, green 0.7–1.0.
 * Status: compares progress with `expected × 1.0` (committed) or `expected × 0.7`
 * (aspirational); on track at or above it, at risk up to 0.2 below, off track beyond.
 *
 * Sources:
 * - Google re:Work, "Set goals with OKRs — Grade OKRs":
 *   https://rework.withgoogle.com/guides/set-goals-with-okrs/steps/grade-OKRs/
 *   (0.0–1.0 scale; an objective's grade is a rough average of its key results; worked
 *   example: "Launch six new features", three launched → 0.5; sweet spot 0.6–0.7).
 * - "Google's OKR Playbook", reprinted with Google's permission on WhatMatters.com
 *   (copy read at https://pt.slideshare.net/ataghavi/whatmatterscom-googles-okr-playbookpdf):
 *   "0.0–0.3 is red, 0.4–0.6 is yellow, 0.7–1.0 is green"; the expected score of a
 *   committed OKR is 1.0, of an aspirational OKR 0.7.
 *
 * Assumption: Google publishes end-of-quarter grades, not an in-quarter status rule; the
 * 0.2 at-risk gap is okrkit's default, applied to the kind-adjusted expectation.
 * @example scoreProgress(0.65, google) // { score: 0.7, band: { id: 'green', … } }
 * @example decideStatus({ progress: 0.4, raw: 0.4, expected: 0.5, started: true, kind: 'committed', scoring: google }) // 'at-risk'
 */
export const google = /* @__PURE__ */ defineScoringStrategy({
  id: 'google',
  label: 'Google (0.0–1.0)',
  score: ({ progress }) => roundTo(Math.min(1, Math.max(0, finiteOrZero(progress))), 1),
  bands: googleBands,
  status: googleStatus,
  format: (score, locale) =>
    numberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(finiteOrZero(score)),
});
