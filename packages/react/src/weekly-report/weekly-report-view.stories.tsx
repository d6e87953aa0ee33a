import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { WeeklyReportView } from './index';
import { submittedWeek, surveyPeople, typicalWeek } from './weekly-report.fixtures';
import { withReport } from './weekly-report.story-helpers';

const meta = {
  title: 'Components/WeeklyReportView',
  component: WeeklyReportView,
  tags: ['autodocs'],
  args: { reportId: 'wr-10', people: surveyPeople },
  argTypes: { reportId: { control: false }, people: { control: false }, store: { control: false }, personName: { control: false } },
  parameters: {
    docs: { description: { component: 'A weekly report for its readers: the same sections as the builder, no inputs, and the copy buttons.' } },
  },
} satisfies Meta<typeof WeeklyReportView>;

export default meta;
type Story = StoryObj<typeof meta>;

/** A submitted report as a manager reads it. */
export const Default: Story = {
  decorators: [withReport(submittedWeek)],
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByRole('grid', { name: 'Tasks' })).toHaveAttribute('aria-readonly', 'true');
    await expect(canvas.queryByRole('textbox')).not.toBeInTheDocument();
    await expect(canvas.getByRole('button', { name: 'Copy for email' })).toBeInTheDocument();
  },
};

/** A draft still being written. */
export const Draft: Story = {
  decorators: [withReport(typicalWeek)],
  play: async ({ canvasElement }) => {
    await expect(await within(canvasElement).findByText('Draft')).toBeInTheDocument();
  },
};

/** Dark scheme. */
export const Dark: Story = {
  decorators: [withReport(submittedWeek)],
  globals: { colorScheme: 'dark' },
  play: async ({ canvasElement }) => {
    await within(canvasElement).findByRole('grid', { name: 'Tasks' });
  },
};
