import type { LoadIssue, StoreStatus } from '../store/store.types';
import type { OkrStorageError } from '../store/errors';
import type { StorageAdapter } from '../store/adapter.types';
import type { IsoWeek, WeeklyReport } from './weekly-report.types';


/** Options of `createWeeklyReportStore`. */
export interface WeeklyReportStoreOptions {
  /** The same storage adapter as the OKR store: reports are records of kind `'weeklyReport'`. */
  adapter: StorageAdapter;
  /** Stamps `submittedAt` and the "saved at" time. @default () => new Date() */
  now?: () => Date;
}

/** Which reports to load. Every field narrows; an empty query loads every report. */
export interface WeeklyReportQuery {
  authorId?: string;
  teamId?: string;
  week?: IsoWeek;
}

/** Where the last save of one report stands, for the "saved / saving / not saved — retry" indicator. */
export type SaveState =
  | { state: 'saved'; at: string | null }
  | { state: 'saving' }
  | { state: 'failed'; error: OkrStorageError };

/**
 * Someone else saved the report after this client read it. `mine` is the local draft the
 * store kept (never replaced), `theirs` what storage holds now (null when it was deleted).
 */
export interface WeeklyReportConflict {
  mine: WeeklyReport;
  theirs: WeeklyReport | null;
  /** The version storage holds now; `keepMine` writes on top of it. null when deleted. */
  theirVersion: number | null;
}

export interface WeeklyReportStoreSnapshot {
  readonly status: StoreStatus;
  readonly error: OkrStorageError | null;
  /** Reports by id: the local draft when a save is pending or failed, else what storage holds. */
  readonly reports: ReadonlyMap<string, WeeklyReport>;
  /** The version storage holds for each report id (absent for a report never saved). */
  readonly versions: ReadonlyMap<string, number>;
  readonly saveStates: ReadonlyMap<string, SaveState>;
  /** Unresolved conflicts by report id; resolved with `keepMine` or `takeTheirs`. */
  readonly conflicts: ReadonlyMap<string, WeeklyReportConflict>;
  readonly loadIssues: readonly LoadIssue[];
  /** True when the adapter cannot write. */
  readonly readOnly: boolean;
}

/**
 * Weekly reports, kept through the same storage adapter as the OKRs. Saves are
 * version-checked (a stale save rejects with `ConflictError` carrying theirs) and never
 * overwrite silently; a submitted report is read-only until its author reopens it.
 * Writes to one report go to storage one at a time, in the order they were asked for.
 */
export interface WeeklyReportStore {
  getSnapshot(): WeeklyReportStoreSnapshot;
  subscribe(listener: () => void): () => void;
  load(query?: WeeklyReportQuery): Promise<void>;
  /** Saves a draft (create or update). Rejects with ValidationFailedError, ConflictError, UnavailableError… */
  save(report: WeeklyReport): Promise<WeeklyReport>;
  /** Submits a draft: it becomes read-only. */
  submit(reportId: string): Promise<WeeklyReport>;
  /** Reopens a submitted report; only its author may. */
  reopen(reportId: string, by: string): Promise<WeeklyReport>;
  /**
   * Resolves a conflict by saving `report` (the local draft by default) on top of the
   * version someone else saved — a deliberate overwrite, after the user saw both.
   */
  keepMine(reportId: string, report?: WeeklyReport): Promise<WeeklyReport>;
  /** Resolves a conflict by dropping the local draft for the stored version. Returns it (null when deleted). */
  takeTheirs(reportId: string): WeeklyReport | null;
  dispose(): void;
}
