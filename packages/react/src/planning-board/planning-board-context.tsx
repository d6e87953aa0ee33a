'use client';
import { toEpochMs, type Objective, type OkrAction, type OkrStoreSnapshot, type PlanningCycle, type PlanningPhase, type Proposal, type ProposalComment, type RecordKind, type TallyResult, type Vote } from '@okrkit/core';
import { hasRole, phaseAllows, roleAllows, type CycleRefusal, type CycleStore, type CycleStoreSnapshot, type PlanningAction } from '@okrkit/core/cycle';
import { createContext, forwardRef, useCallback, useContext, useEffect, useMemo, useSyncExternalStore, type ComponentPropsWithoutRef, type ReactNode } from 'react';
import { formatNumber } from '../format/number-format';
import { useOkrSelector } from '../provider/hooks';
import { useOkrContext } from '../provider/okr-provider';
import type { Permission } from '../provider/permission-hooks';
import { resolvePlanningBoardLabels, type PlanningBoardLabels } from './planning-board.labels';
import { describeRefusal } from './planning-board-refusal';

/** What the person may do on the board, each with the reason when not. */
export interface PlanningPermissions {
  propose: Permission;
  /** Discussing in general (any proposal the person may discuss); see `commentOn` for one proposal. */
  comment: Permission;
  vote: Permission;
  confirm: Permission;
  /** Moving the cycle on to its next phase (the confirmer's). */
  advance: Permission;
  /** Discussing one proposal: voters, the confirmer, and its proposer (asked of `can` with the proposal and its objective). */
  commentOn: (entry: PlanningProposal) => Permission;
}

/** A proposal with the objective it proposes. */
export interface PlanningProposal {
  proposal: Proposal;
  /** Undefined while the OKR store has not loaded it. */
  objective: Objective | undefined;
  /** Top-level comments first, each followed by its replies, oldest first. */
  comments: readonly ProposalComment[];
}

/** What the parts of `PlanningBoard` share. */
export interface PlanningBoardContextValue {
  cycleStore: CycleStore;
  /** Undefined until loaded, or when no cycle has the id. */
  cycle: PlanningCycle | undefined;
  status: CycleStoreSnapshot['status'];
  proposals: readonly PlanningProposal[];
  /** The signed-in person's vote, when they voted. */
  myVote: Vote | undefined;
  tally: TallyResult | undefined;
  personId: string | undefined;
  permissions: PlanningPermissions;
  labels: PlanningBoardLabels;
  locale: string | undefined;
  /** A calendar date in the provider's locale. */
  formatDate: (date: string) => string;
  /** The title of a proposal's objective (its id while not loaded). */
  titleOf: (proposalId: string) => string;
  /** A refusal of the cycle's rules (`phaseAllows`, `roleAllows`, a `CycleRuleError`'s `refusal`) in the board's words, by its code. */
  describeRefusal: (refusal: CycleRefusal) => string;
}

const PlanningBoardContext = /* @__PURE__ */ createContext<PlanningBoardContextValue | null>(null);

/**
 * The board's state, for custom parts inside `PlanningBoard.Root`.
 * @example const { tally, permissions } = usePlanningBoardContext();
 */
export function usePlanningBoardContext(): PlanningBoardContextValue {
  const value = useContext(PlanningBoardContext);
  if (!value) throw new Error('PlanningBoard parts must be placed inside <PlanningBoard.Root>.');
  return value;
}

export interface PlanningBoardRootProps extends Omit<ComponentPropsWithoutRef<'section'>, 'children'> {
  /** The meeting's records and commands (`createCycleStore` of `@okrkit/core/cycle`), on the same adapter as the provider's OKR store. Loaded on mount when idle. */
  cycleStore: CycleStore;
  cycleId: string;
  /** Who acts on the board. @default the provider's `userId` */
  personId?: string;
  /** Words for this board only, over the provider's `labels.planning`. */
  labels?: Partial<PlanningBoardLabels>;
  children?: ReactNode;
}

const ALLOWED: Permission = Object.freeze({ allowed: true, reason: undefined });

/** Top-level comments in order, each followed by its replies. */
function threaded(comments: readonly ProposalComment[]): ProposalComment[] {
  const replies = new Map<string, ProposalComment[]>();
  const top: ProposalComment[] = [];
  for (const comment of comments) {
    if (comment.replyToId === undefined) top.push(comment);
    else replies.set(comment.replyToId, [...(replies.get(comment.replyToId) ?? []), comment]);
  }
  return top.flatMap((comment) => [comment, ...(replies.get(comment.id) ?? [])]);
}

const objectivesOf = (snapshot: OkrStoreSnapshot) => snapshot.okrSet.objectives;
const periodsOf = (snapshot: OkrStoreSnapshot) => snapshot.okrSet.periods;

/**
 * The board's root: reads the cycle store, works out what the person may do (the cycle's
 * roles, its phase and deadline, and the provider's `can`), and gives it to the parts.
 */
