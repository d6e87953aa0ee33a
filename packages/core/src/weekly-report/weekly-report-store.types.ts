import type { LoadIssue, StoreStatus } from '../store/store.types';
import type { OkrStorageError } from '../store/errors';
import type { StorageAdapter } from '../store/adapter.types';
import type { IsoWeek, WeeklyReport } from './weekly-report.types';

/** Options of `createWeeklyReportStore`. */
export interface WeeklyReportStoreOptions {
  /** The same storage adapter as the OKR store: reports are records of kind `'weeklyReport'`. */
  adapter: StorageAdapter;
  /** @default () => new Date() */
  now?: () => Date;
}

/** Which reports to load. */
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

export interface WeeklyReportStoreSnapshot {
  readonly status: StoreStatus;
  readonly error: OkrStorageError | null;
  readonly reports: ReadonlyMap<string, WeeklyReport>;
  readonly versions: ReadonlyMap<string, number>;
  readonly saveStates: ReadonlyMap<string, SaveState>;
  readonly loadIssues: readonly LoadIssue[];
}

/**
 * Weekly reports, kept through the same storage adapter as the OKRs. Saves are
 * version-checked (a stale save rejects with `ConflictError` carrying theirs) and never
 * overwrite silently; a submitted report is read-only until its author reopens it.
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
  dispose(): void;
}
