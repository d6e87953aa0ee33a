import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { ProgressSection } from './progress-section';
import { surveySet, typicalWeek } from './weekly-report.fixtures';
import { defaultWeeklyReportBuilderLabels } from './weekly-report.labels';
import { inReport } from './weekly-report.story-helpers';

const meta = {
  title: 'Components/WeeklyReport/Parts/ProgressSection',
  component: ProgressSection,
  tags: ['autodocs'],
  decorators: [inReport],
  args: { report: typicalWeek, okrSet: surveySet, labels: defaultWeeklyReportBuilderLabels, locale: 'en-US', headingLevel: 3 },
  argTypes: { report: { control: false }, okrSet: { control: false }, labels: { control: 'object' }, headingLevel: { control: 'inline-radio', options: [2, 3] } },
  parameters: {
    docs: {
      description: {
        component: 'How each key result in focus moved during the week, from the check-in log: last week, this week, the change in points and confidence. Never typed in.',
      },
    },
  },
} satisfies Meta<typeof ProgressSection>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Both survey key results moved up this week. */
export const Default: Story = {
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('row', { name: /100 valid questionnaires/ })).toHaveTextContent('+25 pts');
  },
};

/** A key result first checked in this week: no "last week", so no change, shown as dashes. */
export const NoEarlierCheckIn: Story = {
  args: { okrSet: { ...surveySet, checkIns: surveySet.checkIns.filter((checkIn) => checkIn.at >= typicalWeek.weekStart) } },
  play: async ({ canvasElement }) => {
    const row = within(canvasElement).getByRole('row', { name: /100 valid questionnaires/ });
    await expect(within(row).getAllByRole('cell')[0]).toHaveTextContent('—');
  },
};
