import { UnavailableError } from '@okrkit/core';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, within } from 'storybook/test';
import { ConflictPanel, RestoreNotice, SaveStatus } from './report-notices';
import { surveyNow, surveySet, typicalWeek, weekWithProblems } from './weekly-report.fixtures';
import { defaultWeeklyReportBuilderLabels } from './weekly-report.labels';
import { inReport } from './weekly-report.story-helpers';

const labels = defaultWeeklyReportBuilderLabels;
const mine = { ...typicalWeek, problems: [{ text: 'The survey tool is down' }] };

const meta = {
  title: 'Components/WeeklyReport/Parts/Notices',
  component: SaveStatus,
  subcomponents: { RestoreNotice, ConflictPanel },
  tags: ['autodocs'],
  decorators: [inReport],
  args: { indicator: { state: 'saved', at: surveyNow }, labels, locale: 'en-US', onRetry: fn() },
  argTypes: { indicator: { control: 'object' }, labels: { control: 'object' } },
  parameters: {
    docs: {
      description: {
        component:
          'What the builder says about saving: "Saved · 10:42", "Saving…" or "Not saved — Retry" (a polite status); after a reload, ' +
          'the offer to restore unsaved changes; when someone else saved meanwhile, both versions of each section that differs.',
      },
    },
  },
} satisfies Meta<typeof SaveStatus>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Saved, with the time. */
export const Saved: Story = {
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('status')).toHaveTextContent(/^Saved · /);
  },
};

/** A save in flight. */
export const Saving: Story = {
  args: { indicator: { state: 'saving' } },
};

/** Storage is down: "Not saved", and Retry (the reason is its tooltip). The play function retries. */
export const NotSaved: Story = {
  args: { indicator: { state: 'failed', error: new UnavailableError('The server cannot be reached') } },
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('status')).toHaveTextContent('Not saved');
    await userEvent.click(canvas.getByRole('button', { name: 'Retry' }));
    await expect(args.onRetry).toHaveBeenCalledOnce();
  },
};

/** After a reload, a backup newer than storage: restore or discard. */
export const RestoreOffer: Story = {
  render: (args) => <RestoreNotice offer={{ report: mine, writtenAt: surveyNow }} labels={args.labels} locale={args.locale} onRestore={fn()} onDiscard={fn()} />,
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('group', { name: /^Restore unsaved changes from .+\?$/ })).toBeInTheDocument();
  },
};

/** Someone else saved meanwhile: their problems beside mine, then a choice. */
export const Conflict: Story = {
  render: (args) => (
    <ConflictPanel conflict={{ mine, theirs: weekWithProblems, theirVersion: 2 }} mine={mine} okrSet={surveySet} labels={args.labels} onKeepMine={fn()} onTakeTheirs={fn()} />
  ),
  play: async ({ canvasElement }) => {
    const conflict = within(canvasElement).getByRole('alert', { name: 'Someone else changed this report' });
    await expect(within(conflict).getByRole('heading', { name: 'Problems and risks' })).toBeInTheDocument();
  },
};
