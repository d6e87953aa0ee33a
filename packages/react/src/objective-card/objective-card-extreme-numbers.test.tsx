import type { KeyResult, Metric } from '@okrkit/core';
import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { formatMetricValue, formatNumber, formatPercent, NOT_A_NUMBER_TEXT } from '../format/number-format';
import { storeServing } from '../internal/snapshot-store.test-utils';
import { KeyResultProgress } from '../key-result-progress/index';
import { ObjectiveCard } from './objective-card';
import { loadedStore, withProvider } from './objective-card.test-utils';

const MAX = Number.MAX_VALUE;
const extremeMetrics: Metric[] = [
  { kind: 'numeric', direction: 'increase', start: -1e308, target: 1e308, current: 1e308 },
  { kind: 'numeric', direction: 'increase', start: -MAX, target: MAX, current: 0, unit: { kind: 'currency', currency: 'EUR' } },
  { kind: 'numeric', direction: 'decrease', start: 0, target: -1e-6, current: MAX, unit: { kind: 'custom', label: 'products' } },
  { kind: 'milestones', milestones: [{ title: 'A', done: true, weight: MAX }, { title: 'B', done: false, weight: MAX }] },
  { kind: 'guardrail-range', min: -MAX, max: MAX, current: 1e308 },
  { kind: 'guardrail', bound: 'below', threshold: MAX, current: -MAX, unit: { kind: 'percent' } },
];

describe('widgets at extreme but finite numbers', () => {
  it('given an objective whose KRs hold numbers up to ±1.8e308 and weights summing past the float maximum, the card and the bars never show NaN or Infinity', async () => {
    const { store } = await loadedStore();
    const real = store.getSnapshot().okrSet;
    const keyResults: KeyResult[] = extremeMetrics.map((metric, at) => ({ id: `kr-extreme-${at}`, objectiveId: 'obj-user-activity', title: `Extreme ${at}`, metric, weight: at % 2 ? MAX : 5e-324 }));
    const served = storeServing(store, {
      ...real,
      objectives: real.objectives.map((objective) => (objective.id === 'obj-user-activity' ? { ...objective, weight: MAX } : objective)),
      keyResults: [...real.keyResults.filter((keyResult) => keyResult.objectiveId !== 'obj-user-activity'), ...keyResults],
    });
    const { container } = render(
      withProvider(
        served,
        <>
          <ObjectiveCard objectiveId="obj-user-activity" />
          <ObjectiveCard objectiveId="obj-company-growth" />
          {keyResults.map((keyResult) => (
            <KeyResultProgress key={keyResult.id} keyResultId={keyResult.id} />
          ))}
        </>,
      ),
    );
    expect(screen.getAllByRole('progressbar').length).toBeGreaterThanOrEqual(keyResults.length + 2);
    expect(container.innerHTML).not.toMatch(/NaN|Infinity|∞/);
    for (const element of container.querySelectorAll<HTMLElement>('[style]')) {
      expect(element.getAttribute('style')).not.toMatch(/NaN|Infinity/);
    }
    for (const bar of screen.getAllByRole('progressbar')) {
      expect(Number.isFinite(Number(bar.getAttribute('aria-valuenow')))).toBe(true);
      expect(bar.getAttribute('aria-valuetext')).not.toMatch(/NaN|Infinity|∞/);
    }
  });

  it('given NaN or ±Infinity, the formatters write a dash; given a huge value, scientific notation', () => {
    for (const value of [Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY]) {
      expect(formatNumber(value, 'en-US')).toBe(NOT_A_NUMBER_TEXT);
      expect(formatPercent(value, 'en-US')).toBe(NOT_A_NUMBER_TEXT);
      expect(formatMetricValue(value, { kind: 'currency', currency: 'EUR' }, 'en-US')).toBe(NOT_A_NUMBER_TEXT);
    }
    expect(formatNumber(1e308, 'en-US')).toBe('1E308');
    expect(formatNumber(-MAX, 'en-US')).toBe('-1.8E308');
    expect(formatPercent(1e300, 'en-US')).toBe('1E302%');
    expect(formatNumber(123_456.789, 'en-US')).toBe('123,456.79');
  });
});
