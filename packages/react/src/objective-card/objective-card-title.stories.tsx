import { domainExamples } from '@okrkit/core/examples';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { withOkrStore } from '../internal/story-store';
import { ObjectiveCard } from './index';
import type { ObjectiveCardTitleProps } from './objective-card-title';
import { loadedStore } from './objective-card.test-utils';
import { withStore } from './objective-card.story-utils';

type TitleStoryArgs = ObjectiveCardTitleProps & { objectiveId: string; readOnly: boolean };

const meta = {
  title: 'Components/ObjectiveCard/Title',
  component: ObjectiveCard.Title,
  tags: ['autodocs'],
  decorators: [withOkrStore()],
  args: { objectiveId: 'obj-user-activity', readOnly: false },
  argTypes: {
    objectiveId: { control: 'select', options: domainExamples.objectives.map((objective) => objective.id) },
    readOnly: { control: 'boolean', description: 'Of the card around it' },
  },
  parameters: {
    docs: {
      description: {
        component:
          '`ObjectiveCard.Title`: the objective’s title, edited in place. Click it (or Enter) for a field; Enter or leaving the field saves, ' +
          'Esc cancels. A refused save keeps the typed text with the reason and a way out. `data-state`: idle, editing, saving, failed.',
      },
    },
  },
  render: ({ objectiveId, readOnly, ...props }) => (
    <ObjectiveCard.Root objectiveId={objectiveId} readOnly={readOnly} style={{ maxWidth: 560 }}>
      <ObjectiveCard.Title {...props} />
    </ObjectiveCard.Root>
  ),
} satisfies Meta<TitleStoryArgs>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The title as a button. */
export const Default: Story = {};

/** Being edited: the play function opens the field and types, without saving. */
export const Editing: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(await canvas.findByRole('button', { name: 'Significantly increase user activity' }));
    const field = canvas.getByRole('textbox', { name: 'Objective title' });
    await expect(field).toHaveFocus();
    await userEvent.type(field, ' every day');
    // The card keeps its saved name while the title is typed.
    await expect(canvas.getByRole('article', { name: 'Significantly increase user activity' })).toBeInTheDocument();
  },
};

/** Storage offline: the play function saves, and the typed text stays with the reason and Retry. */
export const Refused: Story = {
  decorators: [withStore(async () => (await loadedStore({ mode: 'offline' })).store)],
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(await canvas.findByRole('button', { name: 'Significantly increase user activity' }));
    await userEvent.type(canvas.getByRole('textbox', { name: 'Objective title' }), ' every day{Enter}');
    await expect(await canvas.findByRole('alert')).toHaveTextContent(/could not be reached/i);
    await expect(canvas.getByRole('textbox', { name: 'Objective title' })).toHaveValue('Significantly increase user activity every day');
    await expect(canvas.getByRole('button', { name: 'Retry' })).toBeInTheDocument();
  },
};

/** A read-only card: a plain heading. */
export const ReadOnly: Story = { args: { readOnly: true } };
