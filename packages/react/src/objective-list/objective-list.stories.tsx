import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { withOkrStore } from '../internal/story-store';
import { exampleDirectory } from '../provider/directory.fixtures';
import { ObjectiveList } from './index';
import { listStorySet, manyObjectivesSet } from './objective-list.fixtures';

const withStore = (initial = listStorySet, options: Parameters<typeof withOkrStore>[1] = {}) => withOkrStore(initial, { directory: exampleDirectory, ...options });
const titlesIn = (canvasElement: HTMLElement) => [...canvasElement.querySelectorAll('[data-slot="objective-list-open"]')].map((button) => button.textContent);
const live = (canvasElement: HTMLElement) => canvasElement.querySelector('[data-slot="objective-list-live"]');

const meta = {
  title: 'Components/ObjectiveList',
  component: ObjectiveList,
  tags: ['autodocs'],
  decorators: [withStore()],
  args: { teamId: 'brightline-growth', periodId: 'q1-2026', onCreate: fn() },
  argTypes: {
    groupBy: { control: 'select', options: ['none', 'team', 'period', 'state'] },
    readOnly: { control: 'boolean' },
    onSortingChange: { action: 'sortingChange' },
    onFiltersChange: { action: 'filtersChange' },
    onGroupByChange: { action: 'groupByChange' },
  },
  parameters: {
    docs: {
      description: {
        component:
          'A team’s objectives in priority order, as a Notion database: sort, filter and group; re-rank by dragging the rank ' +
          'handle or with Alt+↑/↓ (announced); open a row in a side panel; delete with a confirmation that lists what goes ' +
          'with it, and Undo. The provider’s `can` policy disables what the person may not do, with the reason.',
      },
    },
  },
} satisfies Meta<typeof ObjectiveList>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The Growth team's five Q1 objectives, ranked. */
export const Default: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await waitFor(() => expect(titlesIn(canvasElement)).toHaveLength(5));
    await expect(titlesIn(canvasElement)[0]).toBe('Keep the users we win');
    await expect(canvas.getByText('Alt+Up and Alt+Down move this objective up or down the ranking.')).toBeInTheDocument();
  },
};

/** A team with no objectives: the grid is empty, the New objective row invites the first. */
export const Empty: Story = {
  args: { teamId: 'team-nobody' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByText('No objectives here yet.')).toBeInTheDocument();
    await expect(canvas.getByRole('textbox', { name: 'New objective' })).toBeInTheDocument();
  },
};

/** 2,000 objectives: only the rows in view are in the page; the count and `aria-rowcount` tell the rest. */
export const Many: Story = {
  args: { periodId: undefined },
  decorators: [withStore(manyObjectivesSet(2000))],
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByText('2,000 of 2,000 objectives')).toBeInTheDocument();
    await expect(canvas.getAllByRole('row').length).toBeLessThan(40);
    const viewport = canvasElement.querySelector<HTMLElement>('[data-slot="objective-list-viewport"]')!;
    viewport.scrollTop = 40 * 1500;
    await waitFor(() => expect(titlesIn(canvasElement).some((title) => title?.startsWith('Objective 1500:'))).toBe(true));
  },
};

/** Grouped by state: a heading row per group; re-ranking is off and says why. */
export const Grouped: Story = {
  args: { defaultGroupBy: 'state' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByText('Active · 4')).toBeInTheDocument();
    await expect(canvas.getByText('Draft · 1')).toBeInTheDocument();
    await expect(canvas.getByText(/Re-ranking is off while the list is grouped/)).toBeInTheDocument();
  },
};

/** Filtered to drafts from the toolbar. */
export const Filtered: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await waitFor(() => expect(titlesIn(canvasElement)).toHaveLength(5));
    await userEvent.selectOptions(canvas.getByLabelText('Filter by state'), 'draft');
    await expect(titlesIn(canvasElement)).toEqual(['Learn which price works for small teams']);
    await expect(canvas.getByText('1 of 5 objectives')).toBeInTheDocument();
    await expect(canvas.getByText(/Re-ranking is off while some objectives are filtered out/)).toBeInTheDocument();
  },
};

/** Sorted by a column other than rank: headers say `aria-sort`, re-ranking waits for rank order. */
export const SortedByTitle: Story = {
  args: { defaultSorting: { id: 'title', desc: false } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await waitFor(() => expect(titlesIn(canvasElement)[1]).toBe('Learn which price works for small teams'));
    await expect(canvas.getByRole('columnheader', { name: 'Objective' })).toHaveAttribute('aria-sort', 'ascending');
    await expect(canvas.queryByRole('button', { name: /^Move / })).toBeNull();
  },
};

