import { domainExamples } from '@okrkit/core/examples';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import { expect, userEvent, within } from 'storybook/test';
import { AlignmentTreeControls, AlignmentTreeIssues } from './alignment-tree-parts';
import { exampleAlignment, examplesWith, examplesWithIssues } from './alignment-tree.fixtures';
import { defaultAlignmentTreeLabels } from './alignment-tree.labels';

const withIssues = exampleAlignment(examplesWithIssues);
const healthy = exampleAlignment(domainExamples);

const meta = {
  title: 'Components/AlignmentTree/Parts/Issues and controls',
  component: AlignmentTreeIssues,
  subcomponents: { AlignmentTreeControls },
  tags: ['autodocs'],
  args: { graph: withIssues.graph, titleOf: withIssues.titleOf, matches: undefined, labels: defaultAlignmentTreeLabels, locale: 'en-US' },
  argTypes: { graph: { control: false }, titleOf: { control: false }, labels: { control: 'object' }, matches: { control: { type: 'number', min: 0 } } },
  decorators: [
    (Story) => (
      <div className="okr-alignment-tree">
        <Story />
      </div>
    ),
  ],
  parameters: {
    docs: {
      description: {
        component:
          'Above the canvas: orphans as a warning with their count, each loop as an error listing its chain, and the filter’s match count ' +
          '(announced politely). Beside it: zoom in, zoom out, fit and reset, as named buttons.',
      },
    },
  },
} satisfies Meta<typeof AlignmentTreeIssues>;

export default meta;
type Story = StoryObj<typeof meta>;

/** One orphan and one loop: a warning, then the loop’s chain as an error. */
export const OrphanAndLoop: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByText('1 objective serves nothing above it')).toBeInTheDocument();
    await expect(canvas.getByRole('listitem')).toHaveTextContent(/^Answer every customer quickly and well → .+ → Answer every customer quickly and well$/);
  },
};

/** Objectives aligned to objectives that were deleted out-of-band: kept, and listed with what they miss. */
export const MissingTargets: Story = {
  args: (() => {
    const missing = exampleAlignment(examplesWith({ 'obj-training': { parentId: 'obj-deleted' }, 'obj-support': { contributesTo: ['obj-gone'] } }));
    return { graph: missing.graph, titleOf: missing.titleOf };
  })(),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByText('2 objectives are aligned to objectives that do not exist')).toBeInTheDocument();
    await expect(canvas.getByText(/“obj-deleted” not found$/)).toBeInTheDocument();
  },
};

/** A healthy alignment under a filter that matches nothing. */
export const NoMatches: Story = {
  args: { graph: healthy.graph, titleOf: healthy.titleOf, matches: 0 },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByText('No objective matches the filter')).toBeInTheDocument();
  },
};

/** The zoom controls; the play function presses each one and reads which action ran. */
export const ZoomControls: Story = {
  render: () => <ControlsWithLog />,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    for (const name of ['Zoom in', 'Zoom out', 'Fit to view', 'Reset zoom']) {
      await userEvent.click(canvas.getByRole('button', { name }));
      await expect(canvas.getByRole('status')).toHaveTextContent(name);
    }
  },
};

/** The controls over a line that says which action ran last (the tree would move its view). */
function ControlsWithLog() {
  const [last, setLast] = useState('');
  const { zoomIn, zoomOut, fit, reset } = defaultAlignmentTreeLabels;
  return (
    <div style={{ position: 'relative', blockSize: 48 }}>
      <p role="status">{last}</p>
      <AlignmentTreeControls
        labels={defaultAlignmentTreeLabels}
        zoomIn={() => setLast(zoomIn)}
        zoomOut={() => setLast(zoomOut)}
        fit={() => setLast(fit)}
        reset={() => setLast(reset)}
      />
    </div>
  );
}
