import { createOkrStore, keyResultHistory, type OkrSet } from '@okrkit/core';
import { createMemoryAdapter } from '@okrkit/adapter-memory';
import { domainExamplesNow } from '@okrkit/core/examples';
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { OkrProvider } from '../provider/index';
import { exampleDirectory } from '../provider/directory.fixtures';
import { chartGeometry, KeyResultChart } from './index';
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
  it('given check-ins, it is one image named by a summary, a dot per check-in and one slider over them', async () => {
    const { container } = await renderChart(chartScenarios.offTrack);
    const image = screen.getByRole('img');
    expect(image).toHaveAccessibleName(/^Raise NPS to 50: progress over time, 1 Jan\s–\s31 Mar 2026\. 6 check-ins; latest 23 on 5 Feb 2026\. Expected by today: 35\.\d+\. Target 50\.$/);
    const dots = [...container.querySelectorAll('[data-slot="key-result-chart-dots"]')].map((path) => (path.getAttribute('d') ?? '').split('M').length - 1);
    expect(dots.reduce((sum, count) => sum + count, 0)).toBe(6);
    // Confidence 0.25 on every check-in: all of them drawn with the "low" look.
    expect(container.querySelector('[data-slot="key-result-chart-dots"]')).toHaveAttribute('data-confidence', 'low');
    const slider = screen.getByRole('slider', { name: /^Check-ins of / });
    expect(slider).toHaveAttribute('aria-valuemin', '1');
    expect(slider).toHaveAttribute('aria-valuemax', '6');
    // The latest check-in is where the slider starts.
    expect(slider).toHaveAttribute('aria-valuenow', '6');
    expect(slider).toHaveAttribute('aria-valuetext', '5 Feb 2026: 23 (10%), confidence 25%, by Jonas Weber, Head of Product');
  });

  it('given the keyboard, arrows, Home, End and Page keys walk the check-ins with a tooltip; Escape hides it', async () => {
    const user = userEvent.setup();
    await renderChart(chartScenarios.overAchieved);
    await user.tab();
    const slider = screen.getByRole('slider', { name: /^Check-ins of / });
    expect(slider).toHaveFocus();
    expect(screen.getByRole('tooltip')).toHaveTextContent('5 Feb 2026');
    expect(screen.getByRole('tooltip')).toHaveTextContent('31 (155%)');
    await user.keyboard('{ArrowLeft}');
    expect(slider).toHaveAttribute('aria-valuenow', '5');
    await user.keyboard('{Home}');
    expect(slider).toHaveAttribute('aria-valuenow', '1');
    expect(slider).toHaveAttribute('aria-valuetext', expect.stringMatching(/^1 Jan 2026: 5 \(25%\)/));
    expect(screen.getByRole('tooltip')).toHaveTextContent('1 Jan 2026');
    await user.keyboard('{ArrowDown}');
    expect(slider).toHaveAttribute('aria-valuenow', '1');
    await user.keyboard('{PageUp}');
    expect(slider).toHaveAttribute('aria-valuenow', '2');
    await user.keyboard('{End}');
    expect(slider).toHaveAttribute('aria-valuenow', '6');
    await user.keyboard('{ArrowRight}');
    expect(slider).toHaveAttribute('aria-valuenow', '6');
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('tooltip')).toBeNull();
  });

  it('given a controlled activeIndex, it shows that check-in and reports moves', async () => {
    const user = userEvent.setup();
    const moves: number[] = [];
    await renderChart(chartScenarios.offTrack, { activeIndex: 2, onActiveIndexChange: (index) => moves.push(index) });
    const slider = screen.getByRole('slider');
    expect(slider).toHaveAttribute('aria-valuenow', '3');
    slider.focus();
    await user.keyboard('{ArrowRight}');
    expect(moves).toEqual([3]);
    // Controlled: nothing moves until the host passes the new index.
    expect(slider).toHaveAttribute('aria-valuenow', '3');
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
    expect(screen.getByRole('slider')).toHaveAttribute('aria-valuetext', expect.stringMatching(/2 of 4 milestones/));
    unmount();
    await renderChart(chartScenarios.binary);
    expect(screen.getByRole('slider')).toHaveAttribute('aria-valuetext', expect.stringMatching(/: Done \(100%\)/));
  });

  it('given a new check-in in the store, it adds the point', async () => {
    const { store } = await renderChart(chartScenarios.oneCheckIn);
    expect(screen.getByRole('slider')).toHaveAttribute('aria-valuemax', '1');
    await act(() => store.recordCheckIn({ keyResultId: 'kr-chart', value: 20, confidence: 0.9, note: 'Two more' }));
    expect(screen.getByRole('slider')).toHaveAttribute('aria-valuemax', '2');
    expect(screen.getByRole('slider')).toHaveAttribute('aria-valuetext', expect.stringMatching(/: 20 \(50%\), confidence 90%.*Note: Two more$/));
  });

  it('given a pointer over the plot, the tooltip follows the nearest check-in; a press picks it', async () => {
    const { container } = await renderChart(chartScenarios.offTrack);
    const plot = container.querySelector('[data-slot="key-result-chart-plot"]') as HTMLElement;
    // happy-dom has no layout: the plot is drawn at its fallback width, 480 px, at the page's origin.
    const first = chartGeometry(keyResultHistory(chartScenarios.offTrack, 'kr-chart'), { width: 480, height: 240, nowMs: Date.parse(domainExamplesNow) }).points[0];
    fireEvent.pointerMove(plot, { clientX: first?.x, clientY: first?.y });
    expect(screen.getByRole('tooltip')).toHaveTextContent('1 Jan 2026');
    fireEvent.pointerLeave(plot);
    expect(screen.queryByRole('tooltip')).toBeNull();
    fireEvent.pointerDown(plot, { clientX: first?.x, clientY: first?.y });
    expect(screen.getByRole('slider')).toHaveAttribute('aria-valuenow', '1');
  });

  it('given an unknown KR, it renders nothing', async () => {
    const { container } = await renderChart(chartScenarios.noCheckIns, { keyResultId: 'nope' });
    expect(container.innerHTML).toBe('');
  });

  it('shares its history with the core: the points are keyResultHistory’s', async () => {
    await renderChart(chartScenarios.many);
    expect(screen.getByRole('slider')).toHaveAttribute('aria-valuemax', String(keyResultHistory(chartScenarios.many, 'kr-chart').points.length));
  });
});
