import type { CheckIn, KeyResult, Objective, Period } from '../model/model.types';
import type { WeeklyReport } from '../weekly-report/weekly-report.types';
import type { CloseOut, CycleRecordKind, PlanningCycle, Proposal, ProposalComment, Vote } from '../cycle/cycle.types';

/**
 * The storage-adapter contract: the smallest surface a host implements to keep okrkit's
 * records in its own storage. `load` is required; `apply` switches writing on and
 * `subscribe` switches on live updates made elsewhere. A read-only adapter is legal.
 */

/** The record kinds of an {@link OkrSet}. */
export type OkrRecordKind = 'period' | 'objective' | 'keyResult' | 'checkIn';

/**
 * Every kind of record storage holds: the OKR records, weekly reports (kept beside them,
 * loaded on their own by the weekly-report store), and the planning cycle's records
 * (cycles, proposals, comments, votes, close-outs; loaded on their own by the cycle store
 * of `@okrkit/core/cycle`).
 */
export type RecordKind = OkrRecordKind | 'weeklyReport' | CycleRecordKind;

/** The record type of each kind. */
export interface RecordOfKind {
  period: Period;
  objective: Objective;
  keyResult: KeyResult;
  checkIn: CheckIn;
  weeklyReport: WeeklyReport;
  planningCycle: PlanningCycle;
  proposal: Proposal;
  proposalComment: ProposalComment;
  vote: Vote;
  closeOut: CloseOut;
}

export type AnyRecord = RecordOfKind[RecordKind];

/**
 * A record as storage holds it, with its version. Versions are positive integers that
 * grow by at least 1 on every write of that record; a create yields version 1. A delete
 * leaves a *tombstone* that keeps the last version (never returned by `load` or `get`): a
 * record created again under that id continues above it, so a writer still holding the
 * old record's version can never overwrite the new one.
 */
export interface StoredRecord<T = unknown> {
  kind: RecordKind;
  /** Unvalidated as it comes from storage: the store validates every record it reads. */
  record: T;
  version: number;
}

/** What an adapter's `load` returns. Records of any kind, in any order. */
export interface LoadedRecords {
  records: StoredRecord[];
}

/** Names one record: its kind and id. */
export interface RecordKey {
  kind: RecordKind;
  id: string;
}

/**
 * Which records to load: everything, or the objectives of one period (with their KRs and
 * check-ins, and all periods). `kinds` narrows to some kinds; an adapter may ignore it
 * (callers filter again), but large storage should honour it.
 */
export interface LoadQuery {
  periodId?: string;
  kinds?: readonly RecordKind[];
}

/**
 * One write in a batch. `expectedVersion` names the version the writer read:
 * `null` for a create (the id must not exist), a number for an update or delete.
 */
export type Change =
  | { op: 'put'; kind: RecordKind; record: AnyRecord; expectedVersion: number | null }
  | { op: 'delete'; kind: RecordKind; id: string; expectedVersion: number };

/**
 * A version a write depends on without changing the record: `apply` refuses the whole batch
 * with a `ConflictError` unless, before the batch, the record `kind:id` is live at exactly
 * `version` (`null`: it must not exist). A server that authorised a write by reading some
 * records (the objective a key result belongs to) passes their versions, so the write
 * commits only against the state it was authorised against.
 */
export interface RecordCondition {
  kind: RecordKind;
  id: string;
  version: number | null;
}

/** Options of `apply`. */
export interface ApplyOptions {
  /** Versions the batch depends on, checked inside the same atomic write (see {@link RecordCondition}). */
  conditions?: readonly RecordCondition[];
}

/** The outcome of one applied change: the new version, or `null` for a delete. */
export interface AppliedChange {
  op: 'put' | 'delete';
  kind: RecordKind;
  id: string;
  version: number | null;
  /** The record as stored (for puts). */
  record?: AnyRecord;
}

/** Changes that storage applied, as told to subscribers (including writes made elsewhere). */
export interface ChangeEvent {
  changes: AppliedChange[];
}

/**
 * A storage adapter. Implement `load`; add `apply` to allow writes (atomic: a batch is
 * applied entirely or not at all, in order) and `subscribe` to hear of writes made
 * elsewhere (another tab, another user). Failures are thrown as {@link OkrStorageError}s.
 *
 * What `apply` guarantees, inside the one atomic write (`applyToRecordMap` does all of it
 * for in-process storage; `checkIntegrity` is the same rule for a database transaction):
 * - **versions**: every `expectedVersion` and every `options.conditions` entry matches, or
 *   `ConflictError` (deleting a missing record: `NotFoundError`);
 * - **referential integrity**: after the batch every record it puts refers to records that
 *   exist (objective → period, parent objective, contributed-to objectives; key result →
 *   objective, contributed-to objectives; check-in → key result; period → parent period),
 *   never to itself and without a `parentId` loop, and no remaining record refers to a
 *   record the batch deletes; otherwise `ValidationFailedError` naming each path
 *   (`changes[3].record.parentId`) and the dependants. Weekly reports' references are history
 *   and not checked;
 * - **tombstones**: a deleted id keeps its last version, a re-create continues above it.
 * @example
 * const readOnly: StorageAdapter = { load: async () => ({ records: await fetchMyRecords() }) };
 */
export interface StorageAdapter {
  /** A short name for messages, e.g. 'memory', 'rest'. */
  readonly name?: string;
  load(query?: LoadQuery): Promise<LoadedRecords>;
  /**
   * Reads the named records (those that exist; missing ones are simply absent). Optional:
   * it lets a server check a batch of changes without loading all of storage.
   */
  get?(keys: readonly RecordKey[]): Promise<StoredRecord[]>;
  /**
   * Applies a batch atomically, checking every `expectedVersion` and `options.conditions`
   * (`ConflictError` on a stale one) and referential integrity (`ValidationFailedError`).
   */
  apply?(changes: readonly Change[], options?: ApplyOptions): Promise<AppliedChange[]>;
  /** Listens for changes applied by anyone, including this client; returns an unsubscribe function. */
  subscribe?(listener: (event: ChangeEvent) => void): () => void;
}
