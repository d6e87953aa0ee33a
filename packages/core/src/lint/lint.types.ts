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
 * How a finding names an objective: its title, and its state when it is not active (so a
 * reader knows a draft is meant).
 * @example { title: 'Grow revenue', state: 'draft' } satisfies LintObjectiveName
 */
export interface LintObjectiveName {
  title: string;
  state?: 'draft' | 'proposed' | 'closed';
}

/**
 * How a finding names a key result: its title, and its objective when that is not active.
 * @example { title: 'MAU +20 %' } satisfies LintKeyResultName
 */
export interface LintKeyResultName {
  title: string;
  objective?: LintObjectiveName;
}

/**
 * The values each finding's sentence is built from, by code: what a UI formats in its own
 * language (`@okrkit/react` does, through `OkrLabels.lint`). Numbers are plain numbers,
 * for the UI to format and pluralise; an `owner` of `null` is the company.
 * @example { objective: { title: 'Growth' }, minWords: 3 } satisfies LintParams['vague-objective']
 */
export interface LintParams {
  'alignment-loop': { titles: string[] };
  'dangling-reference': {
    /** Which reference does not resolve. */
    via: 'objective-period' | 'objective-parent' | 'objective-contributes-to' | 'key-result-objective' | 'key-result-contributes-to' | 'check-in-key-result';
    /** The objective's or key result's title, or the check-in's time. */
    name: string;
    /** The objective's state when it is not active (`objective-*` only). */
    state?: LintObjectiveName['state'];
    missingId: string;
  };
  'orphan-objective': { objective: LintObjectiveName };
  'objective-without-key-results': { objective: LintObjectiveName; min: number; max: number };
  'too-few-key-results': { objective: LintObjectiveName; count: number; min: number; max: number };
  'too-many-key-results': { objective: LintObjectiveName; count: number; max: number };
  'vague-objective': { objective: LintObjectiveName; minWords: number };
  'too-many-objectives': { owner: string | null; count: number; period: string; max: number };
  'unranked-objective': { objective: LintObjectiveName; owner: string | null; count: number; period: string };
  'duplicate-priority': { objective: LintObjectiveName; priority: number; other: string };
  'key-result-not-measurable': { keyResult: LintKeyResultName; reason: 'starts-at-target' | 'no-milestones' };
  'task-as-key-result': { keyResult: LintKeyResultName };
  'no-recent-check-in': { keyResult: LintKeyResultName; days: number };
  'all-short-term': { days: number };
}

/**
 * One finding of one code: {@link LintIssue} narrowed by `code`, so `params` has that code's shape.
 * @example const issue: LintIssueOf<'vague-objective'> = { code: 'vague-objective', severity: 'info', message: '…', params: { objective: { title: 'Growth' }, minWords: 3 } }
 */
export interface LintIssueOf<Code extends LintCode> {
  code: Code;
  severity: LintSeverity;
  /** Plain English, naming the objective or key result by its title (a default: UIs format `params` in their language). */
  message: string;
  /** What the message is built from, for a sentence in another language. */
  params: LintParams[Code];
  objectiveId?: string;
  keyResultId?: string;
}

/**
 * One finding of {@link lintOkrSet}: a code, its severity, an English message and the
 * parameters it was built from (switch on `code` and `params` has that code's shape).
 * @example { code: 'too-few-key-results', severity: 'info', objectiveId: 'o1',
 *   message: 'The objective "Significantly increase user activity" has only one key result; aim for 2 to 5.',
 *   params: { objective: { title: 'Significantly increase user activity' }, count: 1, min: 2, max: 5 } }
 */
export type LintIssue = { [Code in LintCode]: LintIssueOf<Code> }[LintCode];

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
