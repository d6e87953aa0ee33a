import { keyResultHistory, type OkrSet } from '@okrkit/core';
import { domainExamplesNow } from '@okrkit/core/examples';
import { fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { KeyResultChartRoot, type KeyResultChartRootProps } from './key-result-chart-context';
import { KeyResultChartPlot } from './key-result-chart-plot';
import { chartScenarios } from './key-result-chart.fixtures';

// KeyResultChartPlot alone inside a KeyResultChartRoot over a core history (no store): the
// slider, the tooltip's parts, right-to-left keys and the picks it reports. The chart over the
// provider's store (summary, steps, new check-ins) is specified in key-result-chart.test.tsx.

const names: Record<string, string> = { 'amara-osei': 'Amara Osei', 'jonas-weber': 'Jonas Weber' };

function renderPlot(okrSet: OkrSet, props: Partial<KeyResultChartRootProps> = {}, dir?: 'rtl') {
  const history = keyResultHistory(okrSet, 'kr-chart');
  const plot = (
    <KeyResultChartRoot history={history} title="Sign up 40 partners" now={domainExamplesNow} locale="en-GB" personName={(id) => names[id] ?? id} {...props}>
      <KeyResultChartPlot height={200} />
    </KeyResultChartRoot>
  );
  return render(dir ? <div dir={dir} style={{ direction: 'rtl' }}>{plot}</div> : plot);
}

describe('KeyResultChartPlot', () => {
  it('given no check-ins, it says so as a note instead of a slider, and its tooltip stays hidden', () => {
    const { container } = renderPlot(chartScenarios.noCheckIns);
    expect(screen.getByRole('note')).toHaveTextContent('No check-ins yet');
    expect(screen.queryByRole('slider')).toBeNull();
    expect(container.querySelector('[data-slot="key-result-chart-dots"]')).toBeNull();
    expect(container.querySelector('[data-slot="key-result-chart-tooltip"]')).toHaveAttribute('hidden');
    expect(screen.getByRole('img')).toHaveAccessibleName(/Sign up 40 partners/);
  });

  it('given the slider focused, the tooltip shows the check-in’s date, value with progress, confidence, author by name and note', async () => {
    const user = userEvent.setup();
    renderPlot(chartScenarios.oneCheckIn);
    await user.tab();
    const slider = screen.getByRole('slider', { name: 'Check-ins of Sign up 40 partners' });
    expect(slider).toHaveFocus();
    const tooltip = screen.getByRole('tooltip');
    expect(tooltip).toHaveAttribute('data-state', 'open');
    expect(tooltip.querySelector('[data-slot="key-result-chart-tooltip-date"]')).toHaveTextContent('1 Jan 2026');
    expect(tooltip.querySelector('[data-slot="key-result-chart-tooltip-value"]')).toHaveTextContent('12 (30%)');
    expect(tooltip.querySelector('[data-slot="key-result-chart-tooltip-confidence"]')).toHaveTextContent('Confidence: 80%');
    expect(tooltip.querySelector('[data-slot="key-result-chart-tooltip-author"]')).toHaveTextContent('Amara Osei');
    expect(tooltip.querySelector('[data-slot="key-result-chart-tooltip-note"]')).toHaveTextContent('First partners signed');
    await user.tab();
    expect(screen.queryByRole('tooltip')).toBeNull();
  });

  it('given an uncontrolled plot, each key move is reported to onActiveIndexChange; keys it does not use are left alone', async () => {
    const user = userEvent.setup();
    const onActiveIndexChange = vi.fn();
    renderPlot(chartScenarios.many, { onActiveIndexChange });
    await user.tab();
    const slider = screen.getByRole('slider');
    expect(slider).toHaveAttribute('aria-valuenow', '40');
    await user.keyboard('{PageDown}');
    // A page is a tenth of the check-ins: 4 of 40.
    expect(slider).toHaveAttribute('aria-valuenow', '36');
    expect(onActiveIndexChange).toHaveBeenLastCalledWith(35);
    onActiveIndexChange.mockClear();
    const event = fireEvent.keyDown(slider, { key: 'a' });
    expect(event).toBe(true);
    expect(onActiveIndexChange).not.toHaveBeenCalled();
  });

  it('given a right-to-left page, time runs leftwards: ArrowLeft goes to the next check-in, ArrowRight to the one before', async () => {
    const user = userEvent.setup();
    renderPlot(chartScenarios.overAchieved, { defaultActiveIndex: 2 }, 'rtl');
    await user.tab();
    const slider = screen.getByRole('slider');
    expect(slider).toHaveAttribute('aria-valuenow', '3');
    await user.keyboard('{ArrowLeft}');
    expect(slider).toHaveAttribute('aria-valuenow', '4');
    await user.keyboard('{ArrowRight}{ArrowRight}');
    expect(slider).toHaveAttribute('aria-valuenow', '2');
  });

  it('given a controlled index, a key press only reports the move until the host passes it back', async () => {
    const user = userEvent.setup();
    const onActiveIndexChange = vi.fn();
    const { container, rerender } = renderPlot(chartScenarios.overAchieved, { activeIndex: 1, onActiveIndexChange });
    await user.tab();
    const slider = screen.getByRole('slider');
    await user.keyboard('{Home}');
    expect(onActiveIndexChange).toHaveBeenCalledWith(0);
    expect(slider).toHaveAttribute('aria-valuenow', '2');
    rerender(
      <KeyResultChartRoot history={keyResultHistory(chartScenarios.overAchieved, 'kr-chart')} title="Sign up 40 partners" now={domainExamplesNow} locale="en-GB" activeIndex={0} onActiveIndexChange={onActiveIndexChange}>
        <KeyResultChartPlot height={200} />
      </KeyResultChartRoot>,
    );
    expect(slider).toHaveAttribute('aria-valuenow', '1');
    // The picked check-in is ringed in the drawing.
    expect(container.querySelector('[data-slot="key-result-chart-active-point"]')).not.toBeNull();
  });

  it('given a check-in without an author or a confidence, the tooltip leaves those parts out', async () => {
    const user = userEvent.setup();
    const bare = { ...chartScenarios.oneCheckIn, checkIns: chartScenarios.oneCheckIn.checkIns.map((checkIn) => (checkIn.keyResultId === 'kr-chart' ? { id: checkIn.id, keyResultId: checkIn.keyResultId, at: checkIn.at, value: checkIn.value } : checkIn)) };
    renderPlot(bare);
    await user.tab();
    const tooltip = screen.getByRole('tooltip');
    expect(tooltip).toHaveTextContent('12 (30%)');
    expect(tooltip.querySelector('[data-slot="key-result-chart-tooltip-confidence"]')).toBeNull();
    expect(tooltip.querySelector('[data-slot="key-result-chart-tooltip-author"]')).toBeNull();
    expect(tooltip.querySelector('[data-slot="key-result-chart-tooltip-note"]')).toBeNull();
  });
});
