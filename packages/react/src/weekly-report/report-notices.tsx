'use client';
import { okrIndex, type OkrSet, type WeeklyReport, type WeeklyReportConflict } from '@okrkit/core';
import { useId } from 'react';
import type { RestoreOffer, SaveIndicator } from './use-report-draft';
import type { WeeklyReportBuilderLabels } from './weekly-report.labels';
import { formatClock, formatMoment } from './weekly-report.utils';

export interface SaveStatusProps {
  indicator: SaveIndicator;
  labels: WeeklyReportBuilderLabels;
  locale: string | undefined;
  /** Absent when retrying cannot help (a conflict waits for a choice). */
  onRetry?: (() => void) | undefined;
}

/** "Saved · 10:42", "Saving…" or "Not saved — Retry", announced politely. */
export function SaveStatus({ indicator, labels, locale, onRetry }: SaveStatusProps) {
  const text =
    indicator.state === 'saving' ? labels.saving : indicator.state === 'failed' ? labels.notSaved : indicator.at ? labels.saved(formatClock(indicator.at, locale)) : labels.savedNever;
  return (
    <div data-slot="weekly-report-save" className="okr-slot-weekly-report-save" data-state={indicator.state}>
      <span role="status" aria-live="polite" data-slot="weekly-report-save-status" className="okr-slot-weekly-report-save-status">
        {text}
      </span>
      {indicator.state === 'failed' && onRetry ? (
        <>
          <span aria-hidden="true"> — </span>
          <button type="button" data-slot="weekly-report-retry" className="okr-slot-weekly-report-retry" title={indicator.error.message} onClick={onRetry}>
            {labels.retry}
          </button>
        </>
      ) : null}
    </div>
  );
}

export interface RestoreNoticeProps {
  offer: RestoreOffer;
  labels: WeeklyReportBuilderLabels;
  locale: string | undefined;
  onRestore: () => void;
  onDiscard: () => void;
}

/** After a reload: "Restore unsaved changes from …?" with Restore and Discard. */
export function RestoreNotice({ offer, labels, locale, onRestore, onDiscard }: RestoreNoticeProps) {
  const id = useId();
  const when = offer.writtenAt ? formatMoment(offer.writtenAt, locale) : '';
  return (
    <div role="group" aria-labelledby={id} data-slot="weekly-report-notice" className="okr-slot-weekly-report-notice" data-state="restore">
      <p id={id}>{labels.restoreQuestion(when).replace(/\s+\?$/, '?')}</p>
      <button type="button" data-slot="weekly-report-primary" className="okr-slot-weekly-report-primary" onClick={onRestore}>
        {labels.restore}
      </button>
      <button type="button" onClick={onDiscard}>
        {labels.discard}
      </button>
    </div>
  );
}

type Section = 'focus' | 'tasks' | 'problems' | 'nextWeek' | 'notes' | 'state';
const SECTIONS: Section[] = ['focus', 'tasks', 'problems', 'nextWeek', 'notes', 'state'];

/** One report's section as short lines of text, to compare two versions side by side. */
function sectionLines(report: WeeklyReport | null, section: Section, okrSet: OkrSet, labels: WeeklyReportBuilderLabels): string[] {
  if (!report) return [];
  const index = okrIndex(okrSet);
  const keyResult = (id: string | undefined) => (id === undefined ? '' : ` · ${index.keyResultsById.get(id)?.title ?? id}`);
  switch (section) {
    case 'focus':
      return report.focus.map((entry) => {
        const name = entry.keyResultId !== undefined ? (index.keyResultsById.get(entry.keyResultId)?.title ?? entry.keyResultId) : (index.objectivesById.get(entry.objectiveId ?? '')?.title ?? entry.objectiveId);
        return `${labels.focusPriority(entry.priority)} ${name}: ${entry.expectedResult || '—'}`;
      });
    case 'tasks':
      return report.tasks.map((task) => `${task.priority} ${task.title} (${labels.statuses[task.status]}${task.due ? `, ${task.due}` : ''})${keyResult(task.keyResultId)}`);
    case 'problems':
      return report.problems.map((problem) => `${problem.severity ? `${problem.severity === 'blocker' ? labels.blocker : labels.risk}: ` : ''}${problem.text}`);
    case 'nextWeek':
      return report.nextWeek.map((item) => item.text);
    case 'notes':
      return report.notes ? [report.notes] : [];
    case 'state':
      return [report.state === 'submitted' ? labels.submittedOn(report.submittedAt ?? '') : labels.draft];
    default:
      return section satisfies never;
  }
}

export interface ConflictPanelProps {
  conflict: WeeklyReportConflict;
  mine: WeeklyReport;
  okrSet: OkrSet;
  labels: WeeklyReportBuilderLabels;
  onKeepMine: () => void;
  onTakeTheirs: () => void;
}

/** Someone else saved meanwhile: each section that differs, theirs beside yours, then a choice. */
export function ConflictPanel({ conflict, mine, okrSet, labels, onKeepMine, onTakeTheirs }: ConflictPanelProps) {
  const id = useId();
  const titles: Record<Section, string> = { focus: labels.focus, tasks: labels.tasks, problems: labels.problems, nextWeek: labels.nextWeek, notes: labels.notes, state: labels.status };
  const differing = SECTIONS.map((section) => ({
    section,
    theirs: sectionLines(conflict.theirs, section, okrSet, labels),
    yours: sectionLines(mine, section, okrSet, labels),
  })).filter(({ theirs, yours }) => JSON.stringify(theirs) !== JSON.stringify(yours));
  return (
    <section role="alert" aria-labelledby={id} data-slot="weekly-report-conflict" className="okr-slot-weekly-report-conflict">
      <h2 id={id}>{labels.conflictTitle}</h2>
      <p>{labels.conflictDescription}</p>
      {differing.map(({ section, theirs, yours }) => (
        <div key={section} data-slot="weekly-report-conflict-section" className="okr-slot-weekly-report-conflict-section" data-section={section}>
          <h3>{titles[section]}</h3>
          <div data-slot="weekly-report-conflict-versions" className="okr-slot-weekly-report-conflict-versions">
            {(
              [
                ['theirs', labels.theirs, theirs],
                ['yours', labels.yours, yours],
              ] as const
            ).map(([side, title, lines]) => (
              <div key={side} data-slot="weekly-report-conflict-version" className="okr-slot-weekly-report-conflict-version" data-side={side}>
                <h4>{title}</h4>
                {lines.length === 0 ? <p>{labels.none}</p> : <ul>{lines.map((line, at) => <li key={at}>{line}</li>)}</ul>}
              </div>
            ))}
          </div>
        </div>
      ))}
      <div data-slot="weekly-report-dialog-actions" className="okr-slot-weekly-report-dialog-actions">
        <button type="button" data-slot="weekly-report-primary" className="okr-slot-weekly-report-primary" onClick={onKeepMine}>
          {labels.keepMine}
        </button>
        <button type="button" onClick={onTakeTheirs}>
          {labels.takeTheirs}
        </button>
      </div>
    </section>
  );
}
