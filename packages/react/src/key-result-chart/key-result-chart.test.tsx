import { createOkrStore, keyResultHistory, type OkrSet } from '@okrkit/core';
import { createMemoryAdapter } from '@okrkit/adapter-memory';
import { domainExamplesNow } from '@okrkit/core/examples';
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { OkrProvider } from '../provider/index';
import { exampleDirectory } from '../provider/directory.fixtures';
import { KeyResultChart } from './index';
import { chartScenarios } from './key-result-chart.fixtures';

async function renderChart(okrSet: OkrSet, props: Partial<Parameters<typeof KeyResultChart>[0]> = {}) {
  const store = createOkrStore({ adapter: createMemoryAdapter({ initial: okrSet }), now: () => new Date(domainExamplesNow) });
  await store.load();
  const result = render(
    <OkrProvider store={store} now={domainExamplesNow} locale="en-GB" directory={exampleDirectory}>
      <KeyResultChart keyResultId="kr-chart" {...props} />
    </OkrProvider>,
  );
  return { store, ...result };
}

describe('KeyResultChart', () => {
  it('given check-ins, it is one image named by a summary, and a group with a point per check-in', async () => {
    await renderChart(chartScenarios.offTrack);
    const image = screen.getByRole('img');
    expect(image).toHaveAccessibleName(/^Raise NPS to 50: progress over time, 1 Jan\s–\s31 Mar 2026\. 6 check-ins; latest 23 on 5 Feb 2026\. Expected by today: 35\.\d+\. Target 50\.$/);
    const points = within(screen.getByRole('group', { name: 'Check-ins' })).getAllByRole('button');
    expect(points).toHaveLength(6);
    expect(points[0]).toHaveAccessibleName('1 Jan 2026: 20 (0%), confidence 25%, by Amara Osei, CEO');
  });

  it('given the keyboard, the points are one tab stop and arrows, Home and End move between them with a tooltip', async () => {
    const user = userEvent.setup();
    await renderChart(chartScenarios.overAchieved);
    await user.tab();
    const points = within(screen.getByRole('group', { name: 'Check-ins' })).getAllByRole('button');
    // The latest check-in is where focus lands first.
    expect(points[5]).toHaveFocus();
    expect(points.filter((point) => point.tabIndex === 0)).toHaveLength(1);
    expect(screen.getByRole('tooltip')).toHaveTextContent('5 Feb 2026');
    expect(screen.getByRole('tooltip')).toHaveTextContent('31 (155%)');
    await user.keyboard('{ArrowLeft}');
    expect(points[4]).toHaveFocus();
    await user.keyboard('{Home}');
    expect(points[0]).toHaveFocus();
    expect(screen.getByRole('tooltip')).toHaveTextContent('1 Jan 2026');
    await user.keyboard('{End}');
    expect(points[5]).toHaveFocus();
    await user.keyboard('{ArrowRight}');
    expect(points[5]).toHaveFocus();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('tooltip')).toBeNull();
  });

  it('given "Show as table", it shows every check-in with date, value, progress, confidence, author and note', async () => {
    const user = userEvent.setup();
    await renderChart(chartScenarios.longNotes);
    const toggle = screen.getByRole('button', { name: 'Show as table' });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByRole('table')).toBeNull();
    await user.click(toggle);
    const table = screen.getByRole('table', { name: 'Check-ins of Sign up 40 partners' });
    expect(within(table).getAllByRole('row')).toHaveLength(5);
    expect(within(table).getAllByRole('columnheader').map((cell) => cell.textContent)).toEqual(['Date', 'Value', 'Progress', 'Confidence', 'Author', 'Note']);
    expect(within(table).getAllByRole('row')[2]).toHaveTextContent(/10 Jan 2026.*6.*15%.*Jonas Weber.*Week 2: we met/);
    expect(screen.getByRole('button', { name: 'Hide table' })).toHaveAttribute('aria-expanded', 'true');
  });

  it('given no check-ins, it says so, keeps the expected line and offers no table', async () => {
    const { container } = await renderChart(chartScenarios.noCheckIns);
    expect(screen.getByRole('img')).toHaveAccessibleName(/No check-ins yet\./);
    expect(screen.getByRole('note')).toHaveTextContent('No check-ins yet');
    expect(container.querySelector('[data-slot="key-result-chart-expected"]')).not.toBeNull();
    expect(container.querySelector('[data-slot="key-result-chart-actual"]')).toBeNull();
    expect(screen.queryByRole('button', { name: 'Show as table' })).toBeNull();
  });

  it('given a guardrail, it draws the band and names it in the summary, with no expected line', async () => {
    const { container } = await renderChart(chartScenarios.guardrailRange);
    expect(container.querySelector('[data-slot="key-result-chart-band"]')).not.toBeNull();
    expect(container.querySelector('[data-slot="key-result-chart-expected"]')).toBeNull();
    expect(screen.getByRole('img')).toHaveAccessibleName(/Target between 99\.5\s?% and 100\s?%\.$/);
  });

  it('given milestones and binary KRs, the actual line is drawn in steps and values read as words', async () => {
    const { container, unmount } = await renderChart(chartScenarios.milestones);
    const vertices = (container.querySelector('[data-slot="key-result-chart-actual"]')?.getAttribute('d') ?? '')
      .slice(1)
      .split('L')
      .map((pair) => pair.split(',').map(Number) as [number, number]);
    expect(vertices.length).toBeGreaterThan(4);
    // Steps: every segment is flat or upright, never a slope.
    for (let i = 1; i < vertices.length; i++) {
      const [x0, y0] = vertices[i - 1] as [number, number];
      const [x1, y1] = vertices[i] as [number, number];
      expect(x0 === x1 || y0 === y1).toBe(true);
    }
    expect(within(screen.getByRole('group')).getAllByRole('button')[3]).toHaveAccessibleName(/2 of 4 milestones/);
    unmount();
    await renderChart(chartScenarios.binary);
    expect(within(screen.getByRole('group')).getAllByRole('button')[2]).toHaveAccessibleName(/: Done \(100%\)/);
  });

  it('given a new check-in in the store, it adds the point', async () => {
    const { store } = await renderChart(chartScenarios.oneCheckIn);
    expect(within(screen.getByRole('group')).getAllByRole('button')).toHaveLength(1);
    await act(() => store.recordCheckIn({ keyResultId: 'kr-chart', value: 20, confidence: 0.9, note: 'Two more' }));
    expect(within(screen.getByRole('group')).getAllByRole('button')).toHaveLength(2);
  });

  it('given a pointer over the plot, the tooltip follows the nearest check-in', async () => {
    const { container } = await renderChart(chartScenarios.offTrack);
    const plot = container.querySelector('[data-slot="key-result-chart-plot"]') as HTMLElement;
    const first = within(screen.getByRole('group')).getAllByRole('button')[0] as HTMLElement;
    fireEvent.pointerMove(plot, { clientX: Number.parseFloat(first.style.left), clientY: 100 });
    expect(screen.getByRole('tooltip')).toHaveTextContent('1 Jan 2026');
    fireEvent.pointerLeave(plot);
    expect(screen.queryByRole('tooltip')).toBeNull();
  });

  it('given an unknown KR, it renders nothing', async () => {
    const { container } = await renderChart(chartScenarios.noCheckIns, { keyResultId: 'nope' });
    expect(container.innerHTML).toBe('');
  });

  it('shares its history with the core: the points are keyResultHistory’s', async () => {
    await renderChart(chartScenarios.many);
    expect(within(screen.getByRole('group')).getAllByRole('button')).toHaveLength(keyResultHistory(chartScenarios.many, 'kr-chart').points.length);
  });
});
