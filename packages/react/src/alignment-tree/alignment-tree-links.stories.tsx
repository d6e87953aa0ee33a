import type { AlignmentLayoutLink } from '@okrkit/core';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect } from 'storybook/test';
import { AlignmentTreeLinks } from './alignment-tree-links';

/** A parent with two children (one of them also serves a second objective), and a loop back to the top. */
const curve = (sourceId: string, targetId: string, kind: AlignmentLayoutLink['kind'], from: [number, number], to: [number, number]): AlignmentLayoutLink => {
  const middle = (from[1] + to[1]) / 2;
  return {
    sourceId,
    targetId,
    kind,
    points: [
      { x: from[0], y: from[1] },
      { x: from[0], y: middle },
      { x: to[0], y: middle },
      { x: to[0], y: to[1] },
    ],
  };
};
const sampleLinks: AlignmentLayoutLink[] = [
  curve('growth', 'activity', 'primary', [200, 20], [80, 110]),
  curve('growth', 'retention', 'primary', [200, 20], [320, 110]),
  curve('activity', 'support', 'primary', [80, 110], [80, 200]),
  curve('learning', 'retention', 'secondary', [440, 20], [320, 110]),
  curve('support', 'growth', 'loop', [80, 200], [200, 20]),
];

const meta = {
  title: 'Components/AlignmentTree/Parts/Links',
  component: AlignmentTreeLinks,
  tags: ['autodocs'],
  args: { links: sampleLinks, highlighted: new Set<string>(), clip: { minX: 0, minY: 0, maxX: 480, maxY: 240 } },
  argTypes: { links: { control: false }, highlighted: { control: false }, clip: { control: 'object' } },
  decorators: [
    (Story) => (
      <div className="okr-alignment-tree">
        <div style={{ position: 'relative', inlineSize: 480, blockSize: 240 }}>
          <Story />
        </div>
      </div>
    ),
  ],
  parameters: {
    docs: {
      description: {
        component:
          'The links between tree items, one SVG path per kind: primary alignment solid, a secondary (`contributesTo`) link dashed, ' +
          'a loop dotted in the danger colour, and the highlighted path to the top drawn again on top. Decorative: the ARIA tree carries the structure.',
      },
    },
  },
} satisfies Meta<typeof AlignmentTreeLinks>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Every kind of link: solid primary, dashed secondary, dotted red loop. */
export const Default: Story = {
  play: async ({ canvasElement }) => {
    for (const kind of ['primary', 'secondary', 'loop']) await expect(canvasElement.querySelector(`path[data-kind="${kind}"]`)).not.toBeNull();
    await expect(canvasElement.querySelector('path[data-kind="path"]')).toBeNull();
  },
};

/** The path from a selected (or hovered) objective to the top, in the accent colour. */
export const HighlightedPath: Story = {
  args: { highlighted: new Set(['growth', 'activity', 'support']) },
  play: async ({ canvasElement }) => {
    const path = canvasElement.querySelector('path[data-kind="path"]') as SVGPathElement;
    await expect(path).not.toBeNull();
    await expect(getComputedStyle(path).strokeWidth).toBe('3px');
  },
};
