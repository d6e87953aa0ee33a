import { describe, expect, it } from 'vitest';
import { daysBetween, expectedProgress, toEpochMs } from '../src/index';

const quarter = { start: '2026-01-01', end: '2026-03-31' }; // 90 days, end inclusive

describe('expectedProgress', () => {
  it('given a time before the period, it is 0', () => {
    expect(expectedProgress(quarter, '2025-12-31T23:59:59Z')).toBe(0);
  });

  it('given the first instant, it is 0; given the end of the last (inclusive) day, it is 1', () => {
    expect(expectedProgress(quarter, '2026-01-01T00:00:00Z')).toBe(0);
    expect(expectedProgress(quarter, '2026-04-01T00:00:00Z')).toBe(1);
    expect(expectedProgress(quarter, '2026-03-31T12:00:00Z')).toBeLessThan(1);
  });

  it('given 45 of 90 days elapsed, it is one half', () => {
    expect(expectedProgress(quarter, '2026-02-15T00:00:00Z')).toBe(0.5);
  });

  it('accepts a Date, an ISO string and epoch milliseconds alike', () => {
    const at = '2026-02-15T00:00:00Z';
    expect(expectedProgress(quarter, new Date(at))).toBe(0.5);
    expect(expectedProgress(quarter, Date.parse(at))).toBe(0.5);
  });

  it('given a one-day period, it is the share of that day', () => {
    expect(expectedProgress({ start: '2026-05-01', end: '2026-05-01' }, '2026-05-01T06:00:00Z')).toBe(0.25);
  });

  it('given an invalid now, it throws a RangeError with a plain message instead of returning NaN', () => {
    expect(() => expectedProgress(quarter, 'yesterday')).toThrow(/now is not a valid date or time: yesterday/);
    expect(() => expectedProgress(quarter, new Date('nope'))).toThrow(RangeError);
  });

  it('given an invalid period date, it throws naming the date', () => {
    expect(() => expectedProgress({ start: '2026-13-01', end: '2026-12-31' }, '2026-02-01')).toThrow(/2026-13-01/);
  });
});

describe('time helpers', () => {
  it('daysBetween counts fractional days', () => {
    expect(daysBetween('2026-01-01T00:00:00Z', '2026-01-02T12:00:00Z')).toBe(1.5);
  });
  it('toEpochMs names the argument in its error', () => {
    expect(() => toEpochMs('x', 'at')).toThrow(/^at is not/);
  });
});
