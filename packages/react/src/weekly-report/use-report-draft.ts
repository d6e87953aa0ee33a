'use client';
import {
  createDraftSession,
  isWeeklyReportEditable,
  STAGE_BACKUP_MS,
  type DraftBackup,
  type DraftSession,
  type OkrStorageError,
  type WeeklyReport,
  type WeeklyReportConflict,
  type WeeklyReportStore,
} from '@okrkit/core';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useDraftSession } from '../internal/use-draft-session';
import { useReportError } from '../provider/index';
import { useWeeklyReportSnapshot } from './weekly-report-context';
import { sameReport, savableReport } from './weekly-report.utils';

export { STAGE_BACKUP_MS };

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
  /** `failed`: loading the reports failed (`loadError` says why); `missing`: they loaded, this one is not among them. */
  status: 'loading' | 'missing' | 'failed' | 'ready';
  draft: WeeklyReport | null;
  /** Why loading failed, while `status` is `failed`. */
  loadError: OkrStorageError | null;
  /** Loads the reports again (the Retry of a failed or empty load); never rejects. */
  retry: () => Promise<void>;
  /** Applies an edit: shown at once, backed up at once, saved after `autosaveMs` of quiet. */
  edit: (update: (report: WeeklyReport) => WeeklyReport) => void;
  /**
   * Keeps text that is typed but not applied yet (a grid cell's editor, a form not yet
   * added) in the backup, {@link STAGE_BACKUP_MS} after the last keystroke (at once on
   * `pagehide`), without touching the draft or saving: the draft changes only when the user
   * commits, yet a reload offers the text back. `key` names the field; `null` drops it.
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

interface Held {
  store: WeeklyReportStore;
  reportId: string;
  backup: DraftBackup | undefined;
  autosaveMs: number;
  session: DraftSession<WeeklyReport>;
}

/**
 * The weekly report's binding of the core draft session (`createDraftSession`): every edit
 * is shown at once and written to the backup at once, then saved to the store after
 * `autosaveMs` without edits. A save the store refuses leaves the draft (and the backup) as
 * typed. A change saved elsewhere replaces the draft only while it has no unsaved edit;
 * otherwise the next save meets the store's conflict, which the user resolves. A backup that
 * differs from the stored report is offered back instead of being overwritten. Submitting
 * and reopening are the report's own steps on top.
 */
