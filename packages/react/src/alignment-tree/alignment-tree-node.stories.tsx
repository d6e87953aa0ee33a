import type { Meta, StoryObj } from '@storybook/react-vite';
import { domainExamplePeople } from '@okrkit/core/examples';
import { expect, fn, userEvent, within } from 'storybook/test';
import { AlignmentTreeItem, type AlignmentTreeItemProps } from './alignment-tree-node';
import { exampleAlignment, exampleItemProps, examplesWithIssues } from './alignment-tree.fixtures';

const renderOwner: AlignmentTreeItemProps['renderOwner'] = (ownerId) => domainExamplePeople[ownerId] ?? ownerId;

/** What one laid-out node of the examples shows (the story keeps its own callbacks and flags). */
function nodeOf(id: string, alignment = exampleAlignment()) {
  const { node, objective, rollup, title, count } = exampleItemProps(id, {}, alignment);
  return { node, objective, rollup, title, count };
}

const meta = {
  title: 'Components/AlignmentTree/Parts/Item',
  component: AlignmentTreeItem,
  tags: ['autodocs'],
  args: { ...exampleItemProps('obj-retention'), renderOwner, activate: fn(), toggle: fn(), setHoveredId: fn() },
  argTypes: {
    detail: { control: 'inline-radio', options: ['full', 'compact'] },
    selected: { control: 'boolean' },
    focused: { control: 'boolean' },
    onPath: { control: 'boolean' },
    match: { control: 'boolean' },
    title: { control: 'text' },
    node: { control: false },
    objective: { control: false },
    rollup: { control: false },
    labels: { control: false },
    statusWords: { control: false },
    renderNode: { control: false },
    renderOwner: { control: false },
  },
  decorators: [
    (Story) => (
      <div className="okr-alignment-tree">
        <div role="tree" aria-label="Alignment tree" style={{ position: 'relative', inlineSize: 260, blockSize: 100 }}>
          <Story />
        </div>
      </div>
    ),
  ],
  parameters: {
    docs: {
      description: {
        component:
          'One tree item: the objective’s title, owner, rolled-up progress bar and status, coloured by status; an expander when it has ' +
          'children. Zoomed out it becomes one line with the status as a shape. Groups (Not aligned, Alignment loops) show a count.',
      },
    },
  },
} satisfies Meta<typeof AlignmentTreeItem>;

export default meta;
type Story = StoryObj<typeof meta>;

/** An at-risk objective with children. The play function clicks it and its expander. */
export const Default: Story = {
  play: async ({ canvasElement, args }) => {
    const item = within(canvasElement).getByRole('treeitem', { name: /Keep the users we win/ });
    await expect(item).toHaveAttribute('aria-expanded', 'true');
    await userEvent.click(item);
    await expect(args.activate).toHaveBeenCalledWith('obj-retention');
    await userEvent.click(item.querySelector('[data-slot="alignment-tree-toggle"]') as HTMLElement);
    await expect(args.toggle).toHaveBeenCalledWith('obj-retention');
    await expect(args.activate).toHaveBeenCalledTimes(1);
  },
};

/** Selected, so on the highlighted path; over-achieved (108%). */
export const SelectedAchieved: Story = {
  args: { ...nodeOf('obj-support'), selected: true, onPath: true },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('treeitem')).toHaveAttribute('aria-selected', 'true');
  },
};

/** Zoomed out: one line, the status as a shape, and still spoken in the name. */
export const Compact: Story = {
  args: { ...nodeOf('obj-maths-results'), detail: 'compact' },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('treeitem')).toHaveAccessibleName('Our students get measurably better at maths, Off track');
  },
};

/** The group that holds objectives serving nothing above them. */
export const OrphansGroup: Story = {
  args: nodeOf('@okrkit/alignment-orphans', exampleAlignment(examplesWithIssues)),
  play: async ({ canvasElement }) => {
    const group = within(canvasElement).getByRole('treeitem', { name: /Not aligned/ });
    await expect(group).not.toHaveAttribute('aria-selected');
    await expect(group).toHaveTextContent('1');
  },
};

/** The dark scheme. */
export const Dark: Story = {
  globals: { colorScheme: 'dark' },
};
