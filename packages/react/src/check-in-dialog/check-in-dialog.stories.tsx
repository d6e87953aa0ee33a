import { createOkrStore, UnavailableError, type OkrStore } from '@okrkit/core';
import { createMemoryAdapter } from '@okrkit/adapter-memory';
import { domainExamples, domainExamplesNow } from '@okrkit/core/examples';
import type { Decorator, Meta, StoryObj } from '@storybook/react-vite';
import { useEffect, useState, type ReactNode } from 'react';
import { expect, userEvent, within } from 'storybook/test';
import { overtakingStores } from '../internal/overtaking-stores';
import { withOkrStore } from '../internal/story-store';
import type { OkrDirectory } from '../provider/directory';
import { exampleDirectory } from '../provider/directory.fixtures';
import { OkrProvider } from '../provider/index';
import { CheckInDialog } from './index';

const keyResultIds = domainExamples.keyResults.map((keyResult) => keyResult.id);

/** A provider over a store the story builds itself (failing or conflicting storage). */
function withStore(create: () => Promise<OkrStore>, directory?: OkrDirectory): Decorator {
  function StoryProvider({ children }: { children: ReactNode }) {
    const [store, setStore] = useState<OkrStore | null>(null);
    useEffect(() => {
      void create().then(setStore);
    }, []);
    return store ? (
      <OkrProvider store={store} now={domainExamplesNow} {...(directory ? { directory } : {})}>
        {children}
      </OkrProvider>
    ) : null;
  }
  return (Story) => (
    <StoryProvider>
      <Story />
    </StoryProvider>
  );
}

const meta = {
  title: 'Components/CheckInDialog',
  component: CheckInDialog,
  tags: ['autodocs'],
  decorators: [withOkrStore()],
  args: { keyResultId: 'kr-patents', defaultOpen: false, trigger: <button type="button">Check in</button> },
  argTypes: {
    keyResultId: { control: 'select', options: keyResultIds },
    open: { control: 'boolean' },
    defaultOpen: { control: 'boolean' },
    trigger: { control: false },
    onOpenChange: { action: 'openChange' },
    onCheckedIn: { action: 'checkedIn' },
    container: { control: false },
  },
  parameters: {
    docs: {
      description: {
        component:
          'Records a check-in for one key result in a Radix dialog: fields follow the metric (a value with its unit, "Done", or ' +
          'one box per milestone), then confidence (0–100 %) and a note. Messages sit at their field; a refused save keeps ' +
          'everything typed and offers Retry. Controlled (`open`/`onOpenChange`) or not (`defaultOpen`).',
      },
    },
  },
} satisfies Meta<typeof CheckInDialog>;

export default meta;
type Story = StoryObj<typeof meta>;

/** 3 of 5 patents. The play function opens the dialog, checks a field message, and records a check-in. */
export const Default: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const body = within(canvasElement.ownerDocument.body);
    await userEvent.click(canvas.getByRole('button', { name: 'Check in' }));
    const value = await body.findByRole('spinbutton', { name: 'New value' });
    await userEvent.clear(value);
    await userEvent.click(body.getByRole('button', { name: 'Save' }));
    await expect(value).toHaveAccessibleDescription('Enter a number');
    await userEvent.type(value, '4');
    await userEvent.type(body.getByRole('spinbutton', { name: /confidence/i }), '80');
    await userEvent.click(body.getByRole('button', { name: 'Save' }));
    await expect(body.queryByRole('dialog')).not.toBeInTheDocument();
    await expect(canvas.getByRole('button', { name: 'Check in' })).toHaveFocus();
  },
};

export const AtRisk: Story = { args: { keyResultId: 'kr-mau', defaultOpen: true } };
export const OffTrack: Story = { args: { keyResultId: 'kr-maths-scores', defaultOpen: true } };
export const Achieved: Story = { args: { keyResultId: 'kr-support-response', defaultOpen: true } };
export const OverAchieved: Story = { args: { keyResultId: 'kr-help-articles', defaultOpen: true } };
/** The value field carries the unit: %. */
export const Decreasing: Story = { args: { keyResultId: 'kr-churn', defaultOpen: true } };
/** A "Done" box instead of a number. */
export const Binary: Story = { args: { keyResultId: 'kr-onboarding-checklist', defaultOpen: true } };
/** One box per milestone. */
export const Milestones: Story = { args: { keyResultId: 'kr-training-application', defaultOpen: true } };
export const Guardrail: Story = { args: { keyResultId: 'kr-support-response', defaultOpen: true } };
/** A KR the store does not hold: the dialog says so and offers no form. */
export const Empty: Story = { args: { keyResultId: 'kr-unknown', defaultOpen: true } };
/** Before the store loaded, the KR is not known yet. */
export const Loading: Story = { args: { defaultOpen: true }, decorators: [withOkrStore(domainExamples, { load: false })] };

