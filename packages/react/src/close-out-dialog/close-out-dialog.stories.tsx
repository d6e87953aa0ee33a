import { createMemoryDraftBackup, type OkrSet } from '@okrkit/core';
import type { CycleStore } from '@okrkit/core/cycle';
import { domainExamples, domainExamplesNow } from '@okrkit/core/examples';
import type { Decorator, Meta, StoryObj } from '@storybook/react-vite';
import { useEffect, useState, type ReactNode } from 'react';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { OkrProvider, type OkrProviderProps } from '../provider/index';
import { closeOutStores } from './close-out-dialog.fixtures';
import { CloseOutDialog, type CloseOutDialogProps, type CloseOutFormValues } from './index';

type Stores = Awaited<ReturnType<typeof closeOutStores>>;

/**
 * A provider over an OKR store and a cycle store on one memory adapter; the story's
 * `cycleStore` arg is filled in from it. `closed`: the objective is closed before the story.
 */
function withCycleStores(options: { offline?: boolean; initial?: OkrSet; closed?: boolean; provider?: Partial<OkrProviderProps> } = {}): Decorator {
  function StoryProvider({ children }: { children: (cycleStore: CycleStore) => ReactNode }) {
    const [stores, setStores] = useState<Stores | null>(null);
    useEffect(() => {
      void closeOutStores(options).then(async (created) => {
        if (options.closed) {
          await created.cycleStore.closeOut([{ objectiveId: 'obj-user-activity', result: 'achieved', retrospective: { met: 'Usage time', missed: '', lessons: '' } }]);
        }
        setStores(created);
      });
    }, []);
    return stores ? (
      <OkrProvider store={stores.store} now={domainExamplesNow} {...options.provider}>
        {children(stores.cycleStore)}
      </OkrProvider>
    ) : null;
  }
  return (Story, context) => (
    <StoryProvider>{(cycleStore) => <Story args={{ ...context.args, cycleStore }} />}</StoryProvider>
  );
}

const meta = {
  title: 'Components/CloseOutDialog',
  component: CloseOutDialog,
  tags: ['autodocs'],
  decorators: [withCycleStores()],
  args: { objectiveId: 'obj-user-activity', cycleStore: undefined as unknown as CycleStore, trigger: <button type="button">Close out</button> },
  argTypes: {
    cycleStore: { control: false },
    trigger: { control: false },
    onClosed: { action: 'closed' },
    onOpenChange: { action: 'openChange' },
  },
  parameters: {
    docs: {
      description: {
        component:
          'Closes one objective at the end of its period: per key result the grade the scoring strategy suggests (adjust it with a ' +
          'reason), the closing result, the retrospective, and the key results that carry over. One save, one batch; a refused ' +
          'save keeps what was typed and offers Retry.',
      },
    },
  },
} satisfies Meta<typeof CloseOutDialog>;

export default meta;
type Story = StoryObj<typeof meta>;

const body = (canvasElement: HTMLElement) => within(canvasElement.ownerDocument.body);

async function open(canvasElement: HTMLElement) {
  await userEvent.click(within(canvasElement).getByRole('button', { name: 'Close out' }));
  return within(await body(canvasElement).findByRole('dialog'));
}

/** The suggestions, an adjusted grade that needs its reason, then one save that closes the objective. */
export const Default: Story = {
  play: async ({ canvasElement }) => {
    const dialog = await open(canvasElement);
    const mau = dialog.getByRole('textbox', { name: 'Final grade of Monthly active users +20 %' });
    await expect(mau).toHaveValue('50');
    await expect(dialog.getByText('Objective grade: 45')).toBeVisible();
    await userEvent.clear(mau);
    await userEvent.type(mau, '60');
    await userEvent.type(dialog.getByRole('textbox', { name: 'What was met' }), 'Usage time rose by 9 minutes');
    await userEvent.click(dialog.getByRole('button', { name: 'Close objective' }));
    const reason = dialog.getByRole('textbox', { name: /Why the grade of Monthly active users/ });
    await expect(reason).toHaveFocus();
    await expect(reason).toHaveAccessibleDescription('Say why the grade differs from the suggested one');
    await userEvent.type(reason, 'Two weeks of data lost in the migration');
    await userEvent.click(dialog.getByRole('button', { name: 'Close objective' }));
    await expect(body(canvasElement).queryByRole('dialog')).not.toBeInTheDocument();
    await expect(within(canvasElement).getByRole('button', { name: 'Close out' })).toHaveFocus();
  },
};

