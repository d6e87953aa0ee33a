import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { withOkrStore } from '../internal/story-store';
import { exampleDirectory } from '../provider/directory.fixtures';
import { ObjectiveList } from './index';
import { listStorySet } from './objective-list.fixtures';

const meta = {
  title: 'Components/ObjectiveList/Parts',
  component: ObjectiveList.Root,
  tags: ['autodocs'],
  decorators: [withOkrStore(listStorySet, { directory: exampleDirectory })],
  args: { teamId: 'brightline-growth', periodId: 'q1-2026', onExport: fn(), onOpen: fn() },
  parameters: {
    docs: {
      description: {
        component:
          'The list as compound parts: `ObjectiveList.Root` holds the state; `Toolbar` (with `Export`), `Notices`, `Table` ' +
          '(with `NewRow` inside) and `Panel` go where the host puts them, or stay out.',
      },
    },
  },
} satisfies Meta<typeof ObjectiveList.Root>;

export default meta;
type Story = StoryObj<typeof meta>;

/** A host's own arrangement: the table first, a toolbar without Export under it, rows opening in the host's view (`onOpen`), no New objective row. */
export const CustomComposition: Story = {
  render: (args) => (
    <ObjectiveList.Root {...args}>
      <ObjectiveList.Table />
      <ObjectiveList.Toolbar exportButton={false} />
      <ObjectiveList.Notices />
    </ObjectiveList.Root>
  ),
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    const grid = await canvas.findByRole('grid', { name: 'Objectives' });
    const toolbar = canvasElement.querySelector('[data-slot="objective-list-toolbar"]')!;
    await expect(grid.compareDocumentPosition(toolbar) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    await expect(canvas.queryByLabelText('New objective')).toBeNull();
    await expect(canvas.queryByRole('button', { name: 'Export CSV' })).toBeNull();
    await userEvent.selectOptions(canvas.getByLabelText('Filter by state'), 'draft');
    await waitFor(() => expect(within(grid).getAllByRole('row')).toHaveLength(2));
    await userEvent.click(canvas.getByRole('button', { name: 'Learn which price works for small teams' }));
    await expect(args.onOpen).toHaveBeenCalledTimes(1);
  },
};

/** "Export CSV" hands the rows as shown (here sorted by title) to `onExport`, or downloads them when there is none. */
export const ExportCsv: Story = {
  render: (args) => (
    <ObjectiveList.Root {...args}>
      <ObjectiveList.Toolbar />
      <ObjectiveList.Table />
    </ObjectiveList.Root>
  ),
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await userEvent.click(await canvas.findByRole('button', { name: 'Objective' }));
    await userEvent.click(canvas.getByRole('button', { name: 'Export CSV' }));
    await waitFor(() => expect(args.onExport).toHaveBeenCalledTimes(1));
    const [csv] = (args.onExport as ReturnType<typeof fn>).mock.calls[0]! as [string];
    const lines = csv.replace(/^\uFEFF/, '').split('\r\n');
    await expect(lines[0]).toBe('Rank,Objective,Owner,Team,Period,State,Status,Progress (%),Confidence (%),Last check-in (UTC)');
    await expect(lines[1]).toMatch(/^\d+,Keep the users we win,/);
    await expect(lines[2]).toMatch(/^\d+,Learn which price works for small teams,/);
    await expect(canvasElement.querySelector('[data-slot="objective-list-live"]')).toHaveTextContent('Exported 5 objectives as CSV.');
  },
};
