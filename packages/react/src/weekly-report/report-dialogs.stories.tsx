import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState, type ReactNode } from 'react';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { ForbiddenError, UnavailableError } from '@okrkit/core';
import { AddTaskDialog, SubmitDialog, type AddTaskDialogProps } from './report-dialogs';
import { surveyKeyResults, surveyPeople } from './weekly-report.fixtures';
import { defaultWeeklyReportBuilderLabels } from './weekly-report.labels';

const keyResults = surveyKeyResults;

/** The builder's root, which the dialogs portal into (so its scheme and direction apply, and axe sees them). */
function ReportRoot({ children }: { children: (container: HTMLElement | null) => ReactNode }) {
  const [root, setRoot] = useState<HTMLElement | null>(null);
  return (
    <div ref={setRoot} className="okr-weekly-report">
      {children(root)}
    </div>
  );
}

const meta = {
  title: 'Components/WeeklyReport/Parts/Dialogs',
  component: AddTaskDialog,
  subcomponents: { SubmitDialog },
  tags: ['autodocs'],
  args: { labels: defaultWeeklyReportBuilderLabels, keyResults, people: surveyPeople, defaultOwnerId: 'ana', container: null, onAdd: fn() },
  argTypes: { keyResults: { control: false }, people: { control: false }, container: { control: false }, labels: { control: 'object' } },
  render: (args: AddTaskDialogProps) => <ReportRoot>{(container) => <AddTaskDialog {...args} container={container} />}</ReportRoot>,
  parameters: {
    docs: {
      description: {
        component: '"Add task" (the title is required) and "Submit" (asks first, since a submitted report becomes read-only), as Radix dialogs portalled into the builder.',
      },
    },
  },
} satisfies Meta<typeof AddTaskDialog>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The play function tries to add a task without a title, reads the error, then adds one. */
export const AddTask: Story = {
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Add task' }));
    const dialog = await canvas.findByRole('dialog', { name: 'Add a task' });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Add' }));
    const title = within(dialog).getByRole('textbox', { name: 'Task' });
    await expect(title).toHaveAccessibleDescription('Give the task a title');
    await userEvent.type(title, 'Book the focus group room');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Add' }));
    await expect(args.onAdd).toHaveBeenCalledWith(expect.objectContaining({ title: 'Book the focus group room', ownerId: 'ana' }));
    await waitFor(() => expect(canvas.queryByRole('dialog')).not.toBeInTheDocument());
  },
};

/** The play function opens the confirmation and leaves it open, for a look at it. */
export const SubmitConfirmation: Story = {
  render: (args) => <ReportRoot>{(container) => <SubmitDialog labels={args.labels} container={container} onConfirm={async () => {}} />}</ReportRoot>,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Submit' }));
    const dialog = await canvas.findByRole('dialog', { name: 'Submit this report?' });
    await expect(within(dialog).getByRole('button', { name: 'Submit report' })).toBeEnabled();
  },
};

/**
 * Submitting while storage cannot be reached: people read a plain sentence, never the
 * adapter's message (that goes to the console and the provider's `onError`); Retry submits
 * again, and this time it goes through.
 */
export const SubmitOffline: Story = {
  render: (args) => {
    let attempts = 0;
    const onConfirm = async () => {
      attempts += 1;
      if (attempts === 1) throw new UnavailableError('fetch failed: ECONNREFUSED 127.0.0.1:8787 (GET /api/okr/records)');
    };
    return <ReportRoot>{(container) => <SubmitDialog labels={args.labels} container={container} onConfirm={onConfirm} />}</ReportRoot>;
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Submit' }));
    const dialog = await canvas.findByRole('dialog', { name: 'Submit this report?' });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Submit report' }));
    const alert = await within(dialog).findByRole('alert');
    await expect(alert).toHaveTextContent(defaultWeeklyReportBuilderLabels.submitUnavailable);
    await expect(dialog).not.toHaveTextContent('ECONNREFUSED');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Retry' }));
    await waitFor(() => expect(canvas.queryByRole('dialog')).not.toBeInTheDocument());
  },
};

/** Submitting refused by the host's policy (403): a plain sentence, no Retry (it cannot succeed), focus on Cancel. */
export const SubmitRefusedByPolicy: Story = {
  render: (args) => (
    <ReportRoot>
      {(container) => (
        <SubmitDialog labels={args.labels} container={container} onConfirm={() => Promise.reject(new ForbiddenError('403 POST /api/okr/records: policy weekly-report.submit denied for role viewer'))} />
      )}
    </ReportRoot>
  ),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Submit' }));
    const dialog = await canvas.findByRole('dialog', { name: 'Submit this report?' });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Submit report' }));
    await expect(await within(dialog).findByRole('alert')).toHaveTextContent(defaultWeeklyReportBuilderLabels.submitForbidden);
    await expect(dialog).not.toHaveTextContent('403');
    await expect(within(dialog).queryByRole('button', { name: 'Retry' })).not.toBeInTheDocument();
    await waitFor(() => expect(within(dialog).getByRole('button', { name: 'Cancel' })).toHaveFocus());
  },
};
