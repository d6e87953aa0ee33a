import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import { expect, userEvent, within } from 'storybook/test';
import { NotesSection, type NotesSectionProps } from './notes-section';
import { defaultWeeklyReportBuilderLabels } from './weekly-report.labels';
import { inReport } from './weekly-report.story-helpers';

/** The field over notes kept in state, as the builder keeps them. */
function EditableNotes(props: NotesSectionProps) {
  const [notes, setNotes] = useState(props.notes);
  return <NotesSection {...props} notes={notes} onNotesChange={setNotes} />;
}

const meta = {
  title: 'Components/WeeklyReport/Parts/NotesSection',
  component: NotesSection,
  tags: ['autodocs'],
  decorators: [inReport],
  args: { notes: 'Out on Friday. Ben covers the panel calls.', labels: defaultWeeklyReportBuilderLabels, headingLevel: 3 },
  argTypes: { notes: { control: 'text' }, labels: { control: 'object' }, headingLevel: { control: 'inline-radio', options: [2, 3] } },
  parameters: {
    docs: { description: { component: 'The report’s free text: a multi-line field, with a hint, while drafting; the text once read-only (nothing at all when empty).' } },
  },
} satisfies Meta<typeof NotesSection>;

export default meta;
type Story = StoryObj<typeof meta>;

/** While drafting, empty. The play function writes two lines. */
export const Editable: Story = {
  args: { notes: undefined },
  render: (args) => <EditableNotes {...args} />,
  play: async ({ canvasElement }) => {
    const field = within(canvasElement).getByRole('textbox', { name: 'Notes' });
    await expect(field).toHaveAccessibleDescription('Anything else the reader should know this week.');
    await userEvent.type(field, 'Out on Friday.{Enter}Ben covers the panel calls.');
    await expect(field).toHaveValue('Out on Friday.\nBen covers the panel calls.');
  },
};

/** Submitted, or in the view: the notes as text. */
export const ReadOnly: Story = {
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('heading', { name: 'Notes' })).toBeInTheDocument();
    await expect(within(canvasElement).queryByRole('textbox')).not.toBeInTheDocument();
  },
};

/**
 * The field is dressed like the report around it: the report's font (not the browser's
 * monospace for textareas), the scheme's colours in dark mode (not a white box).
 */
export const EditableDark: Story = {
  args: { notes: 'Out on Friday.' },
  globals: { colorScheme: 'dark' },
  render: (args) => <EditableNotes {...args} />,
  play: async ({ canvasElement }) => {
    const field = within(canvasElement).getByRole('textbox', { name: 'Notes' });
    const report = field.closest('.okr-weekly-report')!;
    const fieldStyle = getComputedStyle(field);
    await expect(fieldStyle.fontFamily).toBe(getComputedStyle(report).fontFamily);
    await expect(fieldStyle.fontFamily).not.toMatch(/monospace/);
    await expect(fieldStyle.fontSize).toBe(getComputedStyle(report).fontSize);
    await expect(fieldStyle.backgroundColor).toBe('rgb(25, 25, 25)');
    await expect(fieldStyle.color).toBe(getComputedStyle(report).color);
    await expect(fieldStyle.colorScheme).toBe('dark');
  },
};
