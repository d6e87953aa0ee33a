import { domainExamplePeople, domainExamples } from '@okrkit/core/examples';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { withOkrStore } from '../internal/story-store';
import { ObjectiveCard } from './index';

interface PartsStoryArgs {
  /** The objective whose card the parts sit in. */
  objectiveId: string;
}

const renderOwner = (ownerId: string) => domainExamplePeople[ownerId] ?? ownerId;

const meta = {
  title: 'Components/ObjectiveCard/Parts',
  component: ObjectiveCard.Root,
  subcomponents: { Header: ObjectiveCard.Header, Status: ObjectiveCard.Status, Meta: ObjectiveCard.Meta, Progress: ObjectiveCard.Progress, Actions: ObjectiveCard.Actions },
  tags: ['autodocs'],
  decorators: [withOkrStore()],
  args: { objectiveId: 'obj-maths-results' },
  argTypes: { objectiveId: { control: 'select', options: domainExamples.objectives.map((objective) => objective.id) } },
  parameters: {
    docs: {
      description: {
        component:
          'The small parts of `ObjectiveCard`, composed by a host in its own order: `Header` (title and status), `Status` (word, icon and ' +
          '“Outdated”), `Meta` (owner, period, rank, committed/aspirational), `Progress` (one progressbar with the expected marker) and `Actions` (the host’s buttons).',
      },
    },
  },
  render: ({ objectiveId }) => (
    <ObjectiveCard.Root objectiveId={objectiveId} style={{ maxWidth: 560 }}>
      <ObjectiveCard.Header>
        <ObjectiveCard.Title />
        <ObjectiveCard.Status />
      </ObjectiveCard.Header>
      <ObjectiveCard.Progress />
      <ObjectiveCard.Meta renderOwner={renderOwner} />
      <ObjectiveCard.Actions>
        <button type="button">Share</button>
        <button type="button">Archive</button>
      </ObjectiveCard.Actions>
    </ObjectiveCard.Root>
  ),
} satisfies Meta<PartsStoryArgs>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Off track and outdated; the progress comes before the meta here, as the host chose. */
export const Default: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const card = await canvas.findByRole('article', { name: 'Our students get measurably better at maths' });
    await expect(within(card).getByText('Outdated')).toBeVisible();
    await expect(within(card).getByRole('progressbar', { name: 'Objective progress' })).toHaveAttribute('aria-valuetext', expect.stringMatching(/off track/));
    await expect(within(card).getByText('Daniel Okafor, Head of maths')).toBeVisible();
  },
};

/** Aspirational and on track. */
export const Aspirational: Story = { args: { objectiveId: 'obj-tech-innovation' } };

/** Over 100 %: the bar stops at the end, the number says the real result. */
export const OverAchieved: Story = { args: { objectiveId: 'obj-support' } };

/** Every status on the dark tokens. */
export const Dark: Story = {
  globals: { colorScheme: 'dark' },
  render: () => (
    <div style={{ display: 'grid', gap: 16, maxWidth: 560 }}>
      {['obj-second-channel', 'obj-tech-innovation', 'obj-user-activity', 'obj-maths-results', 'obj-support'].map((objectiveId) => (
        <ObjectiveCard.Root key={objectiveId} objectiveId={objectiveId} readOnly>
          <ObjectiveCard.Header>
            <ObjectiveCard.Title />
            <ObjectiveCard.Status />
          </ObjectiveCard.Header>
          <ObjectiveCard.Progress />
        </ObjectiveCard.Root>
      ))}
    </div>
  ),
};
