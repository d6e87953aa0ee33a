import type { AppliedChange, ChangeEvent, StoredRecord } from '../store/adapter.types';
import {
  ConflictError,
  ForbiddenError,
  NotFoundError,
  type OkrStorageError,
  ReadOnlyError,
  toStorageError,
  ValidationFailedError,
} from '../store/errors';
import type { LoadIssue, StoreStatus } from '../store/store.types';
import { validateStoredWeeklyReport, validateWeeklyReport } from './validate-weekly-report';
import { reopenReport, submitReport, WeeklyReportError } from './weekly-report';
import type {
  SaveState,
  WeeklyReportConflict,
  WeeklyReportQuery,
  WeeklyReportStore,
  WeeklyReportStoreOptions,
  WeeklyReportStoreSnapshot,
} from './weekly-report-store.types';
import type { WeeklyReport } from './weekly-report.types';

const KIND = 'weeklyReport' as const;

function matches(report: WeeklyReport, query: WeeklyReportQuery): boolean {
  return (
    (query.authorId === undefined || report.authorId === query.authorId) &&
    (query.teamId === undefined || report.teamId === query.teamId) &&
    (query.week === undefined || (report.week.year === query.week.year && report.week.week === query.week.week))
  );
}

function checked(report: unknown): WeeklyReport {
  const result = validateWeeklyReport(report);
  if (!result.ok) throw new ValidationFailedError(result.errors);
  return report as WeeklyReport;
}

/** A record read from storage, or null when it is not a valid report (with the issues found). */
function readStored(stored: StoredRecord): { report: WeeklyReport | null; issues: LoadIssue[] } {
  const result = validateStoredWeeklyReport(stored.record);
  if (result.ok) return { report: stored.record as WeeklyReport, issues: [] };
  const rawId = (stored.record as { id?: unknown } | null)?.id;
  const id = typeof rawId === 'string' ? rawId : null;
  return { report: null, issues: result.errors.map((error) => ({ kind: KIND, id, path: error.path, message: error.message, severity: 'error' as const })) };
}

/**
 * Creates the store of weekly reports. It reads and writes records of kind `'weeklyReport'`
 * through the same {@link StorageAdapter} as the OKR store, validates every report it reads
 * (invalid ones become `loadIssues`, the rest loads) and every report it writes, and writes
 * one report at a time with the version it last read: a stale save rejects with a
 * `ConflictError`, keeps the local draft (never replaced) and records the conflict so a UI
 * can show both versions and let the user `keepMine` or `takeTheirs`. A submitted report
 * cannot be saved until its author reopens it.
 * @example
 * const reports = createWeeklyReportStore({ adapter });
 * await reports.load({ authorId: 'ana', week: { year: 2026, week: 10 } });
 * await reports.save({ ...draft, problems: [{ text: 'The panel provider is late' }] });
 * await reports.submit(draft.id);
 */
