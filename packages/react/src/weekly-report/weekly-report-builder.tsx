'use client';
import { formatIsoWeek, addDays, type AuthorizationTarget, type DraftBackup, type OkrStorageError, type Task, type WeeklyFocus, type WeeklyReport, type WeeklyReportStore } from '@okrkit/core';
import { forwardRef, useCallback, useId, useMemo, useRef, type ComponentPropsWithoutRef } from 'react';
import { formatDateRange } from '../format/index';
import { isolatedLabel } from '../format/isolated-label';
import { useAfterFirstPaint } from '../internal/use-after-first-paint';
import { useCan, useDirectoryNames, useLegacyPersonName, useOkrContext, useOkrSelector } from '../provider/index';
import { CopyButtons } from './copy-buttons';
import { FocusSection } from './focus-section';
import { NotesSection } from './notes-section';
import { ProgressSection } from './progress-section';
import { AddTaskDialog, SubmitDialog } from './report-dialogs';
import { ConflictPanel, RestoreNotice, SaveStatus } from './report-notices';
import { TaskGrid } from './task-grid';
import { TextListSection } from './text-list-section';
import { useReportDraft } from './use-report-draft';
import { useWeeklyReportStore } from './weekly-report-context';
import { defaultWeeklyReportBuilderLabels, type WeeklyReportBuilderLabels } from './weekly-report.labels';
import { formatMoment, keyResultChoices, peopleChoices, useStableChoices, type Choice } from './weekly-report.utils';
import { slotClass } from '../internal/slot-class';

export interface WeeklyReportBuilderProps extends Omit<ComponentPropsWithoutRef<'article'>, 'children'> {
  reportId: string;
  /** Who is using the builder: only the report's author may reopen it once submitted. */
  currentUserId: string;
  /** @default the `WeeklyReportProvider`'s store */
  store?: WeeklyReportStore;
  /**
   * Where every edit is copied at once, and text typed but not yet kept (a cell being edited,
   * a focus item not yet added) 250 ms after the last keystroke, so a failed save or a reload loses nothing.
   */
  backup?: DraftBackup;
  /** Quiet time after the last edit before saving, in ms. @default 800 */
  autosaveMs?: number;
  /** Shows the report without inputs, whatever its state. @default false */
  readOnly?: boolean;
  /**
   * People a task can be given to (the author and current owners are always offered).
   * @deprecated Pass `directory` to `OkrProvider`: its people are offered. Still honoured for one release.
   */
  people?: readonly Choice[];
  /**
   * How to show a person's id.
   * @deprecated Pass `directory` to `OkrProvider` instead. Still honoured (first) for one release.
   * @default the name in `people`, else in the provider's directory, else the id
   */
  personName?: (personId: string) => string;
  labels?: Partial<WeeklyReportBuilderLabels>;
}

/**
 * Writes a weekly report from the OKRs (DOMAIN §7): Focus (add, reprioritise, remove),
 * Tasks (a keyboard grid), Progress since last week (from the check-in log, read-only),
 * Problems, Next week and Notes.
 * Edits autosave after a quiet moment, with a visible "Saved · 10:42 / Saving… / Not
 * saved — Retry"; each edit is also copied to `backup` and offered back after a reload;
 * a save that meets someone else's shows both versions. Submitting asks first and makes
 * the report read-only until its author reopens it. Reads OKRs from the `OkrProvider`.
 * @example
 * <WeeklyReportBuilder store={reports} reportId="wr-10" currentUserId="ana" backup={createLocalStorageDraftBackup()} />
 */
