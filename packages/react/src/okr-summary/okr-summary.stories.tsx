import type { OkrSet } from '@okrkit/core';
import { domainExamples } from '@okrkit/core/examples';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { withOkrStore } from '../internal/story-store';
import { exampleDirectory } from '../provider/directory.fixtures';
import { OkrSummary } from './index';

/** The examples with two Growth objectives closed (graded), for the grade distribution. */
const withClosed: OkrSet = {
  ...domainExamples,
  objectives: domainExamples.objectives.map((objective) =>
    objective.teamId === 'brightline-growth' || objective.id === 'obj-user-activity' ? { ...objective, state: 'closed', retrospective: 'Closed for the story.' } : objective,
  ),
};

const meta = {
  title: 'Components/OkrSummary',
  component: OkrSummary,
  tags: ['autodocs'],
  decorators: [withOkrStore(domainExamples, { directory: exampleDirectory })],
  args: { teamId: 'brightline' },
  argTypes: {
    teamId: { control: 'select', options: [undefined, ...new Set(domainExamples.objectives.map((objective) => objective.teamId))] },
    periodId: { control: 'select', options: [undefined, ...domainExamples.periods.map((period) => period.id)] },
    maxOutdatedListed: { control: { type: 'number', min: 0, max: 20 } },
  },
  parameters: {
    docs: {
      description: {
        component:
          'A compact dashboard for a team, a period or an owner: objectives under way by status, their net confidence score, ' +
          'outdated key results and, once objectives are closed, the grade distribution. Every bar has its numbers beside it ' +
          'in a table; status is told by shape and word, never by colour alone.',
      },
    },
  },
} satisfies Meta<typeof OkrSummary>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The company's own objectives. The play function reads the numbers a screen reader gets. */
export const Default: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const summary = await canvas.findByRole('region', { name: 'Summary: Brightline (company)' });
    const status = within(summary).getByRole('region', { name: 'Objectives by status' });
    const counts = within(within(status).getByRole('table')).getAllByRole('cell').map((cell) => Number(cell.textContent));
    const total = Number(within(status).getByText(/under way$/).textContent?.split(' ')[0]);
    await expect(counts.reduce((sum, count) => sum + count, 0)).toBe(total);
    await expect(within(summary).getByRole('region', { name: 'Net confidence score' })).toBeInTheDocument();
  },
};

/** A team with an off-track objective. */
export const OffTrack: Story = { args: { teamId: 'bright-minds' } };

/** A whole period, with the outdated list shortened to three. */
export const Period: Story = { args: { teamId: undefined, periodId: 'q1-2026', maxOutdatedListed: 3 } };

/** Nothing matches: zeros, never NaN, and no grade distribution. */
export const Empty: Story = {
  args: { teamId: 'nobody', scopeName: 'A new team' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByText('Every key result has a recent check-in.')).toBeInTheDocument();
    await expect(canvas.queryByRole('region', { name: 'Grades of closed objectives' })).toBeNull();
  },
};

/** Closed objectives: the grade distribution appears, per band of the scoring strategy. */
export const Graded: Story = {
  args: { teamId: undefined, periodId: 'q1-2026' },
  decorators: [withOkrStore(withClosed, { directory: exampleDirectory })],
  play: async ({ canvasElement }) => {
    const grades = await within(canvasElement).findByRole('region', { name: 'Grades of closed objectives' });
    const counts = within(within(grades).getByRole('table')).getAllByRole('cell').map((cell) => Number(cell.textContent));
    const closedInPeriod = withClosed.objectives.filter((objective) => objective.state === 'closed' && objective.periodId === 'q1-2026').length;
    await expect(closedInPeriod).toBeGreaterThan(0);
    await expect(counts.reduce((sum, count) => sum + count, 0)).toBe(closedInPeriod);
  },
};

export const Dark: Story = { globals: { colorScheme: 'dark' }, args: { teamId: undefined, periodId: 'q1-2026' }, decorators: [withOkrStore(withClosed, { directory: exampleDirectory })] };

export const RightToLeft: Story = { globals: { direction: 'rtl', locale: 'ar-EG' } };
