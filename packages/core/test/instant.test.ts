import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { startOfDateMs } from '../src/index';
import { isLaterInstant } from '../src/time/instant';

describe('isLaterInstant', () => {
  it('agrees with comparing Date.parse on canonical UTC strings (the text fast path)', () => {
    const date = fc.date({ min: new Date('1970-01-01T00:00:00Z'), max: new Date('9999-12-31T23:59:59Z'), noInvalidDate: true });
    fc.assert(
      fc.property(date, date, (a, b) => {
        expect(isLaterInstant(a.toISOString(), b.toISOString())).toBe(a.getTime() > b.getTime());
      }),
      { numRuns: 2000 },
    );
  });

  it('orders mixed offsets and precisions by time, not by text', () => {
    expect(isLaterInstant('2026-02-15T12:00:00.000Z', '2026-02-15T11:59:59.999Z')).toBe(true);
    expect(isLaterInstant('2026-02-15T12:30:00+01:00', '2026-02-15T12:00:00Z')).toBe(false);
    expect(isLaterInstant('2026-02-15T12:00:00Z', '2026-02-15T12:00:00.000Z')).toBe(false);
  });
});

describe('startOfDateMs', () => {
  it('rejects impossible dates instead of rolling them over into the next month', () => {
    expect(() => startOfDateMs('2026-02-29')).toThrow(/not a calendar date/);
    expect(() => startOfDateMs('2026-13-01')).toThrow(RangeError);
    expect(startOfDateMs('2024-02-29')).toBe(Date.UTC(2024, 1, 29));
  });
});
