import type { Objective } from '../model/model.types';
import type { Instant } from '../time/time';

/**
 * The health checks of {@link lintOkrSet}, one stable code each (DOMAIN.md §8).
 * Codes never change meaning; new checks get new codes.
 * @example lintOkrSet(okrSet, { ignore: ['vague-objective' satisfies LintCode] })
 */
export type LintCode =
  | 'objective-without-key-results'
  | 'too-many-objectives'
  | 'too-many-key-results'
  | 'too-few-key-results'
  | 'unranked-objective'
  | 'duplicate-priority'
  | 'orphan-objective'
  | 'alignment-loop'
  | 'dangling-reference'
  | 'key-result-not-measurable'
  | 'task-as-key-result'
  | 'no-recent-check-in'
  | 'vague-objective'
  | 'all-short-term';

/**
 * How much a finding matters. `'error'`: the set is broken (an alignment loop);
 * `'warning'`: a rule of the method is broken; `'info'`: a heuristic or a suggestion
 * that may not apply.
 * @example const blocking = lintOkrSet(okrSet).filter((issue) => issue.severity === ('error' satisfies LintSeverity))
 */
export type LintSeverity = 'error' | 'warning' | 'info';

/**
 * One finding of {@link lintOkrSet}.
 * @example { code: 'too-few-key-results', severity: 'info', objectiveId: 'o1',
 *   message: 'The objective "Significantly increase user activity" has only one key result; aim for 2 to 5.' }
 */
export interface LintIssue {
  code: LintCode;
  severity: LintSeverity;
  /** Plain language, naming the objective or key result by its title. */
  message: string;
  objectiveId?: string;
  keyResultId?: string;
}

/**
 * Options of {@link lintOkrSet}. Every limit has a default that follows common OKR practice.
 * @example { now: new Date(), maxObjectives: 3, topLevelTeamIds: ['board'], ignore: ['all-short-term'] } satisfies LintOptions
 */
export interface LintOptions {
  /** The time to judge check-ins at. Without it, `no-recent-check-in` is not checked (okrkit reads no clock). */
  now?: Instant;
  /** A key result whose last check-in (or, with none, its period's start) is older than this is flagged. @default 14 */
  outdatedAfterDays?: number;
  /** Most objectives one owner should hold in one period. @default 5 */
  maxObjectives?: number;
  /** Most key results one objective should have. @default 5 */
  maxKeyResults?: number;
  /** Fewest key results one objective should have; fewer (but not none) is an info. @default 2 */
  minKeyResults?: number;
  /** Fewest words an objective title should have before it is called vague. @default 3 */
  minTitleWords?: number;
  /** A period longer than this many days holds long-term objectives. @default 100 */
  longTermDays?: number;
  /**
   * Teams whose objectives are top level (the company's, or a board's), so they need not
   * serve anything above them. Objectives with neither `teamId` nor `ownerId` are always
   * company-level. @default []
   */
  topLevelTeamIds?: readonly string[];
  /**
   * Decides which objectives are top level, replacing the rule of `topLevelTeamIds`.
   * @default (objective) => no teamId and no ownerId, or teamId in topLevelTeamIds
   */
  isTopLevel?: (objective: Objective) => boolean;
  /**
   * Who "owns" an objective when counting and ranking objectives per owner and period.
   * @default (objective) => objective.ownerId ?? objective.teamId ?? '' (the company)
   */
  ownerOf?: (objective: Objective) => string;
  /** First words that make a binary key result read like a task (lower case). @default taskVerbs */
  taskVerbs?: readonly string[];
  /** Codes to skip. @default [] */
  ignore?: readonly LintCode[];
}
