import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, within } from 'storybook/test';
import { CellEditor } from './task-grid-cell';
import { defaultWeeklyReportBuilderLabels as labels } from './weekly-report.labels';
import { inReport } from './weekly-report.story-helpers';

const meta = {
  title: 'Components/WeeklyReport/Parts/CellEditor',
  component: CellEditor,
  tags: ['autodocs'],
  decorators: [inReport],
  args: { spec: { kind: 'text', value: 'Call the panel provider', required: true }, label: labels.title, onCommit: fn(), onCancel: fn(), onInput: fn() },
  argTypes: { spec: { control: 'object' } },
  parameters: {
    docs: {
      description: {
        component: 'The editor that replaces a task cell while it is edited: Enter keeps the value, Escape restores it, leaving the field keeps it. A blank title is never kept.',
      },
    },
  },
} satisfies Meta<typeof CellEditor>;

export default meta;
type Story = StoryObj<typeof meta>;

/** A title: it opens with its text selected, so typing replaces it. The play function types and keeps a new title. */
export const Text: Story = {
  play: async ({ canvasElement, args }) => {
    const editor = within(canvasElement).getByRole('textbox', { name: 'Task' });
    await expect(editor).toHaveFocus();
    await userEvent.keyboard('Email the panel provider{Enter}');
    await expect(args.onCommit).toHaveBeenCalledWith('Email the panel provider');
  },
};

/** A status: a select. The play function changes it, then cancels with Escape. */
export const Select: Story = {
  args: {
    spec: { kind: 'select', value: 'todo', options: (['todo', 'doing', 'done'] as const).map((status) => ({ value: status, label: labels.statuses[status] })) },
    label: labels.status,
  },
  play: async ({ canvasElement, args }) => {
    const select = within(canvasElement).getByRole('combobox', { name: 'Status' });
    await userEvent.selectOptions(select, 'In progress');
    await userEvent.keyboard('{Escape}');
    await expect(args.onCancel).toHaveBeenCalledOnce();
    await expect(args.onCommit).not.toHaveBeenCalled();
  },
};
