import { keyResultProgress, type Metric, type Status } from '@okrkit/core';
import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { KeyResultView } from '../provider/hooks';
import { KeyResultProgressView } from './key-result-progress-view';
import { barGeometry, guardrailGeometry } from './key-result-progress.utils';

function viewOf(metric: Metric, status: Status, expected = 0.5): KeyResultView {
  const keyResult = { id: 'kr', objectiveId: 'o', title: 'Uptime stays healthy', metric };
  return { keyResult, progress: keyResultProgress(keyResult), status, expected, confidence: { latest: null, previous: null, change: null, trend: 'unknown', at: null } };
}

describe('KeyResultProgressView (no store)', () => {
  it('given plain view data and no provider, it renders with the default labels', () => {
    const view = viewOf({ kind: 'numeric', direction: 'increase', start: 0, target: 10, current: 4, unit: { kind: 'count' } }, 'on-track');
    render(<KeyResultProgressView view={view} locale="en-US" />);
    expect(screen.getByRole('progressbar', { name: 'Uptime stays healthy' })).toHaveAttribute('aria-valuetext', '4 of 10, 40%, on track');
  });

  it('given a range guardrail, it draws the band between the two limits', () => {
    const view = viewOf({ kind: 'guardrail-range', min: 99.5, max: 100, current: 99.7, unit: { kind: 'percent' } }, 'achieved');
    const { container } = render(<KeyResultProgressView view={view} locale="en-US" />);
    expect(screen.getByRole('progressbar')).toHaveAttribute('aria-valuetext', '99.7%, within limit (between 99.5% and 100%)');
    expect(container.querySelectorAll('[data-slot="key-result-progress-limit"]')).toHaveLength(2);
  });

  it('given each size, it exposes it as data-size (md by default)', () => {
    const view = viewOf({ kind: 'binary', done: false }, 'not-started');
    const { container, rerender } = render(<KeyResultProgressView view={view} />);
    expect(container.firstElementChild).toHaveAttribute('data-size', 'md');
    rerender(<KeyResultProgressView view={view} size="sm" />);
    expect(container.firstElementChild).toHaveAttribute('data-size', 'sm');
  });

  it('given partial labels, it fills the rest with the defaults', () => {
    const view = viewOf({ kind: 'binary', done: false }, 'at-risk');
    render(<KeyResultProgressView view={view} labels={{ notDone: 'Offen', spokenStatus: { ...statusWords, 'at-risk': 'gefährdet' } }} />);
    expect(screen.getByRole('progressbar')).toHaveAttribute('aria-valuetext', 'Offen, gefährdet');
    expect(screen.getByText('At risk')).toBeInTheDocument();
  });

  it('passes other attributes (id, data-*, style) to the root and keeps its geometry variables', () => {
    const view = viewOf({ kind: 'numeric', direction: 'increase', start: 0, target: 10, current: 4 }, 'on-track');
    const { container } = render(<KeyResultProgressView view={view} id="kr-4" data-testid="bar" style={{ maxWidth: 320 }} />);
    const root = container.firstElementChild as HTMLElement;
    expect(root).toHaveAttribute('id', 'kr-4');
    expect(root.style.maxWidth).toBe('320px');
    expect(root.style.getPropertyValue('--okr-progress-fill')).toBe('40%');
    expect(root.style.getPropertyValue('--okr-progress-expected')).toBe('50%');
  });
});

const statusWords: Record<Status, string> = {
  'not-started': 'nicht begonnen',
  'on-track': 'im Plan',
  'at-risk': 'gefährdet',
  'off-track': 'verfehlt',
  achieved: 'erreicht',
};

describe('barGeometry', () => {
  it('given progress within the target, the track is 0–100 %', () => {
    expect(barGeometry(0.6, 0.5)).toEqual({ fill: 60, overflow: 0, target: 100, expected: 50, overachieved: false, capped: false });
  });

  it('given over-achievement, the track rescales so 150 % fits and the target mark moves in', () => {
    expect(barGeometry(1.15, 0.5)).toEqual({ fill: 66.67, overflow: 10, target: 66.67, expected: 33.33, overachieved: true, capped: false });
    expect(barGeometry(1.8, 1)).toMatchObject({ fill: 55.56, overflow: 44.44, target: 55.56 });
  });

  it('given more than 200 %, the fill stops at the end and says it is capped', () => {
    expect(barGeometry(3, 0)).toMatchObject({ fill: 50, overflow: 50, target: 50, capped: true });
  });

  it('given negative or non-finite progress, it draws nothing rather than a negative or NaN bar', () => {
    expect(barGeometry(-0.25, 0.2)).toMatchObject({ fill: 0, overflow: 0 });
    expect(barGeometry(Number.NaN, Number.NaN)).toMatchObject({ fill: 0, expected: 0 });
  });
});

describe('guardrailGeometry', () => {
  it('given a "below" limit, the scale starts at 0 and the band runs up to the limit', () => {
    expect(guardrailGeometry({ kind: 'guardrail', bound: 'below', threshold: 4, current: 3.2 })).toEqual({ band: [0, 90.91], limits: [90.91], current: 72.73 });
  });

  it('given an "above" limit, the band runs from the limit to the end and the reading sits inside the scale', () => {
    const geometry = guardrailGeometry({ kind: 'guardrail', bound: 'above', threshold: 99.5, current: 99.1 });
    expect(geometry.band[1]).toBe(100);
    expect(geometry.current).toBeGreaterThan(0);
    expect(geometry.current).toBeLessThan(geometry.limits[0] ?? 0);
  });

  it('given a range, the band lies between both limits', () => {
    const geometry = guardrailGeometry({ kind: 'guardrail-range', min: 20, max: 24, current: 22 });
    expect(geometry.band).toEqual([geometry.limits[0], geometry.limits[1]]);
    expect(geometry.current).toBe(50);
  });
});
