import type { CheckIn, KeyResult, Objective, ObjectiveState, OkrSet, Period } from '../model/model.types';
import type { AnyRecord, AppliedChange, Change, LoadQuery, OkrRecordKind, RecordKind, StorageAdapter } from './adapter.types';

/** One OKR record a batch writes: its next state, or `null` to delete it. */
export interface StoreWrite {
  kind: OkrRecordKind;
  id: string;
  next: AnyRecord | null;
}
import type { ConflictRetryOptions } from './conflict-retry';
import type { OkrStorageError } from './errors';

/** Options of `createOkrStore`. */
export interface OkrStoreOptions {
  adapter: StorageAdapter;
  /** The clock used to stamp check-ins. Tests and stories pass a fixed one. @default () => new Date() */
  now?: () => Date;
  /** Makes ids for new records. @default crypto.randomUUID() */
  generateId?: (kind: OkrRecordKind) => string;
  /**
   * How `recordCheckIn` retries when its key result was changed by someone else meanwhile:
   * it re-applies the reading to the fresh key result after a random, growing wait, so
   * that writers racing for one key result all get through. `{ attempts: 1 }` turns it off.
   * @default { attempts: 12, baseDelayMs: 10, maxDelayMs: 1000 }
   */
  checkInRetry?: ConflictRetryOptions;
}

/** Where the store is in loading its data. */
export type StoreStatus = 'idle' | 'loading' | 'ready' | 'error';

/**
 * A problem with a record storage returned. `'error'`: the record failed its own validation
 * and was left out (the rest still loads). `'warning'`: the record is kept, but a reference
 * does not resolve (a missing parent, period, objective or KR, or an alignment loop); the
 * message names what is missing, e.g. `names no objective with id "obj-gone"`.
 * @example { kind: 'objective', id: 'team-b', path: 'objectives["team-b"].parentId', message: 'names no objective with id "team-a"', severity: 'warning' }
 */
export interface LoadIssue {
  kind: RecordKind | 'unknown';
  id: string | null;
  /** e.g. `keyResults["kr-mau"].metric.target` */
  path: string;
  message: string;
  severity: 'error' | 'warning';
}

/**
 * What the store holds at a moment. Immutable: every change yields a new snapshot, and
 * records that did not change keep their identity (cheap equality for selectors).
 */
export interface OkrStoreSnapshot {
  readonly status: StoreStatus;
  readonly okrSet: OkrSet;
  /** The version storage holds for each record, keyed `${kind}:${id}`. */
  readonly versions: ReadonlyMap<string, number>;
  /** Records left out at load because they were invalid (`error`), and kept records whose references dangle (`warning`). */
  readonly loadIssues: readonly LoadIssue[];
  /** Why the last load failed, when `status` is 'error'. */
  readonly error: OkrStorageError | null;
  /** Writes sent to storage and not yet settled. */
  readonly pendingWrites: number;
  /** True when the adapter cannot write. */
  readonly readOnly: boolean;
}

/** What a check-in records: the new reading of its KR's metric. */
export interface CheckInInput {
  keyResultId: string;
  /** The new value (numeric and guardrail metrics), 1/0 for binary, the number done for milestones. */
  value?: number;
  /** For binary metrics. */
  done?: boolean;
  /** For milestones: the done flag of each milestone, in order. */
  milestones?: boolean[];
  confidence?: number;
  note?: string;
  authorId?: string;
  /** @default the store's `now()` */
  at?: string;
}

/**
 * A correction of a logged check-in. Only the fields given change; `null` removes the
 * confidence or the note. The reading (`value`, `done`, `milestones`) is read as in
 * {@link CheckInInput}. The author stays who checked in.
 * @example { value: 1_180_000, note: 'Corrected: the February export double-counted.' }
 */
export interface CheckInPatch {
  value?: number;
  done?: boolean;
  milestones?: boolean[];
  confidence?: number | null;
  note?: string | null;
  at?: string;
}

