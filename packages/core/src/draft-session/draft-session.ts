import { ConflictError, toStorageError, type OkrStorageError } from '../store/errors';
import type { DraftConflict, DraftIndicator, DraftRestoreOffer, DraftSession, DraftSessionOptions, DraftSessionState, DraftTimers } from './draft-session.types';

/** Staged text is in the backup this long after the last keystroke, in ms. */
export const STAGE_BACKUP_MS = 250;
/** …and at least this often during a burst of typing with no pause, in ms. */
export const STAGE_BACKUP_MAX_WAIT_MS = 1000;

// Looked up at each call, so a test's fake timers installed after the session was made still apply.
const hostTimers: DraftTimers = {
  setTimeout: (callback, ms) => globalThis.setTimeout(callback, ms),
  clearTimeout: (handle) => globalThis.clearTimeout(handle as ReturnType<typeof setTimeout>),
};

/**
 * Starts the draft of one value (a weekly report, an objective with its key results). Every
 * edit is shown at once and copied to the backup at once, then saved after `autosaveMs` of
 * quiet (or on `flush()` when `autosaveMs` is null). Saves run one at a time, in order. A save
 * storage refuses leaves the draft and its backup as typed. A change saved elsewhere replaces
 * the draft only while it has no unsaved edit; otherwise the next save meets a conflict, which
 * the user resolves (`keepMine` / `takeTheirs`). A backup that differs from `initial` is offered
 * back (`restore`) instead of being overwritten.
 * @example
 * const session = createDraftSession({ initial: report, save: (value) => reports.save(value), backup, backupKey: report.id, autosaveMs: 800 });
 * session.subscribe(() => render(session.getState()));
 * session.edit((report) => ({ ...report, notes: 'Panel provider is late' })); // saved 800 ms later
 */