export function useReportDraft({ store, reportId, backup, autosaveMs = 800 }: UseReportDraftOptions): ReportDraft {
  const snapshot = useWeeklyReportSnapshot(store);
  const stored = snapshot.reports.get(reportId);
  // The objects the store got from us: a stored report that is one of ours is an echo of our
  // own save (the store shows it before the save resolves), not news from elsewhere.
  const ours = useRef(new WeakSet<WeeklyReport>());
  const [gone, setGone] = useState<DraftSession<WeeklyReport> | null>(null);
  const held = useRef<Held | null>(null);
  const reportError = useReportError();
  const reportErrorRef = useRef(reportError);
  reportErrorRef.current = reportError;
  const current = held.current;
  if (stored && (!current || current.store !== store || current.reportId !== reportId || current.backup !== backup || current.autosaveMs !== autosaveMs)) {
    const outgoing = (report: WeeklyReport): WeeklyReport => {
      const savable = savableReport(report);
      ours.current.add(savable);
      return savable;
    };
    held.current = {
      store,
      reportId,
      backup,
      autosaveMs,
      session: createDraftSession<WeeklyReport>({
        initial: stored,
        save: (report) =>
          store.save(outgoing(report)).catch((cause: unknown) => {
            reportErrorRef.current(cause, { widget: 'report', action: 'save', kind: 'weeklyReport', recordId: reportId });
            throw cause;
          }),
        keepMine: (mine) =>
          store.keepMine(reportId, outgoing(mine)).catch((cause: unknown) => {
            reportErrorRef.current(cause, { widget: 'report', action: 'save', kind: 'weeklyReport', recordId: reportId });
            throw cause;
          }),
        readTheirs: () => store.getSnapshot().conflicts.get(reportId)?.theirs ?? null,
        takeTheirs: () => {
          store.takeTheirs(reportId);
        },
        backup,
        backupKey: reportId,
        autosaveMs,
        equals: sameReport,
        editable: isWeeklyReportEditable,
      }),
    };
  }
  const session = held.current?.session ?? null;
  const state = useDraftSession(session);

  useEffect(() => {
    if (session && stored && !ours.current.has(stored)) session.storedChanged(stored);
  }, [session, stored]);

  // Leaving the page section saves a pending edit and writes staged text (session.dispose);
  // a reload or a closed tab must not drop the last quarter second of typing either.
  useEffect(() => {
    if (!session) return;
    if (typeof window === 'undefined') return () => session.dispose();
    const flushStaged = () => session.flushBackup();
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') flushStaged();
    };
    window.addEventListener('pagehide', flushStaged);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      window.removeEventListener('pagehide', flushStaged);
      document.removeEventListener('visibilitychange', onVisibility);
      session.dispose();
    };
  }, [session]);

  // A failed load is the host's to hear (once per error), the people's to retry.
  const loadError = snapshot.status === 'error' ? snapshot.error : null;
  useEffect(() => {
    if (loadError) reportError(loadError, { widget: 'report', action: 'load', kind: 'weeklyReport', recordId: reportId });
  }, [loadError, reportError, reportId]);

  const conflict = session && state?.conflict ? (snapshot.conflicts.get(reportId) ?? null) : null;
  const draft = state && gone !== session ? state.value : null;
  const indicator = state?.indicator;

  const submit = useCallback(async () => {
    if (!session) return;
    if (!(await session.flush())) {
      const after = session.getState().indicator;
      throw after.state === 'failed' ? after.error : new Error('not saved');
    }
    try {
      await store.submit(reportId);
    } catch (cause) {
      reportError(cause, { widget: 'report', action: 'submit', kind: 'weeklyReport', recordId: reportId });
      throw cause;
    }
  }, [session, store, reportId, reportError]);

  return {
    status: draft ? 'ready' : loadError ? 'failed' : snapshot.status === 'ready' || gone ? 'missing' : 'loading',
    draft,
    loadError: draft ? null : loadError,
    retry: useCallback(() => store.load().catch(() => undefined), [store]),
    edit: useCallback((update) => session?.edit(update), [session]),
    stage: useCallback((key, update) => session?.stage(key, update), [session]),
    // The builder's indicator autosaves: an edit waiting for its save reads "Saving…".
    indicator: !indicator || indicator.state === 'unsaved' ? (indicator ? { state: 'saving' } : { state: 'saved', at: null }) : indicator,
    flush: useCallback(() => session?.flush() ?? Promise.resolve(false), [session]),
    conflict,
    keepMine: useCallback(async () => session?.keepMine(), [session]),
    takeTheirs: useCallback(() => {
      if (!session) return;
      const theirs = session.getState().conflict?.theirs;
      session.takeTheirs();
      if (theirs === null) setGone(session);
    }, [session]),
    restore: useMemo(() => (state?.restore ? { report: state.restore.value, writtenAt: state.restore.writtenAt } : null), [state?.restore]),
    acceptRestore: useCallback(() => session?.acceptRestore(), [session]),
    discardRestore: useCallback(() => session?.discardRestore(), [session]),
    submit,
    reopen: useCallback(
      async (by: string) => {
        try {
          await store.reopen(reportId, by);
        } catch (cause) {
          reportError(cause, { widget: 'report', action: 'reopen', kind: 'weeklyReport', recordId: reportId });
          throw cause;
        }
      },
      [store, reportId, reportError],
    ),
    storageReadOnly: snapshot.readOnly,
  };
}
