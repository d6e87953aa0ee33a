import { createMemoryDraftBackup } from '@okrkit/core';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { NotesSection } from './notes-section';
import { surveyNow, typicalWeek } from './weekly-report.fixtures';
import { defaultWeeklyReportBuilderLabels as labels } from './weekly-report.labels';
import { renderBuilder, storedReport } from './weekly-report.test-utils';

describe('NotesSection in the builder', () => {
  it('given the Notes field, what is typed is saved as the report’s notes, and emptying it removes them', async () => {
    const user = userEvent.setup();
    const backup = createMemoryDraftBackup({ now: () => new Date(surveyNow) });
    const write = vi.spyOn(backup, 'write');
    const stores = await renderBuilder(typicalWeek, { backup, autosaveMs: 10 });
    const notes = screen.getByRole('textbox', { name: 'Notes' });
    expect(notes).toHaveAccessibleDescription('Anything else the reader should know this week.');
    await user.type(notes, 'Out on Friday.{Enter}Ben covers the panel calls.');
    // Backed up on every keystroke (the save that follows clears the backup again).
    expect(write).toHaveBeenLastCalledWith(expect.objectContaining({ notes: 'Out on Friday.\nBen covers the panel calls.' }), 'wr-10');
    await waitFor(async () => expect((await storedReport(stores))?.notes).toBe('Out on Friday.\nBen covers the panel calls.'));
    await user.clear(notes);
    await waitFor(async () => expect(await storedReport(stores)).not.toHaveProperty('notes'));
  });
});

/** The section with the notes kept in state, as the builder keeps them. */
function EditableNotes({ initial, onNotesChange }: { initial?: string; onNotesChange: (notes: string) => void }) {
  const [notes, setNotes] = useState(initial);
  return (
    <NotesSection
      notes={notes}
      labels={labels}
      headingLevel={3}
      onNotesChange={(next) => {
        setNotes(next);
        onNotesChange(next);
      }}
    />
  );
}

describe('NotesSection on its own', () => {
  it('given a submitted report with notes, they are shown as text, not in a field', () => {
    render(<NotesSection notes="Out on Friday." labels={labels} headingLevel={3} />);
    expect(screen.getByRole('heading', { name: 'Notes' })).toBeInTheDocument();
    expect(screen.getByText('Out on Friday.')).toBeInTheDocument();
    expect(screen.queryByRole('textbox', { name: 'Notes' })).not.toBeInTheDocument();
  });

  it('given read-only and no notes (or only spaces), it shows no empty section at all', () => {
    const { container, rerender } = render(<NotesSection notes={undefined} labels={labels} headingLevel={3} />);
    expect(container).toBeEmptyDOMElement();
    rerender(<NotesSection notes="  " labels={labels} headingLevel={3} />);
    expect(container).toBeEmptyDOMElement();
  });

  it('given an editable section, it is a multi-line field named by its heading, where Enter starts a new line; editing and clearing report the text', async () => {
    const user = userEvent.setup();
    const onNotesChange = vi.fn();
    render(<EditableNotes initial="Out on Friday." onNotesChange={onNotesChange} />);
    const field = screen.getByRole('textbox', { name: 'Notes' });
    expect(field).toHaveValue('Out on Friday.');
    await user.type(field, '{Enter}Back Monday.');
    expect(onNotesChange).toHaveBeenLastCalledWith('Out on Friday.\nBack Monday.');
    await user.clear(field);
    expect(onNotesChange).toHaveBeenLastCalledWith('');
  });
});
