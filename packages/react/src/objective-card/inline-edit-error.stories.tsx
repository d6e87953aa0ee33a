import { ConflictError, ForbiddenError, UnavailableError, ValidationFailedError } from '@okrkit/core';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { useId } from 'react';
import { expect, fn, userEvent, within } from 'storybook/test';
import { defaultLabels } from '../provider/labels';
import { InlineEditError, type InlineEditErrorProps } from './inline-edit-error';

/** The message beside the field that keeps the user's text, as the card's title shows it. */
function WithField(props: InlineEditErrorProps) {
  const id = useId();
  return (
    <div data-slot="objective-card" style={{ maxWidth: 560 }}>
      <div data-slot="objective-card-title" data-state="failed">
        <input type="text" data-slot="objective-card-title-input" aria-label={defaultLabels.objectiveTitle} aria-invalid aria-describedby={id} defaultValue={props.yours} />
        <InlineEditError {...props} id={id} />
      </div>
    </div>
  );
}

const meta = {
  title: 'Components/ObjectiveCard/InlineEditError',
  component: InlineEditError,
  tags: ['autodocs'],
  args: {
    id: 'inline-edit-error',
    error: new UnavailableError('offline'),
    yours: 'Make users come back every day',
    labels: defaultLabels,
    onRetry: fn(),
    onCancel: fn(),
  },
  argTypes: {
    error: { control: false },
    labels: { control: false },
    theirs: { control: 'text' },
    onRetry: { action: 'retry' },
    onCancel: { action: 'cancel' },
  },
  parameters: {
    docs: {
      description: {
        component:
          'Why an in-place save was refused, next to the field that keeps the user’s text, with the way out that fits: Retry when trying again ' +
          'can help, theirs vs yours on a conflict (“Keep theirs” / “Use mine”), Cancel always.',
      },
    },
  },
  render: (args) => <WithField {...args} />,
} satisfies Meta<typeof InlineEditError>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Storage could not be reached: the play function presses Retry. */
export const Network: Story = {
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('textbox', { name: 'Objective title' })).toHaveAccessibleDescription(/could not be reached/i);
    await userEvent.click(canvas.getByRole('button', { name: 'Retry' }));
    await expect(args.onRetry).toHaveBeenCalledOnce();
  },
};

/** A colleague changed it meanwhile: theirs and yours side by side. The play function keeps theirs. */
export const Conflict: Story = {
  args: {
    error: new ConflictError('objective', 'obj-user-activity', 1, { kind: 'objective', record: { title: 'Double daily active usage' }, version: 2 }),
    theirs: 'Double daily active usage',
  },
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByText('Double daily active usage')).toBeVisible();
    await userEvent.click(canvas.getByRole('button', { name: 'Keep theirs' }));
    await expect(args.onCancel).toHaveBeenCalledOnce();
  },
};

/** Deleted meanwhile: theirs is “—”, and there is nothing to use mine on. */
export const ConflictDeleted: Story = {
  args: { error: new ConflictError('objective', 'obj-user-activity', 1, null), theirs: null },
};

/** Not allowed: trying again cannot help, so only Cancel. */
export const Forbidden: Story = { args: { error: new ForbiddenError() } };

/** Storage refused the value, with its reasons in brackets. */
export const Validation: Story = {
  args: { error: new ValidationFailedError([{ path: 'title', message: 'The title must not be empty.' }]), yours: '' },
};
