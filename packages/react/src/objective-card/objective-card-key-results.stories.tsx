import { domainExamples } from '@okrkit/core/examples';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { withOkrStore } from '../internal/story-store';
import { ObjectiveCard } from './index';
import type { ObjectiveCardKeyResultsProps } from './objective-card-key-results';

type KeyResultsStoryArgs = ObjectiveCardKeyResultsProps & { objectiveId: string; readOnly: boolean };

const meta = {
  title: 'Components/ObjectiveCard/KeyResults',
  component: ObjectiveCard.KeyResults,
  tags: ['autodocs'],
  decorators: [withOkrStore()],
  args: { objectiveId: 'obj-training', readOnly: false, progressSize: 'sm' },
  argTypes: {
    objectiveId: { control: 'select', options: domainExamples.objectives.map((objective) => objective.id) },
    readOnly: { control: 'boolean', description: 'Of the card around it' },
    progressSize: { control: 'inline-radio', options: ['sm', 'md', 'lg'] },
  },
  parameters: {
    docs: {
      description: {
        component:
          '`ObjectiveCard.KeyResults`: each key result with its value (edited in place), its progress bar (named by the row’s title), ' +
          'the age of its last check-in, “Outdated” when stale, and a “Check in” button that opens the check-in dialog.',
      },
    },
  },
  render: ({ objectiveId, readOnly, ...props }) => (
    <ObjectiveCard.Root objectiveId={objectiveId} readOnly={readOnly} style={{ maxWidth: 560 }}>
      <ObjectiveCard.Title />
      <ObjectiveCard.KeyResults {...props} />
    </ObjectiveCard.Root>
  ),
} satisfies Meta<KeyResultsStoryArgs>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Four KRs of every shape (numbers, percent, milestones). The play function opens the check-in dialog of one. */
export const Default: Story = {
  play: async ({ canvasElement }) => {
    await userEvent.click(await within(canvasElement).findByRole('button', { name: 'Check in: Hold 10 training sessions' }));
    await expect(await within(canvasElement.ownerDocument.body).findByRole('dialog', { name: 'Check in: Hold 10 training sessions' })).toBeVisible();
  },
};

/** A KR without a check-in for weeks: “Outdated”. */
export const Outdated: Story = { args: { objectiveId: 'obj-maths-results' } };

/** An objective without key results yet. */
export const Empty: Story = {
  args: { objectiveId: 'obj-user-activity' },
  decorators: [withOkrStore({ ...domainExamples, keyResults: domainExamples.keyResults.filter((keyResult) => keyResult.objectiveId !== 'obj-user-activity') })],
};

/** Read-only: values as text, no check-in buttons. */
export const ReadOnly: Story = { args: { readOnly: true } };