/** Carried over: the next period and the key results that continue; nothing is sent before a period is chosen. */
export const CarryOver: Story = {
  args: { defaultOpen: true },
  play: async ({ canvasElement }) => {
    const dialog = within(await body(canvasElement).findByRole('dialog'));
    await userEvent.click(dialog.getByRole('radio', { name: 'Carried over' }));
    await userEvent.type(dialog.getByRole('textbox', { name: 'Lessons for the next cycle' }), 'Launch earlier in the quarter');
    await userEvent.click(dialog.getByRole('button', { name: 'Close objective' }));
    const period = dialog.getByRole('combobox', { name: 'Next period' });
    await expect(period).toHaveAccessibleDescription('Choose the period it continues in');
    await expect(period).toHaveFocus();
    await userEvent.selectOptions(period, 'q2-2026');
    await expect(dialog.getByRole('checkbox', { name: 'Monthly active users +20 %' })).toBeChecked();
  },
};

/** Storage refuses: the message with Retry, and every field as typed. */
export const Refused: Story = {
  decorators: [withCycleStores({ offline: true })],
  args: { defaultOpen: true },
  play: async ({ canvasElement }) => {
    const dialog = within(await body(canvasElement).findByRole('dialog'));
    const lessons = dialog.getByRole('textbox', { name: 'Lessons for the next cycle' });
    await userEvent.type(lessons, 'Measure weekly, not monthly');
    await userEvent.click(dialog.getByRole('button', { name: 'Close objective' }));
    await expect(await dialog.findByRole('alert')).toHaveTextContent(/not saved/i);
    await expect(lessons).toHaveValue('Measure weekly, not monthly');
    await expect(dialog.getByRole('button', { name: 'Retry' })).toBeVisible();
  },
};

/** While the batch is in flight: the button says so and the form is busy. */
export const Saving: Story = {
  decorators: [
    (Story, context) => {
      const cycleStore = { ...context.args.cycleStore, closeOut: () => new Promise<never>(() => undefined) } as CycleStore;
      return <Story args={{ ...context.args, cycleStore }} />;
    },
    withCycleStores(),
  ],
  args: { defaultOpen: true },
  play: async ({ canvasElement }) => {
    const dialog = within(await body(canvasElement).findByRole('dialog'));
    await userEvent.type(dialog.getByRole('textbox', { name: 'What was met' }), 'Usage time');
    await userEvent.click(dialog.getByRole('button', { name: 'Close objective' }));
    const button = await dialog.findByRole('button', { name: 'Closing…' });
    await expect(button).toBeDisabled();
  },
};

/** The policy refuses: the trigger is aria-disabled and names why; it does not open. */
export const NotAllowed: Story = {
  decorators: [withCycleStores({ provider: { can: (action) => action === 'read' } })],
  play: async ({ canvasElement }) => {
    const trigger = within(canvasElement).getByRole('button', { name: 'Close out' });
    await expect(trigger).toHaveAttribute('aria-disabled', 'true');
    await expect(trigger).toHaveAccessibleDescription("You can't edit this team's objectives");
    await userEvent.click(trigger);
    await expect(body(canvasElement).queryByRole('dialog')).toBeNull();
  },
};

/** Already closed (read-only until reopened): the dialog says so, without a form. */
export const AlreadyClosed: Story = {
  decorators: [withCycleStores({ closed: true })],
  args: { defaultOpen: true },
  play: async ({ canvasElement }) => {
    const dialog = within(await body(canvasElement).findByRole('dialog'));
    await expect(dialog.getByRole('note')).toHaveTextContent('Only an active objective can be closed out.');
    await expect(dialog.queryByRole('button', { name: 'Close objective' })).toBeNull();
  },
};

/** An objective without key results: nothing to grade, the retrospective still asked for. */
export const Empty: Story = {
  decorators: [withCycleStores({ initial: { ...domainExamples, keyResults: domainExamples.keyResults.filter((keyResult) => keyResult.objectiveId !== 'obj-user-activity'), checkIns: [] } })],
  args: { defaultOpen: true },
  play: async ({ canvasElement }) => {
    const dialog = within(await body(canvasElement).findByRole('dialog'));
    await expect(dialog.getByText('This objective has no key results to grade.')).toBeVisible();
  },
};

