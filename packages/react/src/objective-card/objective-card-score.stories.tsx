import { scoringPresets } from '@okrkit/core';
import { domainExamples } from '@okrkit/core/examples';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { withOkrStore } from '../internal/story-store';
import { ObjectiveCard } from './index';
import type { ObjectiveCardScoreProps } from './objective-card-score';

type ScoreStoryArgs = ObjectiveCardScoreProps & {
  /** The objective whose card the part sits in. */
  objectiveId: string;
};

const meta = {
  title: 'Components/ObjectiveCard/Score',
  component: ObjectiveCard.Score,
  tags: ['autodocs'],
  decorators: [withOkrStore()],
  args: { objectiveId: 'obj-user-activity', defaultExpanded: false },
  argTypes: {
    objectiveId: { control: 'select', options: domainExamples.objectives.map((objective) => objective.id) },
    defaultExpanded: { control: 'boolean' },
  },
  parameters: {
    docs: {
      description: {
        component:
          '`ObjectiveCard.Score`: the grade under the provider’s scoring strategy, with a “Why this score?” disclosure showing the formula and each ' +
          'part’s weight, share, progress and contribution. Shown here alone in `ObjectiveCard.Root`, as a host composing its own card would.',
      },
    },
  },
  render: ({ objectiveId, ...props }) => (
    <ObjectiveCard.Root objectiveId={objectiveId} style={{ maxWidth: 560 }}>
      <ObjectiveCard.Title />
      <ObjectiveCard.Score {...props} />
    </ObjectiveCard.Root>
  ),
} satisfies Meta<ScoreStoryArgs>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Closed: the grade and its band. The play function opens the explanation and closes it again. */
export const Closed: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const why = await canvas.findByRole('button', { name: 'Why this score?' });
    await expect(why).toHaveAttribute('aria-expanded', 'false');
    await userEvent.click(why);
    await expect(why).toHaveAttribute('aria-expanded', 'true');
    await expect(canvas.getByRole('row', { name: /monthly active users/i })).toBeVisible();
    await userEvent.click(why);
    await expect(canvas.queryByRole('table')).not.toBeInTheDocument();
  },
};

/** Open from the start: the formula and one row per key result. */
export const Open: Story = { args: { defaultExpanded: true } };

/** Google-style grades (0.0–1.0, red/yellow/green) from the provider’s scoring strategy. */
export const GoogleGrades: Story = {
  args: { defaultExpanded: true },
  decorators: [withOkrStore(domainExamples, { scoring: scoringPresets.google })],
  play: async ({ canvasElement }) => {
    await expect(await within(canvasElement).findByText('0.5')).toBeVisible();
  },
};

/** Over-achieved: the guardrail held and 46 of 40 articles. */
export const OverAchieved: Story = { args: { objectiveId: 'obj-support', defaultExpanded: true } };
