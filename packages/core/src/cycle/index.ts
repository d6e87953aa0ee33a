export * from './cycle.types';
export { tallyVotes } from './cycle-tally.utils';
export { confirmProposals } from './cycle-confirmation.utils';
export type { ConfirmationDecision, ConfirmationOutcome } from './cycle-confirmation.utils';
export { canEditClosed, carryOverObjective } from './cycle-carry-over.utils';
export type { CarryOverPlan } from './cycle-carry-over.utils';
export { validateProposalComment } from './cycle-validation.utils';
