import type { PlanningPhase, PlanningRole, ProposalCommentStance } from '@okrkit/core';
import type { ProvidedOkrLabels } from '../provider/labels';

/**
 * The words of `PlanningBoard`. A section of `OkrLabels` (`labels.planning`), replaced through
 * `OkrProvider` like every other word; kept here so only pages with the meeting ship them.
 */
export interface PlanningBoardLabels {
  /** The board's accessible name, e.g. "Planning: Q2 2026". */
  boardOf: (period: string) => string;
  phases: string;
  phaseNames: Record<PlanningPhase, string>;
  /** "until 10 Mar 2026". */
  deadline: (date: string) => string;
  /** The advance button: "Move on to Screening". */
  advanceTo: (phase: string) => string;
  advanced: (phase: string) => string;
  proposals: string;
  noProposals: string;
  propose: string;
  strategy: string;
  submitProposal: string;
  cancel: string;
  proposed: string;
  /** "Proposed by Eve Adams". */
  proposedBy: (name: string) => string;
  /** "Answers: Grow the user base". */
  answers: (strategy: string) => string;
  comments: (count: string) => string;
  stances: Record<ProposalCommentStance, string>;
  stance: string;
  comment: string;
  addComment: string;
  reply: string;
  replyTo: (name: string) => string;
  postComment: string;
  ballot: string;
  /** How to rank with the keyboard, read as the list's description. */
  rankingHint: string;
  /** The live announcement after a move: "Lead technical innovation: place 1 of 3". */
  movedTo: (title: string, place: string, count: string) => string;
  moveUp: string;
  moveDown: string;
  points: string;
  /** "7 of 10 points spent". */
  pointsSpent: (spent: string, budget: string) => string;
  overBudget: (budget: string) => string;
  saveVote: string;
  voteSaved: string;
  tally: string;
  place: string;
  proposal: string;
  score: string;
  supporters: string;
  firstChoices: string;
  /** Borda count explained: "With 3 proposals a first place earns 3 points, each lower place one fewer; unranked proposals earn none." */
  bordaRule: (count: string) => string;
  pointsRule: (budget: string) => string;
  ballotsCounted: (count: string) => string;
  abstained: string;
  refusedBallots: string;
  /** Why a ballot or a line of it was left out, by issue kind. */
  ballotIssues: Record<'not-a-voter' | 'duplicate-vote' | 'wrong-method' | 'unknown-proposal' | 'repeated-proposal' | 'over-budget' | 'invalid-points', string>;
  /** A tie: "Tied at 5 points: broken by first choices" / "… unresolved: the confirmer decides". */
  tieBroken: (score: string) => string;
  tieUnresolved: (score: string) => string;
  noTies: string;
  decision: string;
  reject: string;
  rejectionReason: string;
  overrideOrder: string;
  overrideReason: string;
  confirm: string;
  confirmed: string;
  /** The decision as stored: "Confirmed by Dana Lee". */
  confirmedBy: (name: string) => string;
  rejected: string;
  /** Why a control is not there for this person. */
  notInRole: Record<PlanningRole, string>;
  /** "Voting happens in Screening or Preliminary presentation; the cycle is in Proposal." */
  wrongPhase: (phases: string, current: string) => string;
  phaseEnded: (phase: string, date: string) => string;
  required: string;
  saving: string;
  saveFailed: string;
  loading: string;
  noCycle: string;
  announcement: string;
  /** The announcement's title before the period's name: "OKRs: Q2 2026". */
  announcementHeading: string;
  company: string;
  departments: string;
  personal: string;
  serves: string;
  aspirational: string;
  none: string;
  copyMarkdown: string;
  copyHtml: string;
  copyChat: string;
  copied: string;
  copyFailed: string;
}

