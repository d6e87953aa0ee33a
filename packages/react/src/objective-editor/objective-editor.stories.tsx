import { domainExamples } from '@okrkit/core/examples';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { withOkrStore } from '../internal/story-store';
import { exampleDirectory } from '../provider/directory.fixtures';
import { ObjectiveEditorForm } from './objective-editor';
import { ConflictStores, draftWithMetric } from './objective-editor.story-utils';

const meta = {
  title: 'Components/ObjectiveEditor',
  component: ObjectiveEditorForm,
  tags: ['autodocs'],
  decorators: [withOkrStore(domainExamples, { directory: exampleDirectory })],
  args: { periodId: 'q1-2026' },
  parameters: {
    docs: {
      description: {
        component:
          'Write or change one objective with its key results, as on a Notion page: Enter starts the next key result, ' +
          'Backspace in an empty one removes it, Alt+↑/↓ moves it, Ctrl/⌘+Enter saves, Esc cancels. The core checks every ' +
          'field as you type; the method’s pitfalls show as suggestions that never block saving. One save is one batch.',
      },
    },
  },
} satisfies Meta<typeof ObjectiveEditorForm>;

export default meta;
type Story = StoryObj<typeof meta>;

const editorOf = (canvasElement: HTMLElement) => within(canvasElement).findByRole('form');

/** A new objective: nothing typed yet; the title says it is needed. */
export const Empty: Story = {
  play: async ({ canvasElement }) => {
    const form = within(await editorOf(canvasElement));
    await expect(form.getByLabelText('Objective')).toHaveAttribute('aria-invalid', 'true');
    await expect(form.getByRole('region', { name: 'Key results' })).toBeInTheDocument();
  },
};

/** Typing a title and a first key result; the error goes as soon as the title is there. */
export const Typing: Story = {
  play: async ({ canvasElement }) => {
    const form = within(await editorOf(canvasElement));
    await userEvent.type(form.getByLabelText('Objective'), 'Make onboarding effortless for new teams');
    await expect(form.getByLabelText('Objective')).not.toHaveAttribute('aria-invalid');
    await userEvent.click(form.getByRole('button', { name: 'Add key result' }));
    await userEvent.keyboard('Time to first report falls');
    await expect(form.getByLabelText('Key result 1')).toHaveValue('Time to first report falls');
  },
};

const kindStory = (title: string, keyResultTitle: string, metric: Parameters<typeof draftWithMetric>[2], check: (form: ReturnType<typeof within>) => Promise<void>): Story => ({
  args: { defaultValue: draftWithMetric(title, keyResultTitle, metric) },
  play: async ({ canvasElement }) => check(within(await editorOf(canvasElement))),
});

