import { createOkrStore, UnavailableError, type OkrSet } from '@okrkit/core';
import { createMemoryAdapter } from '@okrkit/adapter-memory';
import { domainExamplePeople, domainExamples, domainExamplesNow } from '@okrkit/core/examples';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { withOkrStore } from '../internal/story-store';
import { ObjectiveCard } from './index';
import { withStore } from './objective-card.story-utils';

const renderOwner = (ownerId: string) => domainExamplePeople[ownerId] ?? ownerId;
// Company objectives are the top of their trees, not orphans.
const lintOptions = { topLevelTeamIds: ['brightline', 'kestrel-labs', 'green-table', 'bright-minds'] };
const objectiveIds = domainExamples.objectives.map((objective) => objective.id);

function withObjective(objectiveId: string, patch: Partial<OkrSet['objectives'][number]>): OkrSet {
  return { ...domainExamples, objectives: domainExamples.objectives.map((objective) => (objective.id === objectiveId ? { ...objective, ...patch } : objective)) };
}

const meta = {
  title: 'Components/ObjectiveCard',
  component: ObjectiveCard,
  tags: ['autodocs'],
  decorators: [withOkrStore()],
  args: { objectiveId: 'obj-tech-innovation', readOnly: false, renderOwner, lintOptions },
  argTypes: {
    objectiveId: { control: 'select', options: [...objectiveIds, 'obj-unknown'] },
    readOnly: { control: 'boolean' },
    className: { control: 'text' },
    renderOwner: { control: false },
    lintOptions: { control: 'object' },
    actions: { control: false },
  },
  parameters: {
    docs: {
      description: {
        component:
          'An objective as a Notion-like card: title (click or Enter to edit; Enter saves, Esc cancels), owner, period, rank, ' +
          'status with "Outdated", score with "Why this score?", progress, key results with in-place values and check-ins, and ' +
          'health warnings. Compose your own layout from `ObjectiveCard.Root` and its parts. Judged at 15 February 2026.',
      },
    },
  },
  render: (args) => (
    <div style={{ maxWidth: 560 }}>
      <ObjectiveCard {...args} />
    </div>
  ),
} satisfies Meta<typeof ObjectiveCard>;

export default meta;
type Story = StoryObj<typeof meta>;

/** On track, aspirational; the play function renames the objective in place. */
export const Default: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(await canvas.findByRole('button', { name: 'Lead technical innovation in our industry' }));
    const field = canvas.getByRole('textbox', { name: 'Objective title' });
    await userEvent.clear(field);
    await userEvent.type(field, 'Lead innovation in our industry{Enter}');
    await expect(await canvas.findByRole('button', { name: 'Lead innovation in our industry' })).toBeInTheDocument();
  },
};

/** Behind the elapsed time. The play function checks a KR in through the dialog (portalled into the body). */
export const AtRisk: Story = {
  args: { objectiveId: 'obj-user-activity' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(await canvas.findByRole('button', { name: 'Check in: Monthly active users +20 %' }));
    const body = within(canvasElement.ownerDocument.body);
    const value = await body.findByRole('spinbutton', { name: 'New value' });
    await userEvent.clear(value);
    await userEvent.type(value, '1180000');
    await userEvent.click(body.getByRole('button', { name: 'Save' }));
    await expect(await canvas.findByRole('button', { name: /1,180,000/ })).toBeInTheDocument();
  },
};

/** Off track and outdated: no check-in for over two weeks. */
export const OffTrack: Story = { args: { objectiveId: 'obj-maths-results' } };

/** A guardrail held and 46 of 40 articles: achieved. */
export const Achieved: Story = { args: { objectiveId: 'obj-support' } };

/** Over 100 %: the text says 107 %, the explanation shows why. */
export const OverAchieved: Story = {
  args: { objectiveId: 'obj-support' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(await canvas.findByRole('button', { name: 'Why this score?' }));
    await expect(canvas.getByRole('row', { name: /help-centre articles/i })).toBeVisible();
  },
};

/** Churn falls from 5 % to 3 %. */
export const Decreasing: Story = { args: { objectiveId: 'obj-retention' } };

/**
 * The onboarding checklist is done or not: one checkbox labelled "Done", not a number. The
 * play function clicks the word "Done" (the label is part of the control), and checks that
 * the bar's check square is not drawn beside it as a second, unclickable box.
 */
export const Binary: Story = {
  args: { objectiveId: 'obj-retention' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const checkbox = await canvas.findByRole('checkbox', { name: /onboarding checklist done/i });
    await expect(checkbox).not.toBeChecked();
    const row = checkbox.closest('li')!;
    const square = row.querySelector('[data-slot="key-result-progress-check"]');
    await expect(square === null || !(square as HTMLElement).checkVisibility()).toBe(true);
    await userEvent.click(within(row).getByText('Done'));
    await expect(await canvas.findByRole('checkbox', { name: /onboarding checklist done/i })).toBeChecked();
  },
};

/** Training quality, participation and application at work: one KR is a list of milestones. */
export const Milestones: Story = { args: { objectiveId: 'obj-training' } };

/** Support response time stays below 4 h. */
export const Guardrail: Story = { args: { objectiveId: 'obj-support' } };

/** An id the store does not hold. */
export const Empty: Story = { args: { objectiveId: 'obj-unknown' } };

