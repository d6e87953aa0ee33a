import type { OkrSet } from '@okrkit/core';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { StoryStore } from '../internal/story-store';
import { exampleDirectory } from '../provider/directory.fixtures';
import { KeyResultChart, type KeyResultChartProps } from './index';
import { chartScenarios, type ChartScenario } from './key-result-chart.fixtures';

type ChartStoryArgs = KeyResultChartProps & { scenario: ChartScenario };

const meta = {
  title: 'Components/KeyResultChart',
  component: KeyResultChart,
  tags: ['autodocs'],
  args: { scenario: 'many', keyResultId: 'kr-chart', height: 240, defaultTableOpen: false },
  argTypes: {
    scenario: { control: 'select', options: Object.keys(chartScenarios) },
    height: { control: { type: 'range', min: 120, max: 480, step: 10 } },
  },
  parameters: {
    docs: {
      description: {
        component:
          '`KeyResultChart`: a key result’s burn-up over its period — the actual line through every check-in, the expected line dashed, ' +
          'the target, today, and a guardrail’s band. The check-ins are one tab stop (arrow keys, Home, End) with a tooltip; ' +
          'the drawing is one image named by a summary, and “Show as table” gives the data.',
      },
    },
  },
  render: ({ scenario, ...props }) => (
    <StoryStore key={scenario} initial={chartScenarios[scenario] as OkrSet} options={{ directory: exampleDirectory }} locale="en-GB">
      <div style={{ maxWidth: 640 }}>
        <KeyResultChart {...props} />
      </div>
    </StoryStore>
  ),
} satisfies Meta<ChartStoryArgs>;

export default meta;
type Story = StoryObj<typeof meta>;

const points = async (canvasElement: HTMLElement) => within(await within(canvasElement).findByRole('group', { name: 'Check-ins' })).getAllByRole('button');

/** Forty check-ins against the expected line. The play function walks the points by keyboard. */
export const Default: Story = {
  play: async ({ canvasElement }) => {
    const all = await points(canvasElement);
    await userEvent.tab();
    await expect(all[all.length - 1]).toHaveFocus();
    await userEvent.keyboard('{ArrowLeft}{ArrowLeft}');
    await expect(all[all.length - 3]).toHaveFocus();
    await userEvent.keyboard('{Home}');
    await expect(all[0]).toHaveFocus();
    await expect(within(canvasElement).getByRole('tooltip')).toHaveTextContent('1 Jan 2026');
    await userEvent.keyboard('{End}');
    await expect(all[all.length - 1]).toHaveFocus();
  },
};

/** No check-in yet: the expected line alone, and a note. */
export const NoCheckIns: Story = {
  args: { scenario: 'noCheckIns' },
  play: async ({ canvasElement }) => {
    await expect(await within(canvasElement).findByRole('img', { name: /No check-ins yet/ })).toBeVisible();
  },
};

/** One check-in, with a note in its tooltip on hover. */
export const OneCheckIn: Story = {
  args: { scenario: 'oneCheckIn' },
  play: async ({ canvasElement }) => {
    const [point] = await points(canvasElement);
    await userEvent.hover(point as HTMLElement);
    await waitFor(() => expect(within(canvasElement).getByRole('tooltip')).toHaveTextContent('First partners signed'));
  },
};

/** Far below the expected line, with low confidence (hollow red points). */
export const OffTrack: Story = { args: { scenario: 'offTrack' } };

/** Past the target: the line leaves the top of the plan (155 %). */
export const OverAchieved: Story = { args: { scenario: 'overAchieved' } };

/** Churn 5 % → 3 %: the line and the target fall, drawn as they are. */
export const Decreasing: Story = { args: { scenario: 'decreasing' } };

/** Milestones: steps, one per milestone reached. */
export const Milestones: Story = { args: { scenario: 'milestones' } };

/** Done or not: one step. */
export const Binary: Story = { args: { scenario: 'binary' } };

/** A guardrail (below 4 h): the allowed band, no expected line. */
export const Guardrail: Story = { args: { scenario: 'guardrail' } };

/** A range guardrail (uptime between 99.5 % and 100 %). */
export const GuardrailRange: Story = { args: { scenario: 'guardrailRange' } };

/** Long notes wrap in the tooltip and the table. The play function opens the table. */
export const LongNotes: Story = {
  args: { scenario: 'longNotes' },
  play: async ({ canvasElement }) => {
    await userEvent.click(await within(canvasElement).findByRole('button', { name: 'Show as table' }));
    const table = within(canvasElement).getByRole('table', { name: 'Check-ins of Sign up 40 partners' });
    await expect(within(table).getAllByRole('row')).toHaveLength(5);
    await expect(within(canvasElement).getByRole('button', { name: 'Hide table' })).toHaveAttribute('aria-expanded', 'true');
  },
};

/** The table open from the start (uncontrolled `defaultTableOpen`). */
export const TableOpen: Story = { args: { scenario: 'offTrack', defaultTableOpen: true } };

/** Dark scheme: the same tokens, dark values. */
export const Dark: Story = { args: { scenario: 'overAchieved' }, globals: { colorScheme: 'dark' } };

/** Right to left: time runs from right to left, and so do the arrow keys. */
export const RightToLeft: Story = {
  args: { scenario: 'offTrack' },
  globals: { direction: 'rtl' },
  play: async ({ canvasElement }) => {
    const all = await points(canvasElement);
    await waitFor(() => expect(Number.parseFloat((all[0] as HTMLElement).style.left)).toBeGreaterThan(Number.parseFloat((all[5] as HTMLElement).style.left)));
    (all[5] as HTMLElement).focus();
    await userEvent.keyboard('{ArrowLeft}');
    await expect(all[5]).toHaveFocus();
    await userEvent.keyboard('{ArrowRight}');
    await expect(all[4]).toHaveFocus();
  },
};

/** The container decides the width: a narrow side panel. */
export const Narrow: Story = {
  args: { scenario: 'many' },
  render: ({ scenario, ...props }) => (
    <StoryStore initial={chartScenarios[scenario] as OkrSet} options={{ directory: exampleDirectory }} locale="en-GB">
      <div style={{ width: 280 }}>
        <KeyResultChart {...props} />
      </div>
    </StoryStore>
  ),
  play: async ({ canvasElement }) => {
    const svg = canvasElement.querySelector('svg[role="img"]') as SVGSVGElement;
    await waitFor(() => expect(svg.getAttribute('viewBox')).toBe('0 0 280 240'));
  },
};
