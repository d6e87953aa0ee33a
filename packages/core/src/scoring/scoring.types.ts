import type { ObjectiveKind } from '../model/model.types';

/** The three time-based verdicts a strategy can give while a period is running. */
export type TrackStatus = 'on-track' | 'at-risk' | 'off-track';

/** A visual tone for a score band. Status is never shown by colour alone: bands have labels. */
export type BandTone = 'danger' | 'warning' | 'success' | 'neutral';

/** A named range of scores, e.g. Google's green band from 0.7. */
export interface ScoreBand {
  id: string;
  label: string;
  /** The lowest score in this band (inclusive). Bands are listed from low to high. */
  from: number;
  tone: BandTone;
}

/** What a strategy decides a status from. */
export interface StatusInput {
  /** Progress clamped to [0, 1]. */
  progress: number;
  /** Unclamped progress. */
  rawProgress: number;
  /** Elapsed share of the period in [0, 1] (see `expectedProgress`). */
  expected: number;
  /** @default 'committed' */
  kind: ObjectiveKind;
}

/** What a strategy turns into a score. */
export interface ScoreInput {
  progress: number;
  rawProgress: number;
  kind: ObjectiveKind;
}

/**
 * A replaceable scoring convention: how progress becomes a score, how scores are
 * banded, and how progress against elapsed time becomes a status.
 * Write your own with {@link defineScoringStrategy}.
 */
export interface ScoringStrategy {
  id: string;
  label: string;
  /** The score for a progress, on the strategy's own scale (0–100 for percent, 0.0–1.0 for Google). */
  score(input: ScoreInput): number;
  /** Bands from low to high; `grade` picks the last band whose `from` ≤ score. */
  bands: readonly ScoreBand[];
  /** The verdict while the period runs. 'achieved' and 'not-started' are decided before this is asked. */
  status(input: StatusInput): TrackStatus;
  /** Formats a score for display. */
  format(score: number, locale?: string): string;
}

/** A score with the band it falls in. */
export interface Grade {
  score: number;
  band: ScoreBand;
}