/** The store has not loaded yet. */
export const Loading: Story = { decorators: [withOkrStore(domainExamples, { load: false })] };

/** Loading failed: storage was unreachable. */
export const Error: Story = {
  decorators: [
    withStore(async () => {
      const store = createOkrStore({ adapter: { load: () => Promise.reject(new UnavailableError('Storage is offline')) } });
      await store.load().catch(() => undefined);
      return store;
    }),
  ],
};

/**
 * A colleague renamed the objective meanwhile (this store did not hear of it). The play
 * function saves another title and meets the conflict: theirs vs yours, "Keep theirs" / "Use mine".
 */
export const Conflict: Story = {
  args: { objectiveId: 'obj-user-activity' },
  decorators: [
    withStore(async () => {
      const memory = createMemoryAdapter({ initial: domainExamples });
      const mine = createOkrStore({ adapter: { load: memory.load, apply: memory.apply }, now: () => new Date(domainExamplesNow) });
      const theirs = createOkrStore({ adapter: memory });
      await Promise.all([mine.load(), theirs.load()]);
      await theirs.updateObjective('obj-user-activity', { title: 'Double daily active usage' });
      return mine;
    }),
  ],
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(await canvas.findByRole('button', { name: 'Significantly increase user activity' }));
    await userEvent.type(canvas.getByRole('textbox', { name: 'Objective title' }), ' every day{Enter}');
    const alert = await canvas.findByRole('alert');
    await expect(alert).toHaveTextContent(/someone else changed this/i);
    await expect(within(alert.parentElement!).getByText('Double daily active usage')).toBeInTheDocument();
    // The card is named by what storage holds now (theirs), not by the refused draft.
    await expect(canvas.getByRole('article', { name: 'Double daily active usage' })).toBeInTheDocument();
    await expect(canvas.getByRole('button', { name: 'Use mine' })).toBeInTheDocument();
  },
};

/** A long title and description wrap without breaking the layout. */
export const LongText: Story = {
  args: { objectiveId: 'obj-healthy-dining' },
  decorators: [
    withOkrStore(
      withObjective('obj-healthy-dining', {
        title:
          'Become the most popular healthy-dining brand in every neighbourhood we serve, loved by families, students and office workers alike, without raising prices',
      }),
    ),
  ],
};

/** No edit affordances: plain text, no switches, no check-in buttons. */
export const ReadOnly: Story = { args: { objectiveId: 'obj-user-activity', readOnly: true } };

/** The provider's `can` policy refuses updating this objective: no check-in buttons or edit switches, and the card says why. */
export const ReadOnlyByPolicy: Story = {
  args: { objectiveId: 'obj-user-activity' },
  decorators: [withOkrStore(domainExamples, { can: (action) => action === 'read' })],
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const card = await canvas.findByRole('article', { name: /./ });
    await expect(card).toHaveAccessibleDescription("You can't edit this team's objectives");
    await expect(canvas.getByText("You can't edit this team's objectives")).toBeVisible();
    await expect(canvas.queryByRole('button', { name: /^Check in/ })).toBeNull();
    await expect(card).toHaveAttribute('data-readonly', '');
  },
};

/** Arabic, right to left: layout mirrors, numbers follow the locale. */
export const RightToLeft: Story = {
  args: { objectiveId: 'obj-user-activity' },
  globals: { direction: 'rtl', locale: 'ar-EG' },
};

/** Dark scheme from the host page's `data-color-scheme="dark"`. */
export const Dark: Story = {
  args: { objectiveId: 'obj-user-activity' },
  globals: { colorScheme: 'dark' },
};

/** The relative luminance of an `rgb(…)` colour (WCAG 2). */
function luminance(color: string): number {
  const [red, green, blue] = (color.match(/[\d.]+/g) ?? []).slice(0, 3).map((channel) => {
    const value = Number(channel) / 255;
    return value <= 0.04045 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * (red ?? 0) + 0.7152 * (green ?? 0) + 0.0722 * (blue ?? 0);
}
const contrast = (first: string, second: string) => {
  const [light, dark] = [luminance(first), luminance(second)].sort((a, b) => b - a) as [number, number];
  return (light + 0.05) / (dark + 0.05);
};

/**
 * Dark scheme with a host's own button in `actions`, unstyled: it keeps the browser's
 * button colours for the dark scheme (the card sets `color-scheme: dark` and no longer
 * forces `color: inherit` on buttons that are not its own), so it stays readable. The
 * widgets take the host page's font, not the browser's serif.
 */
export const DarkWithHostActions: Story = {
  args: { objectiveId: 'obj-user-activity', actions: <button type="button">Share</button> },
  globals: { colorScheme: 'dark' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const share = await canvas.findByRole('button', { name: 'Share' });
    const card = share.closest<HTMLElement>('[data-slot="objective-card"]')!;
    const style = getComputedStyle(share);
    await expect(getComputedStyle(card).colorScheme).toBe('dark');
    await expect(contrast(style.color, style.backgroundColor)).toBeGreaterThanOrEqual(4.5);
    await expect(getComputedStyle(card).fontFamily).toMatch(/system-ui/);
    // okrkit's own buttons still take the card's colours.
    await expect(getComputedStyle(canvas.getByRole('button', { name: 'Why this score?' })).color).not.toBe(style.color);
  },
};
