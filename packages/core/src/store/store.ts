import type { CheckIn, KeyResult, Objective, OkrSet, Period } from '../model/model.types';
import type { AnyRecord, AppliedChange, Change, ChangeEvent, LoadQuery, OkrRecordKind, RecordOfKind } from './adapter.types';
import { ConflictError, NotFoundError, type OkrStorageError, ReadOnlyError, ValidationFailedError, toStorageError } from './errors';
import { planCheckInEdit } from './check-in-edits';
import { conflictRetryAttempts, conflictRetryDelay, sleepFor } from './conflict-retry';
import { assertTransition, fail, metricAfterCheckIn, referenceErrors } from './store-commands';
import { planObjectiveSave } from './save-objective';
import { planKeyResultOrder } from './key-result-order';
import { assertClosedUntouched } from './closed-objectives';
import { VersionTable } from './version-table';
import { sameRecordValue } from './same-record';
import { COLLECTION_OF, emptyTables, isOkrRecordKind, readStoredRecords, type RecordTables, validateRecord, validateStoredRecord, versionKey } from './store-records';
import type { LoadIssue, OkrStore, OkrStoreOptions, OkrStoreSnapshot, StoreStatus } from './store.types';

/** One record a command writes: its next state, or null to delete it. */
interface PlannedWrite {
  kind: OkrRecordKind;
  id: string;
  next: AnyRecord | null;
}

const OKR_KINDS: readonly OkrRecordKind[] = ['period', 'objective', 'keyResult', 'checkIn'];

function defaultId(): string {
  const crypto = (globalThis as { crypto?: { randomUUID?: () => string } }).crypto;
  if (crypto?.randomUUID) return crypto.randomUUID();
  return `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 12)}`;
}

/**
 * Creates the store every okrkit widget on a page shares. It loads through a
 * {@link StorageAdapter}, keeps a normalised, validated snapshot with synchronous reads,
 * and writes with optimistic updates that roll back when storage refuses — rejecting with
 * a typed `OkrStorageError` (a `ConflictError` carries the record as it now is). Every write
 * names the version it read, so no update is ever silently lost.
 * @example
 * const store = createOkrStore({ adapter: createMemoryAdapter({ initial: domainExamples }) });
 * await store.load();
 * store.getSnapshot().okrSet.objectives.length;
 * await store.recordCheckIn({ keyResultId: 'kr-mau', value: 1_150_000, confidence: 0.7 });
 */
