import type { AnyRecord, RecordKind } from '../store/adapter.types';
import type { Objective } from '../model/model.types';
import type { PlanningCycle, Proposal } from '../cycle/cycle.types';

/** What someone wants to do with a record: the same words on the server (`authorize`) and in widgets (`can`). */
export type OkrAction = 'read' | 'create' | 'update' | 'delete';

/**
 * The record an action is about, and, for a key result or a check-in, the objective it
 * belongs to (check-in → key result → objective, see {@link objectiveOfRecord}), so a policy
 * can decide by the objective's team or owner. `objective` is `null` when it cannot be found.
 */
export interface AuthorizationTarget {
  kind: RecordKind;
  record: AnyRecord;
  objective?: Objective | null;
  /**
   * For the planning cycle's records (a cycle, proposal, comment or vote): the cycle it belongs
   * to, with its participants and their roles (`null` when it cannot be found). The REST
   * handler resolves it; see {@link resolveCycleOfRecord}. Proposals and close-outs also carry
   * `objective`: the objective proposed or closed (a comment: its proposal's objective).
   */
  cycle?: PlanningCycle | null;
  /**
   * For a comment: the proposal it discusses (`null` when it cannot be found), so a policy knows
   * whose proposal it is — its proposer may answer in its discussion. The REST handler resolves
   * it; `PlanningBoard` passes it to `can`. (The proposal's objective is in `objective`; its owner
   * is usually, not always, the proposer.)
   */
  proposal?: Proposal | null;
}

/**
 * A policy as widgets ask it: may the signed-in person do `action` on `target`? A host writes
 * its rule once and shares it: `can={(action, target) => authorize(me, action, target)}` on the
 * client, `authorize` on the REST handler.
 */
export type OkrPolicy = (action: OkrAction, target: AuthorizationTarget) => boolean;

/** Finds a record by kind and id (synchronously: over a store snapshot or loaded records). */
export type RecordFinder = (kind: RecordKind, id: string) => AnyRecord | undefined;

/**
 * Finds a record by kind and id, synchronously or not: what the REST handler has, reading
 * its storage as it decides. See {@link resolveObjectiveOfRecord}.
 */
export type AsyncRecordFinder = (kind: RecordKind, id: string) => AnyRecord | undefined | Promise<AnyRecord | undefined>;

const isPlainObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

function stringField(record: unknown, name: string): string | undefined {
  const value = isPlainObject(record) ? record[name] : undefined;
  return typeof value === 'string' ? value : undefined;
}

/** Where the way from a record to its objective goes next: the objective itself, the record to look up, or nowhere. */
type ObjectiveStep = { objective: Objective } | { next: { kind: 'objective' | 'keyResult' | 'proposal'; id: string } } | null;

// The one rule both walks follow: check-in → key result → objective.
function objectiveStep(kind: RecordKind, record: unknown): ObjectiveStep {
  switch (kind) {
    case 'period':
    case 'weeklyReport':
      return null;
    case 'objective':
      return isPlainObject(record) ? { objective: record as unknown as Objective } : null;
    case 'keyResult':
    case 'checkIn': {
      const id = stringField(record, kind === 'keyResult' ? 'objectiveId' : 'keyResultId');
      return id === undefined ? null : { next: { kind: kind === 'keyResult' ? 'objective' : 'keyResult', id } };
    }
    // A proposal and a close-out are about one objective; a comment through its proposal.
    case 'proposal':
    case 'closeOut': {
      const id = stringField(record, 'objectiveId');
      return id === undefined ? null : { next: { kind: 'objective', id } };
    }
    case 'proposalComment': {
      const id = stringField(record, 'proposalId');
      return id === undefined ? null : { next: { kind: 'proposal', id } };
    }
    case 'planningCycle':
    case 'vote':
      return null;
    default:
      return kind satisfies never;
  }
}

/** Where the way from a record to its planning cycle goes next (comment → proposal → cycle; vote → cycle). */
type CycleStep = { cycle: PlanningCycle } | { next: { kind: 'planningCycle' | 'proposal'; id: string } } | null;