export type ObjectiveInput = Omit<Objective, 'id'> & { id?: string };
export type KeyResultInput = Omit<KeyResult, 'id'> & { id?: string };
export type PeriodInput = Omit<Period, 'id'> & { id?: string };

/**
 * An objective with its key results as an editor holds them, for `store.saveObjective`.
 * `objective.id` absent (or unknown to the store) creates it; key results without `id` are new.
 */
export interface ObjectiveSaveInput {
  objective: Omit<Objective, 'id'> & { id?: string };
  /** The objective's key results in the editor's order; stored ones not listed (nor removed) stay as they are. */
  keyResults: ReadonlyArray<Omit<KeyResult, 'id' | 'objectiveId'> & { id?: string }>;
  /** Stored key results of this objective to delete, with their check-ins. */
  removedKeyResultIds?: readonly string[];
}

/** What `store.saveObjective` stored. */
export interface ObjectiveSaveResult {
  objective: Objective;
  keyResults: KeyResult[];
}

/**
 * One store per page, shared by every widget: synchronous snapshot reads,
 * `subscribe` for `useSyncExternalStore`, and async commands that update optimistically,
 * roll back when storage refuses, and reject with a typed `OkrStorageError`.
 */
export interface OkrStore {
  getSnapshot(): OkrStoreSnapshot;
  subscribe(listener: () => void): () => void;
  /** Loads everything, or one period's objectives (with all periods). */
  load(query?: LoadQuery): Promise<void>;
  createPeriod(input: PeriodInput): Promise<Period>;
  createObjective(input: ObjectiveInput): Promise<Objective>;
  updateObjective(id: string, patch: Partial<Omit<Objective, 'id'>>): Promise<Objective>;
  /**
   * Deletes an objective with its KRs and their check-ins, in one batch that also detaches
   * what aligns to it: its children lose `parentId`, other objectives and KRs drop it from
   * `contributesTo` (storage refuses a delete that would leave references dangling).
   */
  deleteObjective(id: string): Promise<void>;
  createKeyResult(input: KeyResultInput): Promise<KeyResult>;
  /**
   * Creates or updates an objective with its key results (new, changed, removed) in ONE batch:
   * state `draft` on create unless given; every record validated first with paths in the input
   * (`keyResults[1].metric.target`). Rejects with the typed error and leaves the store as it was.
   * @example await store.saveObjective({ objective: { title: 'Launch the beta', periodId: 'q2', ownerId: 'ana' }, keyResults: [{ title: '50 teams active', metric }] })
   */
  saveObjective(input: ObjectiveSaveInput): Promise<ObjectiveSaveResult>;
  updateKeyResult(id: string, patch: Partial<Omit<KeyResult, 'id'>>): Promise<KeyResult>;
  /** Deletes a KR with its check-ins. */
  deleteKeyResult(id: string): Promise<void>;
  /**
   * Records a check-in and moves the KR's metric to the new reading, in one atomic batch.
   * When someone else changed the KR meanwhile, the reading is re-applied on top of theirs
   * (check-ins are a log: none is lost, this one is logged after theirs) and `overtook`
   * says what it landed on, so a widget can tell the person instead of asking theirs/mine.
   */
  recordCheckIn(input: CheckInInput): Promise<RecordedCheckIn>;
  /**
   * Corrects a past check-in and recomputes its KR's metric from the log (the latest
   * check-in by `at`), in one atomic batch.
   */
  updateCheckIn(checkInId: string, patch: CheckInPatch): Promise<CheckIn>;
  /**
   * Deletes a past check-in and recomputes its KR's metric from the remaining log (the
   * latest by `at`; the baseline when none is left), in one atomic batch.
   */
  deleteCheckIn(checkInId: string): Promise<void>;
  /** Gives the listed objectives priorities 1, 2, 3… in that order. */
  rerank(objectiveIds: readonly string[]): Promise<void>;
  /**
   * Puts an objective's key results in the listed order: each gets `position` 1, 2, 3… in
   * ONE batch (only those whose position changes are written). Optimistic: the snapshot's
   * `okrIndex(okrSet).keyResultsByObjective` reads the new order at once, and the old one
   * comes back when storage refuses. The list must name exactly that objective's key
   * results, each once (`ValidationFailedError` with paths such as `keyResultIds[1]`).
   * @example await store.reorderKeyResults('o1', ['kr-retention', 'kr-mau'])
   */
  reorderKeyResults(objectiveId: string, keyResultIds: readonly string[]): Promise<void>;
  /**
   * Writes records back as they were, in one batch: the Undo of a delete (an objective with
   * its KRs and check-ins, and the children it had, re-attached). Each record is validated;
   * storage checks that the references resolve. Over a tombstone the versions continue.
   * @example const before = store.getSnapshot().okrSet; await store.deleteObjective('o1'); await store.restore({ objectives: [...] , keyResults: [...], checkIns: [...] });
   */
  restore(records: { objectives?: readonly Objective[]; keyResults?: readonly KeyResult[]; checkIns?: readonly CheckIn[] }): Promise<void>;
  /**
   * Writes OKR records (validated, applied optimistically, rolled back on refusal, like every
   * command) together with `siblings` — changes of other kinds on the same storage, such as a
   * planning cycle's close-outs — in ONE atomic batch, queued behind this store's other writes.
   * The siblings go to storage as given (their `expectedVersion` is the caller's); resolves with
   * every applied change, theirs included. What the cycle store of `@okrkit/core/cycle` builds on.
   * A closed objective (and its key results and check-ins) is refused unless the write only reopens it.
   * @example await store.applyBatch([{ kind: 'objective', id: 'o1', next: { ...objective, state: 'closed' } }], [{ op: 'put', kind: 'closeOut', record: closeOut, expectedVersion: null }])
   */
  applyBatch(writes: readonly StoreWrite[], siblings?: readonly Change[]): Promise<AppliedChange[]>;
  /** Sets (or, with null, clears) the objective an objective serves. Refuses loops. */
  setAlignment(objectiveId: string, parentId: string | null): Promise<Objective>;
  /** Moves an objective through draft → proposed → active → closed (closing needs a retrospective). */
  setLifecycleState(objectiveId: string, state: ObjectiveState, options?: { retrospective?: string }): Promise<Objective>;
  /** Stops listening to the adapter. */
  dispose(): void;
}