/** Alt+↓ on a focused row moves it one rank down: one write, announced, focus stays on it. */
export const KeyboardMove: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const handle = await canvas.findByRole('button', { name: /^Move Win back customers who stopped using the app, rank/ });
    handle.focus();
    await userEvent.keyboard('{Alt>}{ArrowDown}{/Alt}');
    await waitFor(() => expect(titlesIn(canvasElement)[2]).toBe('Win back customers who stopped using the app'));
    await expect(live(canvasElement)).toHaveTextContent('Win back customers who stopped using the app moved to rank 3 of 5.');
    await waitFor(() => expect(canvas.getByRole('button', { name: /^Move Win back customers who stopped using the app, rank/ })).toHaveFocus());
  },
};

/** Dragging with dnd-kit's keyboard sensor: Space picks the row up, ↓ moves it, Space drops it; each step is spoken. */
export const Dragging: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const handle = await canvas.findByRole('button', { name: /^Move Keep the users we win, rank/ });
    handle.focus();
    await userEvent.keyboard(' ');
    await waitFor(() => expect(canvasElement.querySelector('[data-dragging]')).not.toBeNull());
    await userEvent.keyboard('{ArrowDown}');
    await new Promise((resolve) => setTimeout(resolve, 300));
    await userEvent.keyboard(' ');
    await waitFor(() => expect(titlesIn(canvasElement)[1]).toBe('Keep the users we win'));
  },
};

/**
 * Rows are kept and refilled as the order changes (keyed by place, not by objective): sorted by
 * title and back to rank order, every row is draggable again; a drag with the pointer moves the
 * row, and no row keeps the drag's offset or `data-dragging` afterwards.
 */
export const PointerDragAfterSorting: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await waitFor(() => expect(titlesIn(canvasElement)[0]).toBe('Keep the users we win'));
    const sortByTitle = canvas.getByRole('button', { name: /^Objective/ });
    await userEvent.click(sortByTitle);
    await waitFor(() => expect(titlesIn(canvasElement)[1]).toBe('Learn which price works for small teams'));
    await expect(canvas.queryByRole('button', { name: /^Move / })).toBeNull();
    await userEvent.click(sortByTitle);
    await userEvent.click(sortByTitle);
    await waitFor(() => expect(titlesIn(canvasElement)[0]).toBe('Keep the users we win'));
    const before = titlesIn(canvasElement);
    const handles = canvas.getAllByRole('button', { name: /^Move / });
    await expect(handles).toHaveLength(5);
    // Each handle names the objective its row shows now, not the one the row showed before sorting.
    await expect(handles.map((handle) => handle.getAttribute('aria-label'))).toEqual(before.map((title, at) => `Move ${title}, rank ${at + 1}`));

    // One user-event session for the whole drag: it remembers the pressed button between calls.
    const user = userEvent.setup();
    const from = handles[0]!.getBoundingClientRect();
    const x = from.left + from.width / 2;
    await user.pointer([
      { keys: '[MouseLeft>]', target: handles[0]!, coords: { clientX: x, clientY: from.top + from.height / 2 } },
      { coords: { clientX: x, clientY: from.top + from.height / 2 + 8 } },
    ]);
    await waitFor(() => expect(canvasElement.querySelector('[data-dragging]')).not.toBeNull());
    // dnd-kit measures the rows once the drag has started; move over the next row after that.
    await new Promise((resolve) => setTimeout(resolve, 100));
    for (const step of [16, 32, 46]) {
      await user.pointer({ coords: { clientX: x, clientY: from.top + from.height / 2 + step } });
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    await expect(canvasElement.querySelector<HTMLElement>('[data-dragging]')?.style.transform).toMatch(/translate3d\(0px, 46px/);
    await user.pointer({ keys: '[/MouseLeft]', coords: { clientX: x, clientY: from.top + from.height / 2 + 46 } });
    await waitFor(() => expect(titlesIn(canvasElement).slice(0, 2)).toEqual([before[1], before[0]]));
    await waitFor(() => expect(canvasElement.querySelector('[data-dragging]')).toBeNull());
    const rows = [...canvasElement.querySelectorAll<HTMLElement>('[data-slot="objective-list-row"]')];
    await waitFor(() => expect(rows.map((row) => row.style.transform)).toEqual(rows.map(() => '')));
  },
};