function cycleStep(kind: RecordKind, record: unknown): CycleStep {
  if (kind === 'planningCycle') return isPlainObject(record) ? { cycle: record as unknown as PlanningCycle } : null;
  const link = kind === 'proposal' || kind === 'vote' ? stringField(record, 'cycleId') : kind === 'proposalComment' ? stringField(record, 'proposalId') : undefined;
  if (link === undefined) return null;
  return { next: { kind: kind === 'proposalComment' ? 'proposal' : 'planningCycle', id: link } };
}

/**
 * The planning cycle a record belongs to: itself, a proposal's or vote's cycle, a comment's
 * proposal's cycle; null for every other kind or when a link cannot be followed. With the
 * cycle's participants and roles a policy decides who proposes, votes and confirms.
 * @example await resolveCycleOfRecord('vote', vote, (kind, id) => storage.get(kind, id)) // the cycle, or null
 */
export async function resolveCycleOfRecord(kind: RecordKind, record: unknown, find: AsyncRecordFinder): Promise<PlanningCycle | null> {
  let step = cycleStep(kind, record);
  while (step !== null && 'next' in step) step = cycleStep(step.next.kind, await find(step.next.kind, step.next.id));
  return step?.cycle ?? null;
}

/**
 * {@link resolveCycleOfRecord} over a synchronous finder (a store snapshot), for widgets' `can`.
 * @example cycleOfRecord('proposalComment', comment, find)?.participants
 */
export function cycleOfRecord(kind: RecordKind, record: unknown, find: RecordFinder): PlanningCycle | null {
  let step = cycleStep(kind, record);
  while (step !== null && 'next' in step) step = cycleStep(step.next.kind, find(step.next.kind, step.next.id));
  return step?.cycle ?? null;
}

/** Whether a kind is one of the planning cycle's, whose targets carry `cycle`. */
export function isCycleRecordKind(kind: RecordKind): boolean {
  return kind === 'planningCycle' || kind === 'proposal' || kind === 'proposalComment' || kind === 'vote';
}

/**
 * The objective a record belongs to: itself, its key result's, or its check-in's key result's;
 * null for periods and weekly reports, or when a link cannot be followed.
 * @example objectiveOfRecord('checkIn', checkIn, (kind, id) => records.get(`${kind}:${id}`)) // the objective of the KR checked in on
 */
export function objectiveOfRecord(kind: RecordKind, record: unknown, find: RecordFinder): Objective | null {
  let step = objectiveStep(kind, record);
  while (step !== null && 'next' in step) step = objectiveStep(step.next.kind, find(step.next.kind, step.next.id));
  return step?.objective ?? null;
}

/**
 * {@link objectiveOfRecord} with a finder that may answer later (a database read): the same
 * rule, so the REST handler's `authorize` sees the objective the widgets' `can` sees.
 * @example await resolveObjectiveOfRecord('keyResult', keyResult, (kind, id) => storage.get(kind, id)) // its objective, or null
 */
export async function resolveObjectiveOfRecord(kind: RecordKind, record: unknown, find: AsyncRecordFinder): Promise<Objective | null> {
  let step = objectiveStep(kind, record);
  while (step !== null && 'next' in step) step = objectiveStep(step.next.kind, await find(step.next.kind, step.next.id));
  return step?.objective ?? null;
}

/**
 * The target a policy is asked about, with `objective` resolved the way the REST handler does
 * for key results and check-ins.
 * @example can('update', authorizationTarget('keyResult', keyResult, find)) // decided by keyResult's objective
 */
export function authorizationTarget(kind: RecordKind, record: AnyRecord, find: RecordFinder): AuthorizationTarget {
  const target: AuthorizationTarget = { kind, record };
  if (kind === 'keyResult' || kind === 'checkIn' || kind === 'proposal' || kind === 'proposalComment' || kind === 'closeOut') target.objective = objectiveOfRecord(kind, record, find);
  if (isCycleRecordKind(kind)) target.cycle = cycleOfRecord(kind, record, find);
  return target;
}
