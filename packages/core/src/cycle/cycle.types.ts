/**
 * The OKR planning cycle (DOMAIN.md §4–§5): the quarterly meeting where employees propose
 * objectives, management discusses and votes to rank them, and the confirmer (the CEO or a
 * named person) decides. Plain, serialisable records like the rest of the model.
 *
 * There is deliberately no per-person rating here or anywhere in okrkit: OKRs are not a
 * performance-appraisal tool (DOMAIN.md §6). Votes rank proposals, never people.
 */
import type { IsoDate, IsoDateTime } from '../model/model.types';

/** The seven steps of an OKR meeting (DOMAIN.md §5), in order, as named phases. */
export const PLANNING_PHASES = [
  'proposal',
  'screening',
  'preliminary-presentation',
  'confirmation',
  'alignment',
  'personal-okrs',
  'announcement',
] as const;

/** One of the seven phases of a planning cycle. */
export type PlanningPhase = (typeof PLANNING_PHASES)[number];

/** A phase with its optional deadline. */
export interface PlanningPhaseSchedule {
  phase: PlanningPhase;
  /** Last day of the phase, inclusive. */
  deadline?: IsoDate;
}

/** What a participant may do: propose objectives, discuss and vote (management), confirm (CEO). */
export type PlanningRole = 'proposer' | 'voter' | 'confirmer';

/** A person taking part in a cycle with their roles. */
export interface PlanningParticipant {
  personId: string;
  roles: PlanningRole[];
}

/** How votes are cast: a full ranking (Borda count) or a fixed budget of points spread over proposals. */
export type VotingMethod =
  | { kind: 'ranking' }
  | { kind: 'points'; /** Points each voter may spread. */ budget: number };

/**
 * A planning cycle for one period.
 * @example { id: 'plan-q2', periodId: 'q2-2026', phase: 'proposal', phases: [{ phase: 'proposal', deadline: '2026-03-10' }], participants: [{ personId: 'ceo', roles: ['confirmer'] }], votingMethod: { kind: 'ranking' } }
 */
export interface PlanningCycle {
  id: string;
  periodId: string;
  /** The phase the cycle is in now. */
  phase: PlanningPhase;
  /** Deadlines per phase; phases not listed have none. */
  phases: PlanningPhaseSchedule[];
  participants: PlanningParticipant[];
  votingMethod: VotingMethod;
  /** The confirmer's decision, once made: kept with its override reason and rejection reasons. */
  decision?: CycleDecision;
  /** Every time the cycle went back to an earlier phase, with the reason (phases only move forward otherwise). */
  reopenings?: PhaseReopening[];
}

/** A proposal the confirmer rejected, and why (kept on the cycle; the proposer's objective is untouched but for its state). */
export interface ProposalRejection {
  proposalId: string;
  reason: string;
}

/**
 * What the confirmer decided, stored on the cycle: the order proposals were activated in, the
 * tallied order it was compared with, the reason when it differs, and the rejections.
 */
export interface CycleDecision {
  confirmerId: string;
  /** Confirmed proposal ids, best first (their objectives got priorities 1, 2, …). */
  order: string[];
  /** The tally's order at the time of the decision. */
  talliedOrder: string[];
  /** Why `order` differs from `talliedOrder`; required when it does. */
  overrideReason?: string;
  rejections: ProposalRejection[];
  decidedAt?: IsoDateTime;
}

/** A step back to an earlier phase, with who and why. */
export interface PhaseReopening {
  from: PlanningPhase;
  to: PlanningPhase;
  reason: string;
  byId?: string;
  at?: IsoDateTime;
}

/**
 * A proposal: an objective in state `proposed`, who proposed it and the strategy it answers.
 * The objective itself is an ordinary `Objective` record; the proposal points at it.
 */
export interface Proposal {
  id: string;
  cycleId: string;
  objectiveId: string;
  proposerId: string;
  /** The strategy or company goal the proposal answers. */
  strategy: string;
  createdAt?: IsoDateTime;
}

/** The stance of a comment in the discussion. */
export type ProposalCommentStance = 'for' | 'against' | 'question';

/** A comment on a proposal; a reply names its parent comment (one level of threading). */
export interface ProposalComment {
  id: string;
  proposalId: string;
  authorId: string;
  stance: ProposalCommentStance;
  text: string;
  /** The top-level comment this one replies to. Replies to replies are refused. */
  replyToId?: string;
  createdAt?: IsoDateTime;
}

/** A ballot: an ordered ranking (first is best) or points per proposal. */
export type Ballot =
  | { kind: 'ranking'; /** Proposal ids, best first; proposals left out are unranked. */ ranking: string[] }
  | { kind: 'points'; /** Points per proposal id. */ points: Record<string, number> };