export function createOkrStore(options: OkrStoreOptions): OkrStore {
  const { adapter } = options;
  const now = options.now ?? (() => new Date());
  const generateId = options.generateId ?? defaultId;
  const tables: RecordTables = emptyTables();
  // Replaced whole by each load (as are the tables' maps), not refilled: 80,000 entries copied twice cost more than the checks.
  // A snapshot holds a view of it; a write copies only what changed since (see VersionTable).
  let versions = new VersionTable();
  const listeners = new Set<() => void>();
  let status: StoreStatus = 'idle';
  let error: OkrStorageError | null = null;
  let loadIssues: readonly LoadIssue[] = [];
  let pendingWrites = 0;
  let snapshot: OkrStoreSnapshot | null = null;
  // Arrays are rebuilt only for the kinds that changed, so untouched collections keep
  // their identity (and the core's per-set index stays valid for them).
  let arrays: OkrSet = { periods: [], objectives: [], keyResults: [], checkIns: [] };
  const dirty = new Set<OkrRecordKind>();
  // Writes go to storage one at a time: each names the version its predecessor produced.
  let queue: Promise<unknown> = Promise.resolve();

  function changed(...kinds: OkrRecordKind[]): void {
    for (const kind of kinds) dirty.add(kind);
    snapshot = null;
    // A copy: a listener may subscribe or unsubscribe others while being told.
    for (const listener of Array.from(listeners)) listener();
  }

  function getSnapshot(): OkrStoreSnapshot {
    if (snapshot) return snapshot;
    if (dirty.size > 0) {
      arrays = { ...arrays };
      for (const kind of dirty) (arrays as unknown as Record<string, AnyRecord[]>)[COLLECTION_OF[kind]] = [...tables[kind].values()];
      dirty.clear();
    }
    snapshot = Object.freeze({
      status,
      okrSet: arrays,
      versions: versions.view(),
      loadIssues,
      error,
      pendingWrites,
      readOnly: !adapter.apply,
    });
    return snapshot;
  }

  function setRecord(kind: OkrRecordKind, id: string, record: AnyRecord | null): void {
    const table = tables[kind] as Map<string, AnyRecord>;
    if (record === null) table.delete(id);
    else table.set(id, record);
  }

  function get<K extends OkrRecordKind>(kind: K, id: string): RecordOfKind[K] {
    const record = (tables[kind] as Map<string, RecordOfKind[K]>).get(id);
    if (!record) throw new NotFoundError(kind, id);
    return record;
  }

  /** Validates a record's shape and references; throws `ValidationFailedError` with every problem. */
  function checked<K extends 'period' | 'objective' | 'keyResult' | 'checkIn'>(kind: K, record: RecordOfKind[K]): RecordOfKind[K] {
    const result = validateRecord(kind, record);
    if (!result.ok) throw new ValidationFailedError(result.errors);
    if (kind !== 'period') {
      const errors = referenceErrors(tables, kind as 'objective', result.value as Objective);
      if (errors.length > 0) throw new ValidationFailedError(errors);
    }
    return result.value;
  }

  /**
   * Takes in what storage says a record now is. Returns 'record' when the table's record
   * changed, 'version' when only the version did (storage confirmed a value the table already
   * holds: the table keeps its own object, so the snapshot's arrays keep their identity and
   * nothing reading them redraws), null when nothing did.
   */
  function applyStored(change: AppliedChange, onlyIfNewer: boolean): 'record' | 'version' | null {
    if (!isOkrRecordKind(change.kind)) return null;
    const applied = change as AppliedChange & { kind: OkrRecordKind };
    const key = versionKey(applied.kind, applied.id);
    const known = versions.get(key);
    const table = tables[applied.kind] as Map<string, AnyRecord>;
    if (applied.op === 'delete') {
      if (known === undefined) return null;
      versions.delete(key);
      if (!table.has(applied.id)) return 'version';
      setRecord(applied.kind, applied.id, null);
      return 'record';
    }
    if (applied.version === null || (onlyIfNewer && known !== undefined && applied.version <= known)) return null;
    versions.set(key, applied.version);
    if (applied.record) {
      const result = validateStoredRecord(applied.kind, applied.record);
      if (result.ok) {
        const current = table.get(applied.id);
        if (current !== undefined && sameRecordValue(current, result.value)) return 'version';
        setRecord(applied.kind, applied.id, result.value);
        return 'record';
      }
    }
    return 'version';
  }

  /** Applies what storage reported and tells listeners once: the kinds whose records changed get new arrays. */
  function takeStored(stored: readonly AppliedChange[], onlyIfNewer: boolean, always: boolean): void {
    const kinds: OkrRecordKind[] = [];
    let moved = always;
    for (const change of stored) {
      const outcome = applyStored(change, onlyIfNewer);
      if (outcome !== null) moved = true;
      if (outcome === 'record') kinds.push(change.kind as OkrRecordKind);
    }
    if (moved) changed(...kinds);
  }

  /**
   * Applies a plan optimistically, sends it to storage, and settles: new versions on
   * success; on failure the touched records return to what they were (unless something
   * newer replaced them meanwhile), and a conflict brings in the record as it now is.
   */
  function commit(plan: PlannedWrite[], siblings: readonly Change[] = []): Promise<AppliedChange[]> {
    const apply = adapter.apply?.bind(adapter);
    if (!apply) return Promise.reject(new ReadOnlyError(adapter.name));
    try {
      assertClosedUntouched(tables, plan);
    } catch (refusal) {
      return Promise.reject(refusal);
    }
    const previous = plan.map((write) => (tables[write.kind] as Map<string, AnyRecord>).get(write.id));
    for (const write of plan) setRecord(write.kind, write.id, write.next);
    pendingWrites++;
    changed(...plan.map((write) => write.kind));
    const run = queue.then(async () => {
      const changes: Change[] = plan.map((write) => {
        const expected = versions.get(versionKey(write.kind, write.id)) ?? null;
        if (write.next !== null) return { op: 'put', kind: write.kind, record: write.next, expectedVersion: expected };
        if (expected === null) throw new NotFoundError(write.kind, write.id);
        return { op: 'delete', kind: write.kind, id: write.id, expectedVersion: expected };
      });
      return apply([...changes, ...siblings]);
    });
    queue = run.catch(() => undefined);
    return run.then(
      (applied) => {
        pendingWrites--;
        // The optimistic records are already in the tables: only what storage changed (a
        // default it filled in, a normalised value) replaces them (bench/objective-list: a
        // confirmed move redrew nothing but still rebuilt the list's 2,000 rows).
        takeStored(applied, false, true);
        return applied;
      },
      (cause: unknown) => {
        pendingWrites--;
        plan.forEach((write, index) => {
          const current = (tables[write.kind] as Map<string, AnyRecord>).get(write.id);
          if (current === (write.next ?? undefined)) setRecord(write.kind, write.id, previous[index] ?? null);
        });
        const failure = toStorageError(cause);
        if (failure instanceof ConflictError && isOkrRecordKind(failure.kind)) {
          const latest = failure.current;
          if (latest === null) {
            versions.delete(versionKey(failure.kind, failure.id));
            setRecord(failure.kind, failure.id, null);
          } else {
            applyStored({ op: 'put', kind: failure.kind, id: failure.id, version: latest.version, record: latest.record as AnyRecord }, false);
          }
        }
        changed(...plan.map((write) => write.kind));
        throw failure;
      },
    );
  }

  /**
   * Reads one key result again after a wait, when the adapter can (`get`): what a conflict
   * brought in is as old as the wait, and other writers have moved on meanwhile. A failed
   * read is ignored: the next attempt then names the version the conflict brought in.
   */
  async function refreshKeyResult(id: string): Promise<void> {
    if (!adapter.get) return;
    try {
      const [latest] = await adapter.get([{ kind: 'keyResult', id }]);
      if (latest) takeStored([{ op: 'put', kind: 'keyResult', id, version: latest.version, record: latest.record as AnyRecord }], true, false);
    } catch {
      // Storage briefly unreachable: retry with what the conflict told.
    }
  }

  const unsubscribeAdapter = adapter.subscribe?.((event: ChangeEvent) => takeStored(event.changes, true, false));

  async function load(query?: LoadQuery): Promise<void> {
    status = 'loading';
    error = null;
    changed();
    try {
      const loaded = await adapter.load({ ...query, kinds: OKR_KINDS });
      const read = readStoredRecords(loaded.records);
      for (const kind of ['period', 'objective', 'keyResult', 'checkIn'] as const) {
        (tables as unknown as Record<OkrRecordKind, Map<string, AnyRecord>>)[kind] = read.tables[kind];
      }
      versions = new VersionTable(read.versions);
      loadIssues = read.issues;
      status = 'ready';
      changed('period', 'objective', 'keyResult', 'checkIn');
    } catch (cause) {
      error = toStorageError(cause);
      status = 'error';
      changed();
      throw error;
    }
  }

  async function put<K extends 'period' | 'objective' | 'keyResult' | 'checkIn'>(kind: K, record: RecordOfKind[K]): Promise<RecordOfKind[K]> {
    const valid = checked(kind, record);
    await commit([{ kind, id: valid.id, next: valid }]);
    return ((tables[kind] as Map<string, RecordOfKind[K]>).get(valid.id) ?? valid) as RecordOfKind[K];
  }

  const store: OkrStore = {
    getSnapshot,
    subscribe(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
    load,
    createPeriod: async (input) => put('period', { ...input, id: input.id ?? generateId('period') } as Period),
    createObjective: async (input) => put('objective', { ...input, id: input.id ?? generateId('objective') } as Objective),
    updateObjective: async (id, patch) => put('objective', { ...get('objective', id), ...patch, id }),
    async deleteObjective(id) {
      get('objective', id);
      const plan: PlannedWrite[] = [];
      for (const keyResult of tables.keyResult.values()) {
        if (keyResult.objectiveId !== id) continue;
        for (const checkIn of tables.checkIn.values()) {
          if (checkIn.keyResultId === keyResult.id) plan.push({ kind: 'checkIn', id: checkIn.id, next: null });
        }
        plan.push({ kind: 'keyResult', id: keyResult.id, next: null });
      }
      // Storage refuses a delete that leaves references to it behind, so everything that
      // aligns to this objective is detached in the same batch: children lose their parentId,
      // other objectives and key results drop it from contributesTo.
      const detach = <T extends { contributesTo?: string[] }>(record: T): T => {
        const { contributesTo, ...rest } = record;
        const kept = contributesTo?.filter((target) => target !== id);
        return (kept && kept.length > 0 ? { ...rest, contributesTo: kept } : rest) as T;
      };
      for (const other of tables.objective.values()) {
        if (other.id === id || (other.parentId !== id && !other.contributesTo?.includes(id))) continue;
        const { parentId, ...rest } = detach(other);
        plan.push({ kind: 'objective', id: other.id, next: parentId === id ? rest : { ...rest, ...(parentId === undefined ? {} : { parentId }) } });
      }
      for (const keyResult of tables.keyResult.values()) {
        if (keyResult.objectiveId !== id && keyResult.contributesTo?.includes(id)) plan.push({ kind: 'keyResult', id: keyResult.id, next: detach(keyResult) });
      }
      plan.push({ kind: 'objective', id, next: null });
      await commit(plan);
    },
    createKeyResult: async (input) => put('keyResult', { ...input, id: input.id ?? generateId('keyResult') } as KeyResult),
    async saveObjective(input) {
      const plan = planObjectiveSave(tables, input, generateId);
      if (plan.writes.length > 0) await commit(plan.writes);
      const stored = <T extends Objective | KeyResult>(kind: 'objective' | 'keyResult', record: T): T => ((tables[kind] as Map<string, T>).get(record.id) ?? record);
      return { objective: stored('objective', plan.objective), keyResults: plan.keyResults.map((keyResult) => stored('keyResult', keyResult)) };
    },
    updateKeyResult: async (id, patch) => put('keyResult', { ...get('keyResult', id), ...patch, id }),
    async deleteKeyResult(id) {
      get('keyResult', id);
      const plan: PlannedWrite[] = [];
      for (const checkIn of tables.checkIn.values()) {
        if (checkIn.keyResultId === id) plan.push({ kind: 'checkIn', id: checkIn.id, next: null });
      }
      plan.push({ kind: 'keyResult', id, next: null });
      await commit(plan);
    },
    async recordCheckIn(input) {
      const keyResult = get('keyResult', input.keyResultId);
      const { metric, value } = metricAfterCheckIn(keyResult.metric, input);
      const checkIn: CheckIn = { id: generateId('checkIn'), keyResultId: keyResult.id, at: input.at ?? now().toISOString(), value };
      if (input.confidence !== undefined) checkIn.confidence = input.confidence;
      if (input.note !== undefined && input.note !== '') checkIn.note = input.note;
      if (input.authorId !== undefined) checkIn.authorId = input.authorId;
      const validCheckIn = checked('checkIn', checkIn);
      const retry = options.checkInRetry ?? {};
      // The log as this store knew it: check-ins arriving later (live updates) were logged before mine.
      const known = new Set<string>();
      for (const logged of tables.checkIn.values()) if (logged.keyResultId === keyResult.id) known.add(logged.id);
      for (let attempt = 1, fresh = keyResult; ; attempt += 1) {
        // Re-read on every attempt: a conflict has brought in the key result as it now is.
        const { metric: nextMetric } = attempt === 1 ? { metric } : metricAfterCheckIn(fresh.metric, input);
        const nextKeyResult = checked('keyResult', { ...fresh, metric: nextMetric });
        try {
          await commit([
            { kind: 'checkIn', id: validCheckIn.id, next: validCheckIn },
            { kind: 'keyResult', id: fresh.id, next: nextKeyResult },
          ]);
          const stored = tables.checkIn.get(validCheckIn.id) ?? validCheckIn;
          if (attempt === 1) return { checkIn: stored, overtook: null };
          const checkIns = [...tables.checkIn.values()].filter((logged) => logged.keyResultId === fresh.id && logged.id !== stored.id && !known.has(logged.id));
          return { checkIn: stored, overtook: { keyResult: fresh, checkIns } };
        } catch (failure) {
          // Only a race for the key result is retried; a conflict on the check-in itself, or any other refusal, is the caller's.
          const raced = failure instanceof ConflictError && failure.kind === 'keyResult' && failure.id === fresh.id && failure.current !== null;
          if (!raced || attempt >= conflictRetryAttempts(retry)) throw failure;
          await (retry.sleep ?? sleepFor)(conflictRetryDelay(attempt, retry));
          await refreshKeyResult(fresh.id);
          fresh = get('keyResult', fresh.id);
        }
      }
    },
    async updateCheckIn(checkInId, patch) {
      const edit = planCheckInEdit(tables, checkInId, patch);
      const checkIn = checked('checkIn', edit.checkIn as CheckIn);
      const plan: PlannedWrite[] = [{ kind: 'checkIn', id: checkInId, next: checkIn }];
      if (edit.keyResult) plan.push({ kind: 'keyResult', id: edit.keyResult.id, next: checked('keyResult', edit.keyResult) });
      await commit(plan);
      return tables.checkIn.get(checkInId) ?? checkIn;
    },
    async deleteCheckIn(checkInId) {
      const edit = planCheckInEdit(tables, checkInId, null);
      const plan: PlannedWrite[] = [{ kind: 'checkIn', id: checkInId, next: null }];
      if (edit.keyResult) plan.push({ kind: 'keyResult', id: edit.keyResult.id, next: checked('keyResult', edit.keyResult) });
      await commit(plan);
    },
    async rerank(objectiveIds) {
      const plan: PlannedWrite[] = [];
      objectiveIds.forEach((id, index) => {
        const objective = get('objective', id);
        if (objective.priority !== index + 1) plan.push({ kind: 'objective', id, next: { ...objective, priority: index + 1 } });
      });
      if (new Set(objectiveIds).size !== objectiveIds.length) fail('objectiveIds', 'lists an objective twice');
      if (plan.length > 0) await commit(plan);
    },
    async reorderKeyResults(objectiveId, keyResultIds) {
      const plan = planKeyResultOrder(tables, objectiveId, keyResultIds).map((keyResult): PlannedWrite => ({ kind: 'keyResult', id: keyResult.id, next: keyResult }));
      if (plan.length > 0) await commit(plan);
    },
    async restore(records) {
      const plan: PlannedWrite[] = [];
      const add = <K extends 'objective' | 'keyResult' | 'checkIn'>(kind: K, list: readonly RecordOfKind[K][] | undefined) => {
        for (const record of list ?? []) {
          // Shape only: the references may point at records this same batch brings back; storage checks them.
          const result = validateRecord(kind, record);
          if (!result.ok) throw new ValidationFailedError(result.errors);
          plan.push({ kind, id: result.value.id, next: result.value });
        }
      };
      add('objective', records.objectives);
      add('keyResult', records.keyResults);
      add('checkIn', records.checkIns);
      if (plan.length > 0) await commit(plan);
    },
    async applyBatch(writes, siblings = []) {
      const plan: PlannedWrite[] = writes.map((write) => {
        if (!isOkrRecordKind(write.kind)) fail('kind', `"${String(write.kind)}" is not a record kind of this store; pass it among the sibling changes`);
        if (write.next === null) return { kind: write.kind, id: write.id, next: null };
        const result = validateRecord(write.kind, write.next);
        if (!result.ok) throw new ValidationFailedError(result.errors.map((error) => ({ ...error, path: `${COLLECTION_OF[write.kind]}[${JSON.stringify(write.id)}]${error.path ? `.${error.path}` : ''}` })));
        return { kind: write.kind, id: write.id, next: result.value };
      });
      if (plan.length === 0 && siblings.length === 0) return [];
      return commit(plan, siblings);
    },
    async setAlignment(objectiveId, parentId) {
      const { parentId: _previous, ...rest } = get('objective', objectiveId);
      return put('objective', parentId === null ? rest : { ...rest, parentId });
    },
    async setLifecycleState(objectiveId, state, stateOptions = {}) {
      const objective = get('objective', objectiveId);
      const retrospective = stateOptions.retrospective ?? objective.retrospective;
      assertTransition(objective.state ?? 'active', state, retrospective);
      return put('objective', { ...objective, state, ...(retrospective === undefined ? {} : { retrospective }) });
    },
    dispose() {
      unsubscribeAdapter?.();
      listeners.clear();
    },
  };
  return store;
}
