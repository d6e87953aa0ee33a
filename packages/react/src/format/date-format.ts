import { daysBetween, type Instant, type IsoDate } from '@okrkit/core';

/**
 * Dates and ages as the objective card shows them. Pure: the locale and the clock (`now`)
 * are always passed in, so the server and the browser write the same text.
 */

// One formatter per locale: building an Intl.DateTimeFormat costs far more than using one,
// and every card and chart summary writes its period.
const rangeFormats = new Map<string, Intl.DateTimeFormat>();

/**
 * A period's dates for the locale, read in UTC like every okrkit period; the year is
 * written once when both dates share it.
 * @example formatDateRange('2026-01-01', '2026-03-31', 'en-US') // 'Jan 1 – Mar 31, 2026' (thin spaces around the dash)
 * @example formatDateRange('2026-01-01', '2026-03-31', 'de-DE') // '01.01. – 31.03.2026'
 */
export function formatDateRange(start: IsoDate, end: IsoDate, locale: string | undefined): string {
  const key = locale ?? '';
  let format = rangeFormats.get(key);
  if (!format) rangeFormats.set(key, (format = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' })));
  const from = new Date(`${start}T00:00:00Z`);
  const to = new Date(`${end}T00:00:00Z`);
  return typeof format.formatRange === 'function' ? format.formatRange(from, to) : `${format.format(from)} – ${format.format(to)}`;
}

/**
 * How long ago a check-in was, relative to the provider's `now` (never the wall clock):
 * hours within a day, days within two weeks, then weeks; whole units, rounded down.
 * @example formatAge('2026-02-15T09:00:00Z', '2026-02-15T12:00:00Z', 'en-US') // '3 hours ago'
 * @example formatAge('2026-02-13T16:00:00Z', '2026-02-15T12:00:00Z', 'de-DE') // 'gestern' (1.8 days)
 */
export function formatAge(at: Instant, now: Instant, locale: string | undefined): string {
  const days = daysBetween(at, now);
  const format = relativeTimeFormat(locale);
  if (days < 1) return format.format(-Math.max(0, Math.floor(days * 24)), 'hour');
  if (days < 14) return format.format(-Math.floor(days), 'day');
  return format.format(-Math.floor(days / 7), 'week');
}

// Building an Intl.RelativeTimeFormat costs far more than formatting with one (a list of
// 2,000 objectives spent most of a row's render on it, bench/objective-list): one per locale.
const relativeTimeFormats = new Map<string, Intl.RelativeTimeFormat>();
function relativeTimeFormat(locale: string | undefined): Intl.RelativeTimeFormat {
  const key = locale ?? '';
  let format = relativeTimeFormats.get(key);
  if (!format) relativeTimeFormats.set(key, (format = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' })));
  return format;
}
