import { validateWeeklyReport, type DraftBackup, type WeeklyReport } from '@okrkit/core';

/** Options of {@link createLocalStorageDraftBackup}. */
export interface LocalStorageDraftBackupOptions {
  /** The prefix of every localStorage key; the report id follows it. @default 'okrkit:weekly-report-draft' */
  key?: string;
  /** Stamps `writtenAt`. @default () => new Date() */
  now?: () => Date;
}

interface Entry {
  report: WeeklyReport;
  writtenAt: string;
}

/** The page's localStorage, or null on a server or when the browser denies it (privacy modes, sandboxed frames). */
function storage(): Storage | null {
  try {
    return typeof globalThis.localStorage === 'undefined' ? null : globalThis.localStorage;
  } catch {
    return null;
  }
}

/**
 * A {@link DraftBackup} in `localStorage`: a draft typed before a failed save or a crash is
 * still there after a reload, in this browser. Safe during server-side rendering (reads
 * return null, writes do nothing); a full quota or a denied storage never breaks typing —
 * the write is skipped with a console warning. A stored entry that is no longer a valid
 * report reads as null.
 * @example
 * <WeeklyReportBuilder reportId="wr-10" backup={createLocalStorageDraftBackup()} … />
 */
export function createLocalStorageDraftBackup(options: LocalStorageDraftBackupOptions = {}): DraftBackup {
  const prefix = options.key ?? 'okrkit:weekly-report-draft';
  const now = options.now ?? (() => new Date());
  const keyOf = (reportId: string): string => `${prefix}:${reportId}`;

  function entry(reportId: string): Entry | null {
    try {
      const raw = storage()?.getItem(keyOf(reportId));
      if (!raw) return null;
      const parsed = JSON.parse(raw) as Partial<Entry>;
      if (typeof parsed.writtenAt !== 'string' || !validateWeeklyReport(parsed.report).ok) return null;
      return parsed as Entry;
    } catch {
      return null;
    }
  }

  return {
    read: (reportId) => entry(reportId)?.report ?? null,
    writtenAt: (reportId) => entry(reportId)?.writtenAt ?? null,
    write(report) {
      try {
        storage()?.setItem(keyOf(report.id), JSON.stringify({ report, writtenAt: now().toISOString() } satisfies Entry));
      } catch (error) {
        // QuotaExceededError or a denied storage: the store still has the last saved version.
        console.warn(`okrkit: could not back up weekly report "${report.id}" locally`, error);
      }
    },
    clear(reportId) {
      try {
        storage()?.removeItem(keyOf(reportId));
      } catch {
        // Nothing to clear when storage is unavailable.
      }
    },
  };
}