export function createDraftSession<T>(options: DraftSessionOptions<T>): DraftSession<T> {
  const { save, backup, backupKey } = options;
  if (backup && backupKey === undefined) throw new TypeError('createDraftSession: a backup needs a backupKey');
  const equals = options.equals ?? Object.is;
  const editable = options.editable ?? (() => true);
  const timers = options.timers ?? hostTimers;
  const now = options.now ?? (() => new Date());
  const autosaveMs = options.autosaveMs ?? null;
  const stageMs = options.stageBackupMs ?? STAGE_BACKUP_MS;
  const stageMaxWaitMs = options.stageBackupMaxWaitMs ?? STAGE_BACKUP_MAX_WAIT_MS;

  let value = options.initial;
  let stored = options.initial;
  // The draft storage is known to hold (undefined: none yet, a new draft).
  let saved: T | undefined = options.isNew ? undefined : options.initial;
  let savedAt: string | null = null;
  let error: OkrStorageError | null = null;
  let conflict: DraftConflict<T> | null = null;
  let restore: DraftRestoreOffer<T> | null = null;
  let saving = 0;
  let autosave: unknown = null;
  let queue: Promise<unknown> = Promise.resolve();
  // Typed but not applied yet, by field, in the order it was started; see `stage`.
  const staged = new Map<string, (value: T) => T>();
  let stagedInBackup = false;
  let stagePending = false;
  let stageQuiet: unknown = null;
  let stageMaxWait: unknown = null;
  const listeners = new Set<() => void>();
  let state: DraftSessionState<T> | null = null;

  const isDirty = (): boolean => saved === undefined || (value !== saved && !equals(value, saved));

  function indicator(): DraftIndicator {
    if (autosave !== null || saving > 0) return { state: 'saving' };
    if (error) return { state: 'failed', error };
    if (isDirty()) return { state: 'unsaved' };
    return { state: 'saved', at: savedAt };
  }

  function changed(): void {
    state = null;
    for (const listener of Array.from(listeners)) listener();
  }

  function clearAutosave(): void {
    if (autosave !== null) timers.clearTimeout(autosave);
    autosave = null;
  }

  /** The backup as it should read now: the draft with every staged field on top, or nothing. */
  function writeBackup(): void {
    stagePending = false;
    if (stageQuiet !== null) timers.clearTimeout(stageQuiet);
    if (stageMaxWait !== null) timers.clearTimeout(stageMaxWait);
    stageQuiet = stageMaxWait = null;
    if (!backup || backupKey === undefined) return;
    let withStaged = value;
    for (const update of staged.values()) withStaged = update(withStaged);
    stagedInBackup = staged.size > 0;
    if (withStaged === saved) backup.clear(backupKey);
    else backup.write(withStaged, backupKey);
  }

  /** Storage has `sent`: the backup goes once nothing typed since (or staged) differs from it. */
  function confirmSaved(sent: T, answer: T | void): void {
    saved = sent;
    stored = answer === undefined ? sent : answer;
    savedAt = now().toISOString();
    error = null;
    if (value === sent && staged.size === 0 && backup && backupKey !== undefined) backup.clear(backupKey);
  }

  async function failed(cause: unknown): Promise<void> {
    const failure = toStorageError(cause);
    error = failure;
    if (failure instanceof ConflictError) {
      const theirs = options.readTheirs ? await options.readTheirs(failure, value) : failure.current === null ? null : stored;
      conflict = { theirs, mine: value };
    }
  }

  async function attempt(): Promise<boolean> {
    // While a conflict is open nothing is saved: the user chooses a version first.
    if (conflict) return false;
    if (!isDirty()) return true;
    const sent = value;
    saving += 1;
    changed();
    try {
      confirmSaved(sent, await save(sent));
      return true;
    } catch (cause) {
      await failed(cause);
      return false;
    } finally {
      saving -= 1;
      changed();
    }
  }

  /** Saves after the saves already asked for, so two writes of one draft never race. */
  function enqueue<R>(run: () => Promise<R>): Promise<R> {
    const next = queue.then(run);
    queue = next.catch(() => undefined);
    return next;
  }

  function flush(): Promise<boolean> {
    clearAutosave();
    return enqueue(attempt);
  }

  function scheduleAutosave(): void {
    clearAutosave();
    if (autosaveMs === null) return;
    autosave = timers.setTimeout(() => {
      autosave = null;
      void enqueue(attempt);
    }, autosaveMs);
  }

  function flushBackup(): void {
    if (stagePending) writeBackup();
  }

  // A backup left by an earlier page (a reload, a crash) is offered back, not overwritten.
  if (backup && backupKey !== undefined) {
    const backedUp = backup.read(backupKey);
    if (backedUp !== null) {
      if (editable(options.initial) && !equals(backedUp, options.initial)) restore = { value: backedUp, writtenAt: backup.writtenAt?.(backupKey) ?? null };
      else backup.clear(backupKey);
    }
  }

  return {
    getState() {
      state ??= Object.freeze({ value, stored, dirty: isDirty(), indicator: indicator(), conflict, restore });
      return state;
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
    edit(update) {
      if (restore || !editable(value)) return;
      const next = update(value);
      if (next === value) return;
      value = next;
      writeBackup();
      if (!conflict) scheduleAutosave();
      changed();
    },
    stage(key, update) {
      if (update) staged.set(key, update);
      else if (!staged.delete(key)) return;
      if (!backup || !editable(value)) return;
      if (!update && staged.size === 0) {
        // Committed (an edit rewrote the backup already) or cancelled: the backup goes back to the draft.
        if (stagedInBackup || stagePending) writeBackup();
        return;
      }
      // A keystroke costs no copy of the draft (a backup write copies all of it: ~13 ms for a
      // report of 2,000 tasks), so the backup catches up when typing pauses; `flushBackup` and
      // `dispose` write it at once.
      stagePending = true;
      if (stageQuiet !== null) timers.clearTimeout(stageQuiet);
      stageQuiet = timers.setTimeout(writeBackup, stageMs);
      stageMaxWait ??= timers.setTimeout(writeBackup, stageMaxWaitMs);
    },
    flush,
    flushBackup,
    storedChanged(next) {
      if (next === stored) return;
      stored = next;
      if (next === value || equals(next, value)) {
        // Storage caught up with the draft (our own save echoing back, or the same edit made twice).
        if (saving === 0 && !conflict) saved = value;
      } else if (!isDirty() && saving === 0 && !conflict && autosave === null) {
        value = saved = next;
        savedAt = null;
      }
      changed();
    },
    async keepMine() {
      if (!conflict) return;
      const { theirs } = conflict;
      await enqueue(async () => {
        const mine = value;
        saving += 1;
        changed();
        try {
          const answer = await (options.keepMine ? options.keepMine(mine, theirs) : save(mine));
          conflict = null;
          confirmSaved(mine, answer);
        } catch (cause) {
          // A second conflict (they saved again) replaces the first; any other failure keeps it open.
          await failed(cause);
        } finally {
          saving -= 1;
          changed();
        }
      });
    },
    takeTheirs() {
      if (!conflict) return;
      const { theirs } = conflict;
      options.takeTheirs?.(theirs);
      conflict = null;
      error = null;
      clearAutosave();
      if (backup && backupKey !== undefined) backup.clear(backupKey);
      if (theirs !== null) {
        value = stored = saved = theirs;
        savedAt = null;
      } else saved = value; // deleted elsewhere: nothing left to save; the host drops the draft
      changed();
    },
    acceptRestore() {
      if (!restore) return;
      value = restore.value;
      restore = null;
      changed();
      if (autosaveMs !== null) void flush();
    },
    discardRestore() {
      if (!restore) return;
      restore = null;
      if (backup && backupKey !== undefined) backup.clear(backupKey);
      changed();
    },
    dispose() {
      flushBackup();
      if (stageQuiet !== null) timers.clearTimeout(stageQuiet);
      if (stageMaxWait !== null) timers.clearTimeout(stageMaxWait);
      stageQuiet = stageMaxWait = null;
      // Leaving must not drop a pending edit: save it now.
      if (autosave !== null) void flush();
      listeners.clear();
    },
  };
}
