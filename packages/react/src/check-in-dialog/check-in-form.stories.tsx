import type { CheckIn } from '@okrkit/core';
import { domainExamples } from '@okrkit/core/examples';
import * as Dialog from '@radix-ui/react-dialog';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { withOkrStore } from '../internal/story-store';
import { loadedStore } from '../objective-card/objective-card.test-utils';
import { withStore } from '../objective-card/objective-card.story-utils';
import { useKeyResult } from '../provider/index';
import { CheckInForm } from './check-in-form';

interface CheckInFormScenarioProps {
  /** A KR of the domain examples; the fields follow its metric. */
  keyResultId: string;
  /** Called with the recorded check-in (the dialog closes here). */
  onCheckedIn: (checkIn: CheckIn) => void;
}

/** The form alone, as `CheckInDialog` mounts it (inside a Radix dialog root), for the KR read from the store. */
function CheckInFormScenario({ keyResultId, onCheckedIn }: CheckInFormScenarioProps) {
  const keyResult = useKeyResult(keyResultId);
  if (!keyResult) return null;
  return (
    <Dialog.Root open modal={false}>
      <div data-slot="check-in-dialog" style={{ position: 'static', margin: 0 }}>
        <CheckInForm key={keyResultId} keyResult={keyResult} onCheckedIn={onCheckedIn} />
      </div>
    </Dialog.Root>
  );
}

const meta = {
  title: 'Components/CheckInDialog/CheckInForm',
  component: CheckInFormScenario,
  tags: ['autodocs'],
  decorators: [withOkrStore()],
  args: { keyResultId: 'kr-mau', onCheckedIn: fn() },
  argTypes: {
    keyResultId: { control: 'select', options: domainExamples.keyResults.map((keyResult) => keyResult.id) },
    onCheckedIn: { action: 'checkedIn' },
  },
  parameters: {
    docs: {
      description: {
        component:
          'The check-in dialog’s form, outside its modal: a new value with its unit (numeric and guardrail KRs), a “Done” box (binary) or one box ' +
          'per milestone, then an optional confidence (0–100 %) and note. Messages sit at their field; a refused save keeps everything typed.',
      },
    },
  },
} satisfies Meta<typeof CheckInFormScenario>;

export default meta;
type Story = StoryObj<typeof meta>;

/** A number with its current reading. The play function saves invalid input and meets a message at each field. */
export const Numeric: Story = {
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    const value = await canvas.findByRole('spinbutton', { name: 'New value' });
    await userEvent.clear(value);
    const confidence = canvas.getByRole('spinbutton', { name: /confidence/i });
    await userEvent.type(confidence, '140');
    await userEvent.click(canvas.getByRole('button', { name: 'Save' }));
    await expect(value).toHaveAccessibleDescription('Enter a number');
    await expect(confidence).toHaveAccessibleDescription(/Confidence must be between 0 and 100 %/);
    await expect(args.onCheckedIn).not.toHaveBeenCalled();
  },
};

/** A “Done” box instead of a number. The play function ticks it and saves. */
export const Binary: Story = {
  args: { keyResultId: 'kr-onboarding-checklist' },
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await userEvent.click(await canvas.findByRole('checkbox', { name: 'Done' }));
    await userEvent.click(canvas.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(args.onCheckedIn).toHaveBeenCalledWith(expect.objectContaining({ keyResultId: 'kr-onboarding-checklist' }), null));
  },
};

/** One box per milestone, the reached ones ticked. */
export const Milestones: Story = { args: { keyResultId: 'kr-training-application' } };

/** A guardrail takes a reading with its unit (h). */
export const Guardrail: Story = { args: { keyResultId: 'kr-support-response' } };

/** Storage is offline: the play function saves, meets the error and Retry, and the note is still there. */
export const Error: Story = {
  args: { keyResultId: 'kr-patents' },
  decorators: [withStore(async () => (await loadedStore({ mode: 'offline' })).store)],
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const note = await canvas.findByRole('textbox', { name: /note/i });
    await userEvent.type(note, 'Fourth patent filed');
    await userEvent.click(canvas.getByRole('button', { name: 'Save' }));
    await expect(await canvas.findByRole('alert')).toHaveTextContent(/could not be reached/i);
    await expect(note).toHaveValue('Fourth patent filed');
    await expect(canvas.getByRole('button', { name: 'Retry' })).toBeInTheDocument();
  },
};
