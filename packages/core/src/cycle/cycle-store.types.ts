import type { KeyResult, Objective } from '../model/model.types';
import type { ScoringStrategy } from '../scoring/scoring.types';
import type { StorageAdapter } from '../store/adapter.types';
import type { OkrStorageError } from '../store/errors';
import type { LoadIssue, OkrStore, StoreStatus } from '../store/store.types';
import type { CascadeTarget } from './cycle-cascade.utils';
import type {
  Ballot,
  ClosingResult,
  CloseOut,
  CycleRecordKind,
  PlanningCycle,
  PlanningPhase,
  Proposal,
  ProposalComment,
  ProposalCommentStance,
  ProposalRejection,
  Retrospective,
  TallyResult,
  Vote,
} from './cycle.types';

/** Options of `createCycleStore`. */
export interface CycleStoreOptions {
  /** The same adapter as the OKR store's: the cycle's records are kinds beside the OKR records. */
  adapter: StorageAdapter;
  /** The page's OKR store: proposals, confirmations, cascades and close-outs write objectives through it, in the same batch. */
  okrStore: OkrStore;
  /** Stamps comments, votes, decisions and close-outs, and decides deadlines. @default () => new Date() */
  now?: () => Date;
  /** Ids of new records. Votes and close-outs have derived ids (one per voter per cycle, one per objective). @default crypto.randomUUID() */
  generateId?: (kind: CycleRecordKind | 'objective' | 'keyResult') => string;
  /** The strategy close-outs suggest grades with. @default scoringPresets.google */
  scoring?: ScoringStrategy;
}

/** The cycle's records as the store holds them, in insertion order. */
export interface CycleRecords {
  planningCycles: PlanningCycle[];
  proposals: Proposal[];
  proposalComments: ProposalComment[];
  votes: Vote[];
  closeOuts: CloseOut[];
}

/** What the cycle store holds at a moment. Immutable; a new snapshot on every change. */
export interface CycleStoreSnapshot {
  readonly status: StoreStatus;
  readonly records: CycleRecords;
  /** The version storage holds for each record, keyed `${kind}:${id}`. */
  readonly versions: ReadonlyMap<string, number>;
  /** Records left out at load because they failed validation. */
  readonly loadIssues: readonly LoadIssue[];
  readonly error: OkrStorageError | null;
}

/** What `createCycle` needs. */
export interface PlanningCycleInput extends Omit<PlanningCycle, 'id' | 'phase' | 'decision' | 'reopenings'> {
  id?: string;
  /** @default 'proposal' */
  phase?: PlanningPhase;
}

/** A proposal: the objective as the proposer wrote it, who proposes it and the strategy it answers. */
export interface ProposeInput {
  cycleId: string;
  proposerId: string;
  strategy: string;
  /** The objective (its period is the cycle's); stored in state `proposed` with the proposer as owner unless given. */
  objective: Omit<Objective, 'id' | 'periodId' | 'state'> & { id?: string };
  /** Its key results, if the proposer drafted some. */
  keyResults?: ReadonlyArray<Omit<KeyResult, 'id' | 'objectiveId'> & { id?: string }>;
}

/** A comment in the discussion of a proposal. */
export interface CommentInput {
  proposalId: string;
  authorId: string;
  stance: ProposalCommentStance;
  text: string;
  /** The top-level comment this one answers (one level of threading). */
  replyToId?: string;
}

/** The confirmer's decision, as `confirm` takes it: the tallied order is the store's own tally. */
export interface ConfirmInput {
  confirmerId: string;
  /** Proposal ids to activate, best first. @default the tallied order minus the rejected */
  order?: string[];
  overrideReason?: string;
  rejections?: ProposalRejection[];
}

