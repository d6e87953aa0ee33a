import type { WeeklyReport } from './weekly-report.types';

/**
 * A local copy of the report being typed, written on every edit and read back after a
 * failed save or a page reload, so that nothing typed is lost. Synchronous on purpose: an
 * edit must be on disk before the next keystroke, and a reload must find it before the
 * first paint. Hosts plug in `createLocalStorageDraftBackup()` from
 * `@okrkit/adapter-browser`; tests and stories use {@link createMemoryDraftBackup}.
 *
 * `writtenAt` is optional: when present, the builder says when the unsaved changes were
 * made ("Restore unsaved changes from 10:42?").
 * @example
 * backup.write(draft); // on every edit
 * backup.read(draft.id); // after a reload: the last draft typed, or null
 * backup.clear(draft.id); // once storage has that draft
 */
export interface DraftBackup {
  read(reportId: string): WeeklyReport | null;
  write(report: WeeklyReport): void;
  clear(reportId: string): void;
  /** When the backup of `reportId` was last written (ISO date-time), or null when there is none. */
  writtenAt?(reportId: string): string | null;
}

/** Options of {@link createMemoryDraftBackup}. */
export interface MemoryDraftBackupOptions {
  /** Stamps `writtenAt`. @default () => new Date() */
  now?: () => Date;
}

/**
 * The in-memory reference {@link DraftBackup}: survives an unmount and a remount within one
 * page (the "reload" of a test or story), not a real reload. Copies on write and read, so
 * a caller mutating its draft cannot change the backup.
 * @example
 * const backup = createMemoryDraftBackup();
 * backup.write(report);
 * backup.read(report.id); // a copy of report
 */
export function createMemoryDraftBackup(options: MemoryDraftBackupOptions = {}): DraftBackup & { readonly size: number } {
  const now = options.now ?? (() => new Date());
  const entries = new Map<string, { report: WeeklyReport; writtenAt: string }>();
  return {
    read: (reportId) => {
      const entry = entries.get(reportId);
      return entry ? structuredClone(entry.report) : null;
    },
    write: (report) => {
      entries.set(report.id, { report: structuredClone(report), writtenAt: now().toISOString() });
    },
    clear: (reportId) => {
      entries.delete(reportId);
    },
    writtenAt: (reportId) => entries.get(reportId)?.writtenAt ?? null,
    get size() {
      return entries.size;
    },
  };
}
