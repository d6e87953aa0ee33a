'use client';
import { useId } from 'react';
import type { WeeklyReportBuilderLabels } from './weekly-report.labels';

export interface NotesSectionProps {
  notes: string | undefined;
  labels: WeeklyReportBuilderLabels;
  /** Absent when read-only. An empty string means no notes. */
  onNotesChange?: ((notes: string) => void) | undefined;
  headingLevel: 2 | 3;
}

/** The report's free text (`notes`): a multi-line field while drafting, the text once read-only. */
export function NotesSection({ notes, labels, onNotesChange, headingLevel }: NotesSectionProps) {
  const Heading = `h${headingLevel}` as const;
  const headingId = useId();
  if (!onNotesChange && !notes?.trim()) return null;
  return (
    <section aria-labelledby={headingId} data-slot="weekly-report-section" className="okr-slot-weekly-report-section" data-section="notes">
      <Heading id={headingId}>{labels.notes}</Heading>
      {onNotesChange ? (
        <>
          <textarea
            aria-labelledby={headingId}
            aria-describedby={`${headingId}-hint`}
            data-slot="weekly-report-notes" className="okr-slot-weekly-report-notes"
            dir="auto"
            rows={4}
            value={notes ?? ''}
            onChange={(event) => onNotesChange(event.target.value)}
          />
          <p id={`${headingId}-hint`} data-slot="weekly-report-empty" className="okr-slot-weekly-report-empty">
            {labels.notesHint}
          </p>
        </>
      ) : (
        <p data-slot="weekly-report-notes" className="okr-slot-weekly-report-notes" dir="auto">
          {notes}
        </p>
      )}
    </section>
  );
}