/**
 * What `recordCheckIn` resolves with: the stored check-in, and what it overtook.
 * @example
 * const { checkIn, overtook } = await store.recordCheckIn({ keyResultId: 'kr-mau', value: 1_200_000 });
 * if (overtook) console.log(`${overtook.checkIns.at(-1)?.authorId ?? 'Someone'} checked in ${overtook.keyResult.metric.kind} meanwhile`);
 */
export interface RecordedCheckIn {
  checkIn: CheckIn;
  /** Null when storage took the check-in at the first attempt; otherwise what it was logged after. */
  overtook: OvertakenCheckIns | null;
}

/**
 * Someone else's change to a key result that a check-in landed on: the store retried the
 * check-in on the fresh key result, so theirs stays in the log and this one comes after it.
 * @example { keyResult: { id: 'kr-mau', metric: { kind: 'numeric', current: 1_150_000, … }, … }, checkIns: [{ id: 'ci-9', value: 1_150_000, authorId: 'alex', … }] }
 */
export interface OvertakenCheckIns {
  /** The key result as the other writers left it, just before this check-in moved it on. */
  keyResult: KeyResult;
  /**
   * Others' check-ins on this key result that reached this store between its read and its
   * write (through live updates), oldest first. Empty when storage told only the key result
   * (an adapter without `subscribe`): `keyResult` still holds the value it overtook.
   */
  checkIns: CheckIn[];
}
