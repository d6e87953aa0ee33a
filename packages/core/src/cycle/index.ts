export * from './cycle.types';
export { tallyVotes } from './cycle-tally.utils';
export { confirmProposals } from './cycle-confirmation.utils';
export type { ConfirmationDecision, ConfirmationOutcome } from './cycle-confirmation.utils';