/** Increase from → to, with the current value and a currency unit. */
export const Increase = kindStory('Grow revenue from the mid-market this quarter', 'Monthly recurring revenue', { kind: 'numeric', direction: 'increase', start: 20000, target: 50000, current: 26000, unit: { kind: 'currency', currency: 'EUR' } }, async (form) => {
  await expect(form.getByLabelText('Measured as')).toHaveValue('increase');
  await expect(form.getByLabelText('Currency code')).toHaveValue('EUR');
  await expect(form.getByLabelText('From')).toHaveValue('20000');
});
/** Decrease, in percent. */
export const Decrease = kindStory('Keep the customers we already have', 'Monthly churn', { kind: 'numeric', direction: 'decrease', start: 5, target: 3, current: 4.2, unit: { kind: 'percent' } }, async (form) => {
  await expect(form.getByLabelText('Measured as')).toHaveValue('decrease');
  await expect(form.getByLabelText('Unit')).toHaveValue('percent');
});
/** A custom unit with its singular. */
export const CustomUnit = kindStory('Turn our research into protected ideas', 'Patents filed', { kind: 'numeric', direction: 'increase', start: 0, target: 5, current: 1, unit: { kind: 'custom', label: 'patents', labelOne: 'patent' } }, async (form) => {
  await expect(form.getByLabelText('Unit name')).toHaveValue('patents');
  await expect(form.getByLabelText('Unit name for one')).toHaveValue('patent');
});
/** Done or not. */
export const Binary = kindStory('Be ready for the enterprise market', 'SOC 2 report signed by the auditor', { kind: 'binary', done: false }, async (form) => {
  await expect(form.getByRole('checkbox', { name: 'Done' })).not.toBeChecked();
});
/** Milestones with weights: add one by keyboard. */
export const Milestones = kindStory('Open the new channel to partners', 'Partner programme in place', { kind: 'milestones', milestones: [{ title: 'Contract template', done: true, weight: 1 }, { title: 'First three partners signed', done: false, weight: 2 }] }, async (form) => {
  await expect(form.getAllByLabelText('Milestone')).toHaveLength(2);
  await userEvent.click(form.getByRole('button', { name: 'Add milestone' }));
  await expect(form.getAllByLabelText('Milestone')).toHaveLength(3);
  await expect(form.getAllByLabelText('Milestone weight')[1]).toHaveValue('2');
});
/** A guardrail: stays below a threshold. */
export const Guardrail = kindStory('Answer every customer quickly and kindly', 'First response time', { kind: 'guardrail', bound: 'below', threshold: 4, current: 3, unit: { kind: 'custom', label: 'h' } }, async (form) => {
  await expect(form.getByLabelText('Must stay')).toHaveValue('below');
  await expect(form.getByLabelText('Threshold')).toHaveValue('4');
});
/** A guardrail range. */
export const GuardrailRange = kindStory('Run a service people can rely on', 'Uptime', { kind: 'guardrail-range', min: 99.5, max: 100, current: 99.9, unit: { kind: 'percent' } }, async (form) => {
  await expect(form.getByLabelText('Lowest')).toHaveValue('99.5');
  await expect(form.getByLabelText('Highest')).toHaveValue('100');
});

/** The core's messages at the fields: an empty target and a start equal to nothing. */
export const ValidationErrors: Story = {
  args: { defaultValue: draftWithMetric('Grow revenue from the mid-market this quarter', '', { kind: 'numeric', direction: 'increase', start: 0, target: Number.NaN, current: 0 }) },
  play: async ({ canvasElement }) => {
    const form = within(await editorOf(canvasElement));
    const target = form.getByLabelText('To');
    await expect(target).toHaveAttribute('aria-invalid', 'true');
    await expect(form.getByLabelText('Key result 1')).toHaveAttribute('aria-invalid', 'true');
    await expect(canvasElement.querySelectorAll('[data-slot="objective-editor-error"]').length).toBeGreaterThanOrEqual(2);
  },
};

/** The method's pitfalls as suggestions: a vague title, a task written as a KR, one KR only, no parent. */
export const Hints: Story = {
  args: { defaultValue: { ...draftWithMetric('Growth', 'Launch the referral page', { kind: 'binary', done: false }), objective: { ...draftWithMetric('Growth', '', { kind: 'binary', done: false }).objective, parentId: undefined } } },
  play: async ({ canvasElement }) => {
    const form = within(await editorOf(canvasElement));
    const hints = form.getByRole('region', { name: 'Suggestions' });
    await waitFor(() => expect(within(hints).getAllByRole('listitem').map((item) => item.dataset.code)).toEqual(expect.arrayContaining(['vague-objective', 'task-as-key-result', 'too-few-key-results', 'orphan-objective'])));
    await expect(form.getByRole('button', { name: 'Save' })).not.toHaveAttribute('aria-disabled');
  },
};