/** One voter's vote in a cycle. */
export interface Vote {
  id: string;
  cycleId: string;
  voterId: string;
  ballot: Ballot;
  castAt?: IsoDateTime;
}

/** Why a ballot was not counted, or counted only in part. */
export type BallotIssue =
  | { kind: 'abstained'; voterId: string }
  | { kind: 'not-a-voter'; voterId: string }
  | { kind: 'duplicate-vote'; voterId: string; voteId: string }
  | { kind: 'wrong-method'; voterId: string; voteId: string }
  | { kind: 'unknown-proposal'; voterId: string; voteId: string; proposalId: string }
  | { kind: 'repeated-proposal'; voterId: string; voteId: string; proposalId: string }
  | { kind: 'over-budget'; voterId: string; voteId: string; spent: number; budget: number }
  | { kind: 'invalid-points'; voterId: string; voteId: string; proposalId: string };

/** One proposal's line in the tally. */
export interface TallyEntry {
  proposalId: string;
  /** 1-based place; tied proposals share a place. */
  place: number;
  score: number;
  /** How many counted ballots gave it a rank or any points. */
  supporters: number;
  /** How many counted ballots ranked it first (or gave it their most points). */
  firstChoices: number;
}

/** A group of proposals with the same score and how the tie was broken (or not). */
export interface TallyTie {
  proposalIds: string[];
  score: number;
  resolvedBy: 'first-choices' | 'unresolved';
}

/** The structured explanation of a tally. */
export interface TallyExplanation {
  method: VotingMethod['kind'];
  /** Borda: n points for a first place down to 1 for the n-th; points: the sum of points. */
  rule: string;
  ballotsCounted: number;
  issues: BallotIssue[];
  ties: TallyTie[];
}

/** The tally: the proposed priority order (best first) and its explanation. */
export interface TallyResult {
  entries: TallyEntry[];
  /** Proposal ids in proposed priority order. */
  order: string[];
  explanation: TallyExplanation;
}

/** How an objective ended its period. */
export type ClosingResult = 'achieved' | 'missed' | 'postponed' | 'carried-over';

/** The closing results, in the order a form offers them. */
export const CLOSING_RESULTS: readonly ClosingResult[] = ['achieved', 'missed', 'postponed', 'carried-over'];

/**
 * One key result's final grade: what the scoring strategy suggested from its final reading,
 * and the grade the owner settled on (the same, or adjusted with a reason).
 */
export interface KeyResultFinalGrade {
  keyResultId: string;
  /** The grade the strategy gives the KR's final progress, on the strategy's scale. */
  suggestedGrade: number;
  /** The grade that stands; differs from `suggestedGrade` only with an `adjustmentReason`. */
  grade: number;
  adjustmentReason?: string;
}

/** The retrospective of one objective: what was met, what was missed and why, and the lessons for the next cycle. */
export interface Retrospective {
  met: string;
  missed: string;
  lessons: string;
}

/**
 * The close-out of one objective at the end of its period: final grades per KR, the closing
 * result and the retrospective. Written in one batch with the objective's move to `closed`;
 * read-only while the objective stays closed. Grades are about objectives, never people.
 * @example { id: 'close-o1', objectiveId: 'o1', result: 'missed', grade: 0.55, scoringStrategyId: 'google', keyResults: [{ keyResultId: 'k1', suggestedGrade: 0.6, grade: 0.5, adjustmentReason: 'Counted a duplicated export' }], retrospective: { met: 'Usage time', missed: 'MAU: launch slipped', lessons: 'Launch earlier in the quarter' } }
 */
export interface CloseOut {
  id: string;
  objectiveId: string;
  result: ClosingResult;
  keyResults: KeyResultFinalGrade[];
  /** The objective's final grade: the KRs' grades weighted like its progress. */
  grade: number;
  /** The id of the scoring strategy the grades are on (`google`, `percent`, …). */
  scoringStrategyId: string;
  retrospective: Retrospective;
  /** The continuation in the next period, when the result is `carried-over`. */
  carriedOverToId?: string;
  closedById?: string;
  closedAt?: IsoDateTime;
}

/** The record kinds of the planning cycle, kept beside the OKR records on the same storage. */
export type CycleRecordKind = 'planningCycle' | 'proposal' | 'proposalComment' | 'vote' | 'closeOut';

/** The cycle's record kinds, in the order they depend on each other. */
export const CYCLE_RECORD_KINDS: readonly CycleRecordKind[] = ['planningCycle', 'proposal', 'proposalComment', 'vote', 'closeOut'];
