import type { ConflictError, OkrStorageError } from '../store/errors';
import type { DraftBackup } from './draft-backup';

/** The timer functions a session schedules with; injected in tests, the host's globals otherwise. */
export interface DraftTimers {
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

/** What a save indicator shows: "Saved · 10:42", "Saving…", "Unsaved changes", "Not saved — Retry". */
export type DraftIndicator =
  | { state: 'saved'; at: string | null }
  | { state: 'saving' }
  | { state: 'unsaved' }
  | { state: 'failed'; error: OkrStorageError };

/**
 * Someone else saved after this draft was read. `mine` is the draft as typed (never replaced),
 * `theirs` what storage holds now — null when they deleted it.
 */
export interface DraftConflict<T> {
  theirs: T | null;
  mine: T;
}

/** A draft found in the backup that differs from the stored value: offered back after a reload. */
export interface DraftRestoreOffer<T> {
  value: T;
  /** When it was typed (the backup's `writtenAt`), or null when the backup does not say. */
  writtenAt: string | null;
}

/** One frozen snapshot of a {@link DraftSession}; a new object whenever anything in it changed. */
export interface DraftSessionState<T> {
  /** The draft as typed: what a widget shows. */
  readonly value: T;
  /** What storage holds as far as the session knows (the last save's answer, or `storedChanged`). */
  readonly stored: T;
  /** The draft has changes storage does not have yet. */
  readonly dirty: boolean;
  readonly indicator: DraftIndicator;
  /** Open until the user keeps theirs or mine; nothing is saved meanwhile. */
  readonly conflict: DraftConflict<T> | null;
  /** Open until the user restores or discards it; edits wait for the choice. */
  readonly restore: DraftRestoreOffer<T> | null;
}

/** Options of `createDraftSession`. */
export interface DraftSessionOptions<T> {
  /** The stored value, or the blank (or template-filled) draft when creating. */
  initial: T;
  /**
   * `initial` is not in storage yet (a new objective, a template): the draft is dirty from the
   * start, and `flush()` saves it even before the first edit.
   * @default false
   */
  isNew?: boolean;
  /**
   * Writes the draft. Resolves with what storage now holds (or nothing: then the draft itself);
   * rejects with an `OkrStorageError`. A `ConflictError` opens the conflict instead of a plain failure.
   */
  save: (value: T) => Promise<T | void>;
  /** Where every edit is copied at once (and staged text shortly after), for a reload to offer back. */
  backup?: DraftBackup<T>;
  /** The key of this draft in `backup`. Required with `backup`. */
  backupKey?: string;
  /** Quiet time after the last edit before saving, in ms; `null` saves only on `flush()`. @default null */
  autosaveMs?: number | null;
  /** Whether two values say the same thing. @default Object.is */
  equals?: (a: T, b: T) => boolean;
  /** Whether a value may be edited (a submitted report may not): edits and restore offers wait on it. @default always */
  editable?: (value: T) => boolean;
  /**
   * What storage holds after a `ConflictError` (theirs), as a value of the draft's type.
   * @default the last value passed to `storedChanged` (null when the error says it was deleted)
   */
  readTheirs?: (error: ConflictError, mine: T) => T | null | Promise<T | null>;
  /** Writes mine on top of theirs once the user chose to. @default `save(mine)` */
  keepMine?: (mine: T, theirs: T | null) => Promise<T | void>;
  /** Told when the user took theirs (a store that keeps its own conflict record drops it here). */
  takeTheirs?: (theirs: T | null) => void;
  /** Staged text is in the backup this long after the last keystroke, in ms. @default 250 */
  stageBackupMs?: number;
  /** …and at least this often during a burst of typing with no pause, in ms. @default 1000 */
  stageBackupMaxWaitMs?: number;
  /** @default the host's setTimeout / clearTimeout, looked up at each call */
  timers?: DraftTimers;
  /** Stamps "saved at". @default () => new Date() */
  now?: () => Date;
}

/**
 * The controller behind a widget that edits one value and saves it: the draft being typed,
 * autosave (or save on demand), a local backup, conflicts with someone else's save, and the
 * offer to restore a backup after a reload. Framework-free; React binds it with `useDraftSession`.
 */
export interface DraftSession<T> {
  /** The current frozen state; the same object until something changes. */
  getState(): DraftSessionState<T>;
  /** Calls `listener` after every change of state. Returns the unsubscribe. */
  subscribe(listener: () => void): () => void;
  /** Applies an edit: shown at once, backed up at once, saved after `autosaveMs` of quiet. */
  edit(update: (value: T) => T): void;
  /**
   * Keeps text typed but not applied yet (a cell's editor, a form not yet added) in the backup,
   * `stageBackupMs` after the last keystroke, without touching the draft or saving. `key` names the
   * field; `null` drops it (committed or cancelled).
   */
  stage(key: string, update: ((value: T) => T) | null): void;
  /** Saves now (Save, Retry). Resolves false when storage refused or failed: the draft and backup stay. */
  flush(): Promise<boolean>;
  /** Writes staged text to the backup now (a page being hidden or closed). */
  flushBackup(): void;
  /** Storage changed elsewhere: replaces a clean draft; a dirty one stays and its next save decides. */
  storedChanged(next: T): void;
  /** Resolves a conflict by writing mine on top of theirs. */
  keepMine(): Promise<void>;
  /** Resolves a conflict by dropping mine for theirs. */
  takeTheirs(): void;
  /** Takes the offered backup as the draft (and saves it when autosaving). */
  acceptRestore(): void;
  /** Drops the offered backup. */
  discardRestore(): void;
  /** Leaves: writes staged text to the backup, saves a pending autosave now, stops timers, drops listeners. */
  dispose(): void;
}