/** One objective's close-out, as the owner settles it. */
export interface CloseOutInput {
  objectiveId: string;
  result: ClosingResult;
  retrospective: Retrospective;
  /** Grades that differ from the strategy's suggestion, each with its reason, by key-result id. */
  adjustments?: Readonly<Record<string, { grade: number; reason: string }>>;
  closedById?: string;
  /**
   * With result `carried-over`: continue the objective in `nextPeriodId` with the listed key
   * results (baselines at their final values, check-ins not copied), in the same batch.
   */
  carryOver?: { nextPeriodId: string; keyResultIds: readonly string[] };
}

/** What a close-out batch wrote. */
export interface ClosedObjective {
  objective: Objective;
  closeOut: CloseOut;
  /** The continuation, when carried over. */
  carriedOver?: { objective: Objective; keyResults: KeyResult[] };
}

/**
 * The planning cycle's store: the meeting's records (cycles, proposals, comments, votes,
 * close-outs) beside the OKR store, and the commands of the cycle. Every command checks the
 * cycle's rules (phase, deadline, role) and the records' shapes first, rejecting with a
 * `ValidationFailedError` whose errors have paths; a write that touches objectives goes to
 * storage in ONE batch with the cycle's records, through `okrStore.applyBatch`. On any
 * refusal both stores stay as they were.
 */
export interface CycleStore {
  /**
   * The strategy this store suggests final grades with and checks adjustments against (the
   * `scoring` option, `scoringPresets.google` by default). Read-only: widgets that show or
   * take close-out grades (`CloseOutDialog`, `PeriodReview`) read it, so what they suggest and
   * format is what the store writes.
   */
  readonly scoring: ScoringStrategy;
  getSnapshot(): CycleStoreSnapshot;
  subscribe(listener: () => void): () => void;
  /** Loads every record of the cycle kinds (`load({ kinds: CYCLE_RECORD_KINDS })`). */
  load(): Promise<void>;
  createCycle(input: PlanningCycleInput): Promise<PlanningCycle>;
  /** Moves the cycle to the next phase, or forward to `to`; never back (see `reopenPhase`). */
  advancePhase(cycleId: string, to?: PlanningPhase): Promise<PlanningCycle>;
  /** Goes back to an earlier phase, recording who and why on the cycle's `reopenings`. */
  reopenPhase(cycleId: string, to: PlanningPhase, options: { reason: string; byId?: string }): Promise<PlanningCycle>;
  /** A participant with the `proposer` role proposes, in the proposal phase: objective (state `proposed`) + proposal in one batch. */
  propose(input: ProposeInput): Promise<{ proposal: Proposal; objective: Objective }>;
  /** A voter, the confirmer or the proposal's proposer comments; a reply answers a top-level comment. */
  comment(input: CommentInput): Promise<ProposalComment>;
  /** A voter casts (or replaces) their one vote in the cycle. */
  vote(input: { cycleId: string; voterId: string; ballot: Ballot }): Promise<Vote>;
  /** The tally of the stored votes over the cycle's proposals (`tallyVotes`); synchronous. */
  tally(cycleId: string): TallyResult;
  /** The confirmer activates proposals in the tallied or an overridden order and rejects others, in one batch with the decision on the cycle. */
  confirm(cycleId: string, input: ConfirmInput): Promise<PlanningCycle>;
  /** Drafts a department's objective under a company one, or a person's under their department's. */
  cascadeObjective(parentId: string, target: CascadeTarget, draft?: { id?: string; title?: string; description?: string }): Promise<Objective>;
  /** Closes objectives with their grades, results and retrospectives (and carry-overs) in ONE atomic batch. */
  closeOut(inputs: readonly CloseOutInput[]): Promise<ClosedObjective[]>;
  /** Reopens a closed objective (state `active`): it is editable again; its close-out stays as the draft of the next one. */
  reopen(objectiveId: string): Promise<Objective>;
  /** Continues a closed objective into the next period with chosen KRs, and marks its close-out carried over. */
  carryOver(objectiveId: string, plan: { nextPeriodId: string; keyResultIds: readonly string[] }): Promise<{ objective: Objective; keyResults: KeyResult[] }>;
  dispose(): void;
}