/** Saving, slowly: the button says so. */
export const Saving: Story = {
  decorators: [withOkrStore(domainExamples, { directory: exampleDirectory, latencyMs: 1500 })],
  args: { defaultValue: draftWithMetric('Make onboarding effortless for new teams', 'Teams reporting in week one', { kind: 'numeric', direction: 'increase', start: 20, target: 60, current: 20, unit: { kind: 'percent' } }) },
  play: async ({ canvasElement }) => {
    const form = within(await editorOf(canvasElement));
    // The slow store loads first (its periods appear), then the save takes its time.
    await waitFor(() => expect(form.getByRole('option', { name: 'Q1 2026' })).toBeInTheDocument(), { timeout: 5000 });
    await userEvent.click(form.getByRole('button', { name: 'Save' }));
    await expect(await form.findByRole('button', { name: 'Saving…' })).toHaveAttribute('aria-disabled', 'true');
  },
};

/** Storage refuses: everything typed stays, with the reason and Retry. */
export const Refused: Story = {
  decorators: [withOkrStore(domainExamples, { directory: exampleDirectory, offline: true })],
  args: { defaultValue: draftWithMetric('Make onboarding effortless for new teams', 'Teams reporting in week one', { kind: 'binary', done: false }) },
  play: async ({ canvasElement }) => {
    const form = within(await editorOf(canvasElement));
    await userEvent.type(form.getByLabelText('Description'), 'Typed before the network went away.');
    await userEvent.keyboard('{Control>}{Enter}{/Control}');
    const alert = await form.findByRole('alert');
    await expect(alert).toHaveTextContent(/Not saved/);
    await expect(within(alert).getByRole('button', { name: 'Retry' })).toBeInTheDocument();
    await expect(form.getByLabelText('Description')).toHaveValue('Typed before the network went away.');
  },
};

/** Someone else changed the objective meanwhile: theirs vs yours, Keep theirs / Use mine. */
export const Conflict: Story = {
  decorators: [],
  render: () => <ConflictStores>{() => <ObjectiveEditorForm objectiveId="obj-retention" />}</ConflictStores>,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const form = within(await canvas.findByRole('form'));
    await userEvent.click(canvas.getByRole('button', { name: 'A colleague renames it' }));
    const title = form.getByLabelText('Objective');
    await userEvent.clear(title);
    await userEvent.type(title, 'Keep the users we win, every one');
    await userEvent.click(form.getByRole('button', { name: 'Save' }));
    const conflict = await form.findByRole('alert');
    await expect(conflict).toHaveTextContent('Keep every user we win (renamed by a colleague)');
    await expect(conflict).toHaveTextContent('Keep the users we win, every one');
    await expect(within(conflict).getByRole('button', { name: 'Keep theirs' })).toBeInTheDocument();
    await expect(within(conflict).getByRole('button', { name: 'Use mine' })).toBeInTheDocument();
  },
};