export const WeeklyReportBuilder = /* @__PURE__ */ forwardRef<HTMLElement, WeeklyReportBuilderProps>(function WeeklyReportBuilder(props, ref) {
  const { reportId, currentUserId, store: storeProp, backup, autosaveMs, readOnly = false, people = NO_PEOPLE, personName: personNameProp, labels: labelsProp, className, ...rest } = props;
  const store = useWeeklyReportStore(storeProp);
  const { locale, labels: okrLabels } = useOkrContext();
  const okrSet = useOkrSelector(useCallback((snapshot) => snapshot.okrSet, []));
  // okrkit's English, then the provider's `labels.report`, then this widget's own `labels`.
  const fromProvider = okrLabels.report;
  const labels = useMemo(() => ({ ...defaultWeeklyReportBuilderLabels, ...fromProvider, ...labelsProp }), [fromProvider, labelsProp]);
  const draftState = useReportDraft({ store, reportId, backup, autosaveMs });
  const { draft, edit, stage } = draftState;
  // Progress, problems, next week and notes sit below the task grid: they are mounted once the
  // header, focus and grid of the loaded report are painted (a 2,000-task report painted 2.9×
  // slower than a bare TanStack page with them in its first render, bench/weekly-grid), and at
  // once when the page is printed. The focus entries' controls and add form come then too.
  const afterFirstPaint = useAfterFirstPaint(draft !== null);
  // The provider's `can` decides whether this person may change the report (its author's edit, a manager's read).
  const target = useMemo<AuthorizationTarget | null>(() => (draft ? { kind: 'weeklyReport', record: draft } : null), [draft]);
  const mayUpdate = useCan('update', target);
  // The dialogs portal into the article (its colour scheme and direction apply there). Held in a
  // ref and read when a dialog opens: state here would render the whole report a second time on mount.
  const rootRef = useRef<HTMLElement | null>(null);
  const root = useCallback(() => rootRef.current, []);
  const baseId = useId();
  const setRefs = useCallback(
    (element: HTMLElement | null) => {
      rootRef.current = element;
      if (typeof ref === 'function') ref(element);
      else if (ref) ref.current = element;
    },
    [ref],
  );

  // The deprecated `personName` / `people` first, then the provider's directory.
  const personName = useLegacyPersonName(personNameProp, people);
  const { people: directoryPeople } = useDirectoryNames();
  const offeredPeople = people.length > 0 ? people : directoryPeople;
  const keyResults = useStableChoices(useMemo(() => (draft ? keyResultChoices(draft, okrSet) : []), [draft, okrSet]));
  const owners = useStableChoices(useMemo(() => (draft ? peopleChoices(draft, offeredPeople, personName) : []), [draft, offeredPeople, personName]));
  const onTasksChange = useCallback((tasks: Task[]) => edit((report) => ({ ...report, tasks })), [edit]);
  const onTasksTyping = useCallback(
    (update: ((tasks: Task[]) => Task[]) | null) => stage('task-cell', update && ((report) => ({ ...report, tasks: update(report.tasks) }))),
    [stage],
  );
  const onFocusTyping = useCallback(
    (update: ((focus: WeeklyFocus[]) => WeeklyFocus[]) | null) => stage('focus-add', update && ((report) => ({ ...report, focus: update(report.focus) }))),
    [stage],
  );
  const onNotesChange = useCallback(
    (notes: string) =>
      edit((report) => {
        const { notes: _previous, ...rest } = report;
        return notes === '' ? rest : { ...rest, notes };
      }),
    [edit],
  );

  if (!draft) {
    const failure = draftState.status === 'failed' ? loadFailureOf(draftState.loadError) : draftState.status === 'missing' ? 'not-found' : null;
    return (
      <article
        ref={setRefs}
        className={slotClass('weekly-report', ['okr-weekly-report', className].filter(Boolean).join(' '))}
        data-slot="weekly-report"
        data-state={failure ?? 'loading'}
        aria-busy={failure === null}
        {...rest}
      >
        {failure === null ? (
          <p data-slot="weekly-report-loading" className="okr-slot-weekly-report-loading" role="status">
            {labels.loading}
          </p>
        ) : (
          // People get a plain sentence chosen by what went wrong, and a way to try again; the detail goes to onError.
          <div data-slot="weekly-report-error" className="okr-slot-weekly-report-error" data-code={draftState.loadError?.code}>
            <p role={draftState.status === 'failed' ? 'alert' : undefined}>{failureMessage(failure, labels)}</p>
            <button type="button" data-slot="weekly-report-retry" className="okr-slot-weekly-report-retry" onClick={() => void draftState.retry()}>
              {labels.retry}
            </button>
          </div>
        )}
      </article>
    );
  }

  const submitted = draft.state === 'submitted';
  const editable = !readOnly && !submitted && !draftState.storageReadOnly && !draftState.restore && mayUpdate.allowed;
  const refusedId = `${baseId}-not-allowed`;
  const refused = !readOnly && !mayUpdate.allowed;
  const patch = <K extends keyof WeeklyReport>(key: K) => (editable ? (value: WeeklyReport[K]) => edit((report) => ({ ...report, [key]: value })) : undefined);
  const range = formatDateRange(draft.weekStart, addDays(draft.weekStart, 6), locale);
  const conflict = draftState.conflict;

  return (
    <article
      ref={setRefs}
      className={slotClass('weekly-report', ['okr-weekly-report', className].filter(Boolean).join(' '))}
      data-slot="weekly-report"
      data-state={draft.state}
      aria-labelledby={`${baseId}-title`}
      {...rest}
    >
      <header data-slot="weekly-report-header" className="okr-slot-weekly-report-header">
        <h2 id={`${baseId}-title`}>{labels.report}</h2>
        <p data-slot="weekly-report-meta" className="okr-slot-weekly-report-meta">
          {labels.weekOf(formatIsoWeek(draft.week), range)} · {isolatedLabel(labels.by, personName(draft.authorId))} ·{' '}
          <span data-slot="weekly-report-state" className="okr-slot-weekly-report-state">{submitted ? labels.submittedOn(draft.submittedAt ? formatMoment(draft.submittedAt, locale) : '') : labels.draft}</span>
        </p>
        <div data-slot="weekly-report-toolbar" className="okr-slot-weekly-report-toolbar">
          {!submitted && !readOnly && !refused ? (
            <SaveStatus indicator={draftState.indicator} labels={labels} locale={locale} onRetry={conflict ? undefined : () => void draftState.flush()} />
          ) : null}
          {!submitted && !readOnly && !refused ? <SubmitDialog labels={labels} container={root} onConfirm={draftState.submit} disabled={!editable || conflict !== null} /> : null}
          {refused ? (
            // Disabled but focusable: the reason is read on focus and shown on hover.
            <button type="button" data-slot={submitted ? 'weekly-report-reopen' : 'weekly-report-submit'} className={`okr-slot-${submitted ? 'weekly-report-reopen' : 'weekly-report-submit'}`} aria-disabled="true" aria-describedby={refusedId} title={mayUpdate.reason}>
              {submitted ? labels.reopen : labels.submit}
            </button>
          ) : null}
          {submitted && !readOnly && !refused && currentUserId === draft.authorId ? (
            <button type="button" data-slot="weekly-report-reopen" className="okr-slot-weekly-report-reopen" onClick={() => void draftState.reopen(currentUserId)}>
              {labels.reopen}
            </button>
          ) : null}
          <CopyButtons report={draft} okrSet={okrSet} locale={locale} personName={personName} labels={labels} />
        </div>
        {refused ? (
          <p id={refusedId} data-slot="weekly-report-not-allowed" className="okr-slot-weekly-report-not-allowed">
            {labels.notAllowedToEdit}
          </p>
        ) : null}
      </header>
      {draftState.restore ? (
        <RestoreNotice offer={draftState.restore} labels={labels} locale={locale} onRestore={draftState.acceptRestore} onDiscard={draftState.discardRestore} />
      ) : null}
      {conflict ? (
        <ConflictPanel conflict={conflict} mine={draft} okrSet={okrSet} labels={labels} onKeepMine={() => void draftState.keepMine()} onTakeTheirs={draftState.takeTheirs} />
      ) : null}
      <FocusSection focus={draft.focus} okrSet={okrSet} labels={labels} onFocusChange={patch('focus')} onFocusTyping={editable ? onFocusTyping : undefined} headingLevel={3} firstPaint={!afterFirstPaint} />
      <section aria-labelledby={`${baseId}-tasks`} data-slot="weekly-report-section" className="okr-slot-weekly-report-section" data-section="tasks">
        <div data-slot="weekly-report-section-header" className="okr-slot-weekly-report-section-header">
          <h3 id={`${baseId}-tasks`}>{labels.tasks}</h3>
          {editable ? (
            <AddTaskDialog
              labels={labels}
              keyResults={keyResults}
              people={owners}
              defaultOwnerId={currentUserId}
              container={root}
              onAdd={(task) => edit((report) => ({ ...report, tasks: [...report.tasks, task] }))}
            />
          ) : null}
        </div>
        <TaskGrid
          tasks={draft.tasks}
          onTasksChange={editable ? onTasksChange : undefined}
          onTasksTyping={editable ? onTasksTyping : undefined}
          keyResults={keyResults} people={owners} personName={personName} labels={labels} locale={locale} />
      </section>
      {afterFirstPaint ? (
        <>
          <ProgressSection report={draft} okrSet={okrSet} labels={labels} locale={locale} headingLevel={3} />
          <TextListSection kind="problems" items={draft.problems} keyResults={keyResults} labels={labels} onItemsChange={patch('problems')} headingLevel={3} />
          <TextListSection kind="nextWeek" items={draft.nextWeek} keyResults={keyResults} labels={labels} onItemsChange={patch('nextWeek')} headingLevel={3} />
          <NotesSection notes={draft.notes} labels={labels} onNotesChange={editable ? onNotesChange : undefined} headingLevel={3} />
        </>
      ) : (
        // Until then, room for them (so a page without a scroll bar gets it now, not later);
        // nothing above moves when they arrive, and nothing is announced.
        <div aria-hidden="true" data-slot="weekly-report-deferred" className="okr-slot-weekly-report-deferred" />
      )}
    </article>
  );
});

const NO_PEOPLE: readonly Choice[] = [];

type LoadFailure = 'unavailable' | 'forbidden' | 'not-found' | 'failed';

/** Unavailable, not allowed and not found are different states: each has its own sentence. */
function loadFailureOf(error: OkrStorageError | null): LoadFailure {
  const code = error?.code;
  return code === 'unavailable' || code === 'forbidden' || code === 'not-found' ? code : 'failed';
}

function failureMessage(failure: LoadFailure, labels: WeeklyReportBuilderLabels): string {
  if (failure === 'unavailable') return `${labels.loadFailed} ${labels.loadUnavailable}`;
  if (failure === 'forbidden') return labels.loadForbidden;
  if (failure === 'not-found') return labels.notFound;
  return labels.loadFailed;
}