/** okrkit's English words for {@link PlanningBoardLabels}. */
export const defaultPlanningBoardLabels: PlanningBoardLabels = {
  boardOf: (period) => `Planning: ${period}`,
  phases: 'Phases',
  phaseNames: {
    proposal: 'Proposal',
    screening: 'Screening',
    'preliminary-presentation': 'Preliminary presentation',
    confirmation: 'Confirmation',
    alignment: 'Alignment',
    'personal-okrs': 'Personal OKRs',
    announcement: 'Announcement',
  },
  deadline: (date) => `until ${date}`,
  advanceTo: (phase) => `Move on to ${phase}`,
  advanced: (phase) => `The cycle is now in ${phase}.`,
  proposals: 'Proposals',
  noProposals: 'No proposals yet.',
  propose: 'Propose an objective',
  strategy: 'Strategy it answers',
  submitProposal: 'Submit proposal',
  cancel: 'Cancel',
  proposed: 'Proposal submitted.',
  proposedBy: (name) => `Proposed by ${name}`,
  answers: (strategy) => `Answers: ${strategy}`,
  comments: (count) => `Discussion (${count})`,
  stances: { for: 'For', against: 'Against', question: 'Question' },
  stance: 'Stance',
  comment: 'Comment',
  addComment: 'Add a comment',
  reply: 'Reply',
  replyTo: (name) => `Reply to ${name}`,
  postComment: 'Post',
  ballot: 'Your vote',
  rankingHint: 'Best first. Drag a row, or focus it and press Alt+Up or Alt+Down to move it.',
  movedTo: (title, place, count) => `${title}: place ${place} of ${count}`,
  moveUp: 'Move up',
  moveDown: 'Move down',
  points: 'Points',
  pointsSpent: (spent, budget) => `${spent} of ${budget} points spent`,
  overBudget: (budget) => `At most ${budget} points in all.`,
  saveVote: 'Save my vote',
  voteSaved: 'Your vote is saved. Voting again replaces it.',
  tally: 'Tally',
  place: 'Place',
  proposal: 'Proposal',
  score: 'Score',
  supporters: 'Supporters',
  firstChoices: 'First choices',
  bordaRule: (count) => `Borda count: with ${count} proposals a first place earns ${count} points, each lower place one fewer; unranked proposals earn none.`,
  pointsRule: (budget) => `Points: each voter spreads at most ${budget} points; a proposal's score is the sum.`,
  ballotsCounted: (count) => `Ballots counted: ${count}`,
  abstained: 'Did not vote',
  refusedBallots: 'Left out of the count',
  ballotIssues: {
    'not-a-voter': 'not a voter of this cycle',
    'duplicate-vote': 'a second vote',
    'wrong-method': 'the wrong kind of ballot',
    'unknown-proposal': 'named a proposal not in this cycle',
    'repeated-proposal': 'named a proposal twice',
    'over-budget': 'spent more points than the budget',
    'invalid-points': 'gave an invalid number of points',
  },
  tieBroken: (score) => `Tied at ${score}: broken by first choices.`,
  tieUnresolved: (score) => `Tied at ${score}: unresolved, the confirmer decides.`,
  noTies: 'No ties.',
  decision: 'Decision',
  reject: 'Reject',
  rejectionReason: 'Reason for rejecting',
  overrideOrder: 'Confirm in a different order',
  overrideReason: 'Why the order differs from the tally',
  confirm: 'Confirm',
  confirmed: 'Confirmed. The objectives are active in this order.',
  confirmedBy: (name) => `Confirmed by ${name}`,
  rejected: 'Rejected',
  notInRole: {
    proposer: 'Only proposers of this cycle can propose.',
    voter: 'Only the voters of this cycle can vote.',
    confirmer: 'Only the confirmer of this cycle can do this.',
  },
  wrongPhase: (phases, current) => `This happens in ${phases}; the cycle is in ${current}.`,
  phaseEnded: (phase, date) => `The ${phase} phase ended on ${date}.`,
  required: 'Required',
  saving: 'Saving…',
  saveFailed: 'Not saved. What you entered is kept: try again.',
  loading: 'Loading the planning cycle…',
  noCycle: 'This planning cycle does not exist.',
  announcement: 'Announcement preview',
  announcementHeading: 'OKRs',
  company: 'Company',
  departments: 'Departments',
  personal: 'Personal',
  serves: 'serves',
  aspirational: 'aspirational',
  none: 'None.',
  copyMarkdown: 'Copy Markdown',
  copyHtml: 'Copy HTML',
  copyChat: 'Copy chat text',
  copied: 'Copied.',
  copyFailed: 'Could not copy: select the preview and copy it.',
};

/**
 * The board's words: okrkit's defaults, then the provider's `labels.planning`, then the widget's own.
 * @example const labels = resolvePlanningBoardLabels(useOkrContext().labels, props.labels);
 */
export function resolvePlanningBoardLabels(fromProvider: ProvidedOkrLabels, own?: Partial<PlanningBoardLabels>): PlanningBoardLabels {
  const provided = fromProvider.planning;
  if (!provided && !own) return defaultPlanningBoardLabels;
  return { ...defaultPlanningBoardLabels, ...provided, ...own };
}