export function createWeeklyReportStore(options: WeeklyReportStoreOptions): WeeklyReportStore {
  const { adapter } = options;
  const now = options.now ?? (() => new Date());
  const reports = new Map<string, WeeklyReport>();
  // What storage holds as far as this client knows: a report whose local copy is this
  // object has no unsaved change, so a change made elsewhere can replace it.
  const confirmed = new Map<string, WeeklyReport>();
  const versions = new Map<string, number>();
  const saveStates = new Map<string, SaveState>();
  const conflicts = new Map<string, WeeklyReportConflict>();
  const pending = new Map<string, number>();
  const queues = new Map<string, Promise<unknown>>();
  const listeners = new Set<() => void>();
  let status: StoreStatus = 'idle';
  let error: OkrStorageError | null = null;
  let loadIssues: readonly LoadIssue[] = [];
  let lastQuery: WeeklyReportQuery = {};
  let snapshot: WeeklyReportStoreSnapshot | null = null;

  function changed(): void {
    snapshot = null;
    for (const listener of Array.from(listeners)) listener();
  }

  function getSnapshot(): WeeklyReportStoreSnapshot {
    snapshot ??= Object.freeze({
      status,
      error,
      reports: new Map(reports),
      versions: new Map(versions),
      saveStates: new Map(saveStates),
      conflicts: new Map(conflicts),
      loadIssues,
      readOnly: !adapter.apply,
    });
    return snapshot;
  }

  function isClean(id: string): boolean {
    return (pending.get(id) ?? 0) === 0 && !conflicts.has(id) && reports.get(id) === confirmed.get(id);
  }

  function setStored(id: string, report: WeeklyReport | null, version: number | null): void {
    if (report === null || version === null) {
      reports.delete(id);
      confirmed.delete(id);
      versions.delete(id);
    } else {
      reports.set(id, report);
      confirmed.set(id, report);
      versions.set(id, version);
    }
  }

  /**
   * Puts `report` in storage after the writes to it already queued, naming the version the
   * previous write produced (or `expectedVersion` when given). The local copy becomes
   * `report` at once and stays so whatever storage answers.
   */
  function write(report: WeeklyReport, expectedVersion?: number | null): Promise<WeeklyReport> {
    const apply = adapter.apply?.bind(adapter);
    if (!apply) return Promise.reject(new ReadOnlyError(adapter.name));
    const { id } = report;
    reports.set(id, report);
    saveStates.set(id, { state: 'saving' });
    pending.set(id, (pending.get(id) ?? 0) + 1);
    changed();
    const run = (queues.get(id) ?? Promise.resolve()).then(async () => {
      const expected = expectedVersion !== undefined ? expectedVersion : (versions.get(id) ?? null);
      const applied: AppliedChange[] = await apply([{ op: 'put', kind: KIND, record: report, expectedVersion: expected }]);
      return applied.find((change) => change.kind === KIND && change.id === id);
    });
    queues.set(id, run.catch(() => undefined));
    return run.then(
      (applied) => {
        const left = (pending.get(id) ?? 1) - 1;
        pending.set(id, left);
        // The local copy keeps its identity: what storage echoes back is the same report.
        confirmed.set(id, report);
        if (applied?.version != null) versions.set(id, applied.version);
        conflicts.delete(id);
        if (left === 0 && reports.get(id) === report) saveStates.set(id, { state: 'saved', at: now().toISOString() });
        changed();
        return report;
      },
      (cause: unknown) => {
        pending.set(id, (pending.get(id) ?? 1) - 1);
        const failure = toStorageError(cause);
        if (failure instanceof ConflictError) {
          const current = failure.current;
          const theirs = current === null ? null : readStored(current).report;
          conflicts.set(id, { mine: reports.get(id) ?? report, theirs, theirVersion: current?.version ?? null });
        }
        saveStates.set(id, { state: 'failed', error: failure });
        changed();
        throw failure;
      },
    );
  }

  function readOnlyRefusal(): ValidationFailedError {
    return new ValidationFailedError([{ path: 'state', message: 'submitted reports are read-only; reopen first' }]);
  }

  function existing(id: string): WeeklyReport {
    const report = reports.get(id);
    if (!report) throw new NotFoundError(KIND, id);
    return report;
  }

  const unsubscribeAdapter = adapter.subscribe?.((event: ChangeEvent) => {
    let any = false;
    for (const change of event.changes) {
      if (change.kind !== KIND) continue;
      const known = versions.get(change.id) ?? 0;
      // Our own writes echo back; a local draft with unsaved changes is not replaced
      // (its next save meets a ConflictError and the user sees both versions).
      if (!isClean(change.id) || (change.version !== null && change.version <= known)) continue;
      if (change.op === 'delete') {
        if (!reports.has(change.id)) continue;
        setStored(change.id, null, null);
        saveStates.delete(change.id);
      } else {
        const { report } = readStored({ kind: KIND, record: change.record, version: change.version ?? 0 });
        if (!report || (!reports.has(change.id) && !matches(report, lastQuery))) continue;
        setStored(change.id, report, change.version);
      }
      any = true;
    }
    if (any) changed();
  });

  const store: WeeklyReportStore = {
    getSnapshot,
    subscribe(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
    async load(query = {}) {
      lastQuery = query;
      status = 'loading';
      error = null;
      changed();
      try {
        // Adapters may ignore `kinds` and return every record: keep the reports only.
        const loaded = await adapter.load({ kinds: [KIND] });
        const issues: LoadIssue[] = [];
        for (const stored of loaded.records) {
          if (stored.kind !== KIND) continue;
          const read = readStored(stored);
          issues.push(...read.issues);
          if (!read.report || !matches(read.report, query)) continue;
          // A draft with unsaved changes stays as typed; its next save decides.
          if (reports.has(read.report.id) && !isClean(read.report.id)) continue;
          setStored(read.report.id, read.report, stored.version);
          if (!saveStates.has(read.report.id)) saveStates.set(read.report.id, { state: 'saved', at: null });
        }
        loadIssues = issues;
        status = 'ready';
        changed();
      } catch (cause) {
        error = toStorageError(cause);
        status = 'error';
        changed();
        throw error;
      }
    },
    async save(report) {
      const valid = checked(report);
      if (valid.state === 'submitted' || reports.get(valid.id)?.state === 'submitted') throw readOnlyRefusal();
      return write(valid);
    },
    async submit(reportId) {
      const report = existing(reportId);
      if (report.state === 'submitted') throw new ValidationFailedError([{ path: 'state', message: 'is already submitted' }]);
      return write(checked(submitReport(report, now())));
    },
    async reopen(reportId, by) {
      const report = existing(reportId);
      try {
        return await write(reopenReport(report, { by }));
      } catch (failure) {
        if (failure instanceof WeeklyReportError) {
          if (failure.code === 'not-author') throw new ForbiddenError(failure.message);
          throw new ValidationFailedError([{ path: 'state', message: 'is not submitted' }]);
        }
        throw failure;
      }
    },
    async keepMine(reportId, report) {
      const conflict = conflicts.get(reportId);
      if (!conflict) throw new ValidationFailedError([{ path: 'id', message: `weekly report "${reportId}" has no conflict to resolve` }]);
      const mine = checked(report ?? conflict.mine);
      if (mine.state === 'submitted' || conflict.theirs?.state === 'submitted') throw readOnlyRefusal();
      return write(mine, conflict.theirVersion);
    },
    takeTheirs(reportId) {
      const conflict = conflicts.get(reportId);
      if (!conflict) return reports.get(reportId) ?? null;
      conflicts.delete(reportId);
      setStored(reportId, conflict.theirs, conflict.theirVersion);
      if (conflict.theirs) saveStates.set(reportId, { state: 'saved', at: null });
      else saveStates.delete(reportId);
      changed();
      return conflict.theirs;
    },
    dispose() {
      unsubscribeAdapter?.();
      listeners.clear();
    },
  };
  return store;
}
