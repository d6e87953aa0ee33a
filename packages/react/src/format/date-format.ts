import { daysBetween, type Instant, type IsoDate } from '@okrkit/core';

/**
 * A period's dates for the locale, read in UTC like every okrkit period.
 * @example formatDateRange('2026-01-01', '2026-03-31', 'en-GB') // '1 Jan – 31 Mar 2026'
 */
export function formatDateRange(start: IsoDate, end: IsoDate, locale: string | undefined): string {
  const format = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' });
  const from = new Date(`${start}T00:00:00Z`);
  const to = new Date(`${end}T00:00:00Z`);
  return typeof format.formatRange === 'function' ? format.formatRange(from, to) : `${format.format(from)} – ${format.format(to)}`;
}

/**
 * How long ago a check-in was, relative to the provider's `now` (never the wall clock):
 * hours within a day, days within two weeks, then weeks.
 * @example formatAge('2026-02-13T16:00:00Z', '2026-02-15T12:00:00Z', 'en') // '2 days ago'
 */
export function formatAge(at: Instant, now: Instant, locale: string | undefined): string {
  const days = daysBetween(at, now);
  const format = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
  if (days < 1) return format.format(-Math.max(0, Math.floor(days * 24)), 'hour');
  if (days < 14) return format.format(-Math.floor(days), 'day');
  return format.format(-Math.floor(days / 7), 'week');
}
