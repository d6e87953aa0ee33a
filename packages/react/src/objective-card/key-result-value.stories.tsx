import { domainExamples } from '@okrkit/core/examples';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { withOkrStore } from '../internal/story-store';
import { useKeyResult } from '../provider/index';
import { KeyResultValue } from './key-result-value';
import { loadedStore } from './objective-card.test-utils';
import { withStore } from './objective-card.story-utils';

interface KeyResultValueScenarioProps {
  /** A KR of the domain examples: numbers edit in a field, binary KRs toggle, milestones are text. */
  keyResultId: string;
  readOnly: boolean;
}

/** The value as a card row hosts it, beside the KR's title, reading the KR from the store. */
function KeyResultValueScenario({ keyResultId, readOnly }: KeyResultValueScenarioProps) {
  const keyResult = useKeyResult(keyResultId);
  if (!keyResult) return null;
  return (
    <div data-slot="objective-card" style={{ maxWidth: 560 }}>
      <div data-slot="objective-card-key-result-heading">
        <span data-slot="objective-card-key-result-title">{keyResult.title}</span>
        <KeyResultValue keyResult={keyResult} readOnly={readOnly} />
      </div>
    </div>
  );
}

const meta = {
  title: 'Components/ObjectiveCard/KeyResultValue',
  component: KeyResultValueScenario,
  tags: ['autodocs'],
  decorators: [withOkrStore()],
  args: { keyResultId: 'kr-mau', readOnly: false },
  argTypes: {
    keyResultId: { control: 'select', options: domainExamples.keyResults.map((keyResult) => keyResult.id) },
    readOnly: { control: 'boolean' },
  },
  parameters: {
    docs: {
      description: {
        component:
          'A key result’s current value in a card row, edited in place: a number field for numeric and guardrail KRs (Enter records a check-in, ' +
          'Esc cancels), a "Done" checkbox for binary KRs, text for milestones (ticked in the check-in dialog). A refused save keeps the value with the reason.',
      },
    },
  },
} satisfies Meta<typeof KeyResultValueScenario>;

export default meta;
type Story = StoryObj<typeof meta>;

/** A number: the play function edits it, meets “Enter a number” on an empty field, then records 1,150,000. */
export const Numeric: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(await canvas.findByRole('button', { name: /current value of monthly active users/i }));
    const field = canvas.getByRole('spinbutton', { name: /current value of monthly active users/i });
    await userEvent.clear(field);
    await userEvent.keyboard('{Enter}');
    await expect(canvas.getByRole('alert')).toHaveTextContent('Enter a number');
    await userEvent.type(field, '1150000{Enter}');
    await expect(await canvas.findByRole('button', { name: /1,150,000/ })).toHaveFocus();
  },
};

/** Done or not: the play function clicks the label "Done", which ticks the checkbox and records a check-in. */
export const Binary: Story = {
  args: { keyResultId: 'kr-onboarding-checklist' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(await canvas.findByText('Done'));
    await expect(await canvas.findByRole('checkbox', { name: /onboarding checklist/i })).toBeChecked();
  },
};

/** Milestones are counted here and ticked in the check-in dialog. */
export const Milestones: Story = { args: { keyResultId: 'kr-training-application' } };

/** Storage offline: the play function saves a value; it stays in the field with the reason and Retry. */
export const Refused: Story = {
  decorators: [withStore(async () => (await loadedStore({ mode: 'offline' })).store)],
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(await canvas.findByRole('button', { name: /current value of monthly active users/i }));
    const field = canvas.getByRole('spinbutton', { name: /current value of monthly active users/i });
    await userEvent.clear(field);
    await userEvent.type(field, '1180000{Enter}');
    await expect(await canvas.findByRole('alert')).toHaveTextContent(/could not be reached/i);
    await expect(canvas.getByRole('spinbutton', { name: /current value of monthly active users/i })).toHaveValue(1_180_000);
  },
};

/** Read-only: the value as text. */
export const ReadOnly: Story = { args: { readOnly: true } };
