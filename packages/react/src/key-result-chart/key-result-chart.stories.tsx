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
          'the target, today, and a guardrail’s band. The check-ins are walked with one slider (arrow keys, Home, End, Page Up/Down) ' +
          'whose spoken value names the check-in, with a tooltip; ' +
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

const slider = (canvasElement: HTMLElement) => within(canvasElement).findByRole('slider', { name: /^Check-ins of / });

/** Forty check-ins against the expected line. The play function walks them by keyboard. */
export const Default: Story = {
  play: async ({ canvasElement }) => {
    const control = await slider(canvasElement);
    await userEvent.tab();
    await expect(control).toHaveFocus();
    await expect(control).toHaveAttribute('aria-valuenow', '40');
    await userEvent.keyboard('{ArrowLeft}{ArrowLeft}');
    await expect(control).toHaveAttribute('aria-valuenow', '38');
    await userEvent.keyboard('{Home}');
    await expect(control).toHaveAttribute('aria-valuetext', expect.stringMatching(/^1 Jan 2026: 1,000 \(0%\)/));
    await expect(within(canvasElement).getByRole('tooltip')).toHaveTextContent('1 Jan 2026');
    await userEvent.keyboard('{End}');
    await expect(control).toHaveAttribute('aria-valuenow', '40');
  },
};

/** No check-in yet: the expected line alone, and a note. */
export const NoCheckIns: Story = {
  args: { scenario: 'noCheckIns' },
  play: async ({ canvasElement }) => {
    await expect(await within(canvasElement).findByRole('img', { name: /No check-ins yet/ })).toBeVisible();
  },
};

/** One check-in, with a note in its tooltip when the pointer comes near it. */
export const OneCheckIn: Story = {
  args: { scenario: 'oneCheckIn' },
  play: async ({ canvasElement }) => {
    const control = await slider(canvasElement);
    const box = control.getBoundingClientRect();
    const plot = canvasElement.querySelector('[data-slot="key-result-chart-plot"]') as HTMLElement;
    plot.dispatchEvent(new PointerEvent('pointermove', { bubbles: true, clientX: box.left + box.width / 2, clientY: box.top + box.height / 2 }));
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
    const control = await slider(canvasElement);
    const latestLeft = Number.parseFloat(control.style.left);
    control.focus();
    // Time runs leftwards: ArrowLeft is later (already the latest), ArrowRight earlier and further right.
    await userEvent.keyboard('{ArrowLeft}');
    await expect(control).toHaveAttribute('aria-valuenow', '6');
    await userEvent.keyboard('{ArrowRight}');
    await expect(control).toHaveAttribute('aria-valuenow', '5');
    await waitFor(() => expect(Number.parseFloat(control.style.left)).toBeGreaterThan(latestLeft));
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
