import type { OkrSet } from '@okrkit/core';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { StoryStore } from '../internal/story-store';
import { KeyResultSparkline, type KeyResultSparklineProps } from './index';
import { chartScenarios, type ChartScenario } from './key-result-chart.fixtures';

type SparklineStoryArgs = KeyResultSparklineProps & { scenario: ChartScenario };

const meta = {
  title: 'Components/KeyResultChart/Sparkline',
  component: KeyResultSparkline,
  tags: ['autodocs'],
  args: { scenario: 'many', keyResultId: 'kr-chart' },
  argTypes: { scenario: { control: 'select', options: Object.keys(chartScenarios) } },
  parameters: {
    docs: { description: { component: '`KeyResultSparkline`: a word-sized, decorative line of progress with its text (“up 12 % since 3 Mar”), as in the card’s rows.' } },
  },
  render: ({ scenario, ...props }) => (
    <StoryStore key={scenario} initial={chartScenarios[scenario] as OkrSet} options={{}} locale="en-GB">
      <KeyResultSparkline {...props} />
    </StoryStore>
  ),
} satisfies Meta<SparklineStoryArgs>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Rising: the line is hidden from screen readers, the words are not. */
export const Default: Story = {
  play: async ({ canvasElement }) => {
    await expect(await within(canvasElement).findByText(/^up \d+% since 1 Jan$/)).toBeVisible();
    await expect(canvasElement.querySelector('svg')).toHaveAttribute('aria-hidden', 'true');
  },
};
/** Falling the wrong way. */
export const Decreasing: Story = { args: { scenario: 'offTrack' } };
/** Steps of milestones. */
export const Milestones: Story = { args: { scenario: 'milestones' } };
/** One check-in: words only. */
export const OneCheckIn: Story = { args: { scenario: 'oneCheckIn' } };
/** Dark. */
export const Dark: Story = { globals: { colorScheme: 'dark' } };
