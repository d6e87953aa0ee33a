export type * from './model/model.types';
export type * from './explain/explain.types';
export { roundContributions, type RoundedContributions } from './explain/round-contributions';
export type * from './scoring/scoring.types';

export { buildOkrIndex, okrIndex, compareCheckIns, type OkrIndex } from './indexing/okr-index';
export { expectedProgress, toEpochMs, startOfDateMs, daysBetween, type Instant } from './time/time';
export {
  cleanFraction,
  metricProgress,
  keyResultProgress,
  objectiveProgress,
  type ObjectiveProgressOptions,
} from './progress/progress';
export {
  defineScoringStrategy,
  grade,
  scoreProgress,
  bandOf,
  trailingStatus,
  percentBands,
  type ScoringStrategyDefinition,
} from './scoring/scoring';
export { scoringPresets } from './scoring/presets/index';
/** The default strategy (`scoringPresets.percent`), importable alone so a bundle need not carry every preset. */
export { percent as percentScoring } from './scoring/presets/index';
export {
  assessObjective,
  assessOkrSet,
  decideStatus,
  isKeyResultOutdated,
  keyResultStatus,
  lastCheckInAt,
  objectiveStatus,
  type ObjectiveAssessment,
  type StatusOptions,
} from './status/status';
export {
  keyResultConfidence,
  netConfidenceScore,
  type ConfidenceTrend,
  type KeyResultConfidence,
} from './confidence/confidence';
export * from './validation/index';
export * from './lint/index';
export type * from './store/adapter.types';
export {
  ConflictError,
  ForbiddenError,
  NotFoundError,
  OkrStorageError,
  ReadOnlyError,
  UnavailableError,
  ValidationFailedError,
  toStorageError,
  type StorageErrorCode,
} from './store/errors';
export { applyToRecordMap, assertCondition, assertExpectedVersion, filterByQuery, stageChanges, type StagedChanges } from './store/versioned-records';
export { isReferencedKind, isTombstone, referencesOf, type RecordReference, type Tombstone } from './store/record-references';
export {
  assertIntegrity,
  checkIntegrity,
  checkIntegritySync,
  integrityChecks,
  mapReader,
  type AsyncIntegrityReader,
  type IntegrityAnswer,
  type IntegrityRead,
  type IntegrityReader,
  type IntegrityRun,
} from './store/referential-integrity';
export { conflictRetryAttempts, conflictRetryDelay, DEFAULT_CONFLICT_RETRY, type ConflictRetryOptions } from './store/conflict-retry';
export { createOkrStore } from './store/store';
export { sameRecordValue } from './store/same-record';
export { currentMetricFromLog, latestCheckIn, type MetricFromLog } from './store/check-in-log';
export { objectiveDependants, restorableRecords, type ObjectiveDependants } from './store/objective-dependants';
export type * from './store/store.types';
export * from './weekly-report/index';
// The cycle's rules and store are in `@okrkit/core/cycle`; its record types are kinds of the storage contract.
export type * from './cycle/cycle.types';
export * from './draft-session/index';
export * from './authorization/index';
export * from './templates/index';
export * from './alignment/index';
export * from './summary/index';
export * from './history/index';
