/**
 * `@okrkit/core/cycle`: the OKR planning cycle (DOMAIN.md §4–§6) — the meeting's records and
 * rules, its store, the announcement and the period review. A subpath of its own, so pages
 * without the meeting do not carry it. The record types are also exported (types only) from
 * `@okrkit/core`, since they are kinds of the storage contract.
 */
export * from './cycle.types';
export { tallyVotes } from './cycle-tally.utils';
export { confirmProposals } from './cycle-confirmation.utils';
export type { ConfirmationDecision, ConfirmationOutcome } from './cycle-confirmation.utils';
export { canEditClosed, carryOverObjective } from './cycle-carry-over.utils';
export type { CarryOverPlan } from './cycle-carry-over.utils';
export { validateProposalComment } from './cycle-validation.utils';
export { validateCycleRecord } from './cycle-records.validation';
export { suggestFinalGrades, weightedGrade, type FinalGradeSuggestion } from './cycle-close-out.utils';
export { cascadeLevelOf, cascadeObjective, type CascadeLevel, type CascadeTarget, type ObjectiveFinder } from './cycle-cascade.utils';
export { PHASES_OF_ACTION, hasRole, isForward, nextPhase, phaseAllows, roleAllows, type PlanningAction } from './cycle-phase.utils';
export { CYCLE_REFUSAL_CODES, CycleRuleError, cycleRefusalOf, type CycleRefusal, type CycleRefusalCode } from './cycle-refusal';
export { closeOutIdOf, voteIdOf } from './cycle-ids';
export { createCycleStore } from './cycle-store';
export type * from './cycle-store.types';
export { ANNOUNCEMENT_LABELS, announcementOf, announcementToHtml, announcementToMarkdown, announcementToPlainText, type AnnouncedObjective, type Announcement, type AnnouncementGroup, type AnnouncementLabels, type AnnouncementOptions } from './cycle-announcement';
export { PERIOD_REVIEW_MARKDOWN_LABELS, periodReview, periodReviewToCsv, periodReviewToMarkdown, type PeriodReview, type PeriodReviewMarkdownLabels, type ReviewGroup, type ReviewedObjective } from './cycle-review';
export { aspirationalSweetSpot, periodCompletion, scopePeriodReview, type PeriodCompletion, type PeriodReviewScope } from './cycle-review-scope.utils';