/** Storage refuses the move: the previous order comes back, with the reason. */
export const RefusedMoveRolledBack: Story = {
  decorators: [withStore(listStorySet, { offline: true })],
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const handle = await canvas.findByRole('button', { name: /^Move Win back customers who stopped using the app, rank/ });
    handle.focus();
    await userEvent.keyboard('{Alt>}{ArrowUp}{/Alt}');
    await expect((await canvas.findAllByText(/could not be moved: .*The previous order is back\./))[0]).toBeVisible();
    await expect(titlesIn(canvasElement)[1]).toBe('Win back customers who stopped using the app');
  },
};

/** Delete asks first and lists what goes with it; Undo brings it all back. */
export const DeleteConfirmAndUndo: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(await canvas.findByRole('button', { name: 'Delete Win back customers who stopped using the app' }));
    const dialog = await canvas.findByRole('alertdialog');
    await expect(within(dialog).getByText('2 key results')).toBeInTheDocument();
    await expect(within(dialog).getByText(/1 aligned objectives/)).toBeInTheDocument();
    await userEvent.click(within(dialog).getByRole('button', { name: 'Delete' }));
    await waitFor(() => expect(titlesIn(canvasElement)).not.toContain('Win back customers who stopped using the app'));
    await userEvent.click(canvas.getByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(titlesIn(canvasElement)).toContain('Win back customers who stopped using the app'));
    await expect(canvas.getAllByText('“Win back customers who stopped using the app” is back.')[0]).toBeVisible();
  },
};

/** The New objective row: type, Enter hands the title to `onCreate`. */
export const NewObjective: Story = {
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await userEvent.type(await canvas.findByRole('textbox', { name: 'New objective' }), 'Double weekly sign-ups{Enter}');
    await expect(args.onCreate).toHaveBeenCalledWith('Double weekly sign-ups');
  },
};

/** Without `onCreate`, Enter opens the list's own side panel with the ObjectiveEditor holding the title. */
export const NewObjectiveInEditor: Story = {
  args: { onCreate: undefined },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.type(await canvas.findByRole('textbox', { name: 'New objective' }), 'Double weekly sign-ups{Enter}');
    const panel = await canvas.findByRole('dialog');
    await expect(within(panel).getByDisplayValue('Double weekly sign-ups')).toBeInTheDocument();
  },
};

/** Read-only: no handle, no delete, no New objective row. */
export const ReadOnly: Story = {
  args: { readOnly: true },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await waitFor(() => expect(titlesIn(canvasElement)).toHaveLength(5));
    await expect(canvas.getByRole('grid')).toHaveAttribute('aria-readonly', 'true');
    await expect(canvas.queryByRole('button', { name: /^Delete / })).toBeNull();
  },
};

/** A policy that lets this person read and update but not delete or create: the controls say why. */
export const PolicyRefuses: Story = {
  decorators: [withStore(listStorySet, { can: (action) => action === 'read' || action === 'update' })],
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const remove = await canvas.findByRole('button', { name: 'Delete Win back customers who stopped using the app' });
    await expect(remove).toHaveAttribute('aria-disabled', 'true');
    await expect(canvas.getByText('You can’t create objectives here.')).toBeInTheDocument();
  },
};

/** Opening a row shows its card in a side panel. */
export const SidePanel: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(await canvas.findByRole('button', { name: 'Keep the users we win' }));
    const panel = await canvas.findByRole('dialog');
    await expect(within(panel).getAllByRole('heading', { name: 'Keep the users we win' })[0]).toBeVisible();
    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(canvas.queryByRole('dialog')).toBeNull());
  },
};

export const Dark: Story = {
  globals: { colorScheme: 'dark' },
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(titlesIn(canvasElement)).toHaveLength(5));
  },
};

export const RightToLeft: Story = {
  globals: { direction: 'rtl', locale: 'ar-EG' },
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(titlesIn(canvasElement)).toHaveLength(5));
    const title = canvasElement.querySelector('[data-slot="objective-list-open"] span');
    await expect(title).toHaveAttribute('dir', 'auto');
  },
};

const longTitle = 'Make every new customer feel at home in their first week, from the welcome e-mail to their first shared board, their first invited colleague and their first weekly report sent';
export const LongText: Story = {
  decorators: [withStore({ ...listStorySet, objectives: listStorySet.objectives.map((objective) => (objective.id === 'obj-growth-3' ? { ...objective, title: longTitle } : objective)) })],
  play: async ({ canvasElement }) => {
    const button = await within(canvasElement).findByRole('button', { name: longTitle });
    const cell = button.closest<HTMLElement>('[role="gridcell"]')!;
    await expect(cell.scrollWidth).toBeGreaterThanOrEqual(cell.clientWidth);
    await expect(button.closest<HTMLElement>('[role="row"]')!.getBoundingClientRect().height).toBeLessThanOrEqual(41);
  },
};
