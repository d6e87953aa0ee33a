import { domainExamples } from '@okrkit/core/examples';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { withOkrStore } from '../internal/story-store';
import { ObjectiveCard } from './index';
import type { ObjectiveCardHealthProps } from './objective-card-health';

type HealthStoryArgs = ObjectiveCardHealthProps & { objectiveId: string };

const meta = {
  title: 'Components/ObjectiveCard/Health',
  component: ObjectiveCard.Health,
  tags: ['autodocs'],
  decorators: [withOkrStore()],
  args: { objectiveId: 'obj-maths-results' },
  argTypes: {
    objectiveId: { control: 'select', options: domainExamples.objectives.map((objective) => objective.id) },
    lintOptions: { control: 'object' },
  },
  parameters: {
    docs: {
      description: {
        component:
          '`ObjectiveCard.Health`: the core’s OKR health checks that concern this objective and its key results, each after its severity word ' +
          '(Error, Warning, Tip). A healthy objective shows nothing at all.',
      },
    },
  },
  render: ({ objectiveId, ...props }) => (
    <ObjectiveCard.Root objectiveId={objectiveId} readOnly style={{ maxWidth: 560 }}>
      <ObjectiveCard.Title />
      <ObjectiveCard.Health {...props} />
    </ObjectiveCard.Root>
  ),
} satisfies Meta<HealthStoryArgs>;

export default meta;
type Story = StoryObj<typeof meta>;

/** An orphan with one key result that has not been checked in for weeks: warnings and a tip. */
export const WithWarnings: Story = {
  play: async ({ canvasElement }) => {
    const region = await within(canvasElement).findByRole('region', { name: 'Health warnings' });
    await expect(region).toHaveTextContent(/Warning:/);
    await expect(region).toHaveTextContent(/Tip:/);
  },
};

/** Lint options: company objectives are the top of their trees, so “serves no higher objective” goes. */
export const WithLintOptions: Story = { args: { lintOptions: { topLevelTeamIds: ['bright-minds'] } } };

/** A healthy objective: the part renders nothing. */
export const None: Story = {
  args: { objectiveId: 'obj-user-activity' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByRole('heading', { name: 'Significantly increase user activity' })).toBeVisible();
    await expect(canvas.queryByRole('region', { name: 'Health warnings' })).not.toBeInTheDocument();
  },
};
