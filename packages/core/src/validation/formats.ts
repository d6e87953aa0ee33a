/**
 * Pure format checks for the strings of the model. `Date.parse` alone is too lenient
 * (V8 reads 2026-02-30 as 2 March), so calendar dates are checked against the length of
 * their month. Plain arithmetic, no `Date`: the store checks every check-in's time at load.
 */

const DATE = /^\d{4}-\d\d-\d\d$/;
// An offset is required: without one, `Date.parse` reads the time in each viewer's own
// time zone, so the same check-in would sort differently for different people.
const DATE_TIME = /^\d{4}-\d\d-\d\dT(?:[01]\d|2[0-3]):[0-5]\d(?::[0-5]\d(?:\.\d{1,3})?)?(?:Z|[+-](?:[01]\d|2[0-3]):[0-5]\d)$/;

/**
 * Whether a string is a real calendar date `YYYY-MM-DD`.
 * @example isCalendarDate('2026-02-28') // true
 * @example isCalendarDate('2026-02-30') // false
 */
export function isCalendarDate(value: string): boolean {
  return DATE.test(value) && isDayAtStart(value);
}

/** The value of the `count` ASCII digits of `value` from `at` (already matched as digits). */
function digits(value: string, at: number, count: number): number {
  let number = 0;
  for (let end = at + count; at < end; at++) number = number * 10 + value.charCodeAt(at) - 48;
  return number;
}

/** Whether the `YYYY-MM-DD` at the start of a matched string is a real day (read without allocating: it runs per check-in at load). */
function isDayAtStart(value: string): boolean {
  return isDay(digits(value, 0, 4), digits(value, 5, 2), digits(value, 8, 2));
}

/** Whether day `day` exists in month `month` (1–12) of the proleptic Gregorian year `year` (0–9999). */
function isDay(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  if (month === 2) return day <= ((year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28);
  return day <= (month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31);
}

/**
 * Whether a string is an ISO 8601 date-time with a time zone (`Z` or `±HH:MM`) on a real date.
 * @example isDateTime('2026-03-02T09:30:00Z') // true
 * @example isDateTime('2026-03-02 09:30') // false
 */
export function isDateTime(value: string): boolean {
  return DATE_TIME.test(value) && isDayAtStart(value);
}
