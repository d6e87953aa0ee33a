import { isCalendarDate } from '../validation/formats';
import type { IsoDate, Period } from '../model/model.types';

const DAY_MS = 86_400_000;

/** A point in time given by the caller: a `Date`, an ISO string or epoch milliseconds. */
export type Instant = Date | string | number;

/**
 * Converts an {@link Instant} to epoch milliseconds, throwing a `RangeError` with a plain
 * message when it is not a valid time (so no NaN ever reaches the maths).
 * @example toEpochMs('2026-02-15T00:00:00Z') // 1771113600000
 */
export function toEpochMs(instant: Instant, name = 'now'): number {
  const ms =
    instant instanceof Date ? instant.getTime() : typeof instant === 'number' ? instant : Date.parse(instant);
  if (!Number.isFinite(ms)) {
    throw new RangeError(`${name} is not a valid date or time: ${String(instant)}`);
  }
  return ms;
}

/**
 * Epoch milliseconds of the start (00:00 UTC) of a calendar date `'YYYY-MM-DD'`.
 * Periods are calendar dates; okrkit reads them in UTC so that every viewer of a period
 * sees the same elapsed share whatever their time zone.
 * @example startOfDateMs('2026-01-01') // 1767225600000
 */
export function startOfDateMs(date: IsoDate): number {
  // isCalendarDate, because Date.parse rolls 2026-02-30 over into March.
  const ms = isCalendarDate(date) ? Date.parse(`${date}T00:00:00Z`) : Number.NaN;
  if (!Number.isFinite(ms)) throw new RangeError(`not a calendar date (YYYY-MM-DD): ${date}`);
  return ms;
}

/** Epoch milliseconds at which an inclusive end date is over (00:00 UTC of the next day). */
export function endOfDateExclusiveMs(date: IsoDate): number {
  return startOfDateMs(date) + DAY_MS;
}

/**
 * The share of a period that has elapsed at `now`, in [0, 1]: 0 before the first day,
 * 1 after the last (inclusive) day. This is the progress a KR "should" have by now.
 * @example expectedProgress({ id: 'q1', name: 'Q1', start: '2026-01-01', end: '2026-03-31' }, '2026-02-15T00:00:00Z') // 0.5
 */
export function expectedProgress(period: Pick<Period, 'start' | 'end'>, now: Instant): number {
  const start = startOfDateMs(period.start);
  const end = endOfDateExclusiveMs(period.end);
  const at = toEpochMs(now);
  if (end <= start) return at >= start ? 1 : 0;
  if (at <= start) return 0;
  if (at >= end) return 1;
  return (at - start) / (end - start);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: Instant, to: Instant): number {
  return (toEpochMs(to, 'to') - toEpochMs(from, 'from')) / DAY_MS;
}

export { DAY_MS };