const long = 'Significantly and sustainably increase daily user activity across every market we serve, '.repeat(3).trim();

/** A long title and long key-result names wrap inside the dialog. */
export const LongText: Story = {
  decorators: [
    withCycleStores({
      initial: {
        ...domainExamples,
        objectives: domainExamples.objectives.map((objective) => (objective.id === 'obj-user-activity' ? { ...objective, title: long } : objective)),
        keyResults: domainExamples.keyResults.map((keyResult) => (keyResult.objectiveId === 'obj-user-activity' ? { ...keyResult, title: `${keyResult.title} — ${long}` } : keyResult)),
      },
    }),
  ],
  args: { defaultOpen: true },
  play: async ({ canvasElement }) => {
    const dialog = await body(canvasElement).findByRole('dialog');
    await expect(dialog.scrollWidth).toBeLessThanOrEqual(dialog.clientWidth + 1);
  },
};

/** Opened from a dark page: the dialog takes `data-color-scheme` from its trigger's page. */
/** The page is reloaded with a close-out half typed: mounted again over the same backup storage, the dialog has the grade, its reason, the result and the lessons back, says so, and saving clears the backup. */
function ReloadablePage(props: CloseOutDialogProps) {
  const [backup] = useState(() => createMemoryDraftBackup<CloseOutFormValues>());
  const [page, setPage] = useState(0);
  return (
    <>
      <button type="button" onClick={() => setPage(page + 1)}>
        Reload the page
      </button>
      <CloseOutDialog key={page} {...props} backup={backup} />
    </>
  );
}

export const ReloadRestoresDraft: Story = {
  render: (args) => <ReloadablePage {...args} />,
  play: async ({ canvasElement }) => {
    let dialog = await open(canvasElement);
    const grade = () => dialog.getByRole('textbox', { name: 'Final grade of Average daily usage time +30 minutes' });
    await userEvent.clear(grade());
    await userEvent.type(grade(), '35');
    await userEvent.type(dialog.getByRole('textbox', { name: /Why the grade of Average daily usage/ }), 'Holiday weeks counted twice');
    await userEvent.click(dialog.getByRole('radio', { name: 'Missed' }));
    await userEvent.type(dialog.getByRole('textbox', { name: 'Lessons for the next cycle' }), 'Measure weekly, not monthly');
    // Leave without saving (Esc), then "reload": the dialog mounts again over the same storage.
    await userEvent.keyboard('{Escape}');
    await userEvent.click(within(canvasElement).getByRole('button', { name: 'Reload the page' }));
    dialog = await open(canvasElement);
    await expect(dialog.getByText('What you typed before is back. It is not saved yet.')).toBeInTheDocument();
    await expect(grade()).toHaveValue('35');
    await expect(dialog.getByRole('textbox', { name: /Why the grade of Average daily usage/ })).toHaveValue('Holiday weeks counted twice');
    await expect(dialog.getByRole('radio', { name: 'Missed' })).toBeChecked();
    await expect(dialog.getByRole('textbox', { name: 'Lessons for the next cycle' })).toHaveValue('Measure weekly, not monthly');
    await userEvent.click(dialog.getByRole('button', { name: 'Close objective' }));
    await waitFor(() => expect(body(canvasElement).queryByRole('dialog')).toBeNull());
  },
};

export const Dark: Story = {
  globals: { colorScheme: 'dark' },
  play: async ({ canvasElement }) => {
    const dialog = await open(canvasElement);
    await expect(dialog.getByRole('radio', { name: 'Achieved' })).toBeChecked();
    await expect(body(canvasElement).getByRole('dialog')).toHaveAttribute('data-color-scheme', 'dark');
  },
};

/** Opened from a right-to-left page: the dialog takes `dir` from its trigger's page. */
export const RightToLeft: Story = {
  globals: { direction: 'rtl' },
  play: async ({ canvasElement }) => {
    await open(canvasElement);
    await expect(body(canvasElement).getByRole('dialog')).toHaveAttribute('dir', 'rtl');
  },
};
