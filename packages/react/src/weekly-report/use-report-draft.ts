'use client';
import {
  isWeeklyReportEditable,
  type DraftBackup,
  type OkrStorageError,
  type WeeklyReport,
  type WeeklyReportConflict,
  type WeeklyReportStore,
} from '@okrkit/core';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useWeeklyReportSnapshot } from './weekly-report-context';
import { sameReport, savableReport } from './weekly-report.utils';

/** What the save indicator shows. */
export type SaveIndicator =
  | { state: 'saved'; at: string | null }
  | { state: 'saving' }
  | { state: 'failed'; error: OkrStorageError };

/** Options of {@link useReportDraft}. */
export interface UseReportDraftOptions {
  store: WeeklyReportStore;
  reportId: string;
  backup?: DraftBackup | undefined;
  /** @default 800 */
  autosaveMs?: number | undefined;
}

/** A draft found in the backup that storage does not have, offered back after a reload. */
export interface RestoreOffer {
  report: WeeklyReport;
  writtenAt: string | null;
}

/** The controller behind the builder: the draft being typed, autosave, backup, conflicts. */
export interface ReportDraft {
  status: 'loading' | 'missing' | 'ready';
  draft: WeeklyReport | null;
  /** Applies an edit: shown at once, backed up at once, saved after `autosaveMs` of quiet. */
  edit: (update: (report: WeeklyReport) => WeeklyReport) => void;
  /**
   * Keeps text that is typed but not applied yet (a grid cell's editor, a form not yet
   * added) in the backup, {@link STAGE_BACKUP_MS} after the last keystroke (at once on
   * `pagehide`), without touching the draft or
   * saving: the draft changes only when the user commits, yet a reload offers the text
   * back. `key` names the field; `null` drops it (committed or cancelled).
   * @example stage('task-cell', (report) => ({ ...report, tasks: withTitle(report.tasks, 't1', 'Send two remin') }))
   */
  stage: (key: string, update: ((report: WeeklyReport) => WeeklyReport) | null) => void;
  indicator: SaveIndicator;
  /** Saves now (the Retry button; also before submitting). Resolves false when storage refused. */
  flush: () => Promise<boolean>;
  conflict: WeeklyReportConflict | null;
  keepMine: () => Promise<void>;
  takeTheirs: () => void;
  restore: RestoreOffer | null;
  acceptRestore: () => void;
  discardRestore: () => void;
  submit: () => Promise<void>;
  reopen: (by: string) => Promise<void>;
  storageReadOnly: boolean;
}

/** Staged text is in the backup this long after the last keystroke, in ms. */
export const STAGE_BACKUP_MS = 250;
/** …and at least this often during a burst of typing with no pause, in ms. */
export const STAGE_BACKUP_MAX_WAIT_MS = 1000;

/**
 * Keeps the draft of one report: every edit is shown at once and written to the backup at
 * once, then saved to the store after `autosaveMs` without edits. A save the store refuses
 * leaves the draft (and the backup) as typed. A change saved elsewhere replaces the draft
 * only while it has no unsaved edit; otherwise the next save meets a conflict, which the
 * user resolves. On the first render with the report, a backup that differs from the
 * stored report is offered back instead of being overwritten.
 */
