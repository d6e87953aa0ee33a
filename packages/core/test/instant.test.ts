import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isLaterInstant, parseInstantMs } from '../src/time/instant';

describe('parseInstantMs', () => {
  it('agrees with Date.parse on every canonical UTC instant (fast path)', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date('0001-01-01T00:00:00Z'), max: new Date('9999-12-31T23:59:59Z'), noInvalidDate: true }), (date) => {
        const iso = date.toISOString();
        expect(parseInstantMs(iso)).toBe(Date.parse(iso));
        const seconds = `${iso.slice(0, 19)}Z`;
        expect(parseInstantMs(seconds)).toBe(Date.parse(seconds));
      }),
      { numRuns: 3000 },
    );
  });

  it('falls back to Date.parse for offsets and other forms', () => {
    expect(parseInstantMs('2026-02-15T13:00:00+01:00')).toBe(Date.parse('2026-02-15T12:00:00Z'));
    expect(parseInstantMs('2026-02-15')).toBe(Date.parse('2026-02-15'));
  });

  it('rejects impossible dates instead of rolling them over', () => {
    expect(parseInstantMs('2026-02-29T00:00:00Z')).toBeNaN();
    expect(parseInstantMs('2026-13-01T00:00:00Z')).toBeNaN();
    expect(parseInstantMs('2024-02-29T00:00:00Z')).toBe(Date.parse('2024-02-29T00:00:00Z'));
  });
});

describe('isLaterInstant', () => {
  it('orders canonical strings and mixed offsets by time', () => {
    expect(isLaterInstant('2026-02-15T12:00:00.000Z', '2026-02-15T11:59:59.999Z')).toBe(true);
    expect(isLaterInstant('2026-02-15T12:30:00+01:00', '2026-02-15T12:00:00Z')).toBe(false);
    expect(isLaterInstant('2026-02-15T12:00:00Z', '2026-02-15T12:00:00.000Z')).toBe(false);
  });
});
