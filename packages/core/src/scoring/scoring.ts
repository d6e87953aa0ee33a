import { clampRaw } from '../progress/progress.utils';
import type { Grade, ScoreBand, ScoringStrategy, StatusInput, TrackStatus, ScoreInput } from './scoring.types';

/** What {@link defineScoringStrategy} needs; everything else has a default. */
export interface ScoringStrategyDefinition {
  id: string;
  label?: string;
  /** @default progress × 100 (percent) */
  score?: (input: ScoreInput) => number;
  /** @default the percent bands */
  bands?: readonly ScoreBand[];
  /** @default on track when progress ≥ expected, at risk within 0.2 below, off track beyond */
  status?: (input: StatusInput) => TrackStatus;
  /** @default the score as a whole percentage in the locale (72 → "72 %") */
  format?: (score: number, locale?: string) => string;
}

/** The bands used by the percent preset and by default: below 40 %, 40–69 %, 70 % and above. */
export const percentBands: readonly ScoreBand[] = [
  { id: 'low', label: 'Low', from: Number.NEGATIVE_INFINITY, tone: 'danger' },
  { id: 'medium', label: 'Medium', from: 40, tone: 'warning' },
  { id: 'high', label: 'High', from: 70, tone: 'success' },
];

/**
 * The default verdict: on track when progress is at least the expected (elapsed) share,
 * at risk when it trails by at most `atRiskGap`, off track beyond.
 * @example trailingStatus({ progress: 0.4, expected: 0.5, rawProgress: 0.4, kind: 'committed' }) // 'at-risk'
 */
export function trailingStatus(input: StatusInput, atRiskGap = 0.2): TrackStatus {
  const gap = finiteOrZero(input.expected) - finiteOrZero(input.progress);
  if (gap <= 1e-9) return 'on-track';
  return gap <= atRiskGap + 1e-9 ? 'at-risk' : 'off-track';
}

/** NaN and ±Infinity become 0: no score or status is ever computed from a non-number. */
export function finiteOrZero(value: number): number {
  return Number.isFinite(value) ? value : 0;
}

/**
 * Formats a 0–100 score as a whole percentage in the locale.
 * @example formatPercentScore(72, 'de-DE') // '72 %'
 */
export function formatPercentScore(score: number, locale?: string): string {
  return numberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }).format(finiteOrZero(score) / 100);
}

const numberFormats = new Map<string, Intl.NumberFormat>();
/** A cached `Intl.NumberFormat`; formatting is the hot path of every progress bar. */
export function numberFormat(locale: string | undefined, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${locale ?? ''}|${JSON.stringify(options)}`;
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale, options);
    numberFormats.set(key, format);
  }
  return format;
}

/**
 * Builds a complete {@link ScoringStrategy} from the parts you care about.
 * @example
 * // "Behind" means more than 10 points under the elapsed share; scores are 0–10.
 * const tenPoint = defineScoringStrategy({
 *   id: 'ten-point',
 *   score: ({ progress }) => Math.round(progress * 10),
 *   bands: [
 *     { id: 'low', label: 'Low', from: -Infinity, tone: 'danger' },
 *     { id: 'ok', label: 'OK', from: 5, tone: 'warning' },
 *     { id: 'great', label: 'Great', from: 8, tone: 'success' },
 *   ],
 *   status: (input) => trailingStatus(input, 0.1),
 * });
 */
export function defineScoringStrategy(definition: ScoringStrategyDefinition): ScoringStrategy {
  return {
    id: definition.id,
    label: definition.label ?? definition.id,
    score: definition.score ?? (({ progress }) => progress * 100),
    bands: definition.bands ?? percentBands,
    status: definition.status ?? ((input) => trailingStatus(input)),
    format: definition.format ?? formatPercentScore,
  };
}

/**
 * Grades a score that is already on the strategy's scale: the score with its band.
 * @example grade(0.7, scoringPresets.google) // { score: 0.7, band: { id: 'green', label: 'Green', … } }
 */
export function grade(score: number, strategy: ScoringStrategy): Grade {
  const safe = Number.isFinite(score) ? score : 0;
  return { score: safe, band: bandOf(safe, strategy) };
}

/**
 * Scores a progress (a fraction, typically in [0, 1]) under a strategy and grades it.
 * @example scoreProgress(0.72, scoringPresets.google) // { score: 0.7, band: { id: 'green', … } }
 * @example scoreProgress(0.72, scoringPresets.percent) // { score: 72, band: { id: 'high', … } }
 */
export function scoreProgress(
  progress: number,
  strategy: ScoringStrategy,
  kind: ScoreInput['kind'] = 'committed',
): Grade {
  // Capped like every raw progress okrkit computes, so a strategy that scales it (×100) stays finite.
  const raw = clampRaw(progress);
  const clamped = Math.min(1, Math.max(0, raw));
  return grade(strategy.score({ progress: clamped, rawProgress: raw, kind }), strategy);
}

/** The band a score falls in under a strategy (the last band whose `from` ≤ score). */
export function bandOf(score: number, strategy: ScoringStrategy): ScoreBand {
  const bands = strategy.bands;
  let found = bands[0];
  for (const band of bands) {
    if (score >= band.from - 1e-9) found = band;
  }
  if (!found) throw new Error(`scoring strategy "${strategy.id}" has no bands`);
  return found;
}
