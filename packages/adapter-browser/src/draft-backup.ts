import { draftBackupKey, validateWeeklyReport, type DraftBackup, type WeeklyReport } from '@okrkit/core';

/** Options of {@link createLocalStorageDraftBackup}. */
export interface LocalStorageDraftBackupOptions<T = WeeklyReport> {
  /** The prefix of every localStorage key; the draft's key (a report's id) follows it. @default 'okrkit:weekly-report-draft' */
  key?: string;
  /** Stamps `writtenAt`. @default () => new Date() */
  now?: () => Date;
  /**
   * Whether what was read back is still a valid draft (another version of the app may have
   * written it); anything else reads as null. @default a valid weekly report
   */
  isValue?: (value: unknown) => value is T;
}

interface Entry<T> {
  report: T;
  writtenAt: string;
}

const isWeeklyReport = (value: unknown): value is WeeklyReport => validateWeeklyReport(value).ok;

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
export function createLocalStorageDraftBackup(options?: LocalStorageDraftBackupOptions): DraftBackup;
/**
 * Any other draft (an objective in the editor) with its own check of what is read back.
 * @example
 * createLocalStorageDraftBackup({ key: 'okrkit:objective-draft', isValue: isObjectiveDraft })
 */
export function createLocalStorageDraftBackup<T>(options: LocalStorageDraftBackupOptions<T> & { isValue: (value: unknown) => value is T }): DraftBackup<T>;
export function createLocalStorageDraftBackup<T>(options: LocalStorageDraftBackupOptions<T> = {}): DraftBackup<T> {
  const prefix = options.key ?? 'okrkit:weekly-report-draft';
  const now = options.now ?? (() => new Date());
  const isValue = options.isValue ?? (isWeeklyReport as unknown as (value: unknown) => value is T);
  const keyOf = (reportId: string): string => `${prefix}:${reportId}`;

  function entry(reportId: string): Entry<T> | null {
    try {
      const raw = storage()?.getItem(keyOf(reportId));
      if (!raw) return null;
      const parsed = JSON.parse(raw) as Partial<Entry<T>>;
      if (typeof parsed.writtenAt !== 'string' || !isValue(parsed.report)) return null;
      return parsed as Entry<T>;
    } catch {
      return null;
    }
  }

  return {
    read: (reportId) => entry(reportId)?.report ?? null,
    writtenAt: (reportId) => entry(reportId)?.writtenAt ?? null,
    write(report, key) {
      const name = draftBackupKey(report, key);
      try {
        storage()?.setItem(keyOf(name), JSON.stringify({ report, writtenAt: now().toISOString() } satisfies Entry<T>));
      } catch (error) {
        // QuotaExceededError or a denied storage: the store still has the last saved version.
        console.warn(`okrkit: could not back up draft "${name}" locally`, error);
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