export const PlanningBoardRoot = /* @__PURE__ */ forwardRef<HTMLElement, PlanningBoardRootProps>(function PlanningBoardRoot(props, ref) {
  const { cycleStore, cycleId, personId: personIdProp, labels: ownLabels, children, className, ...rest } = props;
  const context = useOkrContext();
  const { can, locale, now } = context;
  const personId = personIdProp ?? context.userId;
  const labels = useMemo(() => resolvePlanningBoardLabels(context.labels, ownLabels), [context.labels, ownLabels]);
  const snapshot = useSyncExternalStore(cycleStore.subscribe, cycleStore.getSnapshot, cycleStore.getSnapshot);
  useEffect(() => {
    if (cycleStore.getSnapshot().status === 'idle') void cycleStore.load().catch(() => undefined);
  }, [cycleStore]);
  const objectives = useOkrSelector(objectivesOf);
  const periods = useOkrSelector(periodsOf);
  const today = new Date(toEpochMs(now)).toISOString().slice(0, 10);
  const { records } = snapshot;
  const cycle = records.planningCycles.find((candidate) => candidate.id === cycleId);

  const proposals = useMemo(() => {
    const byId = new Map(objectives.map((objective) => [objective.id, objective]));
    return records.proposals
      .filter((proposal) => proposal.cycleId === cycleId)
      .map((proposal) => ({ proposal, objective: byId.get(proposal.objectiveId), comments: threaded(records.proposalComments.filter((comment) => comment.proposalId === proposal.id)) }));
  }, [records, objectives, cycleId]);

  const tally = useMemo(() => (cycle ? cycleStore.tally(cycle.id) : undefined), [cycleStore, cycle, records]);
  const myVote = records.votes.find((vote) => vote.cycleId === cycleId && vote.voterId === personId);

  const formatDate = useCallback((date: string) => {
    const parsed = new Date(`${date}T00:00:00Z`);
    return Number.isNaN(parsed.getTime()) ? date : new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(parsed);
  }, [locale]);
  const wordRefusal = useCallback(
    (refusal: CycleRefusal) => describeRefusal(labels, refusal, { phaseName: (phase: PlanningPhase) => labels.phaseNames[phase], formatDate, formatNumber: (value: number) => formatNumber(value, locale) }),
    [labels, formatDate, locale],
  );

  const permissions = useMemo<PlanningPermissions>(() => {
    const refuse = (reason: string): Permission => ({ allowed: false, reason });
    const ask = (action: OkrAction, kind: RecordKind, record: object): Permission =>
      !can || !cycle || can(action, { kind, record: record as never, cycle }) ? ALLOWED : refuse(context.labels.notAllowed(action, kind));
    // The cycle's own rules first (role, then phase and deadline, each with its stable code,
    // worded here), the host's policy in between.
    const check = (action: PlanningAction, policy: () => Permission, proposal?: Proposal): Permission => {
      if (!cycle) return refuse(labels.noCycle);
      const role = roleAllows(cycle, personId, action, proposal);
      if (!role.ok) return refuse(wordRefusal(role));
      const asked = policy();
      if (!asked.allowed) return asked;
      const phase = phaseAllows(cycle, action, today);
      return phase.ok ? ALLOWED : refuse(wordRefusal(phase));
    };
    const me = personId ?? '';
    // Discussing one proposal: the policy sees the comment on it, the proposal (whose it is) and its objective.
    const commentOn = (entry: PlanningProposal): Permission =>
      check('comment', () => (!can || !cycle || can('create', { kind: 'proposalComment', record: { id: '', proposalId: entry.proposal.id, authorId: me, stance: 'for', text: '' } as never, cycle, proposal: entry.proposal, objective: entry.objective ?? null }) ? ALLOWED : refuse(context.labels.notAllowed('create', 'proposalComment'))), entry.proposal);
    return {
      commentOn,
      propose: check('propose', () => ask('create', 'proposal', { id: '', cycleId, objectiveId: '', proposerId: me, strategy: '' })),
      comment: check('comment', () => ask('create', 'proposalComment', { id: '', proposalId: '', authorId: me, stance: 'for', text: '' })),
      vote: check('vote', () => ask(myVote ? 'update' : 'create', 'vote', myVote ?? { id: '', cycleId, voterId: me, ballot: { kind: 'ranking', ranking: [] } })),
      confirm: check('confirm', () => ask('update', 'planningCycle', cycle ?? {})),
      advance: !cycle
        ? refuse(labels.noCycle)
        : personId === undefined || !hasRole(cycle, personId, 'confirmer')
          ? refuse(labels.notInRole.confirmer)
          : ask('update', 'planningCycle', cycle),
    };
  }, [cycle, personId, can, labels, context.labels, today, cycleId, myVote, wordRefusal]);

  const titleOf = useCallback((proposalId: string) => {
    const entry = proposals.find((candidate) => candidate.proposal.id === proposalId);
    return entry?.objective?.title ?? proposalId;
  }, [proposals]);

  const value = useMemo<PlanningBoardContextValue>(
    () => ({ cycleStore, cycle, status: snapshot.status, proposals, myVote, tally, personId, permissions, labels, locale, formatDate, titleOf, describeRefusal: wordRefusal }),
    [cycleStore, cycle, snapshot.status, proposals, myVote, tally, personId, permissions, labels, locale, formatDate, titleOf, wordRefusal],
  );
  return (
    <PlanningBoardContext.Provider value={value}>
      <section ref={ref} className={className ? `okr-planning-board ${className}` : 'okr-planning-board'} aria-label={labels.boardOf(periods.find((period) => period.id === cycle?.periodId)?.name ?? cycle?.periodId ?? cycleId)} data-phase={cycle?.phase} {...rest}>
        {cycle ? children : <p data-slot="planning-board-status" className="okr-slot-planning-board-status" role="status">{snapshot.status === 'ready' ? labels.noCycle : labels.loading}</p>}
      </section>
    </PlanningBoardContext.Provider>
  );
});
