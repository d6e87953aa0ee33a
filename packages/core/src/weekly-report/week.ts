/**
 * Week arithmetic on calendar dates (`'YYYY-MM-DD'`), in UTC like the rest of okrkit's
 * dates (see `startOfDateMs`), so every reader of a report sees the same week.
 *
 * Why no date library: date-fns (the obvious choice) computes in the host's local time
 * zone, so `startOfWeek(new Date('2026-03-02'))` gives a different day in New York and in
 * Berlin; using it correctly needs `@date-fns/utc` as well. What the report needs — the
 * ISO week of a day, the locale's week start, ±7 days — is a few lines of integer maths on
 * day numbers, tested at the year boundaries in `test/weekly-report-week.test.ts`.
 */
import type { IsoDate } from '../model/model.types';
import { DAY_MS, startOfDateMs } from '../time/time';
import type { IsoWeek, Weekday } from './weekly-report.types';

/** The first day of week in a report's locale, with the ISO week the report is filed under. */
export interface ReportWeek {
  /** The ISO week of the Monday inside the locale's week (the ISO week it overlaps most). */
  week: IsoWeek;
  /** The locale's first day of the week. */
  weekStart: IsoDate;
  /** The last day of the week, inclusive (`weekStart` + 6 days). */
  weekEnd: IsoDate;
}

/** Days since 1970-01-01. */
const dayNumber = (date: IsoDate): number => Math.round(startOfDateMs(date) / DAY_MS);
const fromDayNumber = (day: number): IsoDate => new Date(day * DAY_MS).toISOString().slice(0, 10);
/** ISO weekday of a day number: 1 is Monday, 7 is Sunday (1970-01-01 was a Thursday). */
const weekdayOf = (day: number): Weekday => ((((day + 3) % 7) + 7) % 7) + 1 as Weekday;

/**
 * The calendar date `days` days after `date` (before, when negative).
 * @example addDays('2026-12-28', 7) // '2027-01-04'
 */
export function addDays(date: IsoDate, days: number): IsoDate {
  return fromDayNumber(dayNumber(date) + days);
}

/**
 * The ISO 8601 week of a calendar date: weeks start on Monday; week 1 holds the first Thursday.
 * @example isoWeekOf('2027-01-01') // { year: 2026, week: 53 }
 * @example isoWeekOf('2020-12-31') // { year: 2020, week: 53 }
 */
export function isoWeekOf(date: IsoDate): IsoWeek {
  const day = dayNumber(date);
  const thursday = day - weekdayOf(day) + 4;
  const year = new Date(thursday * DAY_MS).getUTCFullYear();
  const firstOfYear = dayNumber(`${String(year).padStart(4, '0')}-01-01`);
  return { year, week: Math.floor((thursday - firstOfYear) / 7) + 1 };
}

/**
 * How many ISO weeks a year has: 53 when it starts on a Thursday, or on a Wednesday in a leap
 * year; otherwise 52. Needs no date outside the year (9999's last week is worked out too).
 * @example isoWeeksInYear(2026) // 53
 * @example isoWeeksInYear(2027) // 52
 */
export function isoWeeksInYear(year: number): 52 | 53 {
  const january1 = weekdayOf(dayNumber(`${String(year).padStart(4, '0')}-01-01`));
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return january1 === 4 || (leap && january1 === 3) ? 53 : 52;
}

/**
 * The Monday that starts an ISO week.
 * @example isoWeekMonday({ year: 2026, week: 53 }) // '2026-12-28'
 */
export function isoWeekMonday(week: IsoWeek): IsoDate {
  // 4 January is always in week 1.
  const january4 = dayNumber(`${String(week.year).padStart(4, '0')}-01-04`);
  return fromDayNumber(january4 - weekdayOf(january4) + 1 + (week.week - 1) * 7);
}

/**
 * An ISO week as text, the way ISO 8601 writes it.
 * @example formatIsoWeek({ year: 2026, week: 9 }) // '2026-W09'
 */
export function formatIsoWeek(week: IsoWeek): string {
  return `${week.year}-W${String(week.week).padStart(2, '0')}`;
}

// CLDR week data (as in the ICU of Node 20): the regions whose week starts on a Sunday, a
// Saturday or a Friday. Every other region starts on Monday, as ISO 8601 and most of
// Europe do. Used only where the engine lacks `Intl.Locale#getWeekInfo` (e.g. Firefox).
const SUNDAY =
  'AG AS BD BR BS BT BW BZ CA CO DM DO ET GT GU HK HN ID IL IN IS JM JP KE KH KR LA MH MM MO MT MX MZ NI NP PA PE PH PK PR PT PY SA SG SV TH TT TW UM US VE VI WS YE ZA ZW';