export function useReportDraft({ store, reportId, backup, autosaveMs = 800 }: UseReportDraftOptions): ReportDraft {
  const snapshot = useWeeklyReportSnapshot(store);
  const stored = snapshot.reports.get(reportId);
  const [draft, setDraft] = useState<WeeklyReport | null>(stored ?? null);
  const draftRef = useRef(draft);
  // The draft last handed to the store, and the objects the store got from us: a stored
  // report that is one of ours is an echo of our own save, not news from elsewhere.
  const sentDraft = useRef<WeeklyReport | null>(stored ?? null);
  const ours = useRef(new WeakSet<WeeklyReport>());
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const [waiting, setWaiting] = useState(false);
  const [restore, setRestore] = useState<RestoreOffer | null>(null);
  const checkedBackup = useRef(false);
  // Typed but not applied yet, by field, in the order it was started; see `stage`.
  const staged = useRef(new Map<string, (report: WeeklyReport) => WeeklyReport>());
  // Whether the backup holds staged text, and whether a write of it is scheduled.
  const stagedInBackup = useRef(false);
  const stagePending = useRef(false);
  const stageQuiet = useRef<ReturnType<typeof setTimeout> | null>(null);
  const stageMaxWait = useRef<ReturnType<typeof setTimeout> | null>(null);
  // The draft storage is known to hold: the backup is cleared when nothing differs from it.
  const savedDraft = useRef<WeeklyReport | null>(stored ?? null);

  /** The backup as it should read now: the draft with every staged field on top, or nothing. */
  const writeBackup = useCallback(
    (report: WeeklyReport | null) => {
      stagePending.current = false;
      if (stageQuiet.current) clearTimeout(stageQuiet.current);
      if (stageMaxWait.current) clearTimeout(stageMaxWait.current);
      stageQuiet.current = stageMaxWait.current = null;
      if (!backup || !report) return;
      let withStaged = report;
      for (const update of staged.current.values()) withStaged = update(withStaged);
      stagedInBackup.current = staged.current.size > 0;
      if (withStaged === savedDraft.current) backup.clear(reportId);
      else backup.write(withStaged);
    },
    [backup, reportId],
  );

  const replaceDraft = useCallback((next: WeeklyReport | null) => {
    draftRef.current = next;
    sentDraft.current = next;
    savedDraft.current = next;
    setDraft(next);
  }, []);

  useEffect(() => {
    if (!stored || ours.current.has(stored)) return;
    if (draftRef.current === null || draftRef.current === sentDraft.current) replaceDraft(stored);
  }, [stored, replaceDraft]);

  useEffect(() => {
    if (!stored || !backup || checkedBackup.current) return;
    checkedBackup.current = true;
    const backedUp = backup.read(reportId);
    if (!backedUp) return;
    if (isWeeklyReportEditable(stored) && !sameReport(backedUp, stored)) {
      setRestore({ report: backedUp, writtenAt: backup.writtenAt?.(reportId) ?? null });
    } else backup.clear(reportId);
  }, [stored, backup, reportId]);

  const save = useCallback(
    async (force: boolean): Promise<boolean> => {
      if (timer.current) clearTimeout(timer.current);
      timer.current = null;
      setWaiting(false);
      const current = draftRef.current;
      if (!current || (!force && current === sentDraft.current)) return true;
      sentDraft.current = current;
      const outgoing = savableReport(current);
      ours.current.add(outgoing);
      try {
        await store.save(outgoing);
        savedDraft.current = current;
        // Text still being typed stays in the backup until it is committed or dropped.
        if (draftRef.current === current && staged.current.size === 0) backup?.clear(reportId);
        return true;
      } catch {
        // The store's save state says what went wrong; the draft and its backup stay.
        return false;
      }
    },
    [store, backup, reportId],
  );

  const conflict = snapshot.conflicts.get(reportId) ?? null;
  const conflictRef = useRef(conflict);
  conflictRef.current = conflict;

  const edit = useCallback(
    (update: (report: WeeklyReport) => WeeklyReport) => {
      const current = draftRef.current;
      if (!current || !isWeeklyReportEditable(current)) return;
      const next = update(current);
      if (next === current) return;
      draftRef.current = next;
      setDraft(next);
      writeBackup(next);
      if (timer.current) clearTimeout(timer.current);
      // While a conflict is open, nothing is saved until the user chose a version.
      if (conflictRef.current) return;
      setWaiting(true);
      timer.current = setTimeout(() => void save(false), autosaveMs);
    },
    [writeBackup, autosaveMs, save],
  );

  const writeBackupRef = useRef(writeBackup);
  writeBackupRef.current = writeBackup;
  const stage = useCallback(
    (key: string, update: ((report: WeeklyReport) => WeeklyReport) | null) => {
      if (update) staged.current.set(key, update);
      else if (!staged.current.delete(key)) return;
      if (!backup || !draftRef.current || !isWeeklyReportEditable(draftRef.current)) return;
      if (!update && staged.current.size === 0) {
        // Committed (an edit rewrote the backup already) or cancelled: the backup goes back to the draft.
        if (stagedInBackup.current || stagePending.current) writeBackup(draftRef.current);
        return;
      }
      // A keystroke costs no copy of the report (a backup write copies all of it: ~13 ms for
      // 2,000 tasks), so the backup catches up when typing pauses, not between two keystrokes.
      // A reload or a closed tab writes it at once (below).
      stagePending.current = true;
      const flush = () => writeBackupRef.current(draftRef.current);
      if (stageQuiet.current) clearTimeout(stageQuiet.current);
      stageQuiet.current = setTimeout(flush, STAGE_BACKUP_MS);
      stageMaxWait.current ??= setTimeout(flush, STAGE_BACKUP_MAX_WAIT_MS);
    },
    [backup, writeBackup],
  );

  // A reload or a closed tab must not drop the last quarter second of typing.
  useEffect(() => {
    if (typeof window === 'undefined') return;
    const flushStaged = () => {
      if (stagePending.current) writeBackupRef.current(draftRef.current);
    };
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') flushStaged();
    };
    window.addEventListener('pagehide', flushStaged);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      window.removeEventListener('pagehide', flushStaged);
      document.removeEventListener('visibilitychange', onVisibility);
      flushStaged();
    };
  }, []);

  // Leaving the page section must not drop a pending edit: save it now.
  const saveRef = useRef(save);
  saveRef.current = save;
  useEffect(
    () => () => {
      if (timer.current) void saveRef.current(false);
    },
    [],
  );

  const saveState = snapshot.saveStates.get(reportId);
  const indicator: SaveIndicator =
    saveState?.state === 'failed' ? saveState : waiting || saveState?.state === 'saving' ? { state: 'saving' } : { state: 'saved', at: saveState?.state === 'saved' ? saveState.at : null };

  return {
    status: draft ? 'ready' : snapshot.status === 'ready' || snapshot.status === 'error' ? 'missing' : 'loading',
    draft,
    edit,
    stage,
    indicator,
    flush: useCallback(() => save(true), [save]),
    conflict,
    keepMine: useCallback(async () => {
      const current = draftRef.current;
      if (!current) return;
      sentDraft.current = current;
      const outgoing = savableReport(current);
      ours.current.add(outgoing);
      await store.keepMine(reportId, outgoing).catch(() => undefined);
      if (!store.getSnapshot().conflicts.has(reportId)) savedDraft.current = current;
      if (draftRef.current === current && !store.getSnapshot().conflicts.has(reportId) && staged.current.size === 0) backup?.clear(reportId);
    }, [store, reportId, backup]),
    takeTheirs: useCallback(() => {
      const theirs = store.takeTheirs(reportId);
      backup?.clear(reportId);
      replaceDraft(theirs);
    }, [store, reportId, backup, replaceDraft]),
    restore,
    acceptRestore: useCallback(() => {
      if (!restore) return;
      setRestore(null);
      draftRef.current = restore.report;
      setDraft(restore.report);
      void save(true);
    }, [restore, save]),
    discardRestore: useCallback(() => {
      setRestore(null);
      backup?.clear(reportId);
    }, [backup, reportId]),
    submit: useCallback(async () => {
      if (!(await save(false))) throw store.getSnapshot().saveStates.get(reportId)?.state === 'failed' ? (store.getSnapshot().saveStates.get(reportId) as { error: OkrStorageError }).error : new Error('not saved');
      await store.submit(reportId);
    }, [save, store, reportId]),
    reopen: useCallback(
      async (by: string) => {
        await store.reopen(reportId, by);
      },
      [store, reportId],
    ),
    storageReadOnly: snapshot.readOnly,
  };
}