/** The provider's policy refuses editing: fields disabled, the reason said. */
export const ReadOnly: Story = {
  decorators: [withOkrStore(domainExamples, { directory: exampleDirectory, can: () => false })],
  args: { objectiveId: 'obj-user-activity' },
  play: async ({ canvasElement }) => {
    const form = within(await editorOf(canvasElement));
    await expect(form.getByLabelText('Objective')).toBeDisabled();
    await expect(form.getByRole('note')).toHaveTextContent(/can't/);
    await expect(form.queryByRole('button', { name: 'Save' })).toBeNull();
  },
};

/** Editing a stored objective with its key results. */
export const Edit: Story = {
  args: { objectiveId: 'obj-user-activity' },
  play: async ({ canvasElement }) => {
    const form = within(await editorOf(canvasElement));
    await expect(form.getByLabelText('Objective')).toHaveValue('Significantly increase user activity');
    await expect(form.getAllByLabelText(/^Key result \d$/).length).toBeGreaterThan(1);
  },
};

/** Dark colour scheme. */
export const Dark: Story = { globals: { colorScheme: 'dark' }, args: { objectiveId: 'obj-user-activity' } };

/** Right to left, Arabic digits: user text takes its own direction. */
export const RightToLeft: Story = {
  globals: { direction: 'rtl', locale: 'ar-EG' },
  args: { defaultValue: draftWithMetric('زيادة نشاط المستخدمين بشكل ملحوظ', 'المستخدمون النشطون يوميًا', { kind: 'numeric', direction: 'increase', start: 1000, target: 5000, current: 1800 }) },
  play: async ({ canvasElement }) => {
    const form = within(await editorOf(canvasElement));
    await expect(form.getByLabelText('Objective')).toHaveAttribute('dir', 'auto');
  },
};

/** Titles at the core's 200-character limit wrap; nothing overflows the editor. */
export const LongText: Story = {
  args: { defaultValue: draftWithMetric('Make '.padEnd(200, 'very long objective title '), 'Reach '.padEnd(200, 'an extremely long key result title '), { kind: 'numeric', direction: 'increase', start: 0, target: 1e12, current: 3e11 }) },
  play: async ({ canvasElement }) => {
    const form = await editorOf(canvasElement);
    await expect(within(form).getByLabelText('Objective')).toHaveAttribute('maxlength', '200');
    await expect(form.scrollWidth).toBeLessThanOrEqual(form.clientWidth + 1);
  },
};

/**
 * The keyboard-only flow: write an objective with three KRs of different kinds,
 * align it, save — without touching the mouse.
 */
export const KeyboardOnly: Story = {
  play: async ({ canvasElement }) => {
    const form = within(await editorOf(canvasElement));
    form.getByLabelText('Objective').focus();
    await userEvent.keyboard('Win the mid-market segment this quarter');
    // Tab to the parent picker (through description, period, owner, team, kind, weight).
    const picker = form.getByRole('combobox', { name: 'Aligned to' });
    while (canvasElement.ownerDocument.activeElement !== picker) await userEvent.tab();
    await userEvent.keyboard('open every day{ArrowDown}');
    await userEvent.keyboard('{ArrowUp}{Enter}');
    await expect(canvasElement.querySelector('[data-slot="objective-editor-parent"]')).toHaveAttribute('data-state', 'aligned');
    const add = form.getByRole('button', { name: 'Add key result' });
    while (canvasElement.ownerDocument.activeElement !== add) await userEvent.tab();
    await userEvent.keyboard('{Enter}');
    await userEvent.keyboard('Reach 500 paying mid-market teams{Enter}');
    await userEvent.keyboard('Churn stays below 3 percent{Enter}');
    await userEvent.keyboard('Launch the partner programme');
    // Second KR: a guardrail; third: milestones — chosen with the keyboard on the kind picker.
    const kinds = form.getAllByLabelText('Measured as');
    kinds[1]!.focus();
    await userEvent.selectOptions(kinds[1]!, 'guardrail');
    kinds[2]!.focus();
    await userEvent.selectOptions(kinds[2]!, 'milestones');
    form.getAllByLabelText('Milestone')[0]!.focus();
    await userEvent.keyboard('Contract template signed');
    await userEvent.keyboard('{Control>}{Enter}{/Control}');
    await expect(await form.findByText('Saved', { selector: '[data-slot="objective-editor-indicator"]' }, { timeout: 5000 })).toBeInTheDocument();
    await expect(form.getAllByLabelText(/^Key result \d$/).map((input) => (input as HTMLInputElement).value)).toEqual([
      'Reach 500 paying mid-market teams',
      'Churn stays below 3 percent',
      'Launch the partner programme',
    ]);
  },
};

/** Start from a template (the method's scenarios): the draft gets its title and key results. */
export const FromTemplate: Story = {
  play: async ({ canvasElement }) => {
    const form = within(await editorOf(canvasElement));
    await userEvent.click(form.getByRole('button', { name: 'Start from a template' }));
    await userEvent.click(form.getByRole('button', { name: 'Launch a minimum viable product' }));
    await expect(form.getAllByLabelText(/^Key result \d$/).length).toBeGreaterThanOrEqual(3);
    await expect(form.getByLabelText('Key result 1')).toHaveFocus();
  },
};