/** Storage is offline: the play function saves, sees the error, and everything typed is still there. */
export const Error: Story = {
  args: { defaultOpen: true },
  decorators: [
    withStore(async () => {
      const memory = createMemoryAdapter({ initial: domainExamples });
      const store = createOkrStore({
        adapter: { ...memory, apply: () => Promise.reject(new UnavailableError('offline')) },
        now: () => new Date(domainExamplesNow),
      });
      await store.load();
      return store;
    }),
  ],
  play: async ({ canvasElement }) => {
    const body = within(canvasElement.ownerDocument.body);
    const note = await body.findByRole('textbox', { name: /note/i });
    await userEvent.type(note, 'Fourth patent filed');
    await userEvent.click(body.getByRole('button', { name: 'Save' }));
    await expect(await body.findByRole('alert')).toHaveTextContent(/could not be reached/i);
    await expect(note).toHaveValue('Fourth patent filed');
    await expect(body.getByRole('button', { name: 'Retry' })).toBeInTheDocument();
  },
};

/**
 * A colleague checked in while this one was being typed: check-ins are a log, so the store
 * records this one after theirs (both kept, the KR at this value) and the dialog stays open
 * with a polite status line naming them, instead of a theirs/mine conflict.
 */
export const Conflict: Story = {
  args: { defaultOpen: true },
  decorators: [
    withStore(async () => {
      const { mine, theirs } = await overtakingStores();
      await theirs.recordCheckIn({ keyResultId: 'kr-patents', value: 4, authorId: 'jonas-weber' });
      return mine;
    }, exampleDirectory),
  ],
  play: async ({ canvasElement }) => {
    const body = within(canvasElement.ownerDocument.body);
    const value = await body.findByRole('spinbutton', { name: 'New value' });
    await userEvent.clear(value);
    await userEvent.type(value, '5');
    await userEvent.click(body.getByRole('button', { name: 'Save' }));
    await expect(await body.findByRole('status')).toHaveTextContent('Jonas Weber, Head of Product checked in 4 patents meanwhile; your check-in was recorded after it.');
    await expect(body.queryByRole('alert')).not.toBeInTheDocument();
    await expect(body.getByRole('dialog')).toHaveAccessibleDescription(/current value: 5 patents/i);
    // Save has done its work: the form's own button now closes, like the × beside the title.
    await expect(body.queryByRole('button', { name: 'Save' })).not.toBeInTheDocument();
    await userEvent.click(body.getAllByRole('button', { name: 'Close' })[0]!);
    await expect(body.queryByRole('dialog')).not.toBeInTheDocument();
  },
};

/** The previous check-in (value, confidence, date, author from the directory, note) above the form. */
export const PreviousCheckIn: Story = {
  args: { keyResultId: 'kr-mau', defaultOpen: true },
  decorators: [withOkrStore(domainExamples, { directory: exampleDirectory })],
  play: async ({ canvasElement }) => {
    const body = within(canvasElement.ownerDocument.body);
    const previous = await body.findByRole('region', { name: 'Previous check-in' });
    await expect(within(previous).getByText('1,100,000')).toBeInTheDocument();
    await expect(within(previous).getByText('Jonas Weber, Head of Product')).toBeInTheDocument();
    await expect(within(previous).getByText('Half way to 1.2 M.')).toBeInTheDocument();
  },
};

export const LongText: Story = {
  args: { keyResultId: 'kr-training-application', defaultOpen: true },
};

/** Read-only storage: saving is refused with a clear message. */
export const ReadOnly: Story = {
  args: { defaultOpen: true },
  decorators: [
    withStore(async () => {
      const memory = createMemoryAdapter({ initial: domainExamples });
      const store = createOkrStore({ adapter: { load: memory.load } });
      await store.load();
      return store;
    }),
  ],
};

/**
 * The provider's policy refuses check-ins (here: read only): the trigger is disabled with the
 * reason as its description and tooltip, and a click does not open the dialog.
 */
export const NotAllowedByPolicy: Story = {
  decorators: [withOkrStore(domainExamples, { can: (action) => action === 'read' })],
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const trigger = await canvas.findByRole('button', { name: 'Check in' });
    await expect(trigger).toHaveAttribute('aria-disabled', 'true');
    await expect(trigger).toHaveAccessibleDescription(/can't/i);
    await expect(trigger.getAttribute('title')).toMatch(/can't/i);
    await userEvent.click(trigger);
    await expect(within(canvasElement.ownerDocument.body).queryByRole('dialog')).toBeNull();
  },
};

/** Opened anyway (`defaultOpen`) while the policy refuses: the reason stands where the form would be. */
export const NotAllowedOpen: Story = {
  args: { defaultOpen: true },
  decorators: [withOkrStore(domainExamples, { can: (action) => action === 'read' })],
  play: async ({ canvasElement }) => {
    const dialog = await within(canvasElement.ownerDocument.body).findByRole('dialog');
    await expect(within(dialog).getByRole('note')).toHaveTextContent(/can't/i);
    await expect(within(dialog).queryByRole('button', { name: /^Record|^Save/ })).toBeNull();
  },
};

/** Opened from a right-to-left page: the dialog takes `dir` from its trigger's page. */
export const RightToLeft: Story = { globals: { direction: 'rtl', locale: 'ar-EG' } };

/** Opened from a dark page: the dialog takes `data-color-scheme` from its trigger's page. */
export const Dark: Story = {
  globals: { colorScheme: 'dark' },
  play: async ({ canvasElement }) => {
    await userEvent.click(within(canvasElement).getByRole('button', { name: 'Check in' }));
    const dialog = await within(canvasElement.ownerDocument.body).findByRole('dialog');
    await expect(dialog).toHaveAttribute('data-color-scheme', 'dark');
  },
};
