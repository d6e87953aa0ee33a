/**
 * The okrkit data model: plain, serialisable records. This is what hosts persist;
 * every function in `@okrkit/core` reads these shapes and never mutates them.
 *
 * Dates are calendar dates (`'YYYY-MM-DD'`) and instants are ISO 8601 date-times.
 */

/** A calendar date, `'YYYY-MM-DD'`. */
export type IsoDate = string;
/** An ISO 8601 date-time, e.g. `'2026-03-02T09:30:00Z'`. */
export type IsoDateTime = string;

/**
 * A span of time that objectives belong to. Periods nest: a year holds quarters.
 * @example { id: 'q1-2026', name: 'Q1 2026', start: '2026-01-01', end: '2026-03-31', parentId: 'fy-2026' }
 */
export interface Period {
  id: string;
  name: string;
  /** First day of the period. */
  start: IsoDate;
  /** Last day of the period, inclusive. */
  end: IsoDate;
  /** The enclosing period, e.g. the year that holds a quarter. */
  parentId?: string;
}

/** How an objective is meant to be graded: committed ones are expected to reach 1.0, aspirational ones ~0.7. */
export type ObjectiveKind = 'committed' | 'aspirational';

/** Lifecycle of an objective: draft → proposed → active → closed (graded, with a retrospective). */
export type ObjectiveState = 'draft' | 'proposed' | 'active' | 'closed';

/** A qualitative statement of what we want to achieve in a period. */
export interface Objective {
  id: string;
  title: string;
  description?: string;
  periodId: string;
  ownerId?: string;
  teamId?: string;
  /** The higher objective this one serves (its primary alignment). */
  parentId?: string;
  /** Further objectives this one contributes to across teams (secondary alignment). */
  contributesTo?: string[];
  /** How much this objective counts when rolled up into its parent. @default 1 */
  weight?: number;
  /** Rank within its owner's objectives for the period; 1 is first. */
  priority?: number;
  /** @default 'committed' */
  kind?: ObjectiveKind;
  /** @default 'active' */
  state?: ObjectiveState;
  /** The retrospective written when the objective is closed. */
  retrospective?: string;
}

/**
 * The unit of a numeric metric. Money and percentages are units, not special cases.
 *
 * A custom unit's `label` is written after every amount the locale does not treat as "one"
 * (`Intl.PluralRules`: 0, 2, 1.5 in English), and `labelOne`, when given, after the amounts
 * it does ("1 patent"; in Russian also 21, 31…). Without `labelOne` the label is kept as
 * written for every amount: okrkit never guesses a singular ("news", "status", "min" would
 * come out wrong), and a symbol such as "/5" or "h" has none.
 * @example { kind: 'currency', currency: 'EUR' }
 * @example { kind: 'custom', label: 'patents', labelOne: 'patent' }
 */
export type MetricUnit =
  | { kind: 'count' }
  | { kind: 'percent' }
  | { kind: 'currency'; currency: string }
  | {
      kind: 'custom';
      /** The unit after most amounts, usually the plural: "patents", or a symbol: "/5", "h". */
      label: string;
      /** The unit after an amount of one ("1 patent"), in the locale's sense of one. @default label */
      labelOne?: string;
    };

/** A metric that moves from a baseline towards a target, upwards or downwards. */
export interface NumericMetric {
  kind: 'numeric';
  direction: 'increase' | 'decrease';
  /** The baseline. */
  start: number;
  target: number;
  current: number;
  unit?: MetricUnit;
}

/** Done or not done (e.g. "launch the new product"). */
export interface BinaryMetric {
  kind: 'binary';
  done: boolean;
}

/** One step of a milestones metric. */
export interface Milestone {
  title: string;
  done: boolean;
  /** How much this milestone counts. @default 1 */
  weight?: number;
}

/** A list of milestones; progress is the weighted share that is done. */
export interface MilestonesMetric {
  kind: 'milestones';
  milestones: Milestone[];
}

/**
 * A value that must stay on one side of a threshold (e.g. "churn stays below 3 %").
 * `bound: 'above'` means the value must stay above the threshold.
 */
export interface GuardrailMetric {
  kind: 'guardrail';
  bound: 'above' | 'below';
  threshold: number;
  current: number;
  /** Whether sitting exactly on the threshold is still inside. @default true */
  inclusive?: boolean;
  unit?: MetricUnit;
}

/** A value that must stay inside a band (e.g. "uptime between 99.5 % and 100 %"). */
export interface GuardrailRangeMetric {
  kind: 'guardrail-range';
  min: number;
  max: number;
  current: number;
  /** Whether the bounds themselves are inside the band. @default true */
  inclusive?: boolean;
  unit?: MetricUnit;
}

export type Metric =
  | NumericMetric
  | BinaryMetric
  | MilestonesMetric
  | GuardrailMetric
  | GuardrailRangeMetric;

export type MetricKind = Metric['kind'];

/** A quantitative statement of how we know an objective is met. */
export interface KeyResult {
  id: string;
  objectiveId: string;
  title: string;
  metric: Metric;
  /** How much this KR counts in its objective's score. @default 1 */
  weight?: number;
  ownerId?: string;
  /** A higher objective this KR serves, when a KR (not its objective) carries the alignment. */
  contributesTo?: string[];
  /** Where it stands among its objective's KRs (1 first; a whole number up to 1,000,000); unset ones follow, in insertion order. */
  position?: number;
}

/**
 * A recorded update of a key result. `value` is the metric's new reading: a number for
 * numeric and guardrail metrics, 1/0 for binary, the number of milestones done for milestones.
 */
export interface CheckIn {
  id: string;
  keyResultId: string;
  at: IsoDateTime;
  value: number;
  /** How likely the KR is to be met, 0..1. */
  confidence?: number;
  note?: string;
  authorId?: string;
}

/** Everything okrkit knows about a set of OKRs. */
export interface OkrSet {
  periods: Period[];
  objectives: Objective[];
  keyResults: KeyResult[];
  checkIns: CheckIn[];
}

/** The status of an objective or KR against the time elapsed in its period. */
export type Status = 'not-started' | 'on-track' | 'at-risk' | 'off-track' | 'achieved';