const SATURDAY = 'AF BH DJ DZ EG IQ IR JO KW LY OM QA SD SY';
const FRIDAY = 'MV';
const FW_KEYWORDS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];

/**
 * The first day of the week in a region, from okrkit's copy of the CLDR table.
 * @example firstDayOfWeekInRegion('EG') // 6 (Saturday)
 */
export function firstDayOfWeekInRegion(region: string | undefined): Weekday {
  if (!region || !/^[A-Z]{2}$/.test(region)) return 1;
  return SUNDAY.includes(region) ? 7 : SATURDAY.includes(region) ? 6 : FRIDAY.includes(region) ? 5 : 1;
}

interface WeekInfoLocale {
  getWeekInfo?: () => { firstDay?: number };
  weekInfo?: { firstDay?: number };
}

/**
 * The first day of the week in a locale, 1 (Monday) to 7 (Sunday): the `-u-fw-` keyword when
 * the tag has one, else `Intl.Locale#getWeekInfo()` (or the older `weekInfo` getter), else the
 * CLDR table for the locale's likely region. A tag without a region uses its likely one
 * (`ar` → Egypt → Saturday). Throws a `RangeError` for a malformed tag.
 * @example firstDayOfWeek('en-US') // 7 (Sunday)
 * @example firstDayOfWeek('de-DE') // 1 (Monday)
 * @example firstDayOfWeek('ar-EG') // 6 (Saturday)
 */
export function firstDayOfWeek(locale: string, options: { useIntl?: boolean } = {}): Weekday {
  const parsed = new Intl.Locale(locale);
  const keyword = /-u(?:-[a-z0-9]{2,8})*?-fw-([a-z]{3})\b/i.exec(parsed.toString())?.[1];
  const fromKeyword = keyword ? FW_KEYWORDS.indexOf(keyword.toLowerCase()) + 1 : 0;
  if (fromKeyword > 0) return fromKeyword as Weekday;
  if (options.useIntl ?? true) {
    const withInfo = parsed as unknown as WeekInfoLocale;
    const firstDay = (withInfo.getWeekInfo?.() ?? withInfo.weekInfo)?.firstDay;
    if (typeof firstDay === 'number' && firstDay >= 1 && firstDay <= 7) return firstDay as Weekday;
  }
  return firstDayOfWeekInRegion(parsed.region ?? parsed.maximize().region);
}

/** The report week that starts on a given day. */
function reportWeekFrom(weekStart: IsoDate): ReportWeek {
  const start = dayNumber(weekStart);
  // Exactly one Monday lies in any seven days; the locale's week shares at least five days with its ISO week.
  const monday = start + ((8 - weekdayOf(start)) % 7);
  return { week: isoWeekOf(fromDayNumber(monday)), weekStart, weekEnd: fromDayNumber(start + 6) };
}

/**
 * The week a date falls in for a locale: its first day, its last day, and the ISO week it
 * is filed under. Every day of one locale week gives the same answer, so a US week that
 * starts on Sunday 2026-01-04 is 2026-W02 (the ISO week of the Monday after it), not W01.
 * @example reportWeekOf('2026-03-04', 'de-DE') // { week: { year: 2026, week: 10 }, weekStart: '2026-03-02', weekEnd: '2026-03-08' }
 * @example reportWeekOf('2026-03-04', 'en-US') // { week: { year: 2026, week: 10 }, weekStart: '2026-03-01', weekEnd: '2026-03-07' }
 */
export function reportWeekOf(date: IsoDate, locale: string): ReportWeek {
  const day = dayNumber(date);
  const back = (weekdayOf(day) - firstDayOfWeek(locale) + 7) % 7;
  return reportWeekFrom(fromDayNumber(day - back));
}

/**
 * The week before the one that starts on `weekStart` (same first day of week).
 * @example previousReportWeek('2027-01-04') // { week: { year: 2026, week: 53 }, weekStart: '2026-12-28', weekEnd: '2027-01-03' }
 */
export function previousReportWeek(weekStart: IsoDate): ReportWeek {
  return reportWeekFrom(addDays(weekStart, -7));
}

/**
 * The week after the one that starts on `weekStart` (same first day of week).
 * @example nextReportWeek('2026-12-28') // { week: { year: 2027, week: 1 }, weekStart: '2027-01-04', weekEnd: '2027-01-10' }
 */
export function nextReportWeek(weekStart: IsoDate): ReportWeek {
  return reportWeekFrom(addDays(weekStart, 7));
}
