import { describe, expect, it } from 'vitest';
import { formatAge, formatDateRange } from './date-format';

// ICU puts thin spaces around the range dash; spelt out so a diff shows them.
const THIN = '\u2009';
const NOW = '2026-02-15T12:00:00Z';

describe('formatDateRange', () => {
  it('given a period within one year, it writes the year once, the locale’s way', () => {
    expect(formatDateRange('2026-01-01', '2026-03-31', 'en-US')).toBe(`Jan 1${THIN}–${THIN}Mar 31, 2026`);
    expect(formatDateRange('2026-01-01', '2026-03-31', 'de-DE')).toBe(`01.01.${THIN}–${THIN}31.03.2026`);
  });

  it('given a period across two years, it writes both years', () => {
    expect(formatDateRange('2025-12-01', '2026-01-31', 'en-US')).toBe(`Dec 1, 2025${THIN}–${THIN}Jan 31, 2026`);
    expect(formatDateRange('2025-12-01', '2026-01-31', 'de-DE')).toBe(`01.12.2025${THIN}–${THIN}31.01.2026`);
  });

  it('given a one-day period, it writes the day once (read in UTC, whatever the runtime’s zone)', () => {
    expect(formatDateRange('2026-03-31', '2026-03-31', 'en-US')).toBe('Mar 31, 2026');
    expect(formatDateRange('2026-03-31', '2026-03-31', 'de-DE')).toBe('31.03.2026');
  });
});

describe('formatAge', () => {
  it('given a check-in earlier the same day, it counts whole hours', () => {
    expect(formatAge('2026-02-15T09:00:00Z', NOW, 'en-US')).toBe('3 hours ago');
    expect(formatAge('2026-02-15T09:00:00Z', NOW, 'de-DE')).toBe('vor 3 Stunden');
  });

  it('given a check-in one to two days ago, it says so in words', () => {
    expect(formatAge('2026-02-13T16:00:00Z', NOW, 'en-US')).toBe('yesterday');
    expect(formatAge('2026-02-13T16:00:00Z', NOW, 'de-DE')).toBe('gestern');
  });

  it('given a check-in within two weeks, it counts whole days', () => {
    expect(formatAge('2026-02-11T10:00:00Z', NOW, 'en-US')).toBe('4 days ago');
    expect(formatAge('2026-02-11T10:00:00Z', NOW, 'de-DE')).toBe('vor 4 Tagen');
  });

  it('given an older check-in, it counts whole weeks', () => {
    expect(formatAge('2026-01-20T12:00:00Z', NOW, 'en-US')).toBe('3 weeks ago');
    expect(formatAge('2026-01-20T12:00:00Z', NOW, 'de-DE')).toBe('vor 3 Wochen');
  });

  it('given a check-in after `now` (another device’s clock ahead), it never says “in 2 hours”', () => {
    expect(formatAge('2026-02-15T14:00:00Z', NOW, 'en-US')).toBe('this hour');
    expect(formatAge('2026-02-15T14:00:00Z', NOW, 'de-DE')).toBe('in dieser Stunde');
  });
});
