import { addDays } from '@okrkit/core';

/**
 * A report week as the page shows it, "9–15 Feb 2026" in `locale`. Report weeks are
 * calendar dates (`'YYYY-MM-DD'`), read in UTC like okrkit reads them.
 * @example formatWeekRange('2026-02-09', 'en-GB') // '9–15 Feb 2026'
 */
export function formatWeekRange(weekStart: string, locale: string): string {
  const format = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
  return format.formatRange(new Date(`${weekStart}T00:00:00Z`), new Date(`${addDays(weekStart, 6)}T00:00:00Z`));
}
