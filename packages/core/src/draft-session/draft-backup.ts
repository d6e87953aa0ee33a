import type { WeeklyReport } from '../weekly-report/weekly-report.types';

/**
 * A local copy of a draft being typed (a weekly report, an objective in the editor), written
 * on every edit and read back after a failed save or a page reload, so that nothing typed is
 * lost. Synchronous on purpose: an edit must be on disk before the next keystroke, and a
 * reload must find it before the first paint. Hosts plug in `createLocalStorageDraftBackup()`
 * from `@okrkit/adapter-browser`; tests and stories use {@link createMemoryDraftBackup}.
 *
 * Entries are found by a key: the draft session passes its `backupKey`; a caller that leaves
 * `key` out of `write` files the value under its own `id` (a weekly report's id).
 *
 * `writtenAt` is optional: when present, a widget says when the unsaved changes were made
 * ("Restore unsaved changes from 10:42?").
 * @example
 * backup.write(draft); // on every edit, under draft.id
 * backup.write(objectiveDraft, 'objective:o-1'); // under a key of its own
 * backup.read('objective:o-1'); // after a reload: the last draft typed, or null
 * backup.clear('objective:o-1'); // once storage has that draft
 */
export interface DraftBackup<T = WeeklyReport> {
  read(key: string): T | null;
  /** Files `value` under `key`, by default under `value.id`. */
  write(value: T, key?: string): void;
  clear(key: string): void;
  /** When the backup under `key` was last written (ISO date-time), or null when there is none. */
  writtenAt?(key: string): string | null;
}

/** Options of {@link createMemoryDraftBackup}. */
export interface MemoryDraftBackupOptions {
  /** Stamps `writtenAt`. @default () => new Date() */
  now?: () => Date;
}

/**
 * The key a backup files `value` under when `write` is given none: its string `id`.
 * @example draftBackupKey({ id: 'wr-10' }) // 'wr-10'
 */
export function draftBackupKey(value: unknown, key?: string): string {
  if (key !== undefined) return key;
  const id = (value as { id?: unknown } | null)?.id;
  if (typeof id !== 'string') throw new TypeError('DraftBackup.write: pass a key for a value without a string id');
  return id;
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
export function createMemoryDraftBackup<T = WeeklyReport>(options: MemoryDraftBackupOptions = {}): DraftBackup<T> & { readonly size: number } {
  const now = options.now ?? (() => new Date());
  const entries = new Map<string, { value: T; writtenAt: string }>();
  return {
    read: (key) => {
      const entry = entries.get(key);
      return entry ? structuredClone(entry.value) : null;
    },
    write: (value, key) => {
      entries.set(draftBackupKey(value, key), { value: structuredClone(value), writtenAt: now().toISOString() });
    },
    clear: (key) => {
      entries.delete(key);
    },
    writtenAt: (key) => entries.get(key)?.writtenAt ?? null,
    get size() {
      return entries.size;
    },
  };
}
